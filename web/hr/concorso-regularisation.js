/**
 * The regularisation of applications on a concorso's detail page (art. 89 c.1; decisione D3 Q2): the
 * request to correct a formal defect (POST …/actions/request-regularisation), sent by PEC or by
 * raccomandata A/R; the return card of a raccomandata (…/record-delivery; PEC receipts are recorded by the
 * system itself), from which the 10 days run; the regularisation received (…/record-regularised).
 */
import { CHANNEL_LABELS } from '../shared/contract-labels.js';
import { DELIVERY_STATUS, labelOf, REGULARISATION_STATUS } from '../shared/labels.js';
import { errorSummary, field, formatDate, h, readForm } from '../shared/ui.js';
import { submitTo } from './concorso-acts.js';

/** Phases in which applications are examined and a regularisation may be requested (regularisation.ts PHASES). */
const PHASES = ['APPLICATIONS_CLOSED', 'ADMISSION_OPEN'];
/** The term's id for one application (regularisation.ts regularisationDeadlineId). */
const termId = (applicationId) => `concorso.regularisation.${applicationId}`;

const col = (size, ...children) => h('div', { class: `col-md-${size}` }, children);
const row = (...cols) => h('div', { class: 'row' }, cols);

const actDetails = (kind, title, body, open = false) =>
  h('details', { class: 'term-ops mb-3', 'data-act': kind, open }, h('summary', {}, title), body);

const appLabel = (a) => `${a.lastName} ${a.firstName} (${a.protocolNumber})`;

/**
 * The evidence the API accepts for the communication: a raccomandata is proved by its return card only;
 * a PEC that failed may have been delivered by hand or by post instead.
 */
const evidenceFor = (c) =>
  c.channel === 'RACCOMANDATA_AR'
    ? [['CARTOLINA_AR', 'Cartolina di ritorno della raccomandata A/R']]
    : [
        ['CARTOLINA_AR', 'Cartolina di ritorno della raccomandata A/R'],
        ['RICEVUTA_FIRMATA', 'Ricevuta firmata (consegna a mano)'],
      ];

/** The due date a delivery started, from the act's outcome, for the success message. */
const dueOf = (outcome, applicationId) => outcome?.deadlines?.find((d) => d.id === termId(applicationId))?.dueDate;

// ---------------------------------------------------------------- request

function requestForm(p, candidates, reload, today) {
  const prefix = 'reg-request';
  const summary = errorSummary(prefix, 3);
  let chosen;
  const form = h(
    'form',
    { novalidate: true, class: 'mt-3', 'aria-label': 'Richiesta di regolarizzazione' },
    summary,
    row(
      col(
        8,
        field(prefix, {
          path: 'applicationId',
          label: 'Domanda da regolarizzare',
          kind: 'select',
          required: true,
          options: candidates.map((a) => [
            a.id,
            `${appLabel(a)} — ${a.pec ? 'per PEC' : 'per raccomandata A/R (senza PEC)'}`,
          ]),
        }),
      ),
      col(
        4,
        field(prefix, {
          path: 'actDate',
          label: 'Data della richiesta',
          kind: 'date',
          required: true,
          value: today,
          hint: 'Non può essere futura.',
        }),
      ),
    ),
    field(prefix, {
      path: 'what',
      label: 'Difetto formale da regolarizzare',
      kind: 'textarea',
      rows: 3,
      required: true,
      attrs: { maxlength: '1000' },
      hint: 'Come sarà scritto nella comunicazione al candidato. Solo difetti formali della domanda o dei documenti si possono regolarizzare.',
    }),
    h(
      'p',
      { class: 'form-text' },
      "La richiesta parte per PEC a chi l'ha indicata nella domanda, altrimenti per raccomandata A/R; l'e-mail è solo un avviso di cortesia e non fa decorrere il termine.",
    ),
    h('button', { type: 'submit', class: 'btn btn-primary btn-sm' }, 'Chiedi la regolarizzazione'),
  );
  submitTo(
    form,
    summary,
    p,
    'request-regularisation',
    () => {
      const body = readForm(form);
      chosen = candidates.find((a) => a.id === body.applicationId);
      return body;
    },
    () =>
      `Richiesta di regolarizzazione ${chosen ? `a ${appLabel(chosen)}` : 'al candidato'} registrata: ${chosen?.pec ? 'parte per PEC.' : 'va spedita per raccomandata A/R.'}`,
    reload,
  );
  return form;
}

