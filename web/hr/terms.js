/**
 * The console's term tools: the term calculator with the exam-date check (`/hr/?view=termini`) and the
 * agenda of the entity's running terms (`/hr/?view=agenda`). Both use the engine the procedures use
 * (POST /api/v1/terms/compute, POST /api/v1/terms/exam-date-check, GET /api/v1/agenda).
 */
import { ApiError, api } from '../shared/api.js';
import { citationDetails, citationText, dueText } from '../shared/application-form.js';
import {
  anchorDateLabel,
  labelOf,
  PROCEDURE_TYPES,
  TERM_BINDS,
  TERM_KINDS,
  TERM_ON_EXPIRY,
  TERM_UNITS,
} from '../shared/labels.js';
import {
  busy,
  clearErrors,
  errorSummary,
  field,
  formatDate,
  formatDateTime,
  formatLongDate,
  h,
  readForm,
  replace,
  showProblem,
} from '../shared/ui.js';

const asProblem = (error) =>
  error instanceof ApiError ? error.problem : { title: 'Errore', detail: String(error?.message ?? error) };

/** '30 giorni di calendario'. */
export function quantityText(rule) {
  const [one, many] = TERM_UNITS[rule.unit] ?? [rule.unit, rule.unit];
  return `${rule.quantity} ${rule.quantity === 1 ? one : many}`;
}

/** The label of the date a rule counts from. */
export const anchorLabel = anchorDateLabel;

const anchorHint = (rule) =>
  rule?.kind === 'minimumNotice'
    ? "Il termine si conta a ritroso dalla data dell'evento."
    : 'Il giorno iniziale non si computa (dies a quo).';

function facts(rows) {
  return h(
    'dl',
    { class: 'summary-list' },
    rows.filter(([, v]) => v !== undefined && v !== null && v !== '').map(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]),
  );
}

const requiredNote = () =>
  h('p', {}, 'I campi contrassegnati con ', h('span', { class: 'required-mark' }, '*'), ' sono obbligatori.');

// ---------------------------------------------------------------- calculator

/**
 * `ctx`: { view, me, entityName, setTitle, breadcrumb, today }. The rule set, procedure kind and rule
 * selects reload the list of rules from the API; the anchor date's label follows the chosen rule.
 */
