/**
 * Small DOM and form toolkit shared by the HR console and the candidate pages.
 *
 * Every input carries `data-path` with the API field path it fills (`posts.0.count`, `residence.street`),
 * so a form's body is read back from the DOM and each `errors[].field` of a problem finds its input.
 * Forms are `novalidate`: the API's (Italian) messages are the only validation, shown next to each
 * field and in an error summary at the top of the form that links to the fields.
 */

// ---------------------------------------------------------------- DOM

/** `h('p', { class: 'x', onclick: fn }, 'text', child)`: an element. Null, false and undefined children are skipped. */
export function h(tag, props = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') el.className = value;
    else if (key === 'text') el.textContent = value;
    else if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
    else if (key === 'value' && 'value' in el) el.value = value;
    else if (key === 'checked' || key === 'selected' || key === 'open') el[key] = Boolean(value);
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(el, child);
    else el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces an element's content. */
export function replace(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

/** Announces a message in a polite live region (the element must already be in the page). */
export function announce(region, message, kind = 'info') {
  replace(region, message ? h('div', { class: `alert alert-${kind} mb-3` }, message) : '');
}

// ---------------------------------------------------------------- dates (Europe/Rome)

const ROME = 'Europe/Rome';
const dateFmt = new Intl.DateTimeFormat('it-IT', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const longDateFmt = new Intl.DateTimeFormat('it-IT', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const dateTimeFmt = new Intl.DateTimeFormat('it-IT', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: ROME,
});
const timeFmt = new Intl.DateTimeFormat('it-IT', { hour: '2-digit', minute: '2-digit', timeZone: ROME });

const utcDate = (iso) => new Date(`${iso}T12:00:00Z`);

/** '2026-12-23' → '23 dicembre 2026'. */
export const formatDate = (iso) => (iso ? dateFmt.format(utcDate(iso)) : '');
/** '2026-12-23' → 'mercoledì 23 dicembre 2026'. */
export const formatLongDate = (iso) => (iso ? longDateFmt.format(utcDate(iso)) : '');
/** An instant → '23 novembre 2026, 16:36' (ora italiana). */
export const formatDateTime = (instant) => (instant ? dateTimeFmt.format(new Date(instant)) : '');
/** An instant → '23:59' (ora italiana). */
export const formatTime = (instant) => (instant ? timeFmt.format(new Date(instant)) : '');

/** The Europe/Rome calendar date of an instant, as YYYY-MM-DD. */
export function romeDate(instant) {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: ROME, year: 'numeric', month: '2-digit', day: '2-digit' })
    .formatToParts(new Date(instant))
    .reduce((acc, p) => Object.assign(acc, { [p.type]: p.value }), {});
  return `${parts.year}-${parts.month}-${parts.day}`;
}

function romeOffsetMs(ms) {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: ROME,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  })
    .formatToParts(new Date(ms))
    .reduce((acc, p) => Object.assign(acc, { [p.type]: Number(p.value) }), {});
  return (
    Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second) -
    Math.floor(ms / 1000) * 1000
  );
}

/** 'YYYY-MM-DDTHH:mm' read as Italian wall-clock time → ISO instant. */
export function romeWallTimeToIso(local) {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/.exec(local);
  if (!m) return null;
  const guess = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0));
  let instant = guess - romeOffsetMs(guess);
  instant = guess - romeOffsetMs(instant);
  return new Date(instant).toISOString();
}

// ---------------------------------------------------------------- forms

/** Field ids: `<prefix>_<path with dashes>`, e.g. `ap_residence-street` (never clashing with page ids). */
const idOf = (prefix, path) => `${prefix}_${path.replace(/[^A-Za-z0-9]+/g, '-')}`;

function requiredMark(required) {
  return required ? h('span', { class: 'required-mark', 'aria-hidden': 'true' }, ' *') : null;
}

function hintOf(id, hint) {
  return hint ? h('div', { id: `${id}-hint`, class: 'form-text' }, hint) : null;
}

function errorSlot(id) {
  return h('div', { id: `${id}-error`, class: 'field-error', hidden: true });
}

/**
 * One labelled control. `kind`: text | email | tel | date | int | decimal | textarea | list | select | upper.
 * `list` is a textarea read one item per line; `upper` a text input kept in capitals.
 */
