/**
 * The admission of a concorso on its detail page (art. 88): the determination — each application admitted,
 * admitted with reserve or excluded with its reason (POST …/actions/determine-admission) — and afterwards
 * the exclusion letters: their channel and delivery, the raccomandate posted (…/record-exclusions-posted)
 * and each return card (…/record-delivery). PEC receipts are recorded by the system itself.
 */
import { CHANNEL_LABELS } from '../shared/contract-labels.js';
import { labelOf } from '../shared/labels.js';
import { errorSummary, field, formatDate, h, readForm } from '../shared/ui.js';
import { actFields, submitTo } from './concorso-acts.js';

const OUTCOMES = [
  ['AMMESSA', 'Ammessa'],
  ['RISERVA', 'Ammessa con riserva'],
  ['ESCLUSA', 'Esclusa'],
];

const STATUS = { IN_CONSEGNA: 'In consegna', CONSEGNATA: 'Consegnata', MANCATA_CONSEGNA: 'Non consegnata' };

/** One row per application: its outcome and, unless admitted, the reason. */
function applicationRow(a) {
  const prefix = `adm-${a.id}`;
  return h(
    'tr',
    { 'data-application': a.id },
    h('th', { scope: 'row', class: 'mono fw-normal' }, a.protocolNumber),
    h(
      'td',
      {},
      `${a.lastName} ${a.firstName}`,
      h('div', { class: 'small' }, a.pec ? `PEC: ${a.pec}` : 'Senza PEC: raccomandata A/R se esclusa'),
    ),
    h(
      'td',
      {},
      field(prefix, {
        path: `rows.${a.id}.outcome`,
        label: `Esito per ${a.lastName} ${a.firstName}`,
        kind: 'select',
        options: OUTCOMES,
        value: 'AMMESSA',
      }),
    ),
    h(
      'td',
      {},
      field(prefix, {
        path: `rows.${a.id}.reason`,
        label: `Motivo (${a.protocolNumber})`,
        hint: "Obbligatorio per l'esclusione e la riserva.",
      }),
    ),
  );
}

function determinationForm(p, apps, reload, today) {
  const prefix = 'admission';
  const summary = errorSummary(prefix, 3);
  const form = h(
    'form',
    { novalidate: true, class: 'mt-3', 'aria-label': 'Determinazione di ammissione' },
    summary,
    actFields(prefix, today, 'ammissione'),
    h(
      'div',
      { class: 'row' },
      h(
        'div',
        { class: 'col-md-6' },
        field(prefix, { path: 'diffusionMinutes.number', label: 'Numero del verbale di diffusione', required: true }),
      ),
      h(
        'div',
        { class: 'col-md-6' },
        field(prefix, {
          path: 'diffusionMinutes.date',
          label: 'Data del verbale di diffusione',
          kind: 'date',
          required: true,
          value: today,
          hint: 'Il verbale sulla pubblicità del bando precede la determinazione (art. 88 c.1).',
        }),
      ),
    ),
    h(
      'div',
      { class: 'table-responsive' },
      h(
        'table',
        { class: 'table align-middle' },
        h('caption', {}, `Domande da esaminare (${apps.length})`),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            ['Protocollo', 'Candidato', 'Esito', 'Motivo'].map((c) => h('th', { scope: 'col' }, c)),
          ),
        ),
        h('tbody', {}, apps.map(applicationRow)),
      ),
    ),
    h(
      'p',
      { class: 'form-text' },
      "Agli esclusi il motivo è comunicato entro 10 giorni per PEC, se l'hanno indicata, altrimenti per raccomandata A/R (art. 88 c.2); l'e-mail è solo un avviso di cortesia.",
    ),
    h('button', { type: 'submit', class: 'btn btn-primary btn-sm' }, 'Adotta la determinazione'),
  );
  // The body's lists are built from the rows: remember which row each entry came from, for the errors.
  let rowsOf = { excluded: [], withReserve: [] };
  const makeBody = () => {
    const { rows = {}, ...body } = readForm(form);
    const excluded = [];
    const withReserve = [];
    rowsOf = { excluded: [], withReserve: [] };
    for (const a of apps) {
      const row = rows[a.id] ?? {};
      const list = row.outcome === 'ESCLUSA' ? 'excluded' : row.outcome === 'RISERVA' ? 'withReserve' : undefined;
      if (!list) continue;
      (list === 'excluded' ? excluded : withReserve).push({ applicationId: a.id, reason: row.reason ?? '' });
      rowsOf[list].push(a.id);
    }
    return { ...body, excluded, withReserve };
  };
  const mapProblem = (problem) => ({
    ...problem,
    errors: (problem.errors ?? []).map((e) => {
      const m = /^(excluded|withReserve)\.(\d+)\.(\w+)$/.exec(e.field ?? '');
      const id = m && rowsOf[m[1]][Number(m[2])];
      return id ? { ...e, field: `rows.${id}.${m[3] === 'applicationId' ? 'outcome' : m[3]}` } : e;
    }),
  });
  submitTo(
    form,
    summary,
    p,
    'determine-admission',
    makeBody,
    () => 'Determinazione di ammissione registrata. Le comunicazioni di esclusione sono in invio.',
    reload,
    mapProblem,
  );
  return form;
}