export async function renderCalculator(ctx) {
  const { view, me, entityName } = ctx;
  ctx.setTitle('Calcolatore dei termini');
  ctx.breadcrumb(['Calcolatore dei termini']);

  let catalogue = await api('/api/v1/terms/rules?procedure=concorso', { auth: true });
  let rules = catalogue.terms;

  // ------------------------------------------------ compute form
  const prefix = 'tc';
  const summary = errorSummary(prefix, 3);
  const result = h('div', {
    id: 'term-result',
    class: 'result-panel mt-4',
    tabindex: '-1',
    'aria-live': 'polite',
    'aria-labelledby': 'term-result-title',
  });
  const entityField = field(prefix, {
    path: 'entityId',
    label: 'Ente',
    kind: 'select',
    required: true,
    value: me.entities[0],
    options: me.entities.map((id) => [id, entityName(id)]),
    hint: 'Il calendario (festività, santo patrono, chiusure) è quello dell’ente.',
  });
  const ruleSetField = field(prefix, {
    path: 'ruleSet',
    label: 'Insieme di regole',
    kind: 'select',
    required: true,
    value: catalogue.ruleSet,
    options: catalogue.ruleSets.map((rs) => [`${rs.id}@${rs.version}`, `${rs.label} (versione ${rs.version})`]),
  });
  const procedureField = field(prefix, {
    path: 'procedure',
    label: 'Tipo di procedimento',
    kind: 'select',
    value: 'concorso',
    options: [['', 'Tutti i tipi'], ...PROCEDURE_TYPES],
  });
  const ruleSlot = h('div', {});
  const anchorSlot = h('div', {});
  const rulesStatus = h('div', { role: 'status', 'aria-live': 'polite', class: 'form-text mb-3' });
  const submit = h('button', { type: 'submit', class: 'btn btn-primary' }, 'Calcola la scadenza');

  const selectedRule = () => rules.find((r) => r.id === form.querySelector('[data-path="ruleId"]')?.value);

  /** The anchor date keeps its value when the rule changes; only its label and hint follow the rule. */
  const renderAnchor = () => {
    const rule = selectedRule();
    const previous = form.querySelector('[data-path="anchorDate"]')?.value;
    replace(
      anchorSlot,
      field(prefix, {
        path: 'anchorDate',
        label: rule ? anchorLabel(rule) : 'Data di decorrenza',
        kind: 'date',
        required: true,
        value: previous || ctx.today(),
        hint: anchorHint(rule),
      }),
    );
  };

  const renderRules = (keep) => {
    const options = rules.map((r) => [r.id, `${r.label} — ${quantityText(r)}`]);
    replace(
      ruleSlot,
      field(prefix, {
        path: 'ruleId',
        label: 'Termine da calcolare',
        kind: 'select',
        required: true,
        value: rules.some((r) => r.id === keep) ? keep : rules[0]?.id,
        options: options.length
          ? options
          : [['', 'Nessun termine per questo tipo di procedimento in questo insieme di regole']],
      }),
    );
    ruleSlot.querySelector('select').addEventListener('change', renderAnchor);
    submit.disabled = rules.length === 0;
    renderAnchor();
  };

  let request = 0;
  const reloadRules = async () => {
    // Two quick changes: only the answer to the last one is shown.
    const mine = ++request;
    const ruleSet = form.querySelector('[data-path="ruleSet"]').value;
    const procedure = form.querySelector('[data-path="procedure"]').value;
    const keep = form.querySelector('[data-path="ruleId"]')?.value;
    const query = new URLSearchParams({ ruleSet, ...(procedure ? { procedure } : {}) });
    let answer;
    let failure;
    try {
      answer = await api(`/api/v1/terms/rules?${query}`, { auth: true });
    } catch (error) {
      failure = error;
    }
    if (mine !== request) return;
    if (failure) {
      rules = [];
      showProblem(form, summary, asProblem(failure));
    } else {
      catalogue = answer;
      rules = catalogue.terms;
      clearErrors(form, summary);
    }
    renderRules(keep);
    rulesStatus.textContent = rules.length
      ? `${rules.length} ${rules.length === 1 ? 'termine disponibile' : 'termini disponibili'} per la scelta fatta.`
      : 'Nessun termine disponibile per la scelta fatta.';
  };

  const form = h(
    'form',
    { novalidate: true, 'aria-labelledby': 'calc-title' },
    summary,
    requiredNote(),
    h(
      'fieldset',
      { class: 'form-fieldset mb-4' },
      h('legend', { class: 'h5' }, 'Regole'),
      h(
        'div',
        { class: 'row' },
        h('div', { class: 'col-md-6' }, entityField),
        h('div', { class: 'col-md-6' }, ruleSetField),
      ),
      procedureField,
      ruleSlot,
      rulesStatus,
    ),
    h('fieldset', { class: 'form-fieldset mb-4' }, h('legend', { class: 'h5' }, 'Decorrenza'), anchorSlot),
    submit,
  );
  renderRules();
  form.querySelector('[data-path="ruleSet"]').addEventListener('change', reloadRules);
  form.querySelector('[data-path="procedure"]').addEventListener('change', reloadRules);

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    busy(form, async () => {
      const body = readForm(form);
      delete body.procedure; // a filter of the rule list, not part of the request
      try {
        const outcome = await api('/api/v1/terms/compute', { method: 'POST', auth: true, body });
        clearErrors(form, summary);
        replace(result, computationPanel(outcome, body));
        result.focus();
      } catch (error) {
        replace(result);
        showProblem(form, summary, asProblem(error));
      }
    });
  });

  replace(
    view,
    h('h1', {}, 'Calcolatore dei termini'),
    h(
      'p',
      {},
      'Calcola la scadenza di un termine con le stesse regole e lo stesso calendario usati per i procedimenti: ',
      'il giorno iniziale non si computa, i giorni di chiusura sono indicati uno per uno e il termine a carico del privato ',
      'che cade in un giorno di chiusura è spostato al primo giorno non festivo.',
    ),
    h(
      'section',
      { 'aria-labelledby': 'calc-title', class: 'mb-5' },
      h('h2', { id: 'calc-title' }, 'Calcola un termine'),
      form,
      result,
    ),
    examDateSection(ctx),
  );
}

function computationPanel({ ruleSet, rule, computation }, body) {
  const c = computation;
  return h(
    'div',
    { class: 'card card-bg' },
    h(
      'div',
      { class: 'card-body' },
      h('h3', { id: 'term-result-title', class: 'h4' }, 'Risultato del calcolo'),
      h('p', { class: 'lead mb-2' }, 'Scadenza: ', h('strong', { id: 'term-due' }, dueText(c))),
      h(
        'p',
        {},
        c.rolledForward
          ? 'Il termine cadeva in un giorno di chiusura ed è stato spostato al primo giorno non festivo.'
          : 'Il termine non è stato spostato.',
      ),
      facts([
        ['Termine', rule.label],
        ['Insieme di regole', ruleSet],
        ['Tipo di termine', labelOf(TERM_KINDS, rule.kind)],
        ['Durata', quantityText(rule)],
        [anchorLabel(rule), formatLongDate(body.anchorDate)],
        ['A carico di', labelOf(TERM_BINDS, rule.binds)],
        ['Perentorio', rule.peremptory ? 'Sì: il termine non può essere superato' : 'No: termine ordinatorio'],
        ['Conseguenza della scadenza', labelOf(TERM_ON_EXPIRY, rule.onExpiry)],
      ]),
      citationDetails({ citation: c.citation ?? rule.citation, trace: c.trace }, { open: true }),
    ),
  );
}

