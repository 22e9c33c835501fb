/**
 * The acts on a disciplinary case, one form each, for the acts the API allows now to this reader (the
 * case view's `acts`): POST /api/v1/discipline/cases/{id}/acts/{act} with `expectedVersion`. Next to each
 * form, the term that binds the act — its due date, status and citation — so the officer (or the
 * employee) sees by when, and why, before acting.
 */
import { citationText } from './application-form.js';
import {
  actDetails,
  awaitingEvidence,
  boundTerm,
  channelField,
  chargesFieldset,
  dateField,
  deliveryFields,
  fileField,
  legalDate,
  resolve,
  row,
  sanctionsInRanges,
  select,
  textArea,
  toBool,
  todayFixed,
  withFile,
} from './discipline-forms.js';
import {
  ACQUITTAL_FORMULAS,
  CAUTIONARY_TYPES,
  COMMUNICATION_KINDS,
  DEFENDER_TYPES,
  EVIDENCE_FOR_CHANNEL,
  EVIDENCE_KINDS,
  INVESTIGATION_TYPES,
  LEGAL_CHANNELS,
  MEMORIA_CHANNELS,
  OUTCOMES,
  QUANTITY_UNITS,
} from './discipline-labels.js';
import { labelOf } from './labels.js';
import { checkbox, checkboxGroup, field, formatDate, group, h, readForm } from './ui.js';

/** The defence's bound: by the hearing date (art. 4 c.2-5 Allegato H; art. 55-bis c.4 D.Lgs. 165/2001). */
function hearingBound(c) {
  const hearing = c.data.contestazione?.hearing;
  if (!hearing) return null;
  return {
    id: 'hearing',
    label: "Data dell'audizione a difesa",
    dueDate: hearing.date,
    note: `Audizione fissata alle ore ${hearing.time} presso ${hearing.place}. Memoria e istanza di rinvio vanno presentate entro questa data; il differimento è concesso una sola volta.`,
    citationText:
      c.data.regime === 'national' ? 'art. 55-bis c.4 D.Lgs. 165/2001' : 'All. H art. 4 c. 2-5 (L3649-L3652)',
  };
}

/** The hearing's three fields: date (with the minimum notice in the hint), time, place. */
function hearingGroup(prefix, ctx, legend = 'Audizione a difesa') {
  const notice = ctx.noticeDays;
  const hearing = ctx.c.data.contestazione?.hearing;
  return group(
    'hearing',
    legend,
    [
      row(
        [
          field(prefix, {
            path: 'hearing.date',
            label: "Data dell'audizione",
            kind: 'date',
            required: true,
            hint: notice
              ? `Con un preavviso di almeno ${notice} giorni dalla ricezione della comunicazione.`
              : 'Con il preavviso minimo dalla ricezione previsto dal regolamento.',
          }),
          'col-md-4',
        ],
        [timeField(prefix, 'hearing.time', 'Ora', hearing?.time ?? '10:00'), 'col-md-3'],
        [
          field(prefix, {
            path: 'hearing.place',
            label: "Luogo dell'audizione",
            required: true,
            value: hearing?.place,
          }),
          'col-md-5',
        ],
      ),
    ],
    { legendClass: 'h6' },
  );
}

function timeField(prefix, path, label, value) {
  const wrapper = field(prefix, { path, label, required: true, value, hint: 'Ore e minuti, ad esempio 10:30.' });
  wrapper.querySelector('input').type = 'time';
  return wrapper;
}

const communicationText = (x) =>
  `${labelOf(COMMUNICATION_KINDS, x.kind)} — prot. ris. ${x.protocol} del ${formatDate(x.actDate)} (${labelOf(LEGAL_CHANNELS, x.channel)})`;

