/**
 * The acts on an appointment, one form each: POST /api/v1/contracts/{id}/acts/{act} with
 * `expectedVersion`, and the HR head's confirmation of the scorrimento (POST …/scorrimento). The API's
 * view does not list the acts allowed now, so they are derived here from the phase, the data and the
 * reader (HR, HR head, head of unit, appointee) as the API admits them; the API has the last word, and its
 * Italian problems are shown next to the fields. Beside each form, the term that binds the act.
 */

import {
  CLOSED_PHASES,
  COLLEGIAL_OUTCOMES,
  COMMUNICATION_KINDS,
  CONTRACT_TERMS,
  DURATIONS,
  EVIDENCE_FOR_CHANNEL,
  EVIDENCE_KINDS,
  FAVOURABLE,
  MEDICAL_OUTCOMES,
  NOTICE_CHANNELS,
  PART_TIME_TYPES,
  PROBATION_MONTHS,
  PROBATION_OUTCOMES,
  SIGNATORY_ROLES,
  SOURCE_PROCEDURE_KINDS,
  WORKING_TIMES,
} from './contract-labels.js';
import {
  actDetails,
  awaitingEvidence,
  boundTerm,
  dateField,
  deliveryFields,
  legalChannelField,
  legalDate,
  row,
  select,
  textArea,
  toBool,
  todayFixed,
} from './discipline-forms.js';
import { CATEGORIES, labelOf } from './labels.js';
import { field, formatDate, group, h, shownWhen } from './ui.js';

const PEREMPTORY = "Termine perentorio: senza l'atto entro la scadenza, il nominato decade dalla nomina";
const FROM_RECEIPT =
  'Dalla data di ricevimento decorrono i trenta giorni per presentare i documenti, sottoscrivere il contratto e prendere servizio (art. 108 c.2, L1798).';

/** The appointee files for themselves, today; HR records the date of the act. */
const dateFor = (p, ctx, path, label, what) =>
  ctx.reader.own && !ctx.reader.hr ? todayFixed(ctx, path, what) : dateField(p, path, label, ctx.today());

const communicationText = (x) =>
  `${labelOf(COMMUNICATION_KINDS, x.kind)} — prot. ${x.protocol} del ${formatDate(x.actDate)} (${labelOf(NOTICE_CHANNELS, x.channel)})`;

// ---------------------------------------------------------------- the contract's terms

/** The value of a dotted path in an object. */
const at = (obj, path) => path.split('.').reduce((node, key) => (node == null ? undefined : node[key]), obj);

/** A fieldset that only groups fields on screen (no object of its own in the request). */
const fieldset = (legend, children) =>
  h('fieldset', { class: 'form-fieldset mb-4' }, h('legend', { class: 'h6' }, legend), children);

const yesNo = [
  ['true', 'Sì'],
  ['false', 'No'],
];

/**
 * The contract's elements (art. 110 c.2-5; art. 72 c.1 for part-time): every mandatory one, filled from
 * the appointment (and from the last signed version, for a new one). The part-time elements are in the
 * form only for a part-time contract, the end date only for a fixed-term one.
 */