// ---------------------------------------------------------------- exam-date check

function examDateSection(ctx) {
  const { me, entityName } = ctx;
  const prefix = 'ex';
  const summary = errorSummary(prefix, 3);
  const result = h('div', {
    id: 'exam-result',
    class: 'result-panel mt-4',
    tabindex: '-1',
    'aria-live': 'polite',
  });
  const form = h(
    'form',
    { novalidate: true, 'aria-labelledby': 'exam-title' },
    summary,
    requiredNote(),
    h(
      'fieldset',
      { class: 'form-fieldset mb-4' },
      h('legend', { class: 'h5' }, 'Prova e comunicazione ai candidati'),
      field(prefix, {
        path: 'entityId',
        label: 'Ente',
        kind: 'select',
        required: true,
        value: me.entities[0],
        options: me.entities.map((id) => [id, entityName(id)]),
      }),
      h(
        'div',
        { class: 'row' },
        h(
          'div',
          { class: 'col-md-6' },
          field(prefix, {
            path: 'examDate',
            label: "Data della prova d'esame",
            kind: 'date',
            required: true,
            hint: 'Non può cadere in un giorno festivo, nel giorno del santo patrono né in una festività ebraica o valdese.',
          }),
        ),
        h(
          'div',
          { class: 'col-md-6' },
          field(prefix, {
            path: 'noticeDate',
            label: 'Data della comunicazione ai candidati',
            kind: 'date',
            required: true,
            hint: 'Pubblicazione del diario delle prove o invio della convocazione.',
          }),
        ),
      ),
    ),
    h('button', { type: 'submit', class: 'btn btn-primary' }, 'Verifica la data'),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    busy(form, async () => {
      const body = readForm(form);
      try {
        const outcome = await api('/api/v1/terms/exam-date-check', { method: 'POST', auth: true, body });
        clearErrors(form, summary);
        replace(result, examPanel(outcome, body));
        result.focus();
      } catch (error) {
        replace(result);
        showProblem(form, summary, asProblem(error));
      }
    });
  });
  return h(
    'section',
    { 'aria-labelledby': 'exam-title', class: 'mb-5' },
    h('h2', { id: 'exam-title' }, "Verifica data d'esame"),
    h(
      'p',
      {},
      "Controlla che la data proposta per una prova sia ammessa dal calendario dell'ente e che la comunicazione ai candidati rispetti il preavviso minimo.",
    ),
    form,
    result,
  );
}

function examPanel(outcome, body) {
  const reasons = outcome.reasons ?? [];
  return h(
    'div',
    { class: `alert ${outcome.allowed ? 'alert-success' : 'alert-danger'}` },
    h(
      'h3',
      { class: 'h4', id: 'exam-verdict', 'data-allowed': String(outcome.allowed) },
      outcome.allowed ? 'Data ammessa' : 'Data non ammessa',
    ),
    h(
      'p',
      {},
      outcome.allowed
        ? `La prova può tenersi ${formatLongDate(body.examDate)} con la comunicazione del ${formatDate(body.noticeDate)}.`
        : `La prova non può tenersi ${formatLongDate(body.examDate)} con la comunicazione del ${formatDate(body.noticeDate)}.`,
    ),
    reasons.length
      ? [
          h('p', { class: 'fw-semibold mb-1' }, reasons.length === 1 ? 'Motivo:' : `Motivi (${reasons.length}):`),
          h(
            'ul',
            { class: 'exam-reasons' },
            reasons.map((r) => h('li', { 'data-code': r.code }, r.message)),
          ),
        ]
      : null,
    outcome.latestNoticeDate
      ? h(
          'p',
          {},
          'Ultimo giorno utile per la comunicazione ai candidati: ',
          h('strong', {}, formatLongDate(outcome.latestNoticeDate)),
          '.',
        )
      : null,
    outcome.citation ? citationDetails({ citation: outcome.citation }) : null,
  );
}

// ---------------------------------------------------------------- agenda