/** The sanction chosen within the ranges of the case's charges: code, quantity, unit. */
function sanctionGroup(prefix, ctx, path, legend) {
  const ranges = (ctx.c.data.classification?.charges ?? []).map((x) => x.range);
  const options = sanctionsInRanges(ctx.catalogue, ranges).map((s) => [
    s.code,
    `${s.label}${s.bounds ? ` (da ${s.bounds.min.quantity} a ${s.bounds.max.quantity} ${labelOf(QUANTITY_UNITS, s.bounds.max.unit).toLowerCase()})` : ''}`,
  ]);
  return group(
    path,
    legend,
    [
      select(prefix, `${path}.code`, 'Sanzione', options, { required: false }),
      row(
        field(prefix, {
          path: `${path}.quantity`,
          label: 'Entità (facoltativo)',
          kind: 'int',
          attrs: { min: '1', max: '366' },
          hint: 'Per multa e sospensioni: ore, giorni o mesi entro i limiti della sanzione.',
        }),
        select(prefix, `${path}.unit`, 'Unità (facoltativo)', QUANTITY_UNITS, { required: false }),
      ),
    ],
    {
      optional: true,
      legendClass: 'h6',
      hint: `Sanzioni nella gamma degli addebiti (sanzione massima: ${labelOf(
        Object.fromEntries((ctx.catalogue?.sanctions ?? []).map((s) => [s.code, s.label])),
        ctx.c.data.classification?.maxSanction,
      )}).`,
    },
  );
}

/**
 * The acts: title (authority, employee), the kind of term that binds it, the fields, the submit label,
 * the success message, and optionally `unavailable` (why no form is shown now) and `body` (the request
 * body from the form's values).
 */
