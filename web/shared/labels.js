/** Italian labels for the API's codes. Unknown codes are shown as they are. */

export const COMPETITION_TYPES = [
  ['PER_ESAMI', 'Per esami'],
  ['PER_TITOLI_ED_ESAMI', 'Per titoli ed esami'],
];

export const CATEGORIES = ['A', 'B1', 'B3', 'C', 'D1', 'D3'];

export const SUBMISSION_METHODS = [
  ['ONLINE', 'Online, su questo portale'],
  ['RACCOMANDATA_AR', 'Raccomandata con avviso di ricevimento'],
  ['PEC', 'Posta elettronica certificata (PEC)'],
  ['HAND', "Consegna a mano all'Ufficio Protocollo"],
];

export const CHANNELS = [
  ['ONLINE', 'Online'],
  ['RACCOMANDATA_AR', 'Raccomandata A/R'],
  ['PEC', 'PEC'],
  ['HAND', 'Consegna a mano'],
];

export const CITIZENSHIPS = [
  ['IT', 'Italiana'],
  ['EU', "Di uno Stato membro dell'Unione europea"],
  ['EQUIPARATO', 'Equiparata (italiani non appartenenti alla Repubblica)'],
];

export const DEADLINE_STATUS = { OPEN: 'In corso', SUSPENDED: 'Sospeso', EXPIRED: 'Scaduto', CANCELLED: 'Annullato' };

export const REMINDER_STATUS = {
  PENDING: 'Programmato',
  SENT: 'Inviato',
  SKIPPED: 'Non inviato',
  CANCELLED: 'Annullato (termine spostato)',
};

/** Operations on a running term (POST …/deadlines/{id}/clock). */
export const CLOCK_OPERATIONS = {
  extend: 'Proroga',
  suspend: 'Sospensione',
  resume: 'Ripresa',
  interrupt: 'Interruzione',
  reopen: 'Riapertura',
};

/** Which operations a term's status admits (reopening an expired term is a procedure act, not offered here). */
export const CLOCK_OPERATIONS_FOR = {
  OPEN: ['extend', 'suspend', 'interrupt'],
  SUSPENDED: ['resume', 'interrupt'],
};

export const PROCEDURE_TYPES = [
  ['concorso', 'Concorso pubblico'],
  ['mobility', 'Mobilità'],
  ['contract', 'Contratto'],
  ['discipline', 'Procedimento disciplinare'],
];

/** Term units, singular and plural. */
export const TERM_UNITS = {
  calendarDays: ['giorno di calendario', 'giorni di calendario'],
  workingDays: ['giorno lavorativo', 'giorni lavorativi'],
  months: ['mese', 'mesi'],
  years: ['anno', 'anni'],
};

export const TERM_KINDS = {
  deadline: "Termine finale: l'atto va compiuto entro la scadenza",
  notBefore: "Termine dilatorio: l'atto non può essere compiuto prima della data",
  minimumNotice: "Preavviso minimo: contato a ritroso dall'evento, l'avviso va dato entro la data",
};

export const TERM_BINDS = {
  privateParty: 'Il privato (candidato, dipendente, controparte)',
  administration: "L'amministrazione",
};

export const TERM_ON_EXPIRY = {
  close: 'Chiusura: gli atti presentati dopo la scadenza non sono ammessi',
  lapse: 'Decadenza dal diritto o dalla facoltà',
  escalate: 'Segnalazione al responsabile: il ritardo va motivato',
  silentAssent: "Silenzio assenso: l'istanza si intende accolta",
  reminderOnly: 'Nessun effetto automatico: solo promemoria',
};

/**
 * 'Data di pubblicazione in Gazzetta Ufficiale', 'Data della prima prova': from the rule's `anchorLabel`,
 * which the rules API sends (the same words the trace uses); a rule without one shows its code.
 */
export function anchorDateLabel(rule) {
  const text = rule?.anchorLabel;
  if (!text || text === rule.anchor) return `Data di decorrenza (${rule?.anchor ?? '?'})`;
  return text.startsWith('data ') ? `D${text.slice(1)}` : `Data di ${text}`;
}