function daysLeftText(item) {
  if (item.status === 'SUSPENDED') return 'Decorrenza sospesa';
  const n = item.daysLeft;
  if (item.overdue) {
    if (n >= 0) return 'Scaduto oggi';
    return n === -1 ? 'Scaduto da 1 giorno' : `Scaduto da ${-n} giorni`;
  }
  if (n === 0) return 'Scade oggi';
  if (n === 1) return 'Scade domani';
  return `Tra ${n} giorni`;
}

function agendaStatus(item) {
  if (item.status === 'SUSPENDED') return h('span', { class: 'badge bg-secondary' }, 'Sospeso');
  if (item.overdue)
    return [
      h('span', { class: 'badge bg-danger' }, 'Scaduto'),
      h('div', { class: 'small' }, 'Non ancora chiuso dallo scadenzario'),
    ];
  return 'In corso';
}

export async function renderAgenda(ctx) {
  const { view, me, entityName } = ctx;
  ctx.setTitle('Agenda dei termini');
  ctx.breadcrumb(['Agenda dei termini']);
  const entityId = new URLSearchParams(location.search).get('entity') ?? me.entities[0];
  const data = await api(`/api/v1/agenda?entity=${encodeURIComponent(entityId)}`, { auth: true });
  const items = data.items ?? [];
  const types = [...new Set(items.map((i) => i.procedureType).filter(Boolean))];

  const status = h('p', { role: 'status', 'aria-live': 'polite', class: 'small' });
  const tbody = h('tbody', {});
  const caption = h('caption', {});
  const render = (type) => {
    const shown = type ? items.filter((i) => i.procedureType === type) : items;
    const overdue = shown.filter((i) => i.overdue).length;
    caption.textContent = `Termini in corso${type ? ` — ${labelOf(PROCEDURE_TYPES, type)}` : ''} (${shown.length}), dal più vicino`;
    replace(
      tbody,
      shown.map((i) =>
        h(
          'tr',
          {
            class: i.overdue ? 'agenda-overdue' : i.status === 'SUSPENDED' ? 'agenda-suspended' : undefined,
            'data-deadline': i.deadlineId,
          },
          h(
            'td',
            {},
            h('a', { href: `?id=${encodeURIComponent(i.procedureId)}` }, i.procedureTitle ?? i.procedureId),
            i.procedureType ? h('div', { class: 'small text-muted' }, labelOf(PROCEDURE_TYPES, i.procedureType)) : null,
          ),
          h(
            'th',
            { scope: 'row', class: 'fw-normal' },
            i.label,
            i.peremptory ? h('div', { class: 'small text-muted' }, 'Termine perentorio') : null,
            i.citation ? h('div', { class: 'small text-muted' }, citationText(i.citation)) : null,
          ),
          h(
            'td',
            {},
            dueText(i),
            i.status === 'SUSPENDED'
              ? h('div', { class: 'small' }, 'Scadenza prima della sospensione: sarà ricalcolata alla ripresa')
              : null,
          ),
          h('td', {}, i.overdue ? h('strong', {}, daysLeftText(i)) : daysLeftText(i)),
          h('td', {}, agendaStatus(i)),
        ),
      ),
    );
    status.textContent =
      `${shown.length} ${shown.length === 1 ? 'termine' : 'termini'}` +
      (overdue ? `, di cui ${overdue} ${overdue === 1 ? 'scaduto' : 'scaduti'}.` : '.');
  };

  const filter =
    types.length > 1
      ? h(
          'div',
          { class: 'select-wrapper mb-3', style: 'max-width: 24rem' },
          h('label', { for: 'agenda-type', class: 'active' }, 'Tipo di procedimento'),
          h(
            'select',
            { id: 'agenda-type', onchange: (event) => render(event.target.value) },
            h('option', { value: '' }, 'Tutti i tipi'),
            types.map((t) => h('option', { value: t }, labelOf(PROCEDURE_TYPES, t))),
          ),
        )
      : null;

  replace(
    view,
    h('h1', {}, `Agenda dei termini — ${data.entity ?? entityName(entityId)}`),
    h(
      'p',
      {},
      `Tutti i termini in corso o sospesi dei procedimenti dell'ente, dal più vicino. Situazione al ${formatDateTime(data.now)}.`,
    ),
    items.length
      ? [
          filter,
          status,
          h(
            'div',
            { class: 'table-responsive' },
            h(
              'table',
              { class: 'table agenda' },
              caption,
              h(
                'thead',
                {},
                h(
                  'tr',
                  {},
                  ['Procedimento', 'Termine', 'Scadenza', 'Giorni rimanenti', 'Stato'].map((c) =>
                    h('th', { scope: 'col' }, c),
                  ),
                ),
              ),
              tbody,
            ),
          ),
        ]
      : h('p', {}, 'Nessun termine in corso.'),
  );
  if (items.length) render('');
}
