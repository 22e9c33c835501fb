/**
 * The entity's calendar (`/hr/?view=calendario[&anno=YYYY][&entity=id]`): the settings in force (Saturday,
 * patron days, extraordinary closures, who changed them and on which act) and the chosen year's Jewish
 * and Waldensian holidays, computed or set by the entity (GET /api/v1/entities/{id}/calendar?year=).
 * The HR head changes them with the act the change rests on (POST, the whole settings object with the
 * version it replaces); everyone else reads them.
 */
import { ApiError, api } from '../shared/api.js';
import { ROLES } from '../shared/labels.js';
import {
  busy,
  checkbox,
  clearErrors,
  errorSummary,
  field,
  formatDateTime,
  formatLongDate,
  h,
  replace,
  showProblem,
} from '../shared/ui.js';

const asProblem = (error) =>
  error instanceof ApiError ? error.problem : { title: 'Errore', detail: String(error?.message ?? error) };

const MONTHS = [
  'gennaio',
  'febbraio',
  'marzo',
  'aprile',
  'maggio',
  'giugno',
  'luglio',
  'agosto',
  'settembre',
  'ottobre',
  'novembre',
  'dicembre',
];

/** '7 dicembre'. */
const dayMonthText = (p) => `${p.day} ${MONTHS[p.month - 1] ?? p.month}`;

const listSourceText = (source) =>
  source === 'entity' ? "Elenco stabilito dall'ente" : 'Elenco calcolato dal sistema';

function facts(rows) {
  return h(
    'dl',
    { class: 'summary-list' },
    rows.filter(([, v]) => v !== undefined && v !== null && v !== '').map(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]),
  );
}

const requiredNote = () =>
  h('p', {}, 'I campi contrassegnati con ', h('span', { class: 'required-mark' }, '*'), ' sono obbligatori.');

// ---------------------------------------------------------------- page

/** `ctx`: { view, me, entityName, setTitle, breadcrumb, today }. */
export async function renderCalendar(ctx) {
  const { view, me, entityName } = ctx;
  ctx.setTitle("Calendario dell'ente");
  ctx.breadcrumb(["Calendario dell'ente"]);
  const query = new URLSearchParams(location.search);
  const entityId = me.entities.includes(query.get('entity')) ? query.get('entity') : me.entities[0];
  const currentYear = Number(ctx.today().slice(0, 4));
  const asked = Number(query.get('anno'));
  let year = Number.isInteger(asked) && asked >= 1900 && asked <= 2199 ? asked : currentYear;
  const isHead = me.roles.includes('HR_HEAD');

  const result = h('div', { id: 'cal-result', tabindex: '-1', 'aria-live': 'polite', class: 'result-panel' });
  const content = h('div', { id: 'cal-content', 'aria-busy': 'true' });
  const years = [];
  for (let y = Math.min(year, currentYear - 1); y <= Math.max(year, currentYear + 6); y++) years.push(y);
  const yearSelect = h(
    'div',
    { class: 'select-wrapper mb-4', style: 'max-width: 16rem' },
    h('label', { for: 'cal-year', class: 'active' }, 'Anno delle festività religiose'),
    h(
      'select',
      {
        id: 'cal-year',
        'aria-describedby': 'cal-year-hint',
        onchange: (event) => {
          year = Number(event.target.value);
          const url = new URL(location.href);
          url.searchParams.set('anno', String(year));
          history.replaceState(null, '', url);
          replace(result);
          load();
        },
      },
      years.map((y) => h('option', { value: String(y), selected: y === year }, String(y))),
    ),
    h(
      'div',
      { id: 'cal-year-hint', class: 'form-text' },
      'Le festività ebraiche e valdesi cambiano ogni anno: si mostrano quelle dell’anno scelto.',
    ),
  );

  let request = 0;
  const load = async () => {
    const mine = ++request;
    content.setAttribute('aria-busy', 'true');
    let data;
    try {
      data = await api(`/api/v1/entities/${encodeURIComponent(entityId)}/calendar?year=${year}`, { auth: true });
    } catch (error) {
      if (mine !== request) return;
      const problem = asProblem(error);
      replace(content, h('div', { class: 'alert alert-danger', role: 'alert' }, problem.detail || problem.title));
      content.removeAttribute('aria-busy');
      return;
    }
    if (mine !== request) return;
    replace(
      content,
      inForceSection(data),
      religiousSection(data),
      isHead
        ? changeSection(data, {
            onSaved: async (saved) => {
              await load();
              replace(
                result,
                h(
                  'div',
                  { class: 'alert alert-success' },
                  `Calendario aggiornato (versione ${saved?.version ?? ''}). Le modifiche valgono per i calcoli dei termini da ora.`,
                ),
              );
              result.focus();
            },
            onReload: async () => {
              replace(result);
              await load();
              document.getElementById('cal-change-title')?.focus();
            },
          })
        : h(
            'div',
            { class: 'alert alert-info', id: 'cal-readonly' },
            `Solo il ${ROLES.HR_HEAD} può modificare il calendario dell'ente.`,
          ),
    );
    content.removeAttribute('aria-busy');
  };

  replace(
    view,
    h('h1', {}, `Calendario dell'ente — ${entityName(entityId)}`),
    h(
      'p',
      {},
      'I giorni di chiusura degli uffici e i giorni in cui non si possono tenere prove d’esame: ',
      'il calcolatore dei termini, lo scadenzario e la verifica delle date d’esame usano questo calendario.',
    ),
    yearSelect,
    result,
    content,
  );
  await load();
}