export const EVENT_TYPES = {
  CONCORSO_CREATED: 'Concorso creato dal bando approvato',
  BANDO_PUBLISHED_GURI: 'Pubblicazione in Gazzetta Ufficiale registrata',
  DEADLINE_SET: 'Termine fissato',
  APPLICATIONS_CLOSED: 'Termine scaduto: domande chiuse',
  POSTAL_GRACE_ENDED: 'Fine della tolleranza per le domande spedite per posta',
  DEADLINE_EXPIRED: 'Termine scaduto',
  APPLICATION_RECEIVED: 'Domanda ricevuta',
  DEADLINE_EXTENDED: 'Termine prorogato',
  DEADLINE_SUSPENDED: 'Termine sospeso',
  DEADLINE_RESUMED: 'Termine ripreso dopo la sospensione',
  DEADLINE_INTERRUPTED: 'Termine interrotto: decorre di nuovo per intero',
  DEADLINE_REOPENED: 'Termine riaperto',
  BANDO_AMENDED: 'Bando modificato',
  TERMS_REOPENED: 'Termini riaperti',
  BANDO_REVOKED: 'Bando revocato',
  ADMISSION_DETERMINED: 'Determinazione di ammissione adottata',
  EXCLUSION_LETTERS_POSTED: 'Raccomandate di esclusione spedite',
  COMMUNICATION_DELIVERED: 'Comunicazione consegnata',
  PEC_NOT_DELIVERED: 'PEC non consegnata',
  BOARD_APPOINTED: 'Commissione esaminatrice nominata',
  BOARD_DECLARATION_RECORDED: 'Dichiarazione di un componente della commissione registrata',
  BOARD_MEMBER_REPLACED: 'Componente della commissione sostituito',
  EXAM_CALENDAR_SET: 'Diario delle prove fissato: ammessi convocati',
  TEST_CODED: 'Prova svolta: elaborati codificati in forma anonima',
  MARKS_RECORDED: 'Voti di un commissario registrati',
  DEANONYMISATION_REFUSED: 'Abbinamento dei nomi agli elaborati rifiutato',
  PAPERS_DEANONYMISED: 'Nomi abbinati agli elaborati',
  TITLES_EVALUATED: 'Titoli valutati',
  TITLES_LOCKED: 'Valutazione dei titoli conclusa',
  ORAL_ADMISSION_LIST_PUBLISHED: 'Elenco degli ammessi alla prova orale pubblicato',
  ORAL_SESSION_PUBLISHED: 'Seduta della prova orale pubblicata',
  PREFERENCE_DOCUMENTS_RECORDED: 'Documenti dei titoli di preferenza registrati',
  GRADUATORIA_APPROVED: 'Graduatoria approvata',
  REGULARISATION_REQUESTED: 'Regolarizzazione della domanda richiesta',
  APPLICATION_REGULARISED: 'Domanda regolarizzata',
  REGULARISATION_LAPSED: 'Regolarizzazione non pervenuta nel termine: domanda da escludere',
  PUBLICATION_RECORDED: 'Pubblicazione registrata',
  DELAY_REPORT_RECORDED: 'Relazione della commissione sul ritardo trasmessa al Sindaco',
};

/** The bando's elements, as an amendment names them (`changedFields`). */
export const BANDO_FIELDS = {
  competitionType: 'tipo di concorso',
  posts: 'posti',
  partTimeConvertible: 'tempo parziale',
  reservedPercentages: 'riserve',
  requirements: 'requisiti',
  blindnessImpediment: 'cecità come impedimento',
  submissionMethods: 'modalità di presentazione',
  requiredDeclarations: 'dichiarazioni richieste',
  requiredAttachments: 'allegati richiesti',
  writtenOralSubjects: "materie d'esame",
  oralAdmissionMinScore: "minimo per l'orale",
  preselectionThreshold: 'preselezione',
  applicationFee: 'tassa di concorso',
  responsibleOfficer: 'responsabile del procedimento',
};

export const ROLES = {
  HR_OFFICER: 'ufficio personale',
  HR_HEAD: 'responsabile del personale',
  SYSTEM: 'sistema',
  CANDIDATE: 'candidato',
};

// ---------------------------------------------------------------- examination board and exam calendar
// Copied from shared/procedures/concorso/commission.ts and exams.ts (the web cannot import TypeScript):
// keep them in step.

/** The seats the API accepts (SEAT_LABELS); shown capitalised where they open a line. */
export const BOARD_SEATS = [
  ['RESP_HR', 'Presidente (Responsabile del Servizio Gestione Risorse Umane)'],
  ['SEGRETARIO_COMUNALE', 'Presidente (Segretario Comunale)'],
  ['RESP_SERVIZIO_INTERESSATO', "Responsabile del Servizio interessato all'assunzione"],
  [
    'SOSTITUTO_RESP_SERVIZIO',
    "altro Responsabile di Servizio (in luogo del Responsabile del Servizio interessato all'assunzione)",
  ],
  ['ESPERTO_PA', 'esperto dipendente di Pubblica Amministrazione'],
  ['RESP_ALTRO_SERVIZIO', 'Responsabile di altro Servizio Comunale'],
  ['ESPERTO_ALBO', "componente scelto dall'Albo degli esperti"],
  ['MEMBRO_AGGIUNTO', 'membro aggiunto'],
  ['SEGRETARIO', 'segretario'],
];

