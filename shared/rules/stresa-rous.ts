/**
 * Rule set `stresa-rous` v1 (DECISIONS D1): the Stresa ROUS as written, seed 004_29fc22527282130e.txt,
 * with its annexes (Allegato H: disciplinary procedure). Covers the concorso, mobility, contract
 * formation (nomina, presa di servizio, prova) and disciplinary terms of recruitment.md §14 and
 * disciplinary-mobility-other.md §12; the mapping spec ID → term id is in
 * test/unit/rules/coverage.test.ts. Quotes are verbatim from the cited lines ('…' marks an omission;
 * with several lines, each fragment is on one of them). Raw data: validated by loadRuleSet when the
 * registry loads.
 *
 * Where the seed defers to other sources, the entry says which: the seed's own referral to D.P.R.
 * 487/1994 (art. 81 c.2, L1343) and to the CCNL (art. 109 c.3, L1810), and the DECISIONS defaults
 * for the seed's gaps (D3 Q2, Q4; D4 A-1…A-5).
 *
 * Reminders (DECISIONS D4), one scheme for every term added here:
 *  - Administration, peremptory (and the resumption terms the spec treats as decadenza risks, G-4):
 *    T-7, T-3, T-1 and same day, to `procedureAuthority` for discipline, `responsibleOfficer` otherwise;
 *  - Administration, not peremptory, an act due: T-3 and same day for day terms, T-30 and T-7 for
 *    month/year terms (as concorso.maxDuration);
 *  - Administration floors (notBefore) and pure durations the office only observes: none;
 *  - private party: a courtesy T-3 to the responsible officer (who checks the delivery evidence and
 *    prepares the act that follows the expiry). concorso.applicationDeadline and concorso.postalGrace
 *    keep the reminders they shipped with; the reopened application term mirrors the former.
 */
const SEED = '004_29fc22527282130e.txt';

type Recipient = 'responsibleOfficer' | 'procedureAuthority';
/** A fresh array per term: the raw data shares no mutable part between terms. */
const remind = (to: Recipient, ...days: number[]) => days.map((daysBefore) => ({ daysBefore, to }));