// ---------------------------------------------------------------- read-only sections

function sourceText(data) {
  if (data.source !== 'edited') return 'Calendario predefinito dell’ente (non ancora modificato).';
  const who = data.updatedBy ? `${data.updatedBy.name} (${ROLES[data.updatedBy.role] ?? data.updatedBy.role})` : '';
  return [
    'Modificato',
    data.updatedAt ? ` il ${formatDateTime(data.updatedAt)}` : '',
    who ? ` da ${who}` : '',
    data.basis ? ` in base a: ${data.basis}` : '',
    '.',
  ].join('');
}

function inForceSection(data) {
  const s = data.settings;
  const extra = [...(s.extraClosedDays ?? [])].sort((a, b) => a.date.localeCompare(b.date));
  return h(
    'section',
    { 'aria-labelledby': 'cal-inforce-title', class: 'mb-5' },
    h('h2', { id: 'cal-inforce-title' }, 'Calendario in vigore'),
    facts([
      ['Origine', h('span', { id: 'cal-source', 'data-source': data.source }, sourceText(data))],
      ['Versione', String(data.version)],
      ['Sabato', s.saturdayClosed ? 'Uffici chiusi' : 'Uffici aperti'],
    ]),
    h('h3', { class: 'h5' }, 'Santo patrono'),
    s.patronDays.length
      ? h(
          'ul',
          { id: 'cal-patron' },
          s.patronDays.map((p) =>
            h(
              'li',
              {},
              h('strong', {}, dayMonthText(p)),
              `: ${p.name}`,
              p.citation ? h('span', { class: 'small text-muted' }, ` (${p.citation})`) : null,
            ),
          ),
        )
      : h('p', { id: 'cal-patron' }, 'Nessun giorno del santo patrono.'),
    h('h3', { class: 'h5' }, 'Chiusure straordinarie'),
    extra.length
      ? h(
          'ul',
          { id: 'cal-extra' },
          extra.map((e) => h('li', {}, h('strong', {}, formatLongDate(e.date)), `: ${e.reason}`)),
        )
      : h('p', { id: 'cal-extra' }, 'Nessuna chiusura straordinaria.'),
  );
}