function postedForm(p, reload, today) {
  const prefix = 'posted';
  const summary = errorSummary(prefix, 3);
  const form = h(
    'form',
    { novalidate: true, class: 'mt-3', 'aria-label': 'Spedizione delle raccomandate di esclusione' },
    summary,
    h(
      'div',
      { class: 'row' },
      h(
        'div',
        { class: 'col-md-6' },
        field(prefix, { path: 'postedOn', label: 'Spedite il', kind: 'date', required: true, value: today }),
      ),
      h(
        'div',
        { class: 'col-md-6' },
        field(prefix, {
          path: 'reference',
          label: 'Riferimento della spedizione',
          required: true,
          hint: 'Ad esempio il numero della distinta delle raccomandate.',
        }),
      ),
    ),
    h('button', { type: 'submit', class: 'btn btn-primary btn-sm' }, 'Registra la spedizione'),
  );
  submitTo(
    form,
    summary,
    p,
    'record-exclusions-posted',
    () => readForm(form),
    () => 'Spedizione delle raccomandate registrata.',
    reload,
  );
  return form;
}

function deliveryForm(p, entry, reload, today) {
  const prefix = `delivery-${entry.communication.id}`;
  const summary = errorSummary(prefix, 4);
  const form = h(
    'form',
    { novalidate: true, class: 'mt-2', 'aria-label': `Consegna della comunicazione a ${entry.name}` },
    summary,
    h(
      'div',
      { class: 'row' },
      h(
        'div',
        { class: 'col-md-4' },
        field(prefix, { path: 'deliveredOn', label: 'Consegnata il', kind: 'date', required: true, value: today }),
      ),
      h(
        'div',
        { class: 'col-md-4' },
        field(prefix, {
          path: 'evidence.kind',
          label: 'Prova',
          kind: 'select',
          options: [
            ['CARTOLINA_AR', 'Cartolina A/R'],
            ['RICEVUTA_FIRMATA', 'Ricevuta firmata (consegna a mano)'],
          ],
        }),
      ),
      h(
        'div',
        { class: 'col-md-4' },
        field(prefix, { path: 'evidence.reference', label: 'Riferimento della prova', required: true }),
      ),
    ),
    h('button', { type: 'submit', class: 'btn btn-outline-primary btn-sm' }, 'Registra la consegna'),
  );
  submitTo(
    form,
    summary,
    p,
    'record-delivery',
    () => ({ ...readForm(form), communicationId: entry.communication.id }),
    () => `Consegna a ${entry.name} registrata.`,
    reload,
  );
  return form;
}

function exclusionsTable(p, reload, today) {
  const excluded = p.data.admission.excluded;
  if (!excluded.length) return h('p', {}, 'Nessun candidato escluso.');
  return h(
    'div',
    { class: 'table-responsive' },
    h(
      'table',
      { class: 'table', id: 'exclusions' },
      h('caption', {}, `Esclusi (${excluded.length}) e comunicazione del motivo`),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ['Protocollo', 'Candidato', 'Motivo', 'Canale', 'Stato'].map((c) => h('th', { scope: 'col' }, c)),
        ),
      ),
      h(
        'tbody',
        {},
        excluded.map((x) => {
          const c = x.communication;
          const manual = c.channel !== 'PEC' || c.status === 'MANCATA_CONSEGNA';
          return h(
            'tr',
            { 'data-communication': c.id },
            h('th', { scope: 'row', class: 'mono fw-normal' }, x.protocolNumber),
            h('td', {}, x.name),
            h('td', {}, x.reason),
            h(
              'td',
              {},
              labelOf(CHANNEL_LABELS, c.channel),
              x.postedOn ? h('div', { class: 'small' }, `Spedita il ${formatDate(x.postedOn)}`) : null,
            ),
            h(
              'td',
              {},
              STATUS[c.status] ?? c.status,
              c.deliveredOn ? ` il ${formatDate(c.deliveredOn)}` : '',
              c.failure ? h('div', { class: 'small text-danger' }, c.failure) : null,
              c.status !== 'CONSEGNATA' && manual ? deliveryForm(p, x, reload, today) : null,
            ),
          );
        }),
      ),
    ),
  );
}

/** The "Ammissione" section, or null before the applications are final. */
export function admissionSection(p, apps, reload, today) {
  const a = p.data?.admission;
  if (p.phase === 'ADMISSION_OPEN') {
    return h(
      'section',
      { 'aria-labelledby': 'admission-title', class: 'mb-5' },
      h('h2', { id: 'admission-title' }, 'Ammissione dei candidati (art. 88)'),
      determinationForm(p, apps, reload, today),
    );
  }
  if (!a) return null;
  const toPost = a.excluded.some((x) => x.communication.channel === 'RACCOMANDATA_AR' && !x.postedOn);
  return h(
    'section',
    { 'aria-labelledby': 'admission-title', class: 'mb-5' },
    h('h2', { id: 'admission-title' }, 'Ammissione dei candidati (art. 88)'),
    h(
      'p',
      { id: 'admission-line' },
      `Determinazione n. ${a.act.number} del ${formatDate(a.act.date)}: ${a.admitted} ammessi (di cui ${a.withReserve.length} con riserva), ${a.excluded.length} esclusi.`,
    ),
    a.withReserve.length
      ? h(
          'ul',
          {},
          a.withReserve.map((r) => h('li', {}, `${r.name} (${r.protocolNumber}) — ammesso con riserva: ${r.reason}`)),
        )
      : null,
    exclusionsTable(p, reload, today),
    toPost
      ? h(
          'details',
          { class: 'term-ops mb-3', 'data-act': 'record-exclusions-posted', open: true },
          h('summary', {}, 'Spedizione delle raccomandate di esclusione (entro 10 giorni)'),
          postedForm(p, reload, today),
        )
      : null,
  );
}
