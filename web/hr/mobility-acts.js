/**
 * The acts on a mobility procedure, one form each: POST /api/v1/mobility/{id}/acts/{act} with
 * `expectedVersion`, and the hand-off of the selected candidate to contract formation (POST …/hand-off).
 * The API's view does not list the acts allowed now: they are derived from the variant, the phase, the
 * data and the reader (HR, HR head, head of service), as the API admits them; its Italian problems are
 * shown next to the fields. Beside each form, the term that binds the act, where there is one.
 */
import { appointmentActGroup, noticeChannelField } from '../shared/contract-acts.js';
import { FAVOURABLE } from '../shared/contract-labels.js';
import {
  actDetails,
  boundTerm,
  dateField,
  legalDate,
  row,
  select,
  textArea,
  toBool,
} from '../shared/discipline-forms.js';
import { YES_NO } from '../shared/discipline-labels.js';
import { CATEGORIES } from '../shared/labels.js';
import {
  CONCORSO_EXCEPTIONS,
  INTERNAL_OUTCOMES,
  MOBILITY_TERMS,
  NEGATIVE_OUTCOMES,
  OUTGOING_OUTCOMES,
  RECIPIENTS,
} from '../shared/mobility-labels.js';
import { checkbox, field, group, h } from '../shared/ui.js';

/** '2026-12-31' → '2027-01-01'. */
const nextDay = (iso) => new Date(Date.parse(`${iso}T12:00:00Z`) + 864e5).toISOString().slice(0, 10);

/** 'Mario Rossi' → 'mario-rossi': the board member's id when none is given. */
const slug = (name) =>
  String(name ?? '')
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** A board member: name (the id follows from it), and the facts the board's rules read. */
function person(p, path, legend, flags = [], { optional = true } = {}) {
  return group(
    path,
    legend,
    [
      field(p, { path: `${path}.name`, label: 'Nome e cognome', required: !optional }),
      flags.map(([key, label, kind]) =>
        kind === 'text'
          ? field(p, { path: `${path}.${key}`, label })
          : kind === 'number'
            ? field(p, { path: `${path}.${key}`, label, kind: 'decimal', value: '0' })
            : checkbox(p, { path: `${path}.${key}`, label }),
      ),
      checkbox(p, { path: `${path}.politicalOrUnionOffice`, label: 'Ricopre cariche politiche o sindacali' }),
    ],
    { optional, legendClass: 'h6' },
  );
}

const BOARD_OPTIONAL = ['hiringServiceHead', 'externalExpert', 'relatedAreaHead', 'minuteSecretary'];

/** Members without a name are not on the board; each member's id follows from the name. */
function boardBody(_form, values) {
  for (const key of ['segretario', 'respRu', ...BOARD_OPTIONAL]) {
    const m = values[key];
    if (!m) continue;
    if (!m.name && BOARD_OPTIONAL.includes(key)) {
      delete values[key];
      continue;
    }
    m.id = slug(m.name) || key;
  }
  return values;
}