function contractTermsFields(p, ctx) {
  const c = ctx.c;
  const d = c.data;
  const previous = d.contracts?.at(-1)?.terms ?? {};
  const g = ctx.graduatoria;
  const defaults = {
    'worker.name': d.appointee.name,
    'worker.taxCode': d.appointee.taxCode,
    'relationshipType.duration': 'TEMPO_INDETERMINATO',
    'relationshipType.workingTime': 'TEMPO_PIENO',
    startDate: ctx.today(),
    category: d.post.category,
    profile: d.post.profile,
    probationMonths: PROBATION_MONTHS[d.post.category],
    workplace: d.post.workplace,
    'sourceProcedure.id': g?.sourceProcedureId ?? d.source.procedureId ?? d.source.graduatoriaId ?? c.id,
    'sourceProcedure.kind':
      d.source.kind === 'MOBILITA' ? 'mobility' : d.source.kind === 'GRADUATORIA' ? 'concorso' : '',
    'sourceProcedure.title': g?.title ?? d.source.description,
    'sourceProcedure.concludingAct.type': g ? 'Determinazione di approvazione della graduatoria' : undefined,
    'sourceProcedure.concludingAct.number': g?.approval?.number,
    'sourceProcedure.concludingAct.date': g?.approval?.date,
    'employerSignatory.name': ctx.me?.roles?.includes('HR_HEAD') ? ctx.me.name : undefined,
    'employerSignatory.role': 'RESP_HR',
    'employerSignatory.office': 'Servizio gestione risorse umane',
  };
  const value = (path) => at(previous, path) ?? defaults[path];
  const t = (path) => `terms.${path}`;
  const input = (path, label, more = {}) =>
    field(p, { path: t(path), label, required: true, value: value(path), ...more });
  const text = (path, label, more = {}) =>
    field(p, { path: t(path), label, kind: 'textarea', rows: 2, required: true, value: value(path), ...more });
  const choice = (path, label, options, more = {}) =>
    select(p, t(path), label, options, { value: value(path), ...more });

  const duration = choice('relationshipType.duration', 'Durata', DURATIONS);
  const workingTime = choice('relationshipType.workingTime', 'Orario', WORKING_TIMES);
  const forOtherWork = choice('partTime.forOtherWork', "Finalizzato a un'altra attività di lavoro", yesNo, {
    value: value('partTime.forOtherWork') === undefined ? undefined : String(value('partTime.forOtherWork')),
    hint: 'Art. 72 c.1 lett. e.',
  });
  const role = choice('employerSignatory.role', 'Qualifica del sottoscrittore', SIGNATORY_ROLES, {
    hint: 'Il contratto è stipulato dal Responsabile del Servizio gestione risorse umane o da chi lo sostituisce (art. 110 c.4).',
  });
  const partTime = group(
    t('partTime'),
    'Tempo parziale (art. 72 c.1, richiamato dall’art. 110 c.3)',
    [
      row(
        choice('partTime.type', 'Tipologia', PART_TIME_TYPES),
        input('partTime.weeklyHours', 'Ore settimanali', {
          kind: 'decimal',
          hint: 'Almeno il 30% del tempo pieno (10,8 ore) e meno di 36 ore.',
          attrs: { min: '10.8', max: '35.99' },
        }),
      ),
      group(
        t('partTime.schedule'),
        'Collocazione della prestazione',
        [
          row(input('partTime.schedule.day', 'Nel giorno'), input('partTime.schedule.week', 'Nella settimana')),
          row(input('partTime.schedule.month', 'Nel mese'), input('partTime.schedule.year', "Nell'anno")),
        ],
        { legendClass: 'h6' },
      ),
      text('partTime.proRataPay', 'Retribuzione rapportata alla durata della prestazione'),
      row(
        input('partTime.effectiveDate', 'Decorrenza del tempo parziale', {
          kind: 'date',
          value: value('partTime.effectiveDate') ?? ctx.today(),
        }),
        forOtherWork,
      ),
      shownWhen(
        forOtherWork,
        (v) => v === 'true',
        text('partTime.conflictLimits', "Limitazioni agli incarichi in conflitto con gli interessi dell'Ente"),
      ),
    ],
    { legendClass: 'h6' },
  );
  return [
    dateField(p, 'signedOn', 'Data di sottoscrizione', ctx.today(), 'Non può essere futura.'),
    group(
      t('worker'),
      'Dipendente',
      [
        row(input('worker.name', 'Nome e cognome'), input('worker.taxCode', 'Codice fiscale', { kind: 'upper' })),
        row(
          input('worker.birthPlace', 'Luogo di nascita (facoltativo)', { required: false }),
          input('worker.birthDate', 'Data di nascita (facoltativo)', { kind: 'date', required: false }),
        ),
        input('worker.residence', 'Residenza (facoltativo)', { required: false }),
      ],
      { legendClass: 'h6' },
    ),
    group(
      t('relationshipType'),
      'Tipologia del rapporto (art. 110 c.2 lett. a)',
      [
        row(duration, workingTime),
        shownWhen(
          duration,
          (v) => v === 'TEMPO_DETERMINATO',
          input('endDate', 'Termine finale del contratto (lett. g)', { kind: 'date' }),
        ),
      ],
      { legendClass: 'h6' },
    ),
    shownWhen(workingTime, (v) => v === 'TEMPO_PARZIALE', partTime),
    fieldset('Inquadramento, mansioni e sede (lett. b-f)', [
      row(
        input('startDate', 'Data di inizio del rapporto (lett. b)', { kind: 'date' }),
        choice(
          'category',
          'Categoria (lett. c)',
          CATEGORIES.map((x) => [x, x]),
        ),
      ),
      row(
        input('profile', 'Profilo professionale (lett. c)'),
        input('initialPayLevel', 'Livello retributivo iniziale (lett. c)'),
      ),
      text('duties', 'Mansioni esigibili (lett. d)', { rows: 3 }),
      row(
        input('probationMonths', 'Periodo di prova, in mesi (lett. e)', {
          kind: 'int',
          attrs: { min: '0', max: '12' },
          hint: `Per la categoria ${d.post.category}: ${PROBATION_MONTHS[d.post.category]} mesi (CCNL Funzioni Locali 16.11.2022).`,
        }),
        input('workplace', 'Sede di destinazione (lett. f)'),
      ),
    ]),
    group(
      t('sourceProcedure'),
      'Procedura di reclutamento presupposto del contratto (art. 110 c.5)',
      [
        row(
          choice('sourceProcedure.kind', 'Tipo di procedura', SOURCE_PROCEDURE_KINDS),
          input('sourceProcedure.id', 'Identificativo della procedura'),
        ),
        input('sourceProcedure.title', 'Oggetto della procedura'),
        group(
          t('sourceProcedure.concludingAct'),
          'Atto conclusivo (facoltativo)',
          [
            row(
              input('sourceProcedure.concludingAct.type', 'Tipo di atto', { required: false }),
              input('sourceProcedure.concludingAct.number', 'Numero', { required: false }),
            ),
            input('sourceProcedure.concludingAct.date', 'Data', { kind: 'date', required: false }),
          ],
          { legendClass: 'h6', optional: true },
        ),
      ],
      { legendClass: 'h6' },
    ),
    group(
      t('employerSignatory'),
      "Sottoscrittore per l'Ente (art. 110 c.4)",
      [
        row(input('employerSignatory.name', 'Nome e cognome'), role),
        input('employerSignatory.office', 'Servizio'),
        shownWhen(
          role,
          (v) => v === 'SOSTITUTO_RESP_HR',
          input('employerSignatory.substitutionAct', 'Atto di sostituzione'),
        ),
      ],
      { legendClass: 'h6' },
    ),
  ];
}

