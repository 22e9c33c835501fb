/**
 * Building blocks of the disciplinary forms: the legal-channel select (never e-mail), the charges with
 * the infraction catalogue and each infraction's sanction range, the scan of a delivery evidence, the
 * term an act is bound by (due date and citation next to the form), and the submit wiring that shows
 * the API's problems in Italian next to the fields.
 */
import { api } from './api.js';
import { citationDetails, citationText } from './application-form.js';
import { LEGAL_CHANNELS, TERM_STATUS } from './discipline-labels.js';
import { asProblem } from './discipline-shell.js';
import { labelOf } from './labels.js';
import {
  busy,
  errorSummary,
  field,
  formatDate,
  formatLongDate,
  formatTime,
  group,
  h,
  readForm,
  replace,
  showProblem,
} from './ui.js';

// ---------------------------------------------------------------- layout

/** A bootstrap row of columns: `cols` are [element, width class] or elements (half width). */
export function row(...cols) {
  return h(
    'div',
    { class: 'row' },
    cols
      .filter(Boolean)
      .map((c) => (Array.isArray(c) ? h('div', { class: c[1] }, c[0]) : h('div', { class: 'col-md-6' }, c))),
  );
}

export const requiredNote = () =>
  h('p', {}, 'I campi contrassegnati con ', h('span', { class: 'required-mark' }, '*'), ' sono obbligatori.');

/** A summary list (<dl>) of the rows with a value. */
export function facts(rows, cls = 'summary-list') {
  return h(
    'dl',
    { class: cls },
    rows.filter(([, v]) => v !== undefined && v !== null && v !== '').map(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]),
  );
}

// ---------------------------------------------------------------- fields

/** A required date field. */
export const dateField = (prefix, path, label, value, hint) =>
  field(prefix, { path, label, kind: 'date', required: true, value, hint });
/** The act's legal date, today by default (never future). */
export const legalDate = (prefix, ctx, label = "Data dell'atto") =>
  dateField(prefix, 'legalDate', label, ctx.today(), 'Non può essere futura.');
export const textArea = (prefix, path, label, { rows = 3, required = true, value, hint } = {}) =>
  field(prefix, { path, label, kind: 'textarea', rows, required, value, hint });
/** A select with a placeholder first. */
export const select = (
  prefix,
  path,
  label,
  options,
  { required = true, value, hint, placeholder = 'Selezionare' } = {},
) => field(prefix, { path, label, kind: 'select', required, value, hint, options: [['', placeholder], ...options] });

/** A date fixed to today for the person who files now (employee, appointee): shown in words, sent as it is. */
export function todayFixed(ctx, path, what) {
  return [
    h('input', { type: 'hidden', 'data-path': path, value: ctx.today() }),
    h('p', {}, `${what}: `, h('strong', {}, `${formatLongDate(ctx.today())} (oggi)`)),
  ];
}

/** The communications that still wait for their delivery evidence from the officer. */
export const awaitingEvidence = (c) =>
  (c.data.communications ?? []).filter(
    (x) => x.status !== 'CONSEGNATA' && (x.channel !== 'PEC' || x.status === 'MANCATA_CONSEGNA'),
  );

/** 'true' / 'false' from a yes-no select, as booleans. */
export const toBool = (value) => (value === 'true' ? true : value === 'false' ? false : value);

/**
 * The delivery evidence of a communication that awaits it (a PEC is proved by its own receipt): which
 * communication (`describe(x)` names it), when it was received, and the evidence — its kind preselected
 * for the channel (`evidenceFor`), its reference and, if the API takes one, a `scan` field.
 */
export function deliveryFields(
  p,
  ctx,
  { describe, evidenceKinds, evidenceFor, communicationLabel, dateLabel, dateHint, legend, referenceHint, scan },
) {
  const pending = awaitingEvidence(ctx.c);
  const first = pending[0];
  return [
    select(
      p,
      'communicationId',
      communicationLabel,
      pending.map((x) => [x.id, describe(x)]),
      { value: pending.length === 1 ? first.id : undefined },
    ),
    dateField(p, 'deliveredOn', dateLabel, ctx.today(), dateHint),
    group(
      'evidence',
      legend,
      [
        select(
          p,
          'evidence.kind',
          'Tipo di prova',
          evidenceKinds.filter(([k]) => k !== 'RICEVUTA_PEC'),
          { value: first ? evidenceFor[first.channel] : undefined },
        ),
        field(p, { path: 'evidence.reference', label: 'Riferimento della prova', required: true, hint: referenceHint }),
        scan ?? null,
      ],
      { legendClass: 'h6' },
    ),
  ];
}