export function field(prefix, spec) {
  const { path, label, kind = 'text', required = false, value, hint, options, attrs = {} } = spec;
  const id = idOf(prefix, path);
  const common = {
    id,
    name: path,
    'data-path': path,
    'data-kind': kind,
    'data-label': label,
    required,
    'aria-describedby': hint ? `${id}-hint` : undefined,
    ...attrs,
  };
  let control;
  if (kind === 'textarea' || kind === 'list') {
    control = h('textarea', { ...common, class: 'form-control', rows: spec.rows ?? (kind === 'list' ? 4 : 3) });
    control.value = Array.isArray(value) ? value.join('\n') : (value ?? '');
  } else if (kind === 'select') {
    control = h(
      'select',
      { ...common },
      (options ?? []).map(([v, text]) => h('option', { value: v, selected: String(value ?? '') === v }, text)),
    );
  } else {
    const type = { email: 'email', tel: 'tel', date: 'date', int: 'number', decimal: 'number' }[kind] ?? 'text';
    const extra =
      kind === 'int'
        ? { inputmode: 'numeric', step: '1' }
        : kind === 'decimal'
          ? { inputmode: 'decimal', step: '0.01' }
          : kind === 'upper'
            ? { autocapitalize: 'characters', spellcheck: 'false', class: 'form-control text-uppercase' }
            : {};
    control = h('input', { class: 'form-control', ...common, type, ...extra, value: value ?? '' });
    if (kind === 'upper') {
      control.addEventListener('input', () => {
        const { selectionStart, selectionEnd } = control;
        control.value = control.value.toUpperCase();
        control.setSelectionRange(selectionStart, selectionEnd);
      });
    }
  }
  const wrapperClass = kind === 'select' ? 'select-wrapper mb-4' : 'form-group';
  return h(
    'div',
    { class: `${wrapperClass} ${spec.class ?? ''}`.trim() },
    h('label', { for: id, class: 'active' }, label, requiredMark(required)),
    control,
    hintOf(id, hint),
    errorSlot(id),
  );
}

/** A single checkbox sending true/false. */
export function checkbox(prefix, { path, label, shortLabel, checked = false, hint, required = false }) {
  const id = idOf(prefix, path);
  return h(
    'div',
    { class: 'form-check mb-3' },
    h('input', {
      type: 'checkbox',
      id,
      name: path,
      'data-path': path,
      'data-kind': 'checkbox',
      'data-label': shortLabel ?? label,
      checked,
      required,
      'aria-describedby': hint ? `${id}-hint` : undefined,
    }),
    h('label', { for: id }, label, requiredMark(required)),
    hintOf(id, hint),
    errorSlot(id),
  );
}

/** A fieldset of checkboxes sending the array of checked values. */
export function checkboxGroup(prefix, { path, legend, options, values = [], hint, required = false }) {
  const id = idOf(prefix, path);
  return h(
    'fieldset',
    {
      id,
      class: 'mb-4',
      'data-path': path,
      'data-kind': 'checkboxes',
      'data-label': legend,
      'aria-describedby': hint ? `${id}-hint` : undefined,
    },
    h('legend', { class: 'h6' }, legend, requiredMark(required)),
    hintOf(id, hint),
    errorSlot(id),
    options.map(([value, text]) =>
      h(
        'div',
        { class: 'form-check' },
        h('input', { type: 'checkbox', id: `${id}-${value}`, name: path, value, checked: values.includes(value) }),
        h('label', { for: `${id}-${value}` }, text),
      ),
    ),
  );
}

/** A fieldset grouping the fields of one object (`data-group`); `optional` groups are left out when empty. */
export function group(path, legend, children, { optional = false, hint, legendClass = 'h5' } = {}) {
  return h(
    'fieldset',
    { class: 'form-fieldset mb-4', 'data-group': path, 'data-optional': optional || undefined },
    h('legend', { class: legendClass }, legend),
    hint ? h('p', { class: 'form-text mt-0 mb-4' }, hint) : null,
    children,
  );
}

/** The error summary placed at the top of a form (filled by showProblem); `level` of its heading. */
export function errorSummary(prefix, level = 2) {
  return h('div', {
    id: `${prefix}_summary`,
    class: 'error-summary',
    tabindex: '-1',
    hidden: true,
    'data-level': level,
  });
}