/** The terms as the API reads them: booleans for the yes-no choices. */
function contractBody(_form, values) {
  const pt = values.terms?.partTime;
  if (pt && 'forOtherWork' in pt) pt.forOtherWork = toBool(pt.forOtherWork);
  return values;
}

// ---------------------------------------------------------------- acts

/**
 * Each act: title (may depend on the reader), the terms that bind it, its fields, the request body, the
 * submit label and the success message.
 */
const ACTS = {
  'record-delivery': {
    title: 'Prova di ricevimento della comunicazione di nomina',
    none: FROM_RECEIPT,
    fields: (p, ctx) =>
      deliveryFields(p, ctx, {
        describe: communicationText,
        evidenceKinds: EVIDENCE_KINDS,
        evidenceFor: EVIDENCE_FOR_CHANNEL,
        communicationLabel: 'Comunicazione ricevuta',
        dateLabel: 'Data di ricevimento',
        dateHint: 'La data in cui il nominato ha ricevuto la comunicazione: ne decorrono i trenta giorni.',
        legend: 'Prova del ricevimento',
        referenceHint: 'Ad esempio: cartolina A/R n. 6170…, ricevuta firmata prot. n. 12.',
      }),
    submit: 'Registra il ricevimento',
    success: 'Ricevimento registrato: decorrono i trenta giorni per la presa di servizio.',
  },
  'declare-option': {
    title: (ctx) => (ctx.reader.hr ? 'Dichiarazione di opzione ricevuta' : 'Dichiara la tua opzione per il posto'),
    term: CONTRACT_TERMS.option,
    intro: (ctx) =>
      `Titolare di altro impiego (${ctx.c.data.incompatibility?.currentEmployer}): entro trenta giorni dal ricevimento della nomina va dichiarato per quale posto si opta. La presa di servizio è prorogata del preavviso dovuto per le dimissioni, al massimo di tre mesi (art. 108 c.3).`,
    fields: (p, ctx) => [
      dateFor(p, ctx, 'declaredOn', 'Data della dichiarazione', 'Data della dichiarazione'),
      field(p, {
        path: 'noticeDays',
        label: 'Giorni di preavviso per le dimissioni',
        kind: 'int',
        required: true,
        value: '0',
        attrs: { min: '0', max: '366' },
        hint: "Giorni di calendario di preavviso dovuti all'attuale datore di lavoro.",
      }),
      textArea(p, 'statement', 'Dichiarazione di opzione', {
        value: 'Opto per il posto presso questo Ente e mi impegno a rassegnare le dimissioni dall’impiego attuale.',
      }),
    ],
    submit: (ctx) => (ctx.reader.hr ? "Registra l'opzione" : "Dichiara l'opzione"),
    success: 'Opzione dichiarata.',
  },
  'request-medical': {
    title: 'Visita medica di controllo (facoltativa)',
    term: CONTRACT_TERMS.takeUpService,
    fields: (p, ctx) => [legalDate(p, ctx, 'Data della richiesta')],
    submit: 'Disponi la visita',
    success: 'Visita medica disposta.',
  },
  'medical-opinion': {
    title: 'Giudizio sanitario',
    term: CONTRACT_TERMS.takeUpService,
    intro:
      "Si registra solo l'esito del giudizio, mai una diagnosi. Un giudizio sfavorevole apre cinque giorni per chiedere la visita collegiale.",
    fields: (p, ctx) => [
      row(legalDate(p, ctx, 'Data del giudizio'), select(p, 'outcome', 'Esito', MEDICAL_OUTCOMES)),
      dateField(p, 'notifiedOn', 'Comunicato al nominato il', ctx.today()),
    ],
    submit: 'Registra il giudizio',
    success: 'Giudizio sanitario registrato.',
  },
  'request-collegial-review': {
    title: (ctx) =>
      ctx.reader.hr ? 'Richiesta di visita collegiale ricevuta' : 'Chiedi la visita collegiale di controllo',
    term: CONTRACT_TERMS.medicalReview,
    fields: (p, ctx) => [dateFor(p, ctx, 'requestedOn', 'Data della richiesta', 'Data della richiesta')],
    submit: (ctx) => (ctx.reader.hr ? 'Registra la richiesta' : 'Chiedi la visita collegiale'),
    success: 'Richiesta di visita collegiale registrata.',
  },
  'collegial-outcome': {
    title: 'Esito della visita collegiale',
    none: 'Un esito sfavorevole, l’assenza o il rifiuto comportano la decadenza dalla nomina (art. 108 c.6-7).',
    fields: (p, ctx) => [
      row(legalDate(p, ctx, 'Data della visita'), select(p, 'outcome', 'Esito', COLLEGIAL_OUTCOMES)),
    ],
    submit: "Registra l'esito",
    success: 'Esito della visita collegiale registrato.',
  },
  'present-documents': {
    title: (ctx) =>
      ctx.reader.hr
        ? 'Documenti presentati per l’assunzione'
        : ctx.c.data.documents
          ? 'Presenta di nuovo i documenti (sostituisce l’elenco)'
          : 'Presenta i documenti per l’assunzione',
    term: CONTRACT_TERMS.takeUpService,
    fields: (p, ctx) => [
      dateFor(p, ctx, 'presentedOn', 'Data di presentazione', 'Data di presentazione'),
      field(p, {
        path: 'items',
        label: 'Documenti presentati',
        kind: 'list',
        required: true,
        value: ctx.c.data.documents?.items,
        hint: "Uno per riga: ad esempio dichiarazione sostitutiva dei requisiti, documento d'identità, coordinate bancarie.",
      }),
    ],
    submit: (ctx) => (ctx.reader.hr ? 'Registra i documenti' : 'Presenta i documenti'),
    success: 'Documenti presentati: sono agli atti della nomina.',
  },
  'sign-contract': {
    title: (ctx) =>
      ctx.c.data.contracts?.length
        ? `Nuovo contratto individuale (versione ${ctx.c.data.contracts.length + 1}, sostituisce la precedente)`
        : 'Sottoscrizione del contratto individuale di lavoro',
    term: (ctx) => (ctx.c.phase === 'IN_ATTESA_PRESA_SERVIZIO' ? CONTRACT_TERMS.takeUpService : null),
    none: 'Ogni modifica del contratto è un nuovo contratto, in una nuova versione (art. 110 c.6).',
    intro: 'Ogni elemento obbligatorio del contratto (art. 110 c.2-5): il sistema lo verifica prima della firma.',
    fields: contractTermsFields,
    body: contractBody,
    submit: 'Sottoscrivi il contratto',
    success: (ctx) => `Contratto sottoscritto: versione ${(ctx.c.data.contracts?.length ?? 0) + 1}.`,
  },
  'take-service': {
    title: 'Presa di servizio',
    term: CONTRACT_TERMS.takeUpService,
    intro:
      'Con i documenti presentati e il contratto sottoscritto. Dalla presa di servizio decorre il periodo di prova.',
    fields: (p, ctx) => [dateField(p, 'startOn', 'Data della presa di servizio', ctx.today())],
    submit: 'Registra la presa di servizio',
    success: 'Presa di servizio registrata: decorre il periodo di prova.',
  },
  'probation-clock': {
    title: (ctx) =>
      probationTerm(ctx.c)?.status === 'SUSPENDED'
        ? 'Ripresa del periodo di prova'
        : 'Sospensione del periodo di prova',
    term: CONTRACT_TERMS.probation,
    fields: (p, ctx) => {
      const suspended = probationTerm(ctx.c)?.status === 'SUSPENDED';
      return [
        legalDate(p, ctx, suspended ? 'Data della ripresa' : "Data d'inizio dell'assenza"),
        h('input', { type: 'hidden', 'data-path': 'operation', value: suspended ? 'resume' : 'suspend' }),
        field(p, {
          path: 'basis',
          label: 'Causa (assenza e norma del CCNL)',
          required: true,
          hint: 'Ad esempio: malattia, art. 25 c.5 CCNL Funzioni Locali 16.11.2022.',
        }),
      ];
    },
    submit: (ctx) =>
      probationTerm(ctx.c)?.status === 'SUSPENDED' ? 'Riprendi il periodo di prova' : 'Sospendi il periodo di prova',
    success: 'Periodo di prova aggiornato.',
  },
  'request-probation-opinion': {
    title: "Richiesta di parere al responsabile dell'unità",
    term: CONTRACT_TERMS.probation,
    fields: (p, ctx) => [legalDate(p, ctx, 'Data della richiesta')],
    submit: 'Chiedi il parere',
    success: "Parere richiesto al responsabile dell'unità.",
  },
  'probation-opinion': {
    title: 'Parere sul periodo di prova',
    term: CONTRACT_TERMS.probation,
    fields: (p, ctx) => [
      row(legalDate(p, ctx, 'Data del parere'), select(p, 'favourable', 'Parere', FAVOURABLE)),
      textArea(p, 'text', 'Motivazione del parere', { rows: 4 }),
    ],
    body: (_form, values) => ({ ...values, favourable: toBool(values.favourable) }),
    submit: 'Esprimi il parere',
    success: 'Parere registrato.',
  },
  'probation-decision': {
    title: 'Esito del periodo di prova',
    term: CONTRACT_TERMS.probation,
    fields: (p, ctx) => [
      row(legalDate(p, ctx, 'Data della decisione'), select(p, 'outcome', 'Esito', PROBATION_OUTCOMES)),
      textArea(p, 'motivation', 'Motivazione', { rows: 4 }),
    ],
    submit: "Registra l'esito",
    success: 'Esito del periodo di prova registrato.',
  },
  renounce: {
    title: (ctx) => (ctx.reader.hr ? 'Rinuncia scritta del nominato' : 'Rinuncia alla nomina'),
    none: 'La rinuncia chiude la nomina; se la nomina viene da una graduatoria, il candidato successivo è proposto al responsabile del personale.',
    fields: (p, ctx) => [
      dateFor(p, ctx, 'legalDate', 'Data della rinuncia', 'Data della rinuncia'),
      textArea(p, 'statement', 'Dichiarazione di rinuncia', {
        value: ctx.reader.hr ? undefined : 'Dichiaro di rinunciare alla nomina.',
      }),
    ],
    submit: (ctx) => (ctx.reader.hr ? 'Registra la rinuncia' : 'Rinuncia alla nomina'),
    success: 'Rinuncia registrata: la nomina è chiusa.',
  },
  annul: {
    title: 'Annullamento della procedura di reclutamento',
    none: 'Il contratto si risolve senza preavviso (art. 110 c.5, L1834).',
    fields: (p, ctx) => [
      legalDate(p, ctx, "Data dell'annullamento"),
      field(p, { path: 'act', label: 'Atto di annullamento della procedura', required: true }),
    ],
    submit: 'Registra l’annullamento',
    success: 'Annullamento registrato: il contratto è risolto.',
  },
};