// ---------------------------------------------------------------- catalogue

/** 'la multa' → 'multa'. */
const bare = (text) => text.replace(/^(il|la|lo|i|gli|le) /, '').replace(/^l'/, '');

export function sanctionOf(catalogue, code) {
  return catalogue?.sanctions?.find((s) => s.code === code);
}

export function sanctionName(catalogue, code) {
  const s = sanctionOf(catalogue, code);
  return s ? bare(s.shortLabel) : code;
}

/** 'da rimprovero verbale a multa', 'solo licenziamento con preavviso'. */
export function rangeText(catalogue, range) {
  if (!range) return '';
  return range.min === range.max
    ? `solo ${sanctionName(catalogue, range.min)}`
    : `da ${sanctionName(catalogue, range.min)} a ${sanctionName(catalogue, range.max)}`;
}

export function infractionOf(catalogue, id) {
  return catalogue?.infractions?.find((i) => i.id === id);
}

/** 'Sanzioni applicabili: da rimprovero verbale a multa — All. H art. 3 c. 4, lett. a) (L3538).' */
export function infractionRangeText(catalogue, id) {
  const inf = infractionOf(catalogue, id);
  if (!inf) return 'Scegliere l’infrazione: qui compare la gamma delle sanzioni applicabili.';
  return `Sanzioni applicabili: ${rangeText(catalogue, inf.range)} — ${citationText(inf.citation)}.${inf.note ? ` ${inf.note}` : ''}`;
}

/** The ordinary sanctions between a range's bounds, and the special one a range names. */
export function sanctionsInRanges(catalogue, ranges) {
  const all = catalogue?.sanctions ?? [];
  const sev = (code) => sanctionOf(catalogue, code)?.severity ?? -1;
  return all.filter((s) =>
    ranges.some((r) =>
      s.kind === 'special'
        ? s.code === r.min || s.code === r.max
        : s.severity >= sev(r.min) && s.severity <= sev(r.max),
    ),
  );
}

/** A select of the infractions, grouped by the article that lists them, with each one's range in view. */
export function infractionField(prefix, path, catalogue, value) {
  const wrapper = field(prefix, {
    path,
    label: 'Infrazione contestata',
    kind: 'select',
    required: true,
    value,
    hint: infractionRangeText(catalogue, value),
    options: [],
  });
  const select = wrapper.querySelector('select');
  const hint = wrapper.querySelector('.form-text');
  hint.setAttribute('aria-live', 'polite');
  const groups = new Map();
  for (const inf of catalogue?.infractions ?? []) {
    const where = [inf.citation.article, inf.citation.paragraph].filter(Boolean).join(' ');
    const key = inf.group === 'other' ? 'Altre infrazioni previste dalla legge e dal regolamento' : where;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(inf);
  }
  select.append(
    h('option', { value: '' }, 'Selezionare l’infrazione'),
    ...[...groups].map(([label, items]) =>
      h(
        'optgroup',
        { label },
        items.map((inf) =>
          h(
            'option',
            { value: inf.id, selected: inf.id === value },
            `${inf.id} — ${inf.label} (${rangeText(catalogue, inf.range)})`,
          ),
        ),
      ),
    ),
  );
  select.addEventListener('change', () => {
    hint.textContent = infractionRangeText(catalogue, select.value);
  });
  return wrapper;
}

/** One charge: infraction, date of the fact, description. */
function chargeRow(prefix, i, catalogue, values, onRemove) {
  const p = `charges.${i}`;
  return group(
    p,
    `Addebito n. ${i + 1}`,
    [
      infractionField(prefix, `${p}.infractionId`, catalogue, values.infractionId),
      row(
        [
          field(prefix, {
            path: `${p}.factDate`,
            label: 'Data del fatto',
            kind: 'date',
            required: true,
            value: values.factDate,
          }),
          'col-md-4',
        ],
        [
          field(prefix, {
            path: `${p}.factDescription`,
            label: 'Descrizione del fatto',
            kind: 'textarea',
            rows: 2,
            required: true,
            value: values.factDescription,
          }),
          'col-md-8',
        ],
      ),
      onRemove
        ? h(
            'button',
            { type: 'button', class: 'btn btn-outline-danger btn-sm mb-3', onclick: onRemove },
            `Rimuovi l’addebito n. ${i + 1}`,
          )
        : null,
    ],
    { legendClass: 'h6' },
  );
}

/** The charges, one or more, with "Aggiungi addebito"; rows are rebuilt from the form's current values. */
export function chargesFieldset(prefix, catalogue, form, readForm) {
  const container = h('div', {});
  const render = (rows, focusIndex) => {
    replace(
      container,
      rows.map((values, i) =>
        chargeRow(
          prefix,
          i,
          catalogue,
          values ?? {},
          rows.length > 1
            ? () => {
                const current = readForm(form).charges ?? [];
                current.splice(i, 1);
                render(current, Math.min(i, current.length - 1));
              }
            : null,
        ),
      ),
    );
    if (focusIndex !== undefined && focusIndex >= 0) container.children[focusIndex]?.querySelector('select')?.focus();
  };
  render([{}]);
  return h(
    'fieldset',
    { class: 'form-fieldset mb-4' },
    h('legend', { class: 'h5' }, 'Addebiti'),
    h(
      'p',
      { class: 'form-text mt-0 mb-4' },
      'Per ogni addebito, l’infrazione del codice disciplinare: accanto a ciascuna la gamma delle sanzioni applicabili.',
    ),
    container,
    h(
      'button',
      {
        type: 'button',
        class: 'btn btn-outline-primary btn-sm mb-4',
        onclick: () => {
          const current = readForm(form).charges ?? [];
          current.push({});
          render(current, current.length - 1);
        },
      },
      'Aggiungi addebito',
    ),
  );
}

// ---------------------------------------------------------------- channels

/**
 * A select of legal channels (`channels`: [code, label]; never e-mail). A channel the addressee does not
 * admit now stays in the list, disabled, with its reason (`unavailable`: { code: reason }).
 */
export function legalChannelField(
  prefix,
  { path = 'channel', label, channels = LEGAL_CHANNELS, unavailable = {}, hint, value, optional = false },
) {
  const wrapper = field(prefix, {
    path,
    label,
    kind: 'select',
    required: !optional,
    value,
    options: [['', optional ? 'Nessuna comunicazione' : 'Selezionare il canale'], ...channels],
    hint,
  });
  for (const option of wrapper.querySelectorAll('option')) {
    const reason = unavailable[option.value];
    if (reason) {
      option.disabled = true;
      option.textContent = `${option.textContent} — non disponibile: ${reason}`;
    }
  }
  return wrapper;
}

/**
 * The legal channel of a communication: PEC, hand delivery, registered mail with return receipt, fax.
 * Never e-mail. A channel the case does not admit now stays in the list, disabled, with its reason.
 */
export function channelField(
  prefix,
  c,
  { path = 'channel', label = 'Canale della comunicazione', afterContestation = true, optional = false } = {},
) {
  const employee = c.data.employee;
  return legalChannelField(prefix, {
    path,
    label,
    optional,
    unavailable: {
      PEC: employee.pec ? null : 'il dipendente non ha indicato una casella PEC',
      FAX: !afterContestation
        ? 'ammesso solo per le comunicazioni successive alla contestazione'
        : employee.fax
          ? null
          : 'il dipendente non ha indicato un numero di fax',
    },
    hint: `Canali legali per le comunicazioni al dipendente (art. 6 Allegato H, L3674-L3676; art. 55-bis c.5 D.Lgs. 165/2001).${employee.pec ? ` PEC del dipendente: ${employee.pec}.` : ''}${employee.fax ? ` Fax indicato: ${employee.fax}.` : ''}`,
  });
}

// ---------------------------------------------------------------- files

/**
 * A scan (PDF, JPEG, PNG) sent as { filename, contentType, base64 } under `path`. readForm reads the
 * input's fake path: `withFile` puts the file itself in its place (or removes it when none is chosen).
 */
export function fileField(prefix, { path, label, hint }) {
  const id = `${prefix}_${path.replace(/[^A-Za-z0-9]+/g, '-')}`;
  return h(
    'div',
    { class: 'form-group' },
    h('label', { for: id, class: 'active d-block' }, label),
    h('input', {
      type: 'file',
      id,
      class: 'form-control-file d-block mt-2',
      accept: 'application/pdf,image/jpeg,image/png',
      'data-path': path,
      'data-kind': 'file',
      'data-label': label,
      'aria-describedby': hint ? `${id}-hint` : undefined,
    }),
    hint ? h('div', { id: `${id}-hint`, class: 'form-text' }, hint) : null,
    h('div', { id: `${id}-error`, class: 'field-error', hidden: true }),
  );
}

/** `body` with the file chosen in the form's fileField at `path` (a.b.c), or without it when none is chosen. */
export async function withFile(form, body, path) {
  const input = form.querySelector(`[data-kind="file"][data-path="${path}"]`);
  const file = input?.files?.[0];
  const keys = path.split('.');
  const last = keys.pop();
  const owner = keys.reduce((node, key) => node?.[key], body);
  if (!owner) return body;
  if (!file) {
    delete owner[last];
    return body;
  }
  const dataUrl = await new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
  owner[last] = {
    filename: file.name,
    contentType: file.type || 'application/octet-stream',
    base64: dataUrl.split(',')[1] ?? '',
  };
  return body;
}

// ---------------------------------------------------------------- terms

/** The term ids an act may be bound by, per kind of term, across both rule sets. */
export const TERM_IDS = {
  transmission: ['discipline.major.transmissionToUpd', 'discipline.reportToUpd'],
  contestation: [
    'discipline.minor.contestation',
    'discipline.major.contestation',
    'discipline.contestation',
    'discipline.resumption',
    'discipline.reopening',
  ],
  hearingNotice: ['discipline.minor.hearingNotice', 'discipline.major.hearingNotice', 'discipline.hearingNotice'],
  conclusion: [
    'discipline.minor.conclusion',
    'discipline.major.conclusion',
    'discipline.conclusion',
    'discipline.resumedConclusion',
  ],
  conciliation: ['discipline.conciliation'],
  inspectorate: ['discipline.inspectorateStartCommunication', 'discipline.inspectorateCommunication'],
  reopeningRequest: ['discipline.reopeningRequest'],
};

/** The running (or suspended) term of a kind (or of a list of term ids); else the last one that expired. */
export function boundTerm(c, kind) {
  const ids = Array.isArray(kind) ? kind : (TERM_IDS[kind] ?? []);
  const of = (d) => ids.includes(d.id) || ids.includes(d.termId);
  const deadlines = c.deadlines ?? [];
  return (
    deadlines.find((d) => of(d) && (d.status === 'OPEN' || d.status === 'SUSPENDED')) ??
    deadlines.filter((d) => of(d) && d.status === 'EXPIRED').at(-1)
  );
}

/** 'mercoledì 10 dicembre 2026, ore 23:59', or the long date when the view has no instant. */
export const dueWords = (d) =>
  d.dueAt ? `${formatLongDate(d.dueDate)}, ore ${formatTime(d.dueAt)}` : formatLongDate(d.dueDate);

/** 'In corso', 'Rispettato: atto compiuto il 23 novembre 2026', 'Sospeso dal …'. */
export function termStatus(d) {
  if (d.status === 'MET' && d.metBy?.legalDate) return `Rispettato: atto del ${formatDate(d.metBy.legalDate)}`;
  if (d.status === 'SUSPENDED' && d.suspendedOn) return `Sospeso dal ${formatDate(d.suspendedOn)}`;
  return labelOf(TERM_STATUS, d.status);
}

/**
 * The panel next to an act's form: the term that binds the act, its due date and status, whether it is
 * peremptory (`peremptoryText`: what its lapse costs), and its citation (with the quote and the computation
 * on demand). `term` is a deadline, or { label, dueDate, citationText, note } for a bound that is not a
 * term of the case (the hearing date).
 */
export function termPanel(
  term,
  {
    dueLabel = 'Scadenza',
    none,
    peremptoryText = "Termine perentorio: senza l'atto entro la scadenza, l'azione disciplinare decade",
  } = {},
) {
  if (!term) {
    return h(
      'aside',
      { class: 'act-term', 'aria-label': 'Termine per questo atto' },
      h('p', { class: 'fw-semibold mb-1' }, 'Termine per questo atto'),
      h('p', { class: 'mb-0' }, none ?? 'Nessun termine del procedimento decorre per questo atto.'),
    );
  }
  const deadline = !!term.citation;
  return h(
    'aside',
    {
      class: `act-term${term.status === 'EXPIRED' ? ' act-term-expired' : ''}`,
      'aria-label': 'Termine per questo atto',
      'data-term': term.id,
    },
    h('p', { class: 'fw-semibold mb-1' }, 'Termine per questo atto'),
    h('p', { class: 'mb-1' }, term.label),
    h(
      'p',
      { class: 'mb-1' },
      `${dueLabel}: `,
      h('strong', {}, deadline ? dueWords(term) : formatLongDate(term.dueDate)),
    ),
    deadline
      ? h(
          'p',
          { class: 'mb-1' },
          `Stato: ${termStatus(term)}`,
          term.peremptory ? h('span', { class: 'd-block small' }, peremptoryText) : null,
        )
      : null,
    term.note ? h('p', { class: 'small mb-1' }, term.note) : null,
    deadline ? citationDetails(term) : h('p', { class: 'small mb-0' }, `Fondamento: ${term.citationText}`),
  );
}

// ---------------------------------------------------------------- submit

/**
 * Messages that name the API's codes rather than what the user sees: the choice is from a list, so the
 * list's Italian labels are named instead.
 */
function userMessage(message) {
  const text = String(message ?? '');
  if (/^Canale non valido: PEC, CONSEGNA_A_MANO/.test(text)) {
    return 'Canale non valido: scegliere PEC, consegna a mano, raccomandata A/R o fax.';
  }
  if (/^Valore non ammesso \(ammessi: /.test(text)) return "Scegliere un valore dall'elenco.";
  return text;
}

/**
 * A problem as the forms show it: API field paths as the forms name them ('charges[0].factDate' →
 * 'charges.0.factDate'), and messages in the user's words.
 */
export function normalizeProblem(problem) {
  if (!problem?.errors) return problem;
  return {
    ...problem,
    errors: problem.errors.map((e) => ({
      ...e,
      field: String(e.field ?? '').replace(/\[(\d+)\]/g, '.$1'),
      message: userMessage(e.message),
    })),
  };
}

/**
 * Wires a form: on submit, `makeBody()` (may be async) is POSTed to `path`; `onSuccess(outcome)` runs
 * after a 2xx; a problem is shown in the summary and next to the fields, with a reload button on a
 * version conflict (409) when `reload` is given.
 */
export function submitForm(
  form,
  summary,
  { path, makeBody, onSuccess, reload, reloadLabel = 'Ricarica il fascicolo' },
) {
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    busy(form, async () => {
      try {
        const outcome = await api(path, { method: 'POST', auth: true, body: await makeBody() });
        await onSuccess(outcome);
      } catch (error) {
        const problem = normalizeProblem(asProblem(error));
        const extra =
          problem.status === 409 && reload
            ? h(
                'button',
                { type: 'button', class: 'btn btn-outline-primary btn-sm mt-2', onclick: () => reload() },
                reloadLabel,
              )
            : null;
        showProblem(form, summary, problem, extra);
      }
    });
  });
}