const ACTS = {
  'giunta-derogation': {
    title: 'Deroga della Giunta al limite di permanenza',
    intro:
      'La Giunta può derogare al limite dei quattro anni (art. 74 c.3); per chi è assunto per concorso da meno di tre anni valgono solo le eccezioni dell’art. 110 c.8.',
    fields: (p, ctx) => [
      row(
        legalDate(p, ctx, 'Data della deliberazione'),
        field(p, { path: 'act', label: 'Deliberazione della Giunta', required: true }),
      ),
      select(p, 'concorsoException', 'Eccezione per gli assunti per concorso (art. 110 c.8)', CONCORSO_EXCEPTIONS, {
        required: false,
        placeholder: 'Nessuna',
      }),
    ],
    submit: 'Registra la deroga',
    success: 'Deroga registrata: i requisiti sono stati verificati di nuovo.',
  },
  'service-head-opinion': {
    title: (ctx) =>
      ctx.p.data.variant === 'OUT'
        ? 'Parere del Responsabile del servizio'
        : 'Valutazione del Responsabile del servizio',
    intro: (ctx) =>
      ctx.p.data.variant === 'OUT'
        ? "Per l'autorizzazione occorre un parere favorevole e senza condizioni (art. 74 c.2)."
        : 'Valutazione motivata dei responsabili dei servizi interessati (art. 76 c.2).',
    fields: (p, ctx) => [
      row(legalDate(p, ctx, 'Data del parere'), select(p, 'favourable', 'Parere', FAVOURABLE)),
      checkbox(p, { path: 'conditional', label: 'Il parere pone condizioni' }),
      textArea(p, 'text', 'Testo del parere', { rows: 4 }),
    ],
    body: (_form, values) => ({ ...values, favourable: toBool(values.favourable) }),
    submit: 'Esprimi il parere',
    success: 'Parere registrato.',
  },
  'giunta-opinion': {
    title: 'Parere della Giunta',
    fields: (p, ctx) => [
      row(
        legalDate(p, ctx, 'Data della deliberazione'),
        field(p, { path: 'act', label: 'Deliberazione della Giunta', required: true }),
      ),
      select(p, 'favourable', 'Parere', FAVOURABLE),
    ],
    body: (_form, values) => ({ ...values, favourable: toBool(values.favourable) }),
    submit: 'Registra il parere',
    success: 'Parere della Giunta registrato.',
  },
  decide: {
    title: (ctx) =>
      ctx.p.data.variant === 'OUT' ? 'Decisione sulla richiesta di mobilità' : 'Decisione sul trasferimento interno',
    intro: (ctx) =>
      ctx.p.data.variant === 'OUT'
        ? "L'autorizzazione richiede i requisiti, il parere favorevole del Responsabile del servizio e quello della Giunta: il sistema li verifica alla data della decisione."
        : 'Il trasferimento è disposto nella stessa categoria e in un profilo analogo, sentiti i responsabili dei servizi (art. 76).',
    fields: (p, ctx) => [
      row(
        legalDate(p, ctx, 'Data della decisione'),
        select(p, 'outcome', 'Esito', ctx.p.data.variant === 'OUT' ? OUTGOING_OUTCOMES : INTERNAL_OUTCOMES),
      ),
      textArea(p, 'motivation', 'Motivazione', { rows: 4 }),
      ctx.p.data.variant === 'INT'
        ? textArea(p, 'analogousProfileMotivation', 'Motivazione dell’analogia del profilo (se il profilo cambia)', {
            required: false,
          })
        : null,
    ],
    submit: 'Adotta la decisione',
    success: 'Decisione adottata.',
  },
  'agree-transfer-date': {
    title: "Data del trasferimento concordata con l'ente di destinazione",
    fields: (p, ctx) => [
      row(legalDate(p, ctx, "Data dell'accordo"), dateField(p, 'transferDate', 'Data del trasferimento', undefined)),
    ],
    submit: 'Registra la data',
    success: 'Data del trasferimento registrata.',
  },
  'record-cessation': {
    title: 'Cessazione del rapporto per trasferimento',
    intro:
      'Il rapporto cessa per trasferimento ad altra amministrazione (art. 148 lett. h); i procedimenti disciplinari pendenti proseguono presso la nuova amministrazione.',
    fields: (p, ctx) => [legalDate(p, ctx, 'Data della cessazione')],
    submit: 'Registra la cessazione',
    success: 'Cessazione registrata: la procedura è conclusa.',
  },
  'record-application': {
    title: 'Registra una domanda',
    term: MOBILITY_TERMS.applications,
    intro: "L'ammissione è verificata subito: categoria e titolo di studio o anzianità di servizio (art. 107bis).",
    fields: (p, ctx) => [
      row(
        field(p, { path: 'name', label: 'Nome e cognome', required: true }),
        field(p, {
          path: 'taxCode',
          label: 'Codice fiscale',
          kind: 'upper',
          required: true,
          attrs: { maxlength: '16' },
        }),
      ),
      field(p, { path: 'administration', label: 'Amministrazione di appartenenza', required: true }),
      row(
        select(
          p,
          'category',
          'Categoria di inquadramento',
          CATEGORIES.map((c) => [c, c]),
          { value: ctx.p.data.post.category },
        ),
        select(p, 'hasStudyTitle', "Titolo di studio previsto per l'accesso dall'esterno", YES_NO),
      ),
      row(
        field(p, {
          path: 'seniorityYears',
          label: 'Anzianità di servizio (anni)',
          kind: 'decimal',
          required: true,
          attrs: { min: '0', max: '50' },
        }),
        select(p, 'sameArea', 'Anzianità nella stessa area del posto', YES_NO),
      ),
      dateField(p, 'receivedOn', 'Data di ricevimento', ctx.today()),
      row(
        field(p, { path: 'pec', label: 'PEC (facoltativo)', kind: 'email' }),
        field(p, { path: 'email', label: 'E-mail (facoltativo)', kind: 'email' }),
      ),
    ],
    body: (_form, values) => ({
      ...values,
      hasStudyTitle: toBool(values.hasStudyTitle),
      sameArea: toBool(values.sameArea),
    }),
    submit: 'Registra la domanda',
    success: 'Domanda registrata.',
  },
  'appoint-board': {
    title: 'Nomina della commissione',
    intro:
      'La composizione dipende dal posto (art. 107bis): il sistema verifica componenti, sostituzioni e segretario verbalizzante.',
    fields: (p, ctx) => [
      legalDate(p, ctx, 'Data della nomina'),
      person(p, 'segretario', 'Segretario Generale', [], { optional: false }),
      person(p, 'respRu', 'Responsabile del Servizio Gestione Risorse Umane', [], { optional: false }),
      person(p, 'hiringServiceHead', "Responsabile del Servizio interessato all'assunzione (se c'è)"),
      person(p, 'externalExpert', 'Membro esperto esterno (facoltativo)', [
        ['administration', 'Amministrazione di appartenenza', 'text'],
        ['otherAdministration', 'Dipendente di altra amministrazione pubblica'],
        ['serviceHeadSameArea', 'Responsabile di servizio della medesima area'],
        ['cost', 'Oneri per l’amministrazione (euro)', 'number'],
      ]),
      person(p, 'relatedAreaHead', 'Responsabile di area affine (facoltativo)', [
        ['relatedAreaServiceHead', "Responsabile di servizio di un'area affine dell'ente"],
      ]),
      person(p, 'minuteSecretary', 'Segretario verbalizzante (facoltativo)', [
        ['hrIstruttoreAmministrativo', 'Istruttore amministrativo del Servizio Gestione Risorse Umane'],
      ]),
    ],
    body: boardBody,
    submit: 'Nomina la commissione',
    success: 'Commissione nominata.',
  },
  evaluate: {
    title: 'Valutazione: curriculum e colloquio',
    intro:
      "È individuato il candidato ammesso con il punteggio più alto; decorre il termine per l'assenso dell'amministrazione di appartenenza.",
    fields: (p, ctx) =>
      ctx.p.data.applications
        .filter((a) => a.admitted)
        .map((a, i) =>
          group(
            `scores.${i}`,
            a.name,
            [
              h('input', { type: 'hidden', 'data-path': `scores.${i}.applicationId`, value: a.id }),
              row(
                field(p, {
                  path: `scores.${i}.cv`,
                  label: 'Curriculum',
                  kind: 'decimal',
                  required: true,
                  attrs: { min: '0', max: '100' },
                }),
                field(p, {
                  path: `scores.${i}.interview`,
                  label: 'Colloquio',
                  kind: 'decimal',
                  required: true,
                  attrs: { min: '0', max: '100' },
                }),
              ),
            ],
            { legendClass: 'h6' },
          ),
        )
        .concat(legalDate(p, ctx, 'Data della valutazione')),
    submit: 'Registra la valutazione',
    success: 'Valutazione registrata: candidato individuato.',
  },
  'record-consent': {
    title: "Assenso dell'amministrazione di appartenenza",
    term: MOBILITY_TERMS.consent,
    fields: (p, ctx) => [
      row(
        legalDate(p, ctx, "Data dell'atto"),
        select(p, 'granted', 'Esito', [
          ['true', 'Assenso concesso'],
          ['false', 'Assenso negato'],
        ]),
      ),
      field(p, { path: 'act', label: 'Atto di assenso', required: true }),
    ],
    body: (_form, values) => ({ ...values, granted: toBool(values.granted) }),
    submit: "Registra l'assenso",
    success: "Assenso dell'amministrazione di appartenenza registrato.",
  },
  'close-without-hire': {
    title: 'Chiusura senza assunzione (esito negativo)',
    fields: (p, ctx) => [
      row(legalDate(p, ctx, "Data dell'atto"), select(p, 'reason', 'Esito', NEGATIVE_OUTCOMES)),
      field(p, { path: 'act', label: 'Atto che chiude la procedura', required: true }),
      field(p, {
        path: 'motivation',
        label: 'Motivazione',
        kind: 'textarea',
        rows: 2,
        hint: 'Obbligatoria se nessun candidato è ritenuto idoneo.',
      }),
    ],
    submit: 'Chiudi la procedura',
    success: 'Procedura chiusa senza assunzione: vale come mobilità tentata per un concorso sullo stesso posto.',
  },
  'record-communication': {
    title: 'Comunicazione del trasferimento',
    fields: (p, ctx) => {
      const done = new Set(ctx.p.data.communications.map((c) => c.recipient));
      const missing = RECIPIENTS.filter(([code]) => !done.has(code));
      return [
        row(
          legalDate(p, ctx, 'Data della comunicazione'),
          select(p, 'recipient', 'Destinatario', missing.length ? missing : RECIPIENTS, {
            value: missing.length === 1 ? missing[0][0] : undefined,
          }),
        ),
        field(p, {
          path: 'reference',
          label: 'Riferimento della comunicazione',
          required: true,
          hint: 'Ad esempio: prot. n. 1234.',
        }),
      ];
    },
    submit: 'Registra la comunicazione',
    success: 'Comunicazione registrata.',
  },
  execute: {
    title: 'Esecuzione del trasferimento',
    intro:
      'Solo dopo le quattro comunicazioni: al dipendente, al Sindaco, alla Giunta e alle organizzazioni sindacali (art. 76 c.6).',
    fields: (p, ctx) => {
      const last =
        ctx.p.data.communications
          .map((c) => c.date)
          .sort()
          .at(-1) ?? ctx.today();
      return [
        row(
          legalDate(p, ctx, "Data dell'atto"),
          dateField(
            p,
            'effectiveDate',
            'Decorrenza del trasferimento',
            nextDay(last),
            'Successiva a tutte le comunicazioni.',
          ),
        ),
      ];
    },
    submit: 'Esegui il trasferimento',
    success: 'Trasferimento eseguito.',
  },
};