function readControl(el) {
  const kind = el.dataset.kind;
  if (kind === 'checkbox') return el.checked;
  if (kind === 'checkboxes') return [...el.querySelectorAll('input[type=checkbox]:checked')].map((c) => c.value);
  const raw = el.value.trim();
  if (kind === 'list')
    return raw
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
  if (raw === '') return undefined;
  if (kind === 'int' || kind === 'decimal') {
    const n = Number(raw.replace(',', '.'));
    return Number.isFinite(n) ? n : raw;
  }
  if (kind === 'upper') return raw.toUpperCase();
  return raw;
}

function setPath(obj, path, value) {
  const keys = path.split('.');
  let node = obj;
  keys.forEach((key, i) => {
    const k = /^\d+$/.test(key) ? Number(key) : key;
    if (i === keys.length - 1) {
      node[k] = value;
      return;
    }
    if (node[k] === undefined) node[k] = /^\d+$/.test(keys[i + 1]) ? [] : {};
    node = node[k];
  });
}

function getPath(obj, path) {
  return path
    .split('.')
    .reduce((node, key) => (node == null ? undefined : node[/^\d+$/.test(key) ? Number(key) : key]), obj);
}

/** The request body a form describes: every `data-path` control, with required groups present even when empty. */
export function readForm(form) {
  const body = {};
  for (const g of form.querySelectorAll('[data-group]')) {
    if (!g.hasAttribute('data-optional') && getPath(body, g.dataset.group) === undefined)
      setPath(body, g.dataset.group, {});
  }
  for (const el of form.querySelectorAll('[data-path]')) {
    const value = readControl(el);
    if (value !== undefined) setPath(body, el.dataset.path, value);
  }
  return body;
}

/** The control a problem's field path points to: exact, else its first sub-field, else the nearest parent. */
function targetFor(form, path) {
  const all = [...form.querySelectorAll('[data-path]')];
  let p = path;
  while (p) {
    const exact = all.find((el) => el.dataset.path === p);
    if (exact) return exact;
    const child = all.find((el) => el.dataset.path.startsWith(`${p}.`));
    if (child) return child;
    p = p.includes('.') ? p.slice(0, p.lastIndexOf('.')) : '';
  }
  return null;
}

const focusable = (el) => (el.tagName === 'FIELDSET' ? el.querySelector('input, select, textarea') : el);

/** Removes every error shown by showProblem. */
export function clearErrors(form, summary) {
  for (const el of form.querySelectorAll('[aria-invalid="true"]')) {
    el.removeAttribute('aria-invalid');
    el.classList.remove('is-invalid');
    const errorId = `${el.id}-error`;
    const ids = (el.getAttribute('aria-describedby') ?? '').split(' ').filter((x) => x && x !== errorId);
    if (ids.length) el.setAttribute('aria-describedby', ids.join(' '));
    else el.removeAttribute('aria-describedby');
  }
  for (const slot of form.querySelectorAll('.field-error')) {
    slot.hidden = true;
    slot.textContent = '';
  }
  if (summary) {
    summary.hidden = true;
    summary.replaceChildren();
  }
}

/** The summary line: the message names its field already ("Nome: testo obbligatorio.") or gets the label. */
function summaryText(target, message) {
  const label = target.dataset.label;
  const owner = target.parentElement?.closest('[data-group]');
  const context = owner ? `${owner.querySelector('legend')?.textContent} — ` : '';
  if (!label || message.toLowerCase().startsWith(label.toLowerCase())) return `${context}${message}`;
  // "Titolo di studio: testo obbligatorio." names the field its own way: use the label the user sees.
  const rest = /^[^:]{1,80}: (.*)$/.exec(message)?.[1] ?? message;
  return `${context}${label}: ${rest.charAt(0).toLowerCase()}${rest.slice(1)}`;
}

/**
 * Shows a problem: each `errors[]` entry next to its field and, linked, in the summary; any other problem
 * as its title and detail. Moves the focus to the summary. `extra` is appended to the summary (e.g. a
 * reload button on a version conflict).
 */