const ACTS = {
  'transmit-to-upd': {
    title: "Trasmissione degli atti all'Ufficio per i procedimenti disciplinari",
    term: 'transmission',
    fields: (p, ctx) => [
      row(
        legalDate(p, ctx, 'Data della trasmissione'),
        dateField(p, 'receivedOn', "Data di ricezione da parte dell'UPD", ctx.today()),
      ),
      channelField(p, ctx.c, {
        label: 'Canale della contestuale comunicazione al dipendente',
        afterContestation: false,
        optional: ctx.c.data.regime === 'national',
      }),
    ],
    submit: 'Registra la trasmissione',
    success: () => "Atti trasmessi all'UPD: decorre il termine per la contestazione.",
  },
  contest: {
    title: (ctx) =>
      ['RIPRESA_DA_AVVIARE', 'RIAPERTURA_DA_AVVIARE'].includes(ctx.c.phase)
        ? "Rinnovo della contestazione dell'addebito e convocazione"
        : "Contestazione dell'addebito e convocazione",
    term: 'contestation',
    fields: (p, ctx) => {
      const c = ctx.c;
      const charges = c.data.charges ?? [];
      return [
        legalDate(p, ctx, 'Data della contestazione'),
        textArea(p, 'addebito', 'Addebito: fatti, data e luogo', {
          rows: 4,
          value: charges.map((x) => `${x.factDescription} (fatto del ${formatDate(x.factDate)})`).join('\n'),
        }),
        textArea(p, 'normsViolated', 'Norme violate', {
          rows: 2,
          value: charges
            .map((x) => {
              const inf = ctx.catalogue?.infractions?.find((i) => i.id === x.infractionId);
              return inf ? `${citationText(inf.citation)}: ${inf.label}` : x.infractionId;
            })
            .join('; '),
        }),
        textArea(p, 'evidence', 'Elementi di prova', { rows: 2 }),
        hearingGroup(p, ctx),
        channelField(p, c, { afterContestation: false }),
        c.data.regime === 'stresa-rous'
          ? group(
              'visto',
              'Visto del Segretario Comunale',
              [
                row(
                  field(p, {
                    path: 'visto.by',
                    label: 'Segretario che appone il visto',
                    required: true,
                    value: ctx.me?.roles?.includes('SEGRETARIO') ? ctx.me.name : undefined,
                  }),
                  dateField(p, 'visto.date', 'Data del visto', ctx.today()),
                ),
              ],
              {
                legendClass: 'h6',
                hint: 'Ogni atto formale del procedimento reca il visto (art. 7 Allegato H, L3698).',
              },
            )
          : null,
      ];
    },
    submit: 'Registra la contestazione',
    success: () => 'Contestazione registrata. Registrare la prova di consegna quando la comunicazione è consegnata.',
  },
  'record-delivery': {
    title: 'Prova di consegna di una comunicazione',
    // The convocation must reach the employee with the minimum notice before the hearing.
    term: (ctx) =>
      awaitingEvidence(ctx.c).some((x) => x.hearingDate && x.id === ctx.c.data.contestazione?.communicationId)
        ? 'hearingNotice'
        : null,
    dueLabel: 'La convocazione va ricevuta entro il',
    unavailable: (ctx) =>
      awaitingEvidence(ctx.c).length
        ? null
        : 'Nessuna comunicazione attende la prova di consegna: le PEC sono provate dalle ricevute, registrate automaticamente.',
    fields: (p, ctx) =>
      deliveryFields(p, ctx, {
        describe: communicationText,
        evidenceKinds: EVIDENCE_KINDS,
        evidenceFor: EVIDENCE_FOR_CHANNEL,
        communicationLabel: 'Comunicazione consegnata',
        dateLabel: 'Data di consegna',
        dateHint: 'La data in cui il dipendente ha ricevuto l’atto.',
        legend: 'Prova della consegna',
        referenceHint: 'Ad esempio: ricevuta firmata prot. n. 12; cartolina A/R n. 6170…',
        scan: fileField(p, {
          path: 'evidence.document',
          label: 'Scansione della prova (facoltativo)',
          hint: 'PDF, JPEG o PNG, al massimo 256 KB.',
        }),
      }),
    body: (form, values) => withFile(form, values, 'evidence.document'),
    submit: 'Registra la consegna',
    success: () => 'Consegna registrata con la sua prova.',
  },
  reconvene: {
    title: "Nuova convocazione per l'audizione a difesa",
    term: 'conclusion',
    fields: (p, ctx) => [
      legalDate(p, ctx, 'Data della nuova convocazione'),
      hearingGroup(p, ctx, 'Nuova audizione'),
      channelField(p, ctx.c),
    ],
    submit: 'Registra la nuova convocazione',
    success: () => 'Nuova convocazione registrata.',
  },
  'record-memoria': {
    title: (ctx) => (ctx.reader === 'DIPENDENTE' ? 'Presenta una memoria difensiva' : 'Memoria difensiva ricevuta'),
    term: 'hearing',
    dueLabel: "Entro la data dell'audizione",
    fields: (p, ctx) =>
      ctx.reader === 'DIPENDENTE'
        ? [
            h(
              'p',
              {},
              "Può presentare per iscritto le sue difese entro la data dell'audizione, anche se non intende presentarsi.",
            ),
            todayFixed(ctx, 'receivedOn', 'Data di presentazione'),
            h('input', { type: 'hidden', 'data-path': 'channel', value: MEMORIA_CHANNELS[0][0] }),
            textArea(p, 'summary', 'Testo della memoria', { rows: 8 }),
          ]
        : [
            row(
              dateField(p, 'receivedOn', 'Data di ricezione', ctx.today()),
              select(p, 'channel', 'Come è pervenuta', MEMORIA_CHANNELS.slice(1)),
            ),
            textArea(p, 'summary', 'Contenuto della memoria', { rows: 5 }),
          ],
    submit: (ctx) => (ctx.reader === 'DIPENDENTE' ? 'Presenta la memoria' : 'Registra la memoria'),
    success: (ctx) =>
      ctx.reader === 'DIPENDENTE' ? 'Memoria presentata: è agli atti del procedimento.' : 'Memoria registrata.',
  },
  'request-deferral': {
    title: (ctx) =>
      ctx.reader === 'DIPENDENTE'
        ? "Chiedi il rinvio dell'audizione"
        : "Istanza di differimento dell'audizione ricevuta",
    term: 'hearing',
    dueLabel: "Entro la data dell'audizione",
    unavailable: (ctx) =>
      ctx.c.data.deferral
        ? `Un'istanza di differimento è già stata presentata il ${formatDate(ctx.c.data.deferral.receivedOn)}: il differimento è ammesso una sola volta.`
        : null,
    fields: (p, ctx) => [
      ctx.reader === 'DIPENDENTE'
        ? [
            h(
              'p',
              {},
              "In caso di grave ed oggettivo impedimento può chiedere, una sola volta, il rinvio dell'audizione.",
            ),
            todayFixed(ctx, 'receivedOn', "Data dell'istanza"),
          ]
        : dateField(p, 'receivedOn', "Data di ricezione dell'istanza", ctx.today()),
      textArea(p, 'reason', 'Motivo del grave ed oggettivo impedimento', { rows: 4 }),
    ],
    submit: (ctx) => (ctx.reader === 'DIPENDENTE' ? 'Chiedi il rinvio' : "Registra l'istanza"),
    success: () => "Istanza di differimento registrata: l'autorità disciplinare deciderà.",
  },
  'decide-deferral': {
    title: "Decisione sull'istanza di differimento",
    term: 'conclusion',
    unavailable: (ctx) => {
      const d = ctx.c.data.deferral;
      if (!d) return 'Nessuna istanza di differimento da decidere.';
      if (d.decision) return `L'istanza è già stata decisa il ${formatDate(d.decidedOn)}.`;
      return null;
    },
    fields: (p, ctx) => [
      h('p', {}, `Istanza ricevuta il ${formatDate(ctx.c.data.deferral.receivedOn)}: «${ctx.c.data.deferral.reason}».`),
      row(
        legalDate(p, ctx, 'Data della decisione'),
        select(p, 'granted', 'Esito', [
          ['true', 'Accolta: audizione rinviata'],
          ['false', 'Respinta'],
        ]),
      ),
      field(p, {
        path: 'newHearingDate',
        label: "Nuova data dell'audizione (se accolta)",
        kind: 'date',
        hint: 'Un rinvio lungo proroga il termine di conclusione di altrettanti giorni.',
      }),
      textArea(p, 'motivation', 'Motivazione'),
      channelField(p, ctx.c),
    ],
    body: (_form, values) => ({ ...values, granted: toBool(values.granted) }),
    submit: 'Registra la decisione',
    success: () => "Decisione sull'istanza registrata.",
  },
  'record-hearing': {
    title: "Verbale dell'audizione a difesa",
    term: 'conclusion',
    fields: (p, ctx) => {
      const hearing = ctx.c.data.contestazione?.hearing?.date;
      return [
        dateField(p, 'legalDate', "Data dell'audizione", hearing && hearing <= ctx.today() ? hearing : ctx.today()),
        checkbox(p, { path: 'attended', label: "Il dipendente si è presentato all'audizione" }),
        group(
          'defender',
          'Difensore (facoltativo)',
          [
            row(
              select(p, 'defender.type', 'Assistito da', DEFENDER_TYPES, { required: false, placeholder: 'Nessuno' }),
              field(p, { path: 'defender.name', label: 'Nome del difensore' }),
            ),
          ],
          { optional: true, legendClass: 'h6' },
        ),
        textArea(p, 'minutes', 'Verbale', { rows: 5 }),
      ];
    },
    submit: "Registra l'audizione",
    success: () => 'Audizione registrata.',
  },
  'record-investigation': {
    title: 'Atto istruttorio',
    term: 'conclusion',
    intro: "L'istruttoria non sospende né interrompe i termini del procedimento.",
    fields: (p, ctx) => [
      row(legalDate(p, ctx), select(p, 'type', 'Tipo di atto', INVESTIGATION_TYPES)),
      textArea(p, 'summary', 'Sintesi'),
    ],
    submit: "Registra l'atto istruttorio",
    success: () => 'Atto istruttorio registrato.',
  },
  'record-fax': {
    title: (ctx) =>
      ctx.reader === 'DIPENDENTE'
        ? 'Indica un numero di fax per le comunicazioni'
        : 'Numero di fax indicato dal dipendente',
    term: null,
    fields: (p, ctx) => [
      h(
        'p',
        {},
        'Dopo la contestazione, le comunicazioni possono essere inviate al numero di fax indicato dal dipendente (art. 6 Allegato H, L3675).',
        ctx.c.data.employee?.fax ? ` Numero attuale: ${ctx.c.data.employee.fax}.` : '',
      ),
      field(p, {
        path: 'fax',
        label: 'Numero di fax',
        kind: 'tel',
        required: true,
        hint: 'Ad esempio: +39 0323 123456.',
      }),
    ],
    submit: (ctx) => (ctx.reader === 'DIPENDENTE' ? 'Indica il numero' : 'Registra il numero'),
    success: () => 'Numero di fax registrato.',
  },
  'open-conciliation': {
    title: 'Apertura della procedura di conciliazione',
    term: 'conciliation',
    intro:
      'Non obbligatoria; esclusa per le infrazioni punibili con il licenziamento. Durante la conciliazione i termini sono sospesi.',
    fields: (p, ctx) => [
      row(legalDate(p, ctx), field(p, { path: 'ccnlRef', label: 'Riferimento al CCNL', required: true })),
    ],
    submit: 'Apri la conciliazione',
    success: () => 'Conciliazione aperta: i termini del procedimento sono sospesi.',
  },
  'close-conciliation': {
    title: 'Chiusura della procedura di conciliazione',
    term: 'conciliation',
    fields: (p, ctx) => [
      row(
        legalDate(p, ctx),
        select(p, 'outcome', 'Esito', [
          ['POSITIVA', 'Positiva: sanzione concordata'],
          ['NEGATIVA', 'Negativa: i termini riprendono'],
        ]),
      ),
      sanctionGroup(p, ctx, 'agreedSanction', 'Sanzione concordata (se positiva)'),
    ],
    submit: 'Registra la chiusura',
    success: () => 'Conciliazione chiusa.',
  },
  'suspend-criminal': {
    title: 'Sospensione in attesa del procedimento penale',
    term: 'conclusion',
    fields: (p, ctx) => [
      row(legalDate(p, ctx), field(p, { path: 'proceedingRef', label: 'Procedimento penale', required: true })),
      textArea(p, 'complexity', "Motivazione: particolare complessità dell'accertamento"),
      textArea(p, 'insufficientElements', 'Motivazione: elementi insufficienti per la sanzione'),
    ],
    submit: 'Sospendi il procedimento',
    success: () => 'Procedimento sospeso in attesa del procedimento penale.',
  },
  'record-judgment': {
    title: 'Sentenza penale comunicata',
    term: null,
    fields: (p, ctx) => [
      row(
        dateField(p, 'communicatedOn', "Data di comunicazione all'amministrazione", ctx.today()),
        field(p, { path: 'irrevocableOn', label: 'Irrevocabile dal (facoltativo)', kind: 'date' }),
      ),
      field(p, { path: 'outcome', label: 'Esito della sentenza', required: true }),
    ],
    submit: 'Registra la sentenza',
    success: () => 'Sentenza registrata: il procedimento va ripreso con il rinnovo della contestazione.',
  },
  'cautionary-suspension': {
    title: 'Sospensione cautelare',
    term: null,
    fields: (p, ctx) => [
      row(legalDate(p, ctx), dateField(p, 'start', 'Decorrenza', ctx.today())),
      select(p, 'type', 'Presupposto', CAUTIONARY_TYPES),
      field(p, { path: 'basis', label: 'Fondamento', required: true }),
    ],
    submit: 'Disponi la sospensione',
    success: () => 'Sospensione cautelare registrata.',
  },
  'record-transfer': {
    title: 'Trasferimento ad altra amministrazione',
    term: null,
    intro: 'I termini in corso sono interrotti e decorrono di nuovo presso la nuova amministrazione.',
    fields: (p, ctx) => [
      row(
        legalDate(p, ctx, 'Data del trasferimento'),
        field(p, { path: 'administration', label: 'Amministrazione di destinazione', required: true }),
      ),
    ],
    submit: 'Registra il trasferimento',
    success: () => 'Trasferimento registrato.',
  },
  'record-cessation': {
    title: 'Cessazione del rapporto di lavoro',
    term: null,
    fields: (p, ctx) => [
      row(
        legalDate(p, ctx, 'Data della cessazione'),
        field(p, { path: 'reason', label: 'Causa della cessazione', required: true }),
      ),
    ],
    submit: 'Registra la cessazione',
    success: () => 'Cessazione registrata.',
  },
  decide: {
    title: 'Atto conclusivo: archiviazione o irrogazione della sanzione',
    term: 'conclusion',
    fields: (p, ctx) => {
      const c = ctx.c;
      const upd = c.data.classification?.authority === 'UPD';
      return [
        row(legalDate(p, ctx, "Data dell'atto conclusivo"), select(p, 'outcome', 'Esito', Object.entries(OUTCOMES))),
        sanctionGroup(p, ctx, 'sanction', 'Sanzione (se irrogata)'),
        group(
          'criteria',
          'Criteri per la determinazione della sanzione',
          [
            ['a', 'a) intenzionalità, negligenza, imprudenza o imperizia'],
            ['b', 'b) rilevanza degli obblighi violati'],
            ['c', 'c) responsabilità connesse alla posizione'],
            ['d', 'd) danno o pericolo causato'],
            ['e', 'e) circostanze aggravanti o attenuanti'],
            ['f', 'f) concorso di più lavoratori'],
          ].map(([k, label]) => textArea(p, `criteria.${k}`, label, { rows: 2 })),
          { legendClass: 'h6' },
        ),
        textArea(p, 'motivation', 'Motivazione', { rows: 4 }),
        upd
          ? checkboxGroup(p, {
              path: 'membersPresent',
              legend: "Componenti dell'UPD presenti",
              required: true,
              hint: "L'UPD decide con tutti i componenti presenti.",
              options: (c.authority ?? []).map((m) => [m.userId, m.name]),
            })
          : null,
        channelField(p, c),
      ];
    },
    body: (_form, values) => {
      const out = { ...values };
      if (out.outcome !== 'SANZIONE' && out.sanction && !out.sanction.code) delete out.sanction;
      if (Array.isArray(out.membersPresent) && out.membersPresent.length === 0) delete out.membersPresent;
      return out;
    },
    submit: "Adotta l'atto conclusivo",
    success: () => 'Atto conclusivo adottato: registrare la consegna al dipendente.',
  },
  'seal-file': {
    title: "Trasmissione del fascicolo all'ufficio del personale",
    term: null,
    intro: 'Il fascicolo è chiuso e trasmesso in originale; la sanzione entra nel registro.',
    fields: (p, ctx) => [legalDate(p, ctx, 'Data della trasmissione')],
    submit: 'Trasmetti il fascicolo',
    success: () => "Fascicolo trasmesso all'ufficio del personale.",
  },
  'record-inspectorate': {
    title: "Comunicazione all'Ispettorato per la funzione pubblica",
    term: 'inspectorate',
    unavailable: (ctx) =>
      (ctx.c.deadlines ?? []).some((d) => d.id === 'discipline.inspectorateCommunication' && d.status !== 'MET')
        ? null
        : "Nessuna comunicazione all'Ispettorato da registrare per questo procedimento (prevista dalla disciplina nazionale).",
    fields: (p, ctx) => [
      row(
        legalDate(p, ctx, 'Data della comunicazione'),
        field(p, { path: 'reference', label: 'Riferimento della comunicazione', required: true }),
      ),
    ],
    submit: 'Registra la comunicazione',
    success: () => "Comunicazione all'Ispettorato registrata.",
  },
  'record-acquittal': {
    title: 'Assoluzione penale irrevocabile',
    term: null,
    fields: (p, ctx) => [
      row(
        dateField(p, 'irrevocableOn', 'Irrevocabile dal', ctx.today()),
        select(p, 'formula', 'Formula di assoluzione', ACQUITTAL_FORMULAS),
      ),
    ],
    submit: "Registra l'assoluzione",
    success: () => 'Assoluzione registrata: il dipendente può chiedere la riapertura entro il termine.',
  },
  'request-reopening': {
    title: (ctx) =>
      ctx.reader === 'DIPENDENTE' ? 'Chiedi la riapertura del procedimento' : 'Istanza di riapertura ricevuta',
    term: 'reopeningRequest',
    unavailable: (ctx) =>
      ctx.c.data.acquittal
        ? null
        : "La riapertura si può chiedere solo dopo un'assoluzione irrevocabile in sede penale, registrata nel fascicolo.",
    fields: (p, ctx) =>
      ctx.reader === 'DIPENDENTE'
        ? [
            h('p', {}, "Dopo l'assoluzione in sede penale può chiedere la riapertura del procedimento disciplinare."),
            todayFixed(ctx, 'filedOn', "Data dell'istanza"),
          ]
        : [dateField(p, 'filedOn', "Data di presentazione dell'istanza", ctx.today())],
    submit: (ctx) => (ctx.reader === 'DIPENDENTE' ? 'Chiedi la riapertura' : "Registra l'istanza"),
    success: () => 'Istanza di riapertura registrata.',
  },
  'non-luogo': {
    title: 'Non luogo a procedere',
    term: 'contestation',
    fields: (p, ctx) => [legalDate(p, ctx), textArea(p, 'motivation', 'Motivazione')],
    submit: 'Registra il non luogo a procedere',
    success: () => 'Non luogo a procedere registrato: il procedimento è chiuso.',
  },
  archive: {
    title: 'Archiviazione del procedimento decaduto',
    term: null,
    fields: (p, ctx) => [legalDate(p, ctx), textArea(p, 'motivation', 'Motivazione')],
    submit: 'Archivia',
    success: () => 'Procedimento archiviato.',
  },
  requalify: {
    title: "Riqualificazione e trasmissione all'UPD",
    term: 'contestation',
    fields: (p, ctx, form) => [
      row(legalDate(p, ctx), dateField(p, 'receivedOn', "Data di ricezione da parte dell'UPD", ctx.today())),
      chargesFieldset(p, ctx.catalogue, form, readForm),
      textArea(p, 'motivation', 'Motivazione'),
    ],
    submit: 'Riqualifica e trasmetti',
    success: () => "Procedimento riqualificato e trasmesso all'UPD.",
  },
};