const probationTerm = (c) => boundTerm(c, CONTRACT_TERMS.probation);

/**
 * The acts the reader may take now, as the API admits them: `reader` { hr, head, resp, own }.
 */
export function availableActs(c, reader) {
  const d = c.data;
  const phase = c.phase;
  const waiting = phase === 'IN_ATTESA_PRESA_SERVIZIO';
  const open = phase === 'NOMINA_IN_NOTIFICA' || waiting;
  const medical = d.medical;
  const reviewDue = medical?.opinion === 'NON_IDONEO' && !medical.review;
  const acts = [];
  if (reader.hr) {
    if (open && awaitingEvidence(c).length) acts.push('record-delivery');
    if (waiting) {
      if (d.incompatibility && !d.option) acts.push('declare-option');
      acts.push('present-documents', 'sign-contract', 'take-service');
      if (!medical) acts.push('request-medical');
      else if (!medical.opinion) acts.push('medical-opinion');
      else if (reviewDue) acts.push('request-collegial-review');
      else if (medical.review && !medical.review.outcome) acts.push('collegial-outcome');
    }
    if (phase === 'IN_PROVA') {
      acts.push('sign-contract', 'probation-clock');
      if (!d.probation?.opinionRequestedOn) acts.push('request-probation-opinion');
      if (reader.head && d.probation?.opinion && !d.probation.decision) acts.push('probation-decision');
    }
    if (open) acts.push('renounce');
    if (!['ANNULLATO', 'DECADUTO', 'RINUNCIATO', 'PROVA_NON_SUPERATA'].includes(phase)) acts.push('annul');
  } else if (reader.own) {
    if (waiting) {
      if (d.incompatibility && !d.option) acts.push('declare-option');
      acts.push('present-documents');
      if (reviewDue) acts.push('request-collegial-review');
    }
    if (open) acts.push('renounce');
  }
  if (reader.resp && phase === 'IN_PROVA' && d.probation?.opinionRequestedOn && !d.probation.opinion)
    acts.push('probation-opinion');
  return acts;
}