export const stresaRousV1 = {
  id: 'stresa-rous',
  version: 1,
  label: "Regolamento sull'ordinamento degli uffici e dei servizi della Città di Stresa",
  terms: {
    // T1. The candidate's term: peremptory, rolls forward to the next open day if it ends on a closed one (D2).
    'concorso.applicationDeadline': {
      id: 'concorso.applicationDeadline',
      label: 'Termine per la presentazione delle domande di ammissione al concorso',
      anchor: 'GURI_PUBLICATION',
      kind: 'deadline',
      procedures: ['concorso'],
      quantity: 30,
      unit: 'calendarDays',
      binds: 'privateParty',
      peremptory: true,
      onExpiry: 'close',
      reminders: [
        { daysBefore: 7, to: 'responsibleOfficer' },
        { daysBefore: 3, to: 'responsibleOfficer' },
        { daysBefore: 1, to: 'responsibleOfficer' },
        { daysBefore: 0, to: 'responsibleOfficer' },
      ],
      citation: {
        source: 'seed',
        file: SEED,
        article: 'art. 85',
        paragraph: 'c. 1',
        lines: 'L1441',
        quote:
          "Le domande di ammissione al concorso devono essere indirizzate e presentate direttamente od a mezzo raccomandata con avviso di ricevimento all'Ufficio Protocollo della CITTA', entro il perentorio termine di trenta giorni dalla data di pubblicazione del bando sulla Gazzetta Ufficiale, ai sensi dell'art. 4 del D.P.R. n. 693/1996",
      },
    },
    // T2. Arrival window for applications posted by the deadline; counted on office days, so it
    // always ends on an open day and never needs rolling.
    'concorso.postalGrace': {
      id: 'concorso.postalGrace',
      label: 'Termine di arrivo delle domande spedite entro la scadenza',
      anchor: 'APPLICATION_DEADLINE',
      kind: 'deadline',
      procedures: ['concorso'],
      quantity: 5,
      unit: 'workingDays',
      binds: 'privateParty',
      peremptory: true,
      onExpiry: 'close',
      reminders: [],
      citation: {
        source: 'seed',
        file: SEED,
        article: 'art. 85',
        paragraph: 'c. 2',
        lines: 'L1443',
        quote:
          'Vengono accettate come validamente inviate le domande di ammissione a concorso o selezione pervenute entro cinque giorni lavorativi dal termine di scadenza della presentazione delle stesse, purché spedite entro tale termine.',
      },
    },
    // T8. A floor, not a deadline: the admission determination may not be adopted before this date.
    'concorso.earliestAdmission': {
      id: 'concorso.earliestAdmission',
      label: 'Data a partire dalla quale può essere adottata la determinazione di ammissibilità',
      anchor: 'APPLICATION_DEADLINE',
      kind: 'notBefore',
      procedures: ['concorso'],
      quantity: 5,
      unit: 'workingDays',
      binds: 'administration',
      peremptory: false,
      onExpiry: 'reminderOnly',
      reminders: [],
      citation: {
        source: 'seed',
        file: SEED,
        article: 'art. 88',
        paragraph: 'c. 4',
        lines: 'L1477',
        quote:
          'La determinazione di ammissibilità verrà adottata non prima di cinque giorni lavorativi dal termine di scadenza del bando.',
      },
    },
    // T5. Length of the Albo publication; the end triggers the unpublish task.
    'concorso.albo': {
      id: 'concorso.albo',
      label: "Pubblicazione del bando all'albo pretorio",
      anchor: 'ALBO_PUBLICATION',
      kind: 'deadline',
      procedures: ['concorso'],
      quantity: 30,
      unit: 'calendarDays',
      binds: 'administration',
      peremptory: false,
      onExpiry: 'reminderOnly',
      reminders: [],
      citation: {
        source: 'seed',
        file: SEED,
        article: 'art. 86',
        paragraph: 'c. 1',
        lines: 'L1453',
        quote:
          "Copia del bando o dell'avviso di selezione è pubblicata all'albo della CITTA', per la durata di trenta giorni, ed inserita nel sito Internet della CITTA'.",
      },
    },
    // T10. Not peremptory: a late conclusion must be justified by the board to the Mayor, hence 'escalate'.
    'concorso.maxDuration': {
      id: 'concorso.maxDuration',
      label: 'Conclusione della procedura concorsuale',
      anchor: 'APPLICATION_DEADLINE',
      kind: 'deadline',
      procedures: ['concorso'],
      quantity: 6,
      unit: 'months',
      binds: 'administration',
      peremptory: false,
      onExpiry: 'escalate',
      reminders: [
        { daysBefore: 30, to: 'responsibleOfficer' },
        { daysBefore: 7, to: 'responsibleOfficer' },
      ],
      citation: {
        source: 'seed',
        file: SEED,
        article: 'art. 90',
        paragraph: 'c. 3',
        lines: 'L1493',
        quote:
          "Le procedure concorsuali devono concludersi entro sei mesi dalla data di scadenza del relativo bando. L'inosservanza di tale termine sarà giustificata collegialmente dalla Commissione esaminatrice con motivata relazione da inoltrare al Sindaco.",
      },
    },

    // ------------------------------------------------------------------ concorso (recruitment.md §3.5, §14)

    // D08/T7. Reopening "per una sola volta" (the once-only guard is the procedure's). The seed sets no
    // length [GAP]: DECISIONS D3 Q4 fixes 30 days from the publication of the reopening, like art. 85 c.1;
    // applications already received stay valid. Same reminders as the application deadline it reopens.
    'concorso.reopenedApplicationDeadline': {
      id: 'concorso.reopenedApplicationDeadline',
      label: 'Termine per la presentazione delle domande dopo la riapertura dei termini del bando',
      anchor: 'REOPENING_PUBLICATION',
      kind: 'deadline',
      procedures: ['concorso'],
      quantity: 30,
      unit: 'calendarDays',
      binds: 'privateParty',
      peremptory: true,
      onExpiry: 'close',
      reminders: remind('responsibleOfficer', 7, 3, 1, 0),
      citation: {
        source: 'seed',
        file: SEED,
        article: 'art. 87',
        paragraph: 'c. 1',
        lines: 'L1465',
        quote:
          "La CITTA' può stabilire di riaprire, per una sola volta, il termine fissato nel bando per la presentazione delle domande",
      },
    },
    // DECISIONS D3 Q2 (no §14 ID). Formal regularisation only (art. 89 c.1); the seed sets no term: 10
    // calendar days from receipt of the request, a private-party term (rolls forward). Not regularised
    // in time → excluded (recruitment.md §3.4), hence 'lapse'.
    'concorso.regularisation': {
      id: 'concorso.regularisation',
      label: 'Termine per la regolarizzazione formale della domanda',
      anchor: 'REGULARISATION_REQUEST_RECEIVED',
      kind: 'deadline',
      procedures: ['concorso'],
      quantity: 10,
      unit: 'calendarDays',
      binds: 'privateParty',
      peremptory: true,
      onExpiry: 'lapse',
      reminders: remind('responsibleOfficer', 3),
      citation: {
        source: 'seed',
        file: SEED,
        article: 'art. 89',
        paragraph: 'c. 1',
        lines: 'L1481',
        quote: 'fatta eccezione per regolarizzazioni solo formali dei documenti di rito inoltrati.',
      },
    },
    // D10/T9. Not peremptory: a late letter is a breach to escalate, not a lapse (recruitment.md §14:
    // warning at +7, breach at +10).
    'concorso.exclusionNotice': {
      id: 'concorso.exclusionNotice',
      label: "Comunicazione dell'esclusione dal concorso ai candidati non ammessi, con il motivo",
      anchor: 'ADMISSION_DETERMINATION',
      kind: 'deadline',
      procedures: ['concorso'],
      quantity: 10,
      unit: 'calendarDays',
      binds: 'administration',
      peremptory: false,
      onExpiry: 'escalate',
      reminders: remind('responsibleOfficer', 3, 0),
      citation: {
        source: 'seed',
        file: SEED,
        article: 'art. 88',
        paragraph: 'c. 2',
        lines: 'L1473',
        quote:
          "Entro 10 giorni dalla data di adozione della determinazione predetta, provvede a comunicare agli interessati con lettera raccomandata con ricevuta di ritorno, o telegramma, l'esclusione dal concorso con l'indicazione del motivo.",
      },
    },
    // D12/T11. Counted back from the first test (written, practical, preselection, psycho-physical):
    // the due date is the last day to give notice; missing it means moving the test ('escalate').
    'concorso.examCalendarNotice': {
      id: 'concorso.examCalendarNotice',
      label: 'Comunicazione del diario delle prove ai candidati ammessi',
      anchor: 'FIRST_EXAM_DATE',
      kind: 'minimumNotice',
      procedures: ['concorso'],
      quantity: 20,
      unit: 'calendarDays',
      binds: 'administration',
      peremptory: false,
      onExpiry: 'escalate',
      reminders: remind('responsibleOfficer', 3, 0),
      citation: {
        source: 'seed',
        file: SEED,
        article: 'art. 91',
        paragraph: 'c. 1',
        lines: 'L1497',
        quote: "oppure comunicato ai candidati ammessi non meno di venti giorni prima dell'inizio delle prove stesse.",
      },
    },
    // D13/T19. The seed does not restate the oral notice; it applies D.P.R. 487/1994 wherever it is
    // silent (art. 81 c.2, L1343), and DECISIONS D3 Q7 fixes ≥ 20 days. External, shared with national@1.
    'concorso.oralNotice': {
      id: 'concorso.oralNotice',
      label: 'Avviso di convocazione alla prova orale ai singoli candidati',
      anchor: 'ORAL_EXAM_DATE',
      kind: 'minimumNotice',
      procedures: ['concorso'],
      quantity: 20,
      unit: 'calendarDays',
      binds: 'administration',
      peremptory: false,
      onExpiry: 'escalate',
      reminders: remind('responsibleOfficer', 3, 0),
      citation: {
        source: 'external',
        law: 'D.P.R. 487/1994 (come modificato dal D.P.R. 82/2023)',
        article: 'art. 6',
      },
    },
    // D16/T15. "decorrenti dal giorno successivo" is dies a quo non computatur: oral 2025-07-01 →
    // 2025-07-16 (F-D7). Per candidate; titles not documented in time are ignored ('close').
    'concorso.preferenceDocuments': {
      id: 'concorso.preferenceDocuments',
      label: 'Presentazione dei documenti attestanti i titoli di riserva, preferenza e precedenza',
      anchor: 'ORAL_EXAM_DATE',
      kind: 'deadline',
      procedures: ['concorso'],
      quantity: 15,
      unit: 'calendarDays',
      binds: 'privateParty',
      peremptory: true,
      onExpiry: 'close',
      reminders: remind('responsibleOfficer', 3),
      citation: {
        source: 'seed',
        file: SEED,
        article: 'art. 100',
        paragraph: 'c. 1',
        lines: 'L1639',
        quote:
          'entro il termine perentorio di quindici giorni decorrenti dal giorno successivo a quello in cui hanno sostenuto il colloquio',
      },
    },
    // D17/T16. Second indent of art. 102 c.1. If the chair does not reconvene, the HR head reports to
    // the Giunta with a proposal of annulment (art. 102 "23.", L1665): 'escalate'.
    'concorso.boardReconvene': {
      id: 'concorso.boardReconvene',
      label: 'Riconvocazione della Commissione esaminatrice dopo il rinvio dei verbali per vizi di legittimità',
      anchor: 'RECORDS_RETURNED_TO_BOARD',
      kind: 'deadline',
      procedures: ['concorso'],
      quantity: 10,
      unit: 'calendarDays',
      binds: 'administration',
      peremptory: false,
      onExpiry: 'escalate',
      reminders: remind('responsibleOfficer', 3, 0),
      citation: {
        source: 'seed',
        file: SEED,
        article: 'art. 102',
        paragraph: 'c. 1',
        lines: 'L1663',
        quote:
          'rinvia con proprio atto i verbali alla Commissione esaminatrice con invito al Presidente di riconvocarla entro dieci giorni',
      },
    },
    // D18/T17. "salvo diversa disposizione di legge": a later law means a new rule-set version.
    'concorso.rankingValidity': {
      id: 'concorso.rankingValidity',
      label: 'Efficacia della graduatoria dei vincitori per la copertura dei posti successivamente vacanti',
      anchor: 'RANKING_APPROVAL',
      kind: 'deadline',
      procedures: ['concorso'],
      quantity: 3,
      unit: 'years',
      binds: 'administration',
      peremptory: false,
      onExpiry: 'close',
      reminders: remind('responsibleOfficer', 30, 7),
      citation: {
        source: 'seed',
        file: SEED,
        article: 'art. 101',
        paragraph: 'c. 5',
        lines: 'L1655',
        quote:
          'le graduatorie dei vincitori rimangono efficaci per il termine di tre anni dalla data di approvazione, salvo diversa disposizione di legge.',
      },
    },

    // ------------------------------------------------------------------ mobility (recruitment.md §8; spec §5.5)
    // The floors below bar a request or an authorisation before a date. They bind the Administration,
    // which applies them when it decides admissibility (V-MOB-01/02, V-MOB-12): a floor must not roll
    // forward (D2's roll-forward protects a private party's deadline; on a floor it would harm them).

    // D37/T-MOB-01. The Giunta may derogate (same line); C12/C-1: applied together with the next one.
    'mobility.outgoingMinimumService': {
      id: 'mobility.outgoingMinimumService',
      label:
        'Richiesta di mobilità verso altri Enti: non prima di quattro anni dalla sottoscrizione del contratto (salvo deroga della Giunta)',
      anchor: 'CONTRACT_SIGNED',
      kind: 'notBefore',
      procedures: ['mobility'],
      quantity: 4,
      unit: 'years',
      binds: 'administration',
      peremptory: false,
      onExpiry: 'reminderOnly',
      reminders: [],
      citation: {
        source: 'seed',
        file: SEED,
        article: 'art. 74',
        paragraph: 'c. 3',
        lines: 'L1265',
        quote:
          'Non può essere richiesta la mobilità verso altri Enti prima che siano trascorsi quattro anni dalla data di sottoscrizione del contratto individuale di lavoro con il Comune di Stresa.',
      },
    },
    // D38/T-MOB-02. Concorso hires only; "di norma", with three exceptions recorded by the procedure.
    'mobility.outgoingConcorsoHire': {
      id: 'mobility.outgoingConcorsoHire',
      label:
        'Autorizzazione alla mobilità per gli assunti a seguito di concorso pubblico: di norma non prima del compimento del terzo anno di servizio',
      anchor: 'SERVICE_START',
      kind: 'notBefore',
      procedures: ['mobility'],
      quantity: 3,
      unit: 'years',
      binds: 'administration',
      peremptory: false,
      onExpiry: 'reminderOnly',
      reminders: [],
      citation: {
        source: 'seed',
        file: SEED,
        article: 'art. 110',
        paragraph: 'c. 8',
        lines: 'L1840',
        quote:
          "di norma non sarà concessa l'autorizzazione al trasferimento per mobilità presso altro ente, prima del compimento del terzo anno di servizio.",
      },
    },
    // D39/T-MOB-03. Counted by D2 (same calendar date): from 2024-01-01 the term ends 2027-01-01, not
    // 2026-12-31 as FX-MOB-08 reads it (DECISIONS prevail; see the report).
    'mobility.temporaryAssignmentMax': {
      id: 'mobility.temporaryAssignmentMax',
      label: "Durata massima dell'assegnazione temporanea di personale di altre amministrazioni pubbliche",
      anchor: 'ASSIGNMENT_START',
      kind: 'deadline',
      procedures: ['mobility'],
      quantity: 3,
      unit: 'years',
      binds: 'administration',
      peremptory: false,
      onExpiry: 'close',
      reminders: remind('responsibleOfficer', 30, 7),
      citation: {
        source: 'seed',
        file: SEED,
        article: 'art. 74',
        paragraph: 'c. 4',
        lines: 'L1267',
        quote: 'in assegnazione temporanea e per un periodo non superiore a 3 anni',
      },
    },
    // D40/T-MOB-04 (P6b): both consents and the Administration's interest are checks of the procedure.
    'mobility.secondedInquadramento': {
      id: 'mobility.secondedInquadramento',
      label: 'Inquadramento del personale comandato: non prima di un anno di servizio presso il Comune',
      anchor: 'SECONDMENT_START',
      kind: 'notBefore',
      procedures: ['mobility'],
      quantity: 1,
      unit: 'years',
      binds: 'administration',
      peremptory: false,
      onExpiry: 'reminderOnly',
      reminders: [],
      citation: {
        source: 'seed',
        file: SEED,
        article: 'art. 80',
        paragraph: 'c. 2, lett. f)',
        lines: 'L1330',
        quote: "mediante l'inquadramento del personale comandato dopo almeno un anno di servizio presso il Comune",
      },
    },
    // T-MOB-05 (MOB-ESU, surplus staff of art. 75): the relationship ends by operation of the rule.
    'mobility.surplusAvailabilityEnd': {
      id: 'mobility.surplusAvailabilityEnd',
      label: 'Estinzione del rapporto di lavoro allo scadere dei due anni dal collocamento in disponibilità',
      anchor: 'AVAILABILITY_PLACEMENT',
      kind: 'deadline',
      procedures: ['mobility'],
      quantity: 2,
      unit: 'years',
      binds: 'administration',
      peremptory: false,
      onExpiry: 'close',
      reminders: remind('responsibleOfficer', 30, 7),
      citation: {
        source: 'seed',
        file: SEED,
        article: 'art. 148',
        paragraph: 'c. 1, lett. c)',
        lines: 'L2267',
        quote: 'allo scadere dei due anni dal collocamento in disponibilità',
      },
    },

    // ------------------------------------------------------------------ contract formation (recruitment.md §9)
    // Terms "dal ricevimento" need delivery evidence (§0.5.6); they bind the winner and roll forward.

    // D42/T-ASSUN-01. On expiry the winner is declared lapsed from the ranking and the next one is
    // called (art. 110 c.7, L1838).
    'contract.takeUpService': {
      id: 'contract.takeUpService',
      label: 'Presentazione dei documenti, sottoscrizione del contratto individuale e presa di servizio del vincitore',
      anchor: 'APPOINTMENT_RECEIVED',
      kind: 'deadline',
      procedures: ['contract'],
      quantity: 30,
      unit: 'calendarDays',
      binds: 'privateParty',
      peremptory: true,
      onExpiry: 'lapse',
      reminders: remind('responsibleOfficer', 3),
      citation: {
        source: 'seed',
        file: SEED,
        article: 'art. 108',
        paragraph: 'c. 2',
        lines: 'L1798',
        quote:
          "entro trenta giorni dal ricevimento della comunicazione deve presentare i documenti richiesti per l'assunzione, sottoscrivere il contratto individuale di lavoro e prendere effettivo servizio.",
      },
    },
    // D43/T-ASSUN-03. No declaration in time → "la nomina sarà inefficace".
    'contract.optionDeclaration': {
      id: 'contract.optionDeclaration',
      label: "Dichiarazione di opzione per il posto o di rimozione dell'incompatibilità",
      anchor: 'APPOINTMENT_RECEIVED',
      kind: 'deadline',
      procedures: ['contract'],
      quantity: 30,
      unit: 'calendarDays',
      binds: 'privateParty',
      peremptory: true,
      onExpiry: 'lapse',
      reminders: remind('responsibleOfficer', 3),
      citation: {
        source: 'seed',
        file: SEED,
        article: 'art. 108',
        paragraph: 'c. 3',
        lines: 'L1799',
        quote:
          "è invitato a dichiarare, entro trenta giorni dal ricevimento della comunicazione, per quale posto intenda optare o la rimozione della situazione di incompatibilità, con l'avvertenza che, in mancanza di qualsiasi dichiarazione al riguardo nei termini stabiliti, la nomina sarà inefficace.",
      },
    },
    // D44/T-ASSUN-02. The outer limit of the extension granted to a candidate holding another post:
    // counted from the original term to take up service (F-D8: 2025-10-01 → 2026-01-01, a holiday,
    // so 2026-01-02 under D2's roll-forward).
    'contract.serviceStartExtension': {
      id: 'contract.serviceStartExtension',
      label:
        'Proroga massima del termine per prendere servizio (concorrente titolare di altro impiego pubblico o incompatibile)',
      anchor: 'SERVICE_START_DEADLINE',
      kind: 'deadline',
      procedures: ['contract'],
      quantity: 3,
      unit: 'months',
      binds: 'privateParty',
      peremptory: true,
      onExpiry: 'lapse',
      reminders: remind('responsibleOfficer', 3),
      citation: {
        source: 'seed',
        file: SEED,
        article: 'art. 108',
        paragraph: 'c. 3',
        lines: 'L1799',
        quote:
          "il termine per assumere servizio è prorogato per il tempo contrattualmente previsto per le dimissioni dall'impiego ricoperto, e per gli altri giustificati motivi che la CITTA' si riserva di valutare, comunque per un periodo non superiore a tre mesi",
      },
    },
    // D45/T-ASSUN-04. Start [GAP G-13]: the communication of the unfavourable opinion. No request in
    // time: the opinion stands and the candidate lapses (art. 108 c.7, L1803; recruitment.md §19).
    'contract.medicalReview': {
      id: 'contract.medicalReview',
      label: 'Richiesta di visita collegiale di controllo dopo il giudizio sanitario sfavorevole',
      anchor: 'MEDICAL_OPINION_NOTIFIED',
      kind: 'deadline',
      procedures: ['contract'],
      quantity: 5,
      unit: 'calendarDays',
      binds: 'privateParty',
      peremptory: true,
      onExpiry: 'lapse',
      reminders: remind('responsibleOfficer', 3),
      citation: {
        source: 'seed',
        file: SEED,
        article: 'art. 108',
        paragraph: 'c. 5',
        lines: 'L1801',
        quote:
          "Se il giudizio del sanitario è sfavorevole l'interessato può chiedere, entro il termine di giorni cinque, una visita collegiale di controllo.",
      },
    },
    // D46 + D47. The seed leaves the length to the CCNL (art. 109 c.3, L1810) and requires the
    // evaluation "entro il termine di scadenza del periodo di prova" (c.4). Lengths per the CCNL
    // Funzioni Locali 16.11.2022 [EXT, verify: art. 25 c.1 by our reading]: 2 months for Operatori and
    // Operatori esperti, 6 months for the other areas. Probation passed without the relationship being
    // ended means confirmation in service (CCNL): 'silentAssent'. Suspensions of the probation (e.g.
    // sickness) are clock operations of the procedure.
    'contract.probationShort': {
      id: 'contract.probationShort',
      label:
        'Periodo di prova (aree Operatori e Operatori esperti): valutazione entro la scadenza, altrimenti conferma in servizio',
      anchor: 'SERVICE_START',
      kind: 'deadline',
      procedures: ['contract'],
      quantity: 2,
      unit: 'months',
      binds: 'administration',
      peremptory: false,
      onExpiry: 'silentAssent',
      reminders: remind('responsibleOfficer', 30, 7),
      citation: {
        source: 'seed',
        file: SEED,
        article: 'art. 109',
        paragraph: 'c. 4',
        lines: 'L1812',
        law: 'CCNL Funzioni Locali 16.11.2022 (durata del periodo di prova)',
        quote: 'entro il termine di scadenza del periodo di prova.',
      },
    },
    'contract.probationLong': {
      id: 'contract.probationLong',
      label:
        'Periodo di prova (aree Istruttori e Funzionari ed Elevata Qualificazione): valutazione entro la scadenza, altrimenti conferma in servizio',
      anchor: 'SERVICE_START',
      kind: 'deadline',
      procedures: ['contract'],
      quantity: 6,
      unit: 'months',
      binds: 'administration',
      peremptory: false,
      onExpiry: 'silentAssent',
      reminders: remind('responsibleOfficer', 30, 7),
      citation: {
        source: 'seed',
        file: SEED,
        article: 'art. 109',
        paragraph: 'c. 4',
        lines: 'L1812',
        law: 'CCNL Funzioni Locali 16.11.2022 (durata del periodo di prova)',
        quote: 'entro il termine di scadenza del periodo di prova.',
      },
    },

    // ------------------------------------------------------------------ discipline (Allegato H; spec §2.16)
    // Allegato H as written: the 2009 text of art. 55-bis D.Lgs. 165/2001, two tracks (minor: Segretario,
    // art. 4; major: UPD, art. 5, doubled terms) and decadenza for every term of artt. 4 and 5 (L3653,
    // L3670). Defaults of DECISIONS D4: A-1 20-day deferral threshold for the UPD; A-2 the conclusion
    // term is extended by the full deferral length (a clock operation of the procedure); A-3 the major
    // conclusion runs from the earliest knowledge by any officer (FIRST_KNOWLEDGE); A-4 terms "dalla
    // contestazione" run from the act date (CONTESTATION_ACT); A-5 "conclude" means adopting the act.
    // Hearing notices are counted back from the hearing: a notice given late does not lapse the action
    // but invalidates that hearing, which must be reconvened within the conclusion term ('escalate').

    // T-PD-01.
    'discipline.minor.contestation': {
      id: 'discipline.minor.contestation',
      label: "Contestazione scritta dell'addebito da parte del Segretario Comunale (infrazioni meno gravi)",
      anchor: 'SEGRETARIO_KNOWLEDGE',
      kind: 'deadline',
      procedures: ['discipline'],
      quantity: 20,
      unit: 'calendarDays',
      binds: 'administration',
      peremptory: true,
      onExpiry: 'lapse',
      reminders: remind('procedureAuthority', 7, 3, 1, 0),
      citation: {
        source: 'seed',
        file: SEED,
        article: 'All. H art. 4',
        paragraph: 'c. 1',
        lines: 'L3647, L3653',
        quote:
          "senza indugio e comunque non oltre venti giorni contesta per iscritto l'addebito al dipendente medesimo … comporta, per l'Amministrazione, la decadenza dall'azione disciplinare",
      },
    },
    // T-PD-02.
    'discipline.minor.hearingNotice': {
      id: 'discipline.minor.hearingNotice',
      label: 'Preavviso minimo della convocazione per il contraddittorio a difesa (infrazioni meno gravi)',
      anchor: 'HEARING_DATE',
      kind: 'minimumNotice',
      procedures: ['discipline'],
      quantity: 10,
      unit: 'calendarDays',
      binds: 'administration',
      peremptory: true,
      onExpiry: 'escalate',
      reminders: remind('procedureAuthority', 7, 3, 1, 0),
      citation: {
        source: 'seed',
        file: SEED,
        article: 'All. H art. 4',
        paragraph: 'c. 1',
        lines: 'L3647, L3653',
        quote:
          'lo convoca per il contraddittorio a sua difesa … con un preavviso di almeno dieci giorni. … La violazione dei termini stabiliti nel presente comma comporta',
      },
    },
    // T-PD-03.
    'discipline.minor.conclusion': {
      id: 'discipline.minor.conclusion',
      label:
        "Conclusione del procedimento con l'atto di archiviazione o di irrogazione della sanzione (infrazioni meno gravi)",
      anchor: 'CONTESTATION_ACT',
      kind: 'deadline',
      procedures: ['discipline'],
      quantity: 60,
      unit: 'calendarDays',
      binds: 'administration',
      peremptory: true,
      onExpiry: 'lapse',
      reminders: remind('procedureAuthority', 7, 3, 1, 0),
      citation: {
        source: 'seed',
        file: SEED,
        article: 'All. H art. 4',
        paragraph: 'c. 3',
        lines: 'L3650, L3653',
        quote:
          "il Segretario Comunale conclude il procedimento, con l'atto di archiviazione o di irrogazione della sanzione, entro sessanta giorni dalla contestazione dell'addebito. … la decadenza dall'azione disciplinare",
      },
    },
    // T-PD-05. Not a term to meet but the threshold of an extension, kept as data (D1): a deferred
    // hearing set after this date extends the conclusion term by the whole deferral; one set on or
    // before it does not (FX-PD-03/04).
    'discipline.minor.deferralThreshold': {
      id: 'discipline.minor.deferralThreshold',
      label:
        "Differimento dell'audizione oltre il quale il termine di conclusione è prorogato in misura corrispondente (infrazioni meno gravi)",
      anchor: 'ORIGINAL_HEARING_DATE',
      kind: 'deadline',
      procedures: ['discipline'],
      quantity: 10,
      unit: 'calendarDays',
      binds: 'administration',
      peremptory: false,
      onExpiry: 'reminderOnly',
      reminders: [],
      citation: {
        source: 'seed',
        file: SEED,
        article: 'All. H art. 4',
        paragraph: 'c. 4',
        lines: 'L3651',
        quote:
          'In caso di differimento superiore a dieci giorni del termine a difesa, per impedimento del dipendente, il termine per la conclusione del procedimento è prorogato in misura corrispondente.',
      },
    },
    // T-PD-10.
    'discipline.major.transmissionToUpd': {
      id: 'discipline.major.transmissionToUpd',
      label:
        "Trasmissione degli atti all'Ufficio competente (UPD), con contestuale comunicazione al dipendente (infrazioni più gravi)",
      anchor: 'SEGRETARIO_KNOWLEDGE',
      kind: 'deadline',
      procedures: ['discipline'],
      quantity: 5,
      unit: 'calendarDays',
      binds: 'administration',
      peremptory: true,
      onExpiry: 'lapse',
      reminders: remind('procedureAuthority', 7, 3, 1, 0),
      citation: {
        source: 'seed',
        file: SEED,
        article: 'All. H art. 5',
        paragraph: 'c. 1',
        lines: 'L3657, L3670',
        quote:
          "trasmette gli atti, entro cinque giorni dalla notizia del fatto, all'ufficio individuato ai sensi del successivo comma, dandone contestuale comunicazione all'interessato. … comporta, per l'Amministrazione, la decadenza dall'azione disciplinare",
      },
    },
    // T-PD-11: twice the 20 days of art. 4 c.1, from the UPD's receipt of the acts or its earlier
    // knowledge (c.7).
    'discipline.major.contestation': {
      id: 'discipline.major.contestation',
      label: "Contestazione dell'addebito da parte dell'Ufficio competente (UPD) (infrazioni più gravi)",
      anchor: 'UPD_KNOWLEDGE',
      kind: 'deadline',
      procedures: ['discipline'],
      quantity: 40,
      unit: 'calendarDays',
      binds: 'administration',
      peremptory: true,
      onExpiry: 'lapse',
      reminders: remind('procedureAuthority', 7, 3, 1, 0),
      citation: {
        source: 'seed',
        file: SEED,
        article: 'All. H art. 5',
        paragraph: 'c. 6',
        lines: 'L3667, L3668, L3670',
        quote:
          "Il predetto ufficio contesta l'addebito al dipendente … con applicazione di termini pari al doppio di quelli stabiliti nel predetto articolo … Il termine per la contestazione dell'addebito decorre dalla data di ricezione degli atti trasmessi ai sensi del comma 1 ovvero dalla data nella quale l'ufficio ha altrimenti acquisito notizia dell'infrazione. … la decadenza dall'azione disciplinare",
      },
    },
    // T-PD-12: twice the 10 days of art. 4 c.1.
    'discipline.major.hearingNotice': {
      id: 'discipline.major.hearingNotice',
      label: 'Preavviso minimo della convocazione per il contraddittorio a difesa (infrazioni più gravi)',
      anchor: 'HEARING_DATE',
      kind: 'minimumNotice',
      procedures: ['discipline'],
      quantity: 20,
      unit: 'calendarDays',
      binds: 'administration',
      peremptory: true,
      onExpiry: 'escalate',
      reminders: remind('procedureAuthority', 7, 3, 1, 0),
      citation: {
        source: 'seed',
        file: SEED,
        article: 'All. H art. 5',
        paragraph: 'c. 6',
        lines: 'L3667, L3670',
        quote:
          'lo convoca per il contraddittorio a sua difesa … con applicazione di termini pari al doppio di quelli stabiliti nel predetto articolo … La violazione dei termini di cui al presente articolo comporta',
      },
    },
    // T-PD-13: twice the 60 days of art. 4 c.3, but from the first acquisition of the news (c.8), by any
    // officer.
    'discipline.major.conclusion': {
      id: 'discipline.major.conclusion',
      label:
        "Conclusione del procedimento con l'atto di archiviazione o di irrogazione della sanzione (infrazioni più gravi)",
      anchor: 'FIRST_KNOWLEDGE',
      kind: 'deadline',
      procedures: ['discipline'],
      quantity: 120,
      unit: 'calendarDays',
      binds: 'administration',
      peremptory: true,
      onExpiry: 'lapse',
      reminders: remind('procedureAuthority', 7, 3, 1, 0),
      citation: {
        source: 'seed',
        file: SEED,
        article: 'All. H art. 5',
        paragraph: 'c. 6',
        lines: 'L3667, L3669, L3670',
        quote:
          "istruisce e conclude il procedimento … con applicazione di termini pari al doppio di quelli stabiliti nel predetto articolo … La decorrenza del termine per la conclusione del procedimento resta comunque fissata alla data di prima acquisizione della notizia dell'infrazione.",
      },
    },
    // T-PD-14: the 10-day threshold of art. 4 c.4 (L3651), doubled like every art. 4 term.
    'discipline.major.deferralThreshold': {
      id: 'discipline.major.deferralThreshold',
      label:
        "Differimento dell'audizione oltre il quale il termine di conclusione è prorogato in misura corrispondente (infrazioni più gravi)",
      anchor: 'ORIGINAL_HEARING_DATE',
      kind: 'deadline',
      procedures: ['discipline'],
      quantity: 20,
      unit: 'calendarDays',
      binds: 'administration',
      peremptory: false,
      onExpiry: 'reminderOnly',
      reminders: [],
      citation: {
        source: 'seed',
        file: SEED,
        article: 'All. H art. 5',
        paragraph: 'c. 6',
        lines: 'L3667',
        quote:
          'secondo quanto previsto nel precedente art. 4, con applicazione di termini pari al doppio di quelli stabiliti nel predetto articolo',
      },
    },
    // T-PD-20. Outside artt. 4-5, so no decadenza: the window closes and an open conciliation is
    // closed as negative [GAP G-4]. Art. 55 c.3 D.Lgs. 165/2001 is unchanged: shared with national@1.
    'discipline.conciliation': {
      id: 'discipline.conciliation',
      label: 'Procedura di conciliazione non obbligatoria: avvio e conclusione (esclusi i casi di licenziamento)',
      anchor: 'CONTESTATION_ACT',
      kind: 'deadline',
      procedures: ['discipline'],
      quantity: 30,
      unit: 'calendarDays',
      binds: 'administration',
      peremptory: false,
      onExpiry: 'close',
      reminders: remind('procedureAuthority', 3, 0),
      citation: {
        source: 'seed',
        file: SEED,
        article: 'All. H art. 8',
        paragraph: 'c. 2',
        lines: 'L3705',
        quote:
          "da instaurarsi e concludersi entro un termine non superiore a trenta giorni dalla contestazione dell'addebito e comunque prima dell'irrogazione della sanzione.",
      },
    },
    // T-PD-30. The employee's term ("termine di decadenza"). Same in art. 55-ter c.2: shared with national@1.
    'discipline.reopeningRequest': {
      id: 'discipline.reopeningRequest',
      label: "Istanza del dipendente di riapertura del procedimento dopo l'assoluzione in sede penale",
      anchor: 'ACQUITTAL_IRREVOCABLE',
      kind: 'deadline',
      procedures: ['discipline'],
      quantity: 6,
      unit: 'months',
      binds: 'privateParty',
      peremptory: true,
      onExpiry: 'lapse',
      reminders: remind('responsibleOfficer', 3),
      citation: {
        source: 'seed',
        file: SEED,
        article: 'All. H art. 9',
        paragraph: 'c. 4',
        lines: 'L3718',
        quote:
          "ad istanza di parte da proporsi entro il termine di decadenza di sei mesi dall'irrevocabilità della pronuncia penale",
      },
    },
    // T-PD-31, first start: resumption after suspension, or reopening ex officio after a conviction
    // (c.5, c.6), from the communication of the judgment. The seed states no consequence [GAP G-4]:
    // treated as a decadenza risk (full reminders), expiry escalates. Shared with national@1.
    'discipline.resumption': {
      id: 'discipline.resumption',
      label:
        "Ripresa o riapertura d'ufficio del procedimento disciplinare (rinnovo della contestazione) dopo la sentenza penale",
      anchor: 'JUDGMENT_COMMUNICATED',
      kind: 'deadline',
      procedures: ['discipline'],
      quantity: 60,
      unit: 'calendarDays',
      binds: 'administration',
      peremptory: false,
      onExpiry: 'escalate',
      reminders: remind('procedureAuthority', 7, 3, 1, 0),
      citation: {
        source: 'seed',
        file: SEED,
        article: 'All. H art. 9',
        paragraph: 'c. 7',
        lines: 'L3721, L3722',
        quote:
          "ripreso o riaperto entro sessanta giorni dalla comunicazione della sentenza all'Amministrazione Comunale … mediante il rinnovo della contestazione dell'addebito",
      },
    },
    // T-PD-31, second start: reopening on the employee's request (c.4). Shared with national@1.
    'discipline.reopening': {
      id: 'discipline.reopening',
      label: 'Riapertura del procedimento disciplinare su istanza del dipendente (rinnovo della contestazione)',
      anchor: 'REOPENING_REQUEST_FILED',
      kind: 'deadline',
      procedures: ['discipline'],
      quantity: 60,
      unit: 'calendarDays',
      binds: 'administration',
      peremptory: false,
      onExpiry: 'escalate',
      reminders: remind('procedureAuthority', 7, 3, 1, 0),
      citation: {
        source: 'seed',
        file: SEED,
        article: 'All. H art. 9',
        paragraph: 'c. 7',
        lines: 'L3721, L3722',
        quote:
          "ovvero dalla presentazione dell'istanza di riapertura … mediante il rinnovo della contestazione dell'addebito",
      },
    },
    // T-PD-32: from the resumption/reopening, i.e. the renewed contestation (c.8). Consequence as above.
    // National law replaced this term (see national@1).
    'discipline.resumedConclusion': {
      id: 'discipline.resumedConclusion',
      label: 'Conclusione del procedimento disciplinare ripreso o riaperto',
      anchor: 'RENEWED_CONTESTATION',
      kind: 'deadline',
      procedures: ['discipline'],
      quantity: 180,
      unit: 'calendarDays',
      binds: 'administration',
      peremptory: false,
      onExpiry: 'escalate',
      reminders: remind('procedureAuthority', 7, 3, 1, 0),
      citation: {
        source: 'seed',
        file: SEED,
        article: 'All. H art. 9',
        paragraph: 'c. 7',
        lines: 'L3721',
        quote: 'ed è concluso entro centottanta giorni dalla ripresa o dalla riapertura.',
      },
    },
    // T-PD-40. Revoked by law at five years and the employee readmitted; the disciplinary case stays
    // suspended (c.12). A CCNL rule reproduced by Allegato H: shared with national@1.
    'discipline.cautionarySuspensionMax': {
      id: 'discipline.cautionarySuspensionMax',
      label: 'Durata massima della sospensione cautelare per procedimento penale (revoca di diritto e riammissione)',
      anchor: 'CAUTIONARY_SUSPENSION_START',
      kind: 'deadline',
      procedures: ['discipline'],
      quantity: 5,
      unit: 'years',
      binds: 'administration',
      peremptory: false,
      onExpiry: 'close',
      reminders: remind('procedureAuthority', 30, 7),
      citation: {
        source: 'seed',
        file: SEED,
        article: 'All. H art. 13',
        paragraph: 'c. 11',
        lines: 'L3777, L3779',
        quote:
          'la stessa conserva efficacia, se non revocata, per un periodo di tempo comunque non superiore a cinque anni. … Decorso tale termine la sospensione cautelare è revocata di diritto e il dipendente riammesso in servizio.',
      },
    },
  },
};