/** The acts the reader may take now: `reader` { hr, head, resp }. */
export function availableMobilityActs(p, reader) {
  const d = p.data;
  const acts = [];
  const phase = p.phase;
  if (d.variant === 'OUT' && phase === 'RICHIESTA') {
    if (reader.hr && !d.admissible && !d.giuntaDerogation) acts.push('giunta-derogation');
    if (reader.resp && !d.serviceHeadOpinion) acts.push('service-head-opinion');
    if (reader.hr && !d.giuntaOpinion) acts.push('giunta-opinion');
    if (reader.head) acts.push('decide');
  }
  if (d.variant === 'OUT' && phase === 'AUTORIZZATA' && reader.hr) {
    acts.push('agree-transfer-date');
    if (d.transferDate) acts.push('record-cessation');
  }
  if (d.variant === 'IN' && reader.hr) {
    if (phase === 'AVVISO_PUBBLICATO') acts.push('record-application');
    if (phase === 'VALUTAZIONE') acts.push(d.board ? 'evaluate' : 'appoint-board');
    if (phase === 'ATTESA_ASSENSO' && !d.consent) acts.push('record-consent');
    if (phase === 'VALUTAZIONE' || (phase === 'ATTESA_ASSENSO' && d.consent?.granted === false))
      acts.push('close-without-hire');
  }
  if (d.variant === 'INT' && phase === 'ISTRUTTORIA') {
    if (reader.resp && !d.opinions.some((o) => o.by.userId === reader.userId)) acts.push('service-head-opinion');
    if (reader.head) acts.push('decide');
  }
  if (d.variant === 'INT' && phase === 'DISPOSTA' && reader.hr) {
    if (d.communications.length < RECIPIENTS.length) acts.push('record-communication');
    acts.push('execute');
  }
  return acts;
}