export const BOARD_APPOINTERS = [
  ['GIUNTA', 'Giunta Comunale'],
  ['RESP_HR', 'Responsabile del Servizio Gestione Risorse Umane'],
];

export const BOARD_DESIGNATORS = [
  ['GIUNTA', 'Giunta Comunale'],
  ['RESP_HR', 'Responsabile del Servizio Gestione Risorse Umane'],
  ['SEGRETARIO_GENERALE', 'Segretario Generale'],
];

export const BOARD_EMPLOYERS = [
  ['COMUNE', 'Dipendente del Comune'],
  ['ALTRA_PA', 'Dipendente di altra Pubblica Amministrazione'],
  ['ESTERNO', 'Esterno alla Pubblica Amministrazione'],
];

export const INQUADRAMENTI = [...CATEGORIES.map((c) => [c, `Categoria ${c}`]), ['DIRIGENTE', 'Dirigente o Segretario']];

export const GENDERS = [
  ['F', 'Donna'],
  ['M', 'Uomo'],
];

/** The declarations owed by the board (DECLARATION_RULES), as the form offers them. */
export const DECLARATION_KINDS = [
  ['CONDANNE_PENALI', 'Assenza di condanne per reati contro la Pubblica Amministrazione (art. 35-bis D.Lgs. 165/2001)'],
  ['INCOMPATIBILITA', 'Assenza di cariche o designazioni che escludono dalla commissione (art. 119 c.4)'],
  [
    'RAPPORTI_AMMINISTRATORI',
    'Assenza di rapporti di parentela o professionali con amministratori, dirigenti e responsabili di servizio',
  ],
  ['CONFLITTO_CANDIDATI', 'Assenza di rapporti e conflitti di interesse con i candidati ammessi'],
];

/** The same declarations in a few words, for the members' table. */
export const DECLARATION_SHORT = {
  CONDANNE_PENALI: 'Condanne penali',
  INCOMPATIBILITA: 'Incompatibilità',
  RAPPORTI_AMMINISTRATORI: 'Rapporti con gli amministratori',
  CONFLITTO_CANDIDATI: 'Conflitto con i candidati',
};

export const DECLARATION_OUTCOMES = [
  ['INSUSSISTENZA', 'Insussistenza: nessuna causa ostativa'],
  ['SUSSISTENZA', "Sussistenza: la causa ostativa c'è"],
];

/** Why a member is replaced (CAUSE_LABELS). */
export const REPLACEMENT_CAUSES = [
  ['CONDANNA', 'condanna per reati contro la Pubblica Amministrazione'],
  ['CONFLITTO_INTERESSI', 'conflitto di interessi o rapporti con i candidati'],
  ['INCOMPATIBILITA', 'causa di esclusione dalle commissioni'],
  ['DIMISSIONI', 'dimissioni'],
  ['DECADENZA', 'decadenza'],
  ['IMPEDIMENTO', 'impedimento'],
];

/** The tests of the exam calendar (EXAM_KIND_LABELS). */
export const EXAM_KINDS = [
  ['PRESELECTION', 'prova preselettiva'],
  ['WRITTEN', 'prova scritta'],
  ['PRACTICAL', 'prova pratica'],
  ['PSYCHOPHYSICAL', 'prova di idoneità psico-fisica'],
  ['ORAL', 'prova orale'],
];

// ---------------------------------------------------------------- tests, oral and graduatoria
// Copied from shared/procedures/concorso/exams.ts and ranking.ts (the web cannot import TypeScript):
// keep them in step.

/** Why a candidate is not admitted to the oral (NotAdmittedOutcome). */
export const NOT_ADMITTED_OUTCOMES = [
  ['FAILED_WRITTEN', 'Prova scritta non superata'],
  ['FAILED_PRACTICAL', 'Prova pratica non superata'],
  ['WITHDRAWN', 'Rinunciatario'],
  ['EXCLUDED', 'Escluso'],
];

/** The outcome of the oral for one candidate (OralResult.outcome). */
export const ORAL_OUTCOMES = [
  ['PASSED', 'Superata'],
  ['FAILED_ORAL', 'Non superata: non idoneo'],
  ['WITHDRAWN', 'Assente: rinunciatario'],
];

/** Why a candidate is not in the graduatoria (ExcludedCandidate.outcome). */
export const RANKING_OUTCOMES = [
  ['FAILED_WRITTEN', 'Prova scritta non superata'],
  ['FAILED_PRACTICAL', 'Prova pratica non superata'],
  ['FAILED_ORAL', 'Prova orale non superata'],
  ['WITHDRAWN', 'Rinunciatario'],
  ['INCOMPLETE', 'Prove incomplete'],
  ['EXCLUDED', 'Escluso'],
];