function holidayList(id, title, list, source) {
  return h(
    'div',
    { class: 'col-md-6 mb-3', id, 'data-source': source },
    h('h3', { class: 'h5' }, title),
    h('p', { class: 'small mb-2' }, listSourceText(source)),
    list.length
      ? h(
          'ul',
          {},
          list.map((x) => h('li', {}, h('strong', {}, formatLongDate(x.date)), `: ${x.name}`)),
        )
      : h('p', {}, 'Nessuna festività per quest’anno.'),
  );
}

function religiousSection(data) {
  const r = data.religiousHolidays;
  return h(
    'section',
    { 'aria-labelledby': 'cal-religious-title', class: 'mb-5' },
    h('h2', { id: 'cal-religious-title' }, `Festività ebraiche e valdesi del ${data.year}`),
    h(
      'p',
      {},
      'In questi giorni non si possono tenere prove d’esame; gli uffici restano aperti se non sono altrimenti chiusi.',
    ),
    h(
      'div',
      { class: 'row' },
      holidayList('cal-jewish', 'Festività ebraiche', r.jewish ?? [], r.source?.jewish),
      holidayList('cal-waldensian', 'Festività valdesi', r.waldensian ?? [], r.source?.waldensian),
    ),
  );
}

// ---------------------------------------------------------------- change form

/**
 * A list of rows edited in place. Each row is a fieldset (`data-row`) whose controls carry `data-key`;
 * `make(i, values)` builds a row's fields, `read()` returns the rows' values (empty controls left out).
 */
function rowsEditor({ legendOf, removeLabelOf, addLabel, make, initial }) {
  const container = h('div', {});
  const read = () =>
    [...container.querySelectorAll('[data-row]')].map((row) => {
      const values = {};
      for (const el of row.querySelectorAll('[data-key]')) {
        const raw = el.value.trim();
        if (raw === '') continue;
        if (el.dataset.kind === 'int' || el.dataset.number) {
          const n = Number(raw);
          values[el.dataset.key] = Number.isFinite(n) ? n : raw;
        } else values[el.dataset.key] = raw;
      }
      return values;
    });
  const render = (rows, focusIndex) => {
    replace(
      container,
      rows.map((values, i) =>
        h(
          'fieldset',
          { class: 'form-fieldset mb-3', 'data-row': String(i) },
          h('legend', { class: 'h6' }, legendOf(i)),
          make(i, values ?? {}),
          h(
            'button',
            {
              type: 'button',
              class: 'btn btn-outline-danger btn-sm mb-3',
              onclick: () => {
                const current = read();
                current.splice(i, 1);
                render(current, Math.min(i, current.length - 1));
                if (!current.length) addButton.focus();
              },
            },
            removeLabelOf(i),
          ),
        ),
      ),
    );
    if (focusIndex !== undefined && focusIndex >= 0)
      container.children[focusIndex]?.querySelector('input, select, textarea')?.focus();
  };
  const addButton = h(
    'button',
    {
      type: 'button',
      class: 'btn btn-outline-primary btn-sm mb-4',
      onclick: () => {
        const current = read();
        current.push({});
        render(current, current.length - 1);
      },
    },
    addLabel,
  );
  render(initial);
  return { nodes: [container, addButton], read };
}

const keyed = (key) => ({ 'data-key': key });