/** One act: a <details> with the form and, next to it, the term that binds it. */
function actForm(name, ctx) {
  const spec = ACTS[name];
  const kind = resolve(spec?.term, ctx);
  return actDetails(name, spec, ctx, {
    path: `/api/v1/discipline/cases/${encodeURIComponent(ctx.c.id)}/acts/${name}`,
    term: kind === 'hearing' ? hearingBound(ctx.c) : kind ? boundTerm(ctx.c, kind) : undefined,
    none: kind ? 'Il termine che vincola questo atto non è in corso.' : undefined,
  });
}

/**
 * The "Atti" section: the acts the API allows now (`c.acts`), each a form with its term beside it.
 * `ctx`: { c, reader, catalogue, today, me, noticeDays, reload(message?) }.
 */
export function actsSection(ctx) {
  const acts = ctx.c.acts ?? [];
  const employee = ctx.reader === 'DIPENDENTE';
  return h(
    'section',
    { 'aria-labelledby': 'acts-title', class: 'mb-5' },
    h('h2', { id: 'acts-title' }, employee ? 'Che cosa può fare ora' : 'Atti che si possono compiere ora'),
    acts.length
      ? [
          h(
            'p',
            {},
            employee
              ? 'Accanto a ciascun atto, la scadenza da rispettare e la norma che la fissa.'
              : 'Accanto a ciascun atto, il termine che lo vincola: scadenza, stato e fondamento normativo.',
          ),
          acts.map((name) => actForm(name, ctx)),
        ]
      : h('p', {}, employee ? 'Nessun atto da compiere in questa fase.' : 'Nessun atto ammesso nella fase attuale.'),
  );
}