function actForm(name, ctx) {
  const spec = ACTS[name];
  return actDetails(
    name,
    spec,
    { ...ctx, c: ctx.p },
    {
      path: `/api/v1/mobility/${encodeURIComponent(ctx.p.id)}/acts/${name}`,
      term: spec.term ? boundTerm(ctx.p, spec.term) : undefined,
      none: spec.term
        ? 'Il termine che vincola questo atto non è in corso.'
        : 'Nessun termine decorre per questo atto.',
    },
  );
}

/** The hand-off to contract formation: the appointment of the selected candidate opens with its notice. */
function handOffForm(ctx) {
  const d = ctx.p.data;
  const selected = d.applications.find((a) => a.id === d.evaluation?.selectedId);
  const spec = {
    title: `Avvio dell'assunzione di ${selected?.name ?? 'candidato individuato'}`,
    intro:
      'Si apre la nomina, con il proprio atto e la comunicazione con prova di ricezione; i termini della formazione del contratto decorrono dal ricevimento.',
    fields: (p) => [appointmentActGroup(p, ctx), noticeChannelField(p, { pec: selected?.pec || false })],
    submit: "Avvia l'assunzione",
    success: 'Assunzione avviata: la nomina è aperta nella sezione Assunzioni.',
  };
  return actDetails(
    'hand-off',
    spec,
    { ...ctx, c: ctx.p },
    {
      path: `/api/v1/mobility/${encodeURIComponent(ctx.p.id)}/hand-off`,
      none: 'Formazione del contratto individuale (art. 110).',
    },
  );
}

/** The "Atti" section: `ctx` { p, reader, today, reload }. */
export function mobilityActsSection(ctx) {
  const acts = availableMobilityActs(ctx.p, ctx.reader);
  const d = ctx.p.data;
  const handOff = d.variant === 'IN' && ctx.p.phase === 'ATTESA_ASSENSO' && d.consent?.granted && ctx.reader.hr;
  return h(
    'section',
    { 'aria-labelledby': 'acts-title', class: 'mb-5' },
    h('h2', { id: 'acts-title' }, 'Atti che si possono compiere ora'),
    acts.length || handOff
      ? [acts.map((name) => actForm(name, ctx)), handOff ? handOffForm(ctx) : null]
      : h('p', {}, 'Nessun atto da compiere in questa fase.'),
  );
}