// ---------------------------------------------------------------- acts

/** A spec's value that may depend on the context: `x(ctx)` when a function. */
export const resolve = (x, ctx) => (typeof x === 'function' ? x(ctx) : x);

function actRequiredNote() {
  return h(
    'p',
    { class: 'small' },
    'I campi contrassegnati con ',
    h('span', { class: 'required-mark' }, '*'),
    ' sono obbligatori.',
  );
}

/**
 * One act as a <details>: its form, POSTed to `path` with the procedure's `expectedVersion` (`ctx.c.version`),
 * or why no form is shown now; beside it, the panel of the term that binds the act (`term`, or `none` when
 * there is none). `spec`: { title, intro, fields(prefix, ctx, form), body(form, values), submit, success,
 * unavailable(ctx), dueLabel } — title, submit and success may be functions of ctx. `ctx`: { c, reload(message?) }.
 */
export function actDetails(name, spec, ctx, { path, term, none, peremptoryText }) {
  const title = resolve(spec?.title, ctx) ?? name;
  const prefix = `act-${name}`;
  const unavailable = spec?.unavailable?.(ctx);
  let body;
  if (!spec) {
    body = h('p', {}, 'Atto non ancora disponibile in questa console.');
  } else if (unavailable) {
    body = h('p', { class: 'mb-0' }, unavailable);
  } else {
    const summary = errorSummary(`${prefix}-errors`, 4);
    const form = h('form', { novalidate: true, 'aria-label': title });
    // replace(): flattens the fields' arrays and skips the absent ones (Element.append would not).
    replace(
      form,
      summary,
      spec.intro ? h('p', {}, resolve(spec.intro, ctx)) : null,
      actRequiredNote(),
      spec.fields(prefix, ctx, form),
      h('button', { type: 'submit', class: 'btn btn-primary' }, resolve(spec.submit, ctx)),
    );
    submitForm(form, summary, {
      path,
      makeBody: async () => {
        const values = readForm(form);
        const shaped = spec.body ? await spec.body(form, values, ctx) : values;
        return { ...shaped, expectedVersion: ctx.c.version };
      },
      onSuccess: (outcome) => ctx.reload(resolve(spec.success, ctx), outcome),
      reload: () => ctx.reload(),
    });
    body = form;
  }
  return h(
    'details',
    { class: 'term-ops mb-3', 'data-act': name },
    h('summary', {}, title),
    h(
      'div',
      { class: 'row mt-3' },
      h('div', { class: 'col-lg-8' }, body),
      h(
        'div',
        { class: 'col-lg-4' },
        termPanel(term, { dueLabel: spec?.dueLabel ?? 'Scadenza', none, peremptoryText }),
      ),
    ),
  );
}