export function showProblem(form, summary, problem, extra) {
  clearErrors(form, summary);
  const items = [];
  // In page order, so the summary reads like the form; errors without a field first.
  const located = (problem.errors ?? []).map((error) => ({ error, target: targetFor(form, error.field) }));
  located.sort((a, b) => {
    if (!a.target || !b.target) return (a.target ? 1 : 0) - (b.target ? 1 : 0);
    if (a.target === b.target) return 0;
    return a.target.compareDocumentPosition(b.target) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  });
  for (const { error, target } of located) {
    if (!target) {
      items.push(h('li', {}, error.message));
      continue;
    }
    const slot = document.getElementById(`${target.id}-error`);
    if (slot) {
      slot.hidden = false;
      slot.textContent = slot.textContent ? `${slot.textContent} ${error.message}` : error.message;
    }
    if (target.getAttribute('aria-invalid') !== 'true') {
      target.setAttribute('aria-invalid', 'true');
      target.classList.add('is-invalid');
      const ids = (target.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
      target.setAttribute('aria-describedby', [`${target.id}-error`, ...ids].join(' '));
    }
    const control = focusable(target);
    items.push(
      h(
        'li',
        {},
        h(
          'a',
          {
            href: `#${control.id}`,
            onclick: (event) => {
              event.preventDefault();
              control.focus();
              control.scrollIntoView({ block: 'center' });
            },
          },
          summaryText(target, error.message),
        ),
      ),
    );
  }
  const count = (problem.errors ?? []).length;
  replace(
    summary,
    h(
      'div',
      { class: 'alert alert-danger' },
      h(
        `h${summary.dataset.level ?? 2}`,
        { class: 'h5' },
        count
          ? count === 1
            ? 'Il modulo contiene un errore'
            : `Il modulo contiene ${count} errori`
          : problem.title || 'Errore',
      ),
      problem.detail ? h('p', { class: 'mb-2' }, problem.detail) : null,
      items.length ? h('ul', { class: 'mb-0' }, items) : null,
      extra ?? null,
    ),
  );
  summary.hidden = false;
  summary.focus();
}

/**
 * A list of rows (posts, reserves, candidates) rebuilt from the form's values when one is added or removed:
 * `make(prefix, i, values, onRemove, removable)` builds row i; at least `min` rows stay. Returns
 * [container, add button].
 */
export function repeatable(form, prefix, { path, make, min, initial, addLabel }) {
  const container = h('div', {});
  const render = (rows, focusIndex) => {
    replace(
      container,
      rows.map((values, i) =>
        make(
          prefix,
          i,
          values ?? {},
          () => {
            const current = readForm(form)[path] ?? [];
            current.splice(i, 1);
            render(current, Math.min(i, current.length - 1));
          },
          rows.length > min,
        ),
      ),
    );
    if (focusIndex !== undefined && focusIndex >= 0)
      container.children[focusIndex]?.querySelector('input, select, textarea')?.focus();
  };
  render(initial);
  const add = h(
    'button',
    {
      type: 'button',
      class: 'btn btn-outline-primary btn-sm mb-4',
      onclick: () => {
        const current = readForm(form)[path] ?? [];
        current.push({});
        render(current, current.length - 1);
      },
    },
    addLabel,
  );
  return [container, add];
}

/**
 * `node` is in the form only while `test(value)` holds for the control in `controlWrapper` (a select, or a
 * field's wrapper): fields that do not apply are neither shown nor sent, and keep what was typed in them.
 */
export function shownWhen(controlWrapper, test, node) {
  const control = controlWrapper.matches?.('select, input')
    ? controlWrapper
    : controlWrapper.querySelector('select, input');
  const slot = h('div', {});
  const sync = () => replace(slot, test(control.type === 'checkbox' ? control.checked : control.value) ? node : null);
  control.addEventListener('change', sync);
  sync();
  return slot;
}

/** Runs `action` with the submit button disabled and the form marked busy. */
export async function busy(form, action) {
  const buttons = form.querySelectorAll('button[type=submit]');
  form.setAttribute('aria-busy', 'true');
  for (const b of buttons) b.disabled = true;
  try {
    return await action();
  } finally {
    form.removeAttribute('aria-busy');
    for (const b of buttons) b.disabled = false;
  }
}
