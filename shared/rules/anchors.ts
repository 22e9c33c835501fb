/**
 * Italian descriptions of the anchor events that the rule sets use beyond those already in
 * ANCHOR_LABELS (shared/calendar/terms.ts, which owns the trace wording). To be merged there; until
 * then the trace shows these codes as they are. Keys are the `anchor` codes of stresa-rous@1 and
 * national@1; a test checks every anchor used by a registered rule set has a description in one of
 * the two maps.
 */
export const ANCHOR_LABELS_EXTRA: Readonly<Record<string, string>> = {
  // --- Concorso (recruitment.md §3, §14) ---
  REOPENING_PUBLICATION: "pubblicazione dell'atto di riapertura dei termini del bando",
  REGULARISATION_REQUEST_RECEIVED: 'ricevimento della richiesta di regolarizzazione formale della domanda',
  ADMISSION_DETERMINATION: 'adozione della determinazione di ammissione ed esclusione',
  ORAL_EXAM_DATE: 'data della prova orale del candidato',
  RECORDS_RETURNED_TO_BOARD: 'atto di rinvio dei verbali alla Commissione esaminatrice',
  RANKING_APPROVAL: 'approvazione della graduatoria',
  // --- Mobility (recruitment.md §8; disciplinary-mobility-other.md §5) ---
  CONTRACT_SIGNED: 'sottoscrizione del contratto individuale di lavoro con il Comune',
  SERVICE_START: 'presa di servizio',
  ASSIGNMENT_START: "inizio dell'assegnazione temporanea",
  SECONDMENT_START: 'inizio del comando presso il Comune',
  AVAILABILITY_PLACEMENT: 'collocamento in disponibilità',
  // --- Contract formation (recruitment.md §9) ---
  APPOINTMENT_RECEIVED: 'ricevimento della comunicazione di nomina',
  SERVICE_START_DEADLINE: 'scadenza originaria del termine per prendere servizio',
  MEDICAL_OPINION_NOTIFIED: 'comunicazione del giudizio sanitario sfavorevole',
  // --- Discipline (disciplinary-mobility-other.md §2; DECISIONS D4) ---
  SEGRETARIO_KNOWLEDGE: 'notizia del fatto al Segretario Comunale',
  HEAD_KNOWLEDGE: 'conoscenza dei fatti da parte del responsabile della struttura',
  UPD_KNOWLEDGE:
    "ricezione degli atti o della segnalazione da parte dell'Ufficio per i procedimenti disciplinari, o sua anteriore piena conoscenza dei fatti",
  FIRST_KNOWLEDGE: "prima acquisizione della notizia dell'infrazione da parte di qualunque funzionario",
  CONTESTATION_ACT: "data dell'atto di contestazione dell'addebito",
  HEARING_DATE: "data fissata per l'audizione in contraddittorio",
  ORIGINAL_HEARING_DATE: "data dell'audizione originariamente fissata",
  ACQUITTAL_IRREVOCABLE: 'irrevocabilità della sentenza penale di assoluzione',
  JUDGMENT_COMMUNICATED: "comunicazione della sentenza penale all'Amministrazione",
  REOPENING_REQUEST_FILED: "presentazione dell'istanza di riapertura del procedimento disciplinare",
  RENEWED_CONTESTATION: "rinnovo della contestazione dell'addebito (ripresa o riapertura)",
  CAUTIONARY_SUSPENSION_START: 'inizio della sospensione cautelare',
};