// ---------------------------------------------------------------- per request: delivery and regularisation

function deliveryForm(p, r, reload, today) {
  const c = r.communication;
  const prefix = `reg-card-${c.id}`;
  const summary = errorSummary(prefix, 4);
  const options = evidenceFor(c);
  const form = h(
    'form',
    { novalidate: true, class: 'mt-3', 'aria-label': `Consegna della richiesta a ${r.name}` },
    summary,
    field(prefix, {
      path: 'deliveredOn',
      label: 'Consegnata il',
      kind: 'date',
      required: true,
      value: today,
      hint: 'La data di ricevimento: da qui decorrono i 10 giorni.',
    }),
    field(prefix, {
      path: 'evidence.kind',
      label: 'Prova della consegna',
      kind: 'select',
      required: true,
      options,
    }),
    field(prefix, {
      path: 'evidence.reference',
      label: 'Riferimento della prova',
      required: true,
      hint: 'Ad esempio il numero della cartolina A/R.',
    }),
    h('button', { type: 'submit', class: 'btn btn-outline-primary btn-sm' }, 'Registra la consegna'),
  );
  submitTo(
    form,
    summary,
    p,
    'record-delivery',
    () => ({ ...readForm(form), communicationId: c.id }),
    (outcome) => {
      const due = dueOf(outcome, r.applicationId);
      return `Consegna della richiesta a ${r.name} registrata.${due ? ` Regolarizzazione entro il ${formatDate(due)}.` : ''}`;
    },
    reload,
  );
  return form;
}

function regularisedForm(p, r, reload, today) {
  const prefix = `reg-done-${r.applicationId}`;
  const summary = errorSummary(prefix, 4);
  const form = h(
    'form',
    { novalidate: true, class: 'mt-3', 'aria-label': `Regolarizzazione della domanda di ${r.name}` },
    summary,
    field(prefix, {
      path: 'receivedOn',
      label: 'Regolarizzazione pervenuta il',
      kind: 'date',
      required: true,
      value: today,
      hint: r.dueDate ? `Entro il ${formatDate(r.dueDate)}.` : 'Il termine decorre dal ricevimento della richiesta.',
    }),
    field(prefix, { path: 'note', label: 'Annotazione (facoltativa)', kind: 'textarea', rows: 2 }),
    h('button', { type: 'submit', class: 'btn btn-outline-primary btn-sm' }, 'Registra la regolarizzazione'),
  );
  submitTo(
    form,
    summary,
    p,
    'record-regularised',
    () => ({ ...readForm(form), applicationId: r.applicationId }),
    () => `Domanda di ${r.name} regolarizzata.`,
    reload,
  );
  return form;
}

/** The letter's channel and delivery: PEC receipts come by themselves. */
function deliveryCell(r) {
  const c = r.communication;
  return h(
    'td',
    {},
    labelOf(CHANNEL_LABELS, c.channel),
    h(
      'div',
      { class: 'small' },
      labelOf(DELIVERY_STATUS, c.status),
      c.deliveredOn ? ` il ${formatDate(c.deliveredOn)}` : '',
      c.status === 'IN_CONSEGNA' && c.channel === 'PEC' ? ': la ricevuta si registra da sé' : '',
    ),
    c.failure ? h('div', { class: 'small text-danger' }, c.failure) : null,
  );
}

function statusCell(r) {
  const text =
    r.status === 'REGULARISED' && r.regularisedOn
      ? `Regolarizzata il ${formatDate(r.regularisedOn)}`
      : labelOf(REGULARISATION_STATUS, r.status);
  return h(
    'td',
    {},
    h('span', { class: r.status === 'LAPSED' ? 'text-danger' : undefined, 'data-status': r.status }, text),
  );
}

