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
 * The anchor events of the rule sets, described in Italian as the API's trace does (ANCHOR_LABELS in
 * shared/calendar/terms.ts and ANCHOR_LABELS_EXTRA in shared/rules/anchors.ts: the rules API does not
 * send them). The date field's label is built from them by anchorDateLabel.
 */
export const TERM_ANCHORS = {
  GURI_PUBLICATION: 'pubblicazione in Gazzetta Ufficiale',
  APPLICATION_DEADLINE: 'scadenza del termine di presentazione delle domande',
  ALBO_PUBLICATION: "pubblicazione all'albo pretorio",
  EXAM_DATE: 'data della prova',
  FIRST_EXAM_DATE: 'data della prima prova',
  REOPENING_PUBLICATION: "pubblicazione dell'atto di riapertura dei termini del bando",
  REGULARISATION_REQUEST_RECEIVED: 'ricevimento della richiesta di regolarizzazione formale della domanda',
  ADMISSION_DETERMINATION: 'adozione della determinazione di ammissione ed esclusione',
  ORAL_EXAM_DATE: 'data della prova orale del candidato',
  RECORDS_RETURNED_TO_BOARD: 'rinvio dei verbali alla Commissione esaminatrice',
  RANKING_APPROVAL: 'approvazione della graduatoria',
  CONTRACT_SIGNED: 'sottoscrizione del contratto individuale di lavoro con il Comune',
  SERVICE_START: 'presa di servizio',
  ASSIGNMENT_START: "inizio dell'assegnazione temporanea",
  SECONDMENT_START: 'inizio del comando presso il Comune',
  AVAILABILITY_PLACEMENT: 'collocamento in disponibilità',
  APPOINTMENT_RECEIVED: 'ricevimento della comunicazione di nomina',
  SERVICE_START_DEADLINE: 'scadenza originaria del termine per prendere servizio',
  MEDICAL_OPINION_NOTIFIED: 'comunicazione del giudizio sanitario sfavorevole',
  SEGRETARIO_KNOWLEDGE: 'notizia del fatto al Segretario Comunale',
  HEAD_KNOWLEDGE: 'conoscenza dei fatti da parte del responsabile della struttura',
  UPD_KNOWLEDGE: "ricezione degli atti da parte dell'Ufficio per i procedimenti disciplinari",
  FIRST_KNOWLEDGE: "prima acquisizione della notizia dell'infrazione",
  CONTESTATION_ACT: "data dell'atto di contestazione dell'addebito",
  HEARING_DATE: "data fissata per l'audizione in contraddittorio",
  ORIGINAL_HEARING_DATE: "data dell'audizione originariamente fissata",
  ACQUITTAL_IRREVOCABLE: 'irrevocabilità della sentenza penale di assoluzione',
  JUDGMENT_COMMUNICATED: "comunicazione della sentenza penale all'Amministrazione",
  REOPENING_REQUEST_FILED: "presentazione dell'istanza di riapertura del procedimento disciplinare",
  RENEWED_CONTESTATION: "rinnovo della contestazione dell'addebito",
  CAUTIONARY_SUSPENSION_START: 'inizio della sospensione cautelare',
};

/** 'Data di pubblicazione in Gazzetta Ufficiale', 'Data della prima prova'; an unknown code is shown as it is. */
export function anchorDateLabel(anchor) {
  const text = TERM_ANCHORS[anchor];
  if (!text) return `Data di decorrenza (${anchor})`;
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
};

export const ROLES = {
  HR_OFFICER: 'ufficio personale',
  HR_HEAD: 'responsabile del personale',
  SYSTEM: 'sistema',
  CANDIDATE: 'candidato',
};

/** The label for a code in a [code, label] list or a map. */
export function labelOf(list, code) {
  if (Array.isArray(list)) return list.find(([c]) => c === code)?.[1] ?? code;
  return list[code] ?? code;
}