function actForm(name, ctx) {
  const spec = ACTS[name];
  const ids = typeof spec.term === 'function' ? spec.term(ctx) : spec.term;
  return actDetails(name, spec, ctx, {
    path: `/api/v1/contracts/${encodeURIComponent(ctx.c.id)}/acts/${name}`,
    term: ids ? boundTerm(ctx.c, ids) : undefined,
    none: ids ? 'Il termine che vincola questo atto non è in corso.' : spec.none,
    peremptoryText: PEREMPTORY,
  });
}

/**
 * The HR head's confirmation of the proposed next candidate (DECISIONS D3 Q14): the lapsed appointment
 * records it and the next one opens, with its own appointment act and notice.
 */
function scorrimentoForm(ctx) {
  const sc = ctx.c.data.scorrimento;
  const spec = {
    title: `Conferma dello scorrimento: posizione ${sc.position}, ${sc.name}`,
    intro: 'La nomina successiva si apre con il proprio atto di nomina e la comunicazione con prova di ricezione.',
    fields: (p) => [
      legalDate(p, ctx, 'Data della conferma'),
      appointmentActGroup(p, ctx, 'Atto di nomina del candidato successivo'),
      noticeChannelField(p),
    ],
    submit: 'Conferma lo scorrimento',
    success: 'Scorrimento confermato: la nomina del candidato successivo è aperta.',
  };
  return actDetails('scorrimento', spec, ctx, {
    path: `/api/v1/contracts/${encodeURIComponent(ctx.c.id)}/scorrimento`,
    none: 'Scorrimento della graduatoria nel periodo della sua efficacia (art. 110 c.7, L1838; DECISIONS D3 Q14).',
  });
}