/**
 * The preference titles of Allegato M by number (PREFERENCE_TITLES). Title 18, the dependent children,
 * is documented as a count, not ticked.
 */
export const PREFERENCE_TITLES = {
  1: 'gli insigniti di medaglia al valor militare',
  2: 'i mutilati e invalidi di guerra ex combattenti',
  3: 'i mutilati e invalidi per fatto di guerra',
  4: 'i mutilati e invalidi per servizio nel settore pubblico e privato',
  5: 'gli orfani di guerra',
  6: 'gli orfani dei caduti per fatto di guerra',
  7: 'gli orfani dei caduti per servizio nel settore pubblico o privato',
  8: 'i feriti in combattimento',
  9: 'gli insigniti di croce di guerra o di altra attestazione speciale di merito di guerra, nonché i capi di famiglia numerosa',
  10: 'i figli dei mutilati e degli invalidi di guerra ex combattenti',
  11: 'i figli dei mutilati e degli invalidi per fatto di guerra',
  12: 'i figli dei mutilati e degli invalidi per servizio nel settore pubblico e privato',
  13: 'i genitori vedovi non risposati, i coniugi non risposati e le sorelle ed i fratelli vedovi o non sposati dei caduti di guerra',
  14: 'i genitori vedovi non risposati, i coniugi non risposati e le sorelle ed i fratelli vedovi o non risposati dei caduti per fatto di guerra',
  15: 'i genitori vedovi non risposati, i coniugi non risposati e le sorelle ed i fratelli vedovi o non risposati dei caduti per servizio nel settore pubblico e privato',
  16: 'coloro che abbiano prestato servizio militare come combattenti o assimilati',
  17: "coloro che abbiano prestato lodevole servizio a qualunque titolo, per non meno di un anno, nell'amministrazione che ha indetto il concorso",
  18: 'i coniugati ed i non coniugati con riguardo al numero dei figli a carico',
  19: 'gli invalidi ed i mutilati civili',
  20: 'militari volontari delle Forze armate congedati senza demerito al termine della ferma o rafferma',
};

// ---------------------------------------------------------------- regularisation, titles, publications
// Copied from shared/procedures/concorso/regularisation.ts, titles-schemas.ts and transparency.ts (the web
// cannot import TypeScript): keep them in step.

/** Where a regularisation request stands (Regularisation.status). */
export const REGULARISATION_STATUS = [
  ['REQUESTED', 'In attesa della regolarizzazione'],
  ['REGULARISED', 'Regolarizzata'],
  ['LAPSED', 'Non regolarizzata nel termine: da escludere'],
];

/** A legal communication's delivery (LegalCommunication.status). */
export const DELIVERY_STATUS = [
  ['IN_CONSEGNA', 'In consegna'],
  ['CONSEGNATA', 'Consegnata'],
  ['MANCATA_CONSEGNA', 'Non consegnata'],
];

/** What the bando requires for access: the Allegato I scheme the titles are scored by (StudyScheme). */
export const TITLE_SCHEMES = [
  ['DEGREE_REQUIRED', 'Concorso che richiede la laurea (Allegato I, punto 3.1)'],
  ['DIPLOMA_REQUIRED', 'Concorso che richiede il diploma di scuola media superiore (punto 3.2)'],
  ['NO_DIPLOMA_REQUIRED', 'Concorso che non richiede il diploma (punto 3.3)'],
];

/** How far below the post's category a service's duties fall (ServicePeriod.categoriesBelow). */
export const SERVICE_LEVELS = [
  ['0', 'Stessa categoria del posto o superiore'],
  ['1', 'Categoria immediatamente inferiore (punti ridotti del 10%)'],
  ['2', 'Due categorie inferiori (punti ridotti del 20%)'],
];

/** Where a concorso's acts are published (PLACE_LABELS). */
export const PUBLICATION_PLACES = [
  ['GURI', 'Gazzetta Ufficiale, 4ª serie speciale'],
  ['ALBO_PRETORIO', 'Albo pretorio on line'],
  ['SITO_WEB', 'Sito istituzionale'],
  ['AMMINISTRAZIONE_TRASPARENTE', 'Amministrazione trasparente › Bandi di concorso'],
];

/** A publication duty's state in the register (RegisterEntry.status). */
export const PUBLICATION_STATUS = [
  ['NON_ANCORA_DOVUTA', 'Non ancora dovuta'],
  ['DA_PUBBLICARE', 'Da pubblicare'],
  ['PUBBLICATA', 'Pubblicata'],
];

/** The label for a code in a [code, label] list or a map. */
export function labelOf(list, code) {
  if (Array.isArray(list)) return list.find(([c]) => c === code)?.[1] ?? code;
  return list[code] ?? code;
}