const COLUMNS = ['Protocollo', 'Candidato', 'Difetto da regolarizzare', 'Comunicazione', 'Termine', 'Stato'];

/**
 * The acts still open on one request, in a full-width row under it (the forms need the room): the
 * delivery of a raccomandata, or of a PEC that failed, and the regularisation while it is awaited.
 */
function actsRow(p, r, reload, today) {
  const c = r.communication;
  const manual = c.channel !== 'PEC' || c.status === 'MANCATA_CONSEGNA';
  const acts = [
    c.status !== 'CONSEGNATA' && manual
      ? actDetails(
          'record-delivery',
          `${c.channel === 'RACCOMANDATA_AR' ? 'Cartolina di ritorno' : 'Consegna'} della richiesta a ${r.name}`,
          deliveryForm(p, r, reload, today),
        )
      : null,
    r.status === 'REQUESTED'
      ? actDetails(
          'record-regularised',
          `Regolarizzazione della domanda di ${r.name}`,
          regularisedForm(p, r, reload, today),
        )
      : null,
  ].filter(Boolean);
  if (!acts.length) return null;
  return h(
    'tr',
    { 'data-acts-for': r.applicationId },
    h('td', { colspan: String(COLUMNS.length) }, row(acts.map((a) => col(12 / acts.length, a)))),
  );
}

function requestsTable(p, list, reload, today) {
  return h(
    'div',
    { class: 'table-responsive' },
    h(
      'table',
      { class: 'table', id: 'regularisations' },
      h('caption', {}, `Richieste di regolarizzazione (${list.length})`),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          COLUMNS.map((c) => h('th', { scope: 'col' }, c)),
        ),
      ),
      h(
        'tbody',
        {},
        list.map((r) => [
          h(
            'tr',
            { 'data-application': r.applicationId },
            h('th', { scope: 'row', class: 'mono fw-normal' }, r.protocolNumber),
            h('td', {}, r.name),
            h('td', {}, r.what, h('div', { class: 'small' }, `Richiesta il ${formatDate(r.requestedOn)}`)),
            deliveryCell(r),
            h(
              'td',
              {},
              r.dueDate
                ? `Entro il ${formatDate(r.dueDate)}`
                : r.status === 'REQUESTED'
                  ? 'Decorre dal ricevimento'
                  : '—',
            ),
            statusCell(r),
          ),
          actsRow(p, r, reload, today),
        ]),
      ),
    ),
  );
}

// ---------------------------------------------------------------- the section

/** The "Regolarizzazione delle domande" section, or null outside the examination with no request made. */
export function regularisationSection(p, apps, reload, today) {
  const record = p.data?.regularisations;
  const open = PHASES.includes(p.phase);
  if (!open && !record) return null;
  const list = Object.values(record ?? {}).sort((a, b) => a.protocolNumber.localeCompare(b.protocolNumber));
  // A pending request blocks a second one; a lapsed application must be excluded, not given new days.
  const candidates = apps.filter((a) => !['REQUESTED', 'LAPSED'].includes(record?.[a.id]?.status));
  const parts = [
    h(
      'p',
      { id: 'regularisation-rule' },
      'La regolarizzazione deve pervenire entro 10 giorni dal ricevimento della richiesta (art. 89 c.1; decisione D3 Q2); la domanda non regolarizzata in tempo va esclusa con la determinazione di ammissione.',
    ),
    list.length ? requestsTable(p, list, reload, today) : h('p', {}, 'Nessuna richiesta di regolarizzazione.'),
  ];
  if (open) {
    parts.push(
      candidates.length
        ? actDetails(
            'request-regularisation',
            'Richiesta di regolarizzazione di una domanda (art. 89 c.1)',
            requestForm(p, candidates, reload, today),
          )
        : h('p', {}, 'Nessuna domanda per cui chiedere la regolarizzazione.'),
    );
  }
  return h(
    'section',
    { 'aria-labelledby': 'regularisation-title', class: 'mb-5' },
    h('h2', { id: 'regularisation-title' }, 'Regolarizzazione delle domande (art. 89)'),
    parts,
  );
}