/** The act of appointment: its number and date (today by default, never future). */
export function appointmentActGroup(p, ctx, legend = 'Atto di nomina', legendClass = 'h6') {
  return group(
    'appointment',
    legend,
    [
      row(
        field(p, { path: 'appointment.number', label: "Numero dell'atto", required: true }),
        dateField(p, 'appointment.date', "Data dell'atto", ctx.today(), 'Non può essere futura.'),
      ),
    ],
    { legendClass },
  );
}

/** The channel of an appointment notice: with proof of receipt (PEC, hand delivery, A/R), never e-mail. */
export function noticeChannelField(prefix, { pec, value } = {}) {
  return legalChannelField(prefix, {
    label: 'Canale della comunicazione di nomina',
    channels: NOTICE_CHANNELS,
    value,
    unavailable: pec === false ? { PEC: 'il nominato non ha indicato una casella PEC' } : {},
    hint: `Con prova di ricezione: i trenta giorni decorrono dal ricevimento (art. 108 c.2, L1798). L'e-mail ordinaria non è un canale ammesso.${pec ? ` PEC del nominato: ${pec}.` : ''}`,
  });
}

/**
 * The "Atti" section: the acts the reader may take now, each a form with its term beside it; for the HR
 * head, the confirmation of a proposed scorrimento. `ctx`: { c, reader, me, today, graduatoria, reload }.
 */
export function contractActsSection(ctx) {
  const acts = availableActs(ctx.c, ctx.reader);
  const sc = ctx.c.data.scorrimento;
  const scorrimento = sc && !sc.confirmedOn && ctx.reader.head;
  const own = ctx.reader.own && !ctx.reader.hr;
  const closed = CLOSED_PHASES.includes(ctx.c.phase);
  return h(
    'section',
    { 'aria-labelledby': 'acts-title', class: 'mb-5' },
    h('h2', { id: 'acts-title' }, own ? 'Che cosa può fare ora' : 'Atti che si possono compiere ora'),
    acts.length || scorrimento
      ? [
          h('p', {}, 'Accanto a ciascun atto, il termine che lo vincola: scadenza, stato e fondamento normativo.'),
          acts.map((name) => actForm(name, ctx)),
          scorrimento ? scorrimentoForm(ctx) : null,
        ]
      : h('p', {}, closed ? 'La nomina è chiusa: nessun atto da compiere.' : 'Nessun atto da compiere in questa fase.'),
  );
}