/**
 * stresa-rous@2: v1 plus the two terms incoming mobility needs that art. 107bis leaves open (G-9):
 * the notice's publication period and the home administration's consent. Both are national-law or
 * service defaults the entity may change in a later version; cases pinned to v1 keep v1.
 */
export const stresaRousV2 = {
  ...stresaRousV1,
  version: 2,
  terms: {
    ...stresaRousV1.terms,
    // G-9 default (recruitment.md §8.1): the notice stays published 30 days, as art. 30 c.1 D.Lgs.
    // 165/2001 requires of mobility notices; applications close with it (they bind the candidates).
    'mobility.incomingNoticePublication': {
      id: 'mobility.incomingNoticePublication',
      label: "Pubblicazione dell'avviso di mobilità e presentazione delle domande",
      anchor: 'NOTICE_PUBLICATION',
      kind: 'deadline',
      procedures: ['mobility'],
      quantity: 30,
      unit: 'calendarDays',
      binds: 'privateParty',
      peremptory: true,
      onExpiry: 'close',
      reminders: remind('responsibleOfficer', 3),
      citation: { source: 'external', law: 'D.Lgs. 165/2001', article: 'art. 30', paragraph: 'c. 1' },
    },
    // G-9: no term in the seed for the consent; a service-level term (§1.3: labelled non-statutory)
    // so the officer chases it.
    'mobility.homeConsent': {
      id: 'mobility.homeConsent',
      label: "Assenso dell'amministrazione di appartenenza (termine di servizio, non statutario)",
      anchor: 'CANDIDATE_SELECTED',
      kind: 'deadline',
      procedures: ['mobility'],
      quantity: 30,
      unit: 'calendarDays',
      binds: 'administration',
      peremptory: false,
      onExpiry: 'escalate',
      reminders: remind('responsibleOfficer', 3, 0),
      citation: { source: 'external', law: 'D.Lgs. 165/2001', article: 'art. 30', paragraph: 'c. 1' },
    },
  },
};