function changeSection(data, { onSaved, onReload }) {
  const prefix = 'cal';
  const s = data.settings;
  const yearKey = String(data.year);
  const summary = errorSummary(prefix, 3);

  const patron = rowsEditor({
    legendOf: (i) => `Santo patrono n. ${i + 1}`,
    removeLabelOf: (i) => `Rimuovi il santo patrono n. ${i + 1}`,
    addLabel: 'Aggiungi un santo patrono',
    initial: s.patronDays.map((p) => ({ ...p })),
    make: (i, v) => {
      const p = `settings.patronDays.${i}`;
      return [
        h(
          'div',
          { class: 'row' },
          h(
            'div',
            { class: 'col-md-2' },
            field(prefix, {
              path: `${p}.day`,
              label: 'Giorno',
              kind: 'int',
              required: true,
              value: v.day,
              attrs: { ...keyed('day'), min: '1', max: '31' },
            }),
          ),
          h(
            'div',
            { class: 'col-md-3' },
            field(prefix, {
              path: `${p}.month`,
              label: 'Mese',
              kind: 'select',
              required: true,
              value: v.month,
              options: [['', 'Selezionare'], ...MONTHS.map((m, k) => [String(k + 1), m])],
              attrs: { ...keyed('month'), 'data-number': 'true' },
            }),
          ),
          h(
            'div',
            { class: 'col-md-7' },
            field(prefix, {
              path: `${p}.name`,
              label: 'Denominazione',
              required: true,
              value: v.name,
              attrs: keyed('name'),
            }),
          ),
        ),
        field(prefix, {
          path: `${p}.citation`,
          label: 'Riferimento normativo',
          value: v.citation,
          hint: 'Facoltativo, es. ROUS art. 122 c.18.',
          attrs: keyed('citation'),
        }),
      ];
    },
  });

  const extra = rowsEditor({
    legendOf: (i) => `Chiusura straordinaria n. ${i + 1}`,
    removeLabelOf: (i) => `Rimuovi la chiusura straordinaria n. ${i + 1}`,
    addLabel: 'Aggiungi una chiusura straordinaria',
    initial: (s.extraClosedDays ?? []).map((e) => ({ ...e })),
    make: (i, v) => {
      const p = `settings.extraClosedDays.${i}`;
      return h(
        'div',
        { class: 'row' },
        h(
          'div',
          { class: 'col-md-4' },
          field(prefix, {
            path: `${p}.date`,
            label: 'Data',
            kind: 'date',
            required: true,
            value: v.date,
            attrs: keyed('date'),
          }),
        ),
        h(
          'div',
          { class: 'col-md-8' },
          field(prefix, {
            path: `${p}.reason`,
            label: 'Motivo',
            required: true,
            value: v.reason,
            attrs: keyed('reason'),
          }),
        ),
      );
    },
  });

  const waldensianSource = data.religiousHolidays.source?.waldensian;
  const waldensian = rowsEditor({
    legendOf: (i) => `Festività valdese n. ${i + 1}`,
    removeLabelOf: (i) => `Rimuovi la festività valdese n. ${i + 1}`,
    addLabel: `Aggiungi una festività valdese del ${yearKey}`,
    initial: (data.religiousHolidays.waldensian ?? []).map((x) => ({ ...x })),
    make: (i, v) => {
      const p = `settings.religiousHolidays.${yearKey}.waldensian.${i}`;
      return h(
        'div',
        { class: 'row' },
        h(
          'div',
          { class: 'col-md-4' },
          field(prefix, {
            path: `${p}.date`,
            label: 'Data',
            kind: 'date',
            required: true,
            value: v.date,
            attrs: { ...keyed('date'), min: `${yearKey}-01-01`, max: `${yearKey}-12-31` },
          }),
        ),
        h(
          'div',
          { class: 'col-md-8' },
          field(prefix, {
            path: `${p}.name`,
            label: 'Denominazione',
            required: true,
            value: v.name,
            attrs: keyed('name'),
          }),
        ),
      );
    },
  });
  const resetWaldensian =
    waldensianSource === 'entity'
      ? checkbox(prefix, {
          path: 'resetWaldensian',
          label: `Tornare all’elenco calcolato per il ${yearKey} (le righe qui sopra non saranno salvate)`,
        })
      : null;

  const saturday = checkbox(prefix, {
    path: 'settings.saturdayClosed',
    label: 'Uffici chiusi il sabato',
    checked: s.saturdayClosed,
    hint: 'Il sabato conta come giorno di chiusura per i termini; le prove d’esame vi si possono comunque tenere.',
  });

  const form = h(
    'form',
    { novalidate: true, 'aria-labelledby': 'cal-change-title' },
    summary,
    requiredNote(),
    h('fieldset', { class: 'form-fieldset mb-4' }, h('legend', { class: 'h5' }, 'Sabato'), saturday),
    h(
      'fieldset',
      { class: 'form-fieldset mb-4' },
      h('legend', { class: 'h5' }, 'Santo patrono'),
      h('p', { class: 'form-text mt-0' }, 'Il giorno si ripete ogni anno; gli uffici sono chiusi.'),
      patron.nodes,
    ),
    h(
      'fieldset',
      { class: 'form-fieldset mb-4' },
      h('legend', { class: 'h5' }, 'Chiusure straordinarie'),
      h('p', { class: 'form-text mt-0' }, 'Giorni di chiusura degli uffici decisi dall’ente, uno per uno.'),
      extra.nodes,
    ),
    h(
      'fieldset',
      { class: 'form-fieldset mb-4' },
      h('legend', { class: 'h5' }, `Festività valdesi del ${yearKey}`),
      h(
        'p',
        { class: 'form-text mt-0' },
        `${listSourceText(waldensianSource)}. Per cambiare anno usare la scelta dell’anno in cima alla pagina. `,
        'Le festività ebraiche restano quelle calcolate.',
      ),
      waldensian.nodes,
      resetWaldensian,
    ),
    field(prefix, {
      path: 'basis',
      label: 'Atto su cui si fonda la modifica',
      kind: 'textarea',
      rows: 2,
      required: true,
      hint: 'Es. decreto del sindaco n. 12 del 3 marzo 2026, delibera di Giunta n. 45/2026.',
    }),
    h('button', { type: 'submit', class: 'btn btn-primary' }, 'Salva il calendario'),
  );

  const sameList = (a, b) => a.length === b.length && a.every((x, i) => x.date === b[i]?.date && x.name === b[i]?.name);

  const settingsOf = () => {
    // Start from the settings in force, so what this form does not edit (other years, Jewish lists) is kept.
    const next = structuredClone(s);
    next.saturdayClosed = form.querySelector('[data-path="settings.saturdayClosed"]').checked;
    next.patronDays = patron.read();
    const closures = extra.read();
    if (closures.length || s.extraClosedDays) next.extraClosedDays = closures;
    const rows = waldensian.read();
    const byYear = { ...(s.religiousHolidays ?? {}) };
    const yearLists = { ...(byYear[yearKey] ?? {}) };
    const reset = form.querySelector('[data-path="resetWaldensian"]')?.checked;
    if (reset) delete yearLists.waldensian;
    else if (waldensianSource === 'entity' || !sameList(rows, data.religiousHolidays.waldensian ?? []))
      yearLists.waldensian = rows;
    if (Object.keys(yearLists).length) byYear[yearKey] = yearLists;
    else delete byYear[yearKey];
    if (Object.keys(byYear).length) next.religiousHolidays = byYear;
    else delete next.religiousHolidays;
    return next;
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    busy(form, async () => {
      const body = {
        expectedVersion: data.version,
        settings: settingsOf(),
        basis: form.querySelector('[data-path="basis"]').value,
      };
      try {
        const saved = await api(`/api/v1/entities/${encodeURIComponent(data.entityId)}/calendar`, {
          method: 'POST',
          auth: true,
          body,
        });
        clearErrors(form, summary);
        await onSaved(saved);
      } catch (error) {
        const problem = asProblem(error);
        const reloadButton =
          problem.status === 409
            ? h(
                'button',
                { type: 'button', class: 'btn btn-outline-primary btn-sm mt-2', onclick: () => onReload() },
                'Ricarica il calendario',
              )
            : null;
        showProblem(form, summary, problem, reloadButton);
      }
    });
  });

  return h(
    'section',
    { 'aria-labelledby': 'cal-change-title', class: 'mb-5' },
    h('h2', { id: 'cal-change-title', tabindex: '-1' }, 'Modifica il calendario'),
    h(
      'p',
      {},
      `Si modifica la versione ${data.version}. La modifica vale da ora per tutti i calcoli e resta registrata con l’atto su cui si fonda.`,
    ),
    form,
  );
}
