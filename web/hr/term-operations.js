/**
 * "Operazioni sul termine" on a procedure's detail: for each running (OPEN) or suspended term a
 * <details> with the form for its clock operations (POST …/deadlines/{id}/clock: proroga, sospensione,
 * ripresa, interruzione) and the history of the operations already recorded (`clockOps`).
 */
import { ApiError, api } from '../shared/api.js';
import { CLOCK_OPERATIONS, CLOCK_OPERATIONS_FOR, labelOf } from '../shared/labels.js';
import { busy, errorSummary, field, formatDate, formatDateTime, h, readForm, showProblem } from '../shared/ui.js';

const asProblem = (error) =>
  error instanceof ApiError ? error.problem : { title: 'Errore', detail: String(error?.message ?? error) };

const daysText = (n) => (n === 1 ? '1 giorno' : `${n} giorni`);

/** 'Proroga di 10 giorni', 'Sospensione'. */
const operationText = (op) =>
  op.days ? `${labelOf(CLOCK_OPERATIONS, op.kind)} di ${daysText(op.days)}` : labelOf(CLOCK_OPERATIONS, op.kind);

function historyList(d) {
  const ops = d.clockOps ?? [];
  if (!ops.length) return h('p', { class: 'small mb-0' }, 'Nessuna operazione registrata su questo termine.');
  return h(
    'ol',
    { class: 'clock-ops' },
    ops.map((op) =>
      h(
        'li',
        {},
        h('strong', {}, operationText(op)),
        ` — atto del ${formatDate(op.legalDate)}`,
        h(
          'div',
          {},
          op.previousDueDate === op.dueDate
            ? `Scadenza invariata: ${formatDate(op.dueDate)}`
            : `Scadenza: dal ${formatDate(op.previousDueDate)} al ${formatDate(op.dueDate)}`,
        ),
        h('div', {}, `Fondamento: ${op.basis}`),
        h(
          'div',
          { class: 'small text-muted' },
          `Registrata il ${formatDateTime(op.recordedAt)}${op.actor?.name ? ` da ${op.actor.name}` : ''}`,
        ),
      ),
    ),
  );
}

/** The message said after an operation, with the term's new state. */
function successMessage(kind, label, next, legalDate) {
  switch (kind) {
    case 'suspend':
      return `Termine «${label}» sospeso dal ${formatDate(next?.suspendedOn ?? legalDate)}.`;
    case 'resume':
      return `Termine «${label}» ripreso. Nuova scadenza: ${formatDate(next?.dueDate)}.`;
    case 'interrupt':
      return `Termine «${label}» interrotto: decorre di nuovo per intero. Nuova scadenza: ${formatDate(next?.dueDate)}.`;
    default:
      return `Termine «${label}» prorogato. Nuova scadenza: ${formatDate(next?.dueDate)}.`;
  }
}

function operationForm(p, d, index, reload, today) {
  const prefix = `op${index}`;
  const summary = errorSummary(prefix, 4);
  const kinds = CLOCK_OPERATIONS_FOR[d.status] ?? [];
  const daysField = field(prefix, {
    path: 'days',
    label: 'Giorni di proroga',
    kind: 'int',
    required: true,
    attrs: { min: '1', max: '3650' },
    hint: 'Di quanti giorni si proroga la scadenza.',
  });
  const form = h(
    'form',
    { novalidate: true, class: 'mt-3', 'aria-label': `Operazione sul termine: ${d.label}` },
    summary,
    h(
      'fieldset',
      { class: 'form-fieldset mb-3' },
      h('legend', { class: 'h6' }, 'Nuova operazione'),
      field(prefix, {
        path: 'operation',
        label: 'Operazione',
        kind: 'select',
        required: true,
        value: kinds[0],
        options: kinds.map((k) => [k, labelOf(CLOCK_OPERATIONS, k)]),
        hint:
          d.status === 'SUSPENDED'
            ? 'Ripresa: il termine riprende a decorrere per la parte residua. Interruzione: decorre di nuovo per intero.'
            : 'Proroga: la scadenza si sposta dei giorni indicati. Sospensione: il termine si ferma fino alla ripresa. Interruzione: decorre di nuovo per intero dalla data dell’atto.',
      }),
      field(prefix, {
        path: 'legalDate',
        label: "Data dell'atto",
        kind: 'date',
        required: true,
        value: today,
        hint: "La data che l'atto reca: non può essere futura né precedere l'inizio del termine.",
      }),
      daysField,
      field(prefix, {
        path: 'basis',
        label: 'Fondamento giuridico',
        kind: 'textarea',
        rows: 2,
        required: true,
        hint: 'es. Determinazione n. 45 del 5 marzo 2026, art. 82 c.2 ROUS',
      }),
    ),
    h('button', { type: 'submit', class: 'btn btn-primary btn-sm' }, 'Registra l’operazione'),
  );
  const operation = form.querySelector('[data-path="operation"]');
  const showDays = () => {
    const extend = operation.value === 'extend';
    daysField.hidden = !extend;
    daysField.querySelector('input').disabled = !extend;
  };
  operation.addEventListener('change', showDays);
  showDays();

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    busy(form, async () => {
      const body = { ...readForm(form), expectedVersion: p.version };
      if (body.operation !== 'extend') delete body.days;
      try {
        const outcome = await api(
          `/api/v1/procedures/${encodeURIComponent(p.id)}/deadlines/${encodeURIComponent(d.id)}/clock`,
          { method: 'POST', auth: true, body },
        );
        const next = outcome?.deadlines?.find((x) => x.id === d.id) ?? outcome?.deadlines?.[0];
        await reload(successMessage(body.operation, d.label, next, body.legalDate));
      } catch (error) {
        const problem = asProblem(error);
        const reloadButton =
          problem.status === 409
            ? h(
                'button',
                { type: 'button', class: 'btn btn-outline-primary btn-sm mt-2', onclick: () => reload() },
                'Ricarica il procedimento',
              )
            : null;
        showProblem(form, summary, problem, reloadButton);
      }
    });
  });
  return form;
}

/** The "Operazioni sul termine" subsection: one <details> per term that is running, suspended or was moved. */
export function termOperations(p, reload, today) {
  const deadlines = (p.deadlines ?? []).filter(
    (d) => d.status === 'OPEN' || d.status === 'SUSPENDED' || d.clockOps?.length,
  );
  if (!deadlines.length) return null;
  return [
    h('h3', { class: 'h5 mt-4', id: 'term-ops-title' }, 'Operazioni sui termini'),
    h(
      'p',
      {},
      'Proroga, sospensione, ripresa e interruzione di un termine in corso: ogni operazione richiede la data e il fondamento giuridico dell’atto ed è registrata nel registro di audit.',
    ),
    deadlines.map((d) => {
      const index = (p.deadlines ?? []).indexOf(d);
      const operable = d.status === 'OPEN' || d.status === 'SUSPENDED';
      return h(
        'details',
        { class: 'term-ops mb-3', 'data-deadline': d.id },
        h(
          'summary',
          {},
          operable ? 'Operazioni sul termine: ' : 'Operazioni registrate sul termine: ',
          d.label,
          d.clockOps?.length ? ` (${d.clockOps.length} registrate)` : '',
        ),
        h(
          'div',
          { class: 'term-ops-body' },
          h('h4', { class: 'h6 mt-3' }, 'Operazioni registrate'),
          historyList(d),
          operable ? operationForm(p, d, index, reload, today) : null,
        ),
      );
    }),
  ];
}
