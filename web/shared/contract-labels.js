/**
 * Italian labels for contract formation's codes (shared/procedures/contract/{model,schemas,document}.ts):
 * the notice's channels, delivery evidence, the contract's elements, the acts. Unknown codes are shown
 * as they are; the phases come in Italian from the API (`phaseLabel`).
 */

/**
 * The channels of the appointment notice: with proof of receipt, since the 30 days run from receipt
 * (art. 108 c.2, L1798). Never e-mail.
 */
export const NOTICE_CHANNELS = [
  ['PEC', 'Posta elettronica certificata (PEC)'],
  ['CONSEGNA_A_MANO', 'Consegna a mano'],
  ['RACCOMANDATA_AR', 'Raccomandata con avviso di ricevimento (A/R)'],
];

/** Every channel a communication may carry (a FAX one only if the API ever sends one). */
export const CHANNEL_LABELS = [...NOTICE_CHANNELS, ['FAX', 'Fax']];

export const EVIDENCE_KINDS = [
  ['RICEVUTA_FIRMATA', 'Ricevuta firmata dal nominato (consegna a mano)'],
  ['CARTOLINA_AR', 'Cartolina di ritorno della raccomandata A/R'],
  ['RAPPORTO_FAX', 'Rapporto di trasmissione del fax'],
  ['RICEVUTA_PEC', 'Ricevuta di avvenuta consegna della PEC'],
];

/** The evidence that proves each channel the officer records by hand. */
export const EVIDENCE_FOR_CHANNEL = {
  CONSEGNA_A_MANO: 'RICEVUTA_FIRMATA',
  RACCOMANDATA_AR: 'CARTOLINA_AR',
  FAX: 'RAPPORTO_FAX',
};

export const COMMUNICATION_KINDS = { NOMINA: 'Comunicazione di nomina' };

export const SOURCE_KINDS = {
  GRADUATORIA: 'Graduatoria',
  MOBILITA: 'Procedura di mobilità',
  HR: "Decisione dell'ufficio del personale",
};

export const CATEGORY_AREAS = {
  A: 'Area degli Operatori',
  B1: 'Area degli Operatori esperti',
  B3: 'Area degli Operatori esperti',
  C: 'Area degli Istruttori',
  D1: "Area dei Funzionari e dell'Elevata Qualificazione",
  D3: "Area dei Funzionari e dell'Elevata Qualificazione",
};

/** Probation by category (CCNL Funzioni Locali 16.11.2022): the contract must state it. */
export const PROBATION_MONTHS = { A: 2, B1: 2, B3: 2, C: 6, D1: 6, D3: 6 };

export const DURATIONS = [
  ['TEMPO_INDETERMINATO', 'Tempo indeterminato'],
  ['TEMPO_DETERMINATO', 'Tempo determinato'],
];

export const WORKING_TIMES = [
  ['TEMPO_PIENO', 'Tempo pieno'],
  ['TEMPO_PARZIALE', 'Tempo parziale'],
];

export const PART_TIME_TYPES = [
  ['ORIZZONTALE', 'Orizzontale'],
  ['VERTICALE', 'Verticale'],
  ['MISTO', 'Misto'],
];

export const SIGNATORY_ROLES = [
  ['RESP_HR', 'Responsabile del Servizio gestione risorse umane'],
  ['SOSTITUTO_RESP_HR', 'Sostituto del Responsabile, con atto di sostituzione'],
];

/** The recruitment procedure the contract rests on (art. 110 c.5, L1834). */
export const SOURCE_PROCEDURE_KINDS = [
  ['concorso', 'Concorso pubblico'],
  ['corso-concorso', 'Corso-concorso'],
  ['progressione', 'Progressione di carriera'],
  ['avviamento', 'Avviamento degli iscritti nelle liste di collocamento'],
  ['mobility', 'Mobilità da altra amministrazione'],
  ['assunzione-obbligatoria', 'Assunzione obbligatoria'],
  ['tempo-determinato', 'Selezione per assunzioni a tempo determinato'],
];

export const MEDICAL_OUTCOMES = [
  ['IDONEO', 'Idoneo'],
  ['NON_IDONEO', 'Non idoneo'],
];

export const COLLEGIAL_OUTCOMES = [
  ['IDONEO', 'Idoneo'],
  ['NON_IDONEO', 'Non idoneo'],
  ['ASSENTE', 'Assente alla visita'],
  ['RIFIUTO', 'Rifiuto di sottoporsi alla visita'],
];

/** An opinion, as a select sends it (the API reads a boolean). */
export const FAVOURABLE = [
  ['true', 'Favorevole'],
  ['false', 'Sfavorevole'],
];

export const PROBATION_OUTCOMES = [
  ['CONFERMATO', 'Superato: conferma in servizio'],
  ['NON_SUPERATO', 'Non superato: recesso'],
];

/** The term ids each act is bound by (shared/rules: contract.*). */
export const CONTRACT_TERMS = {
  takeUpService: ['contract.takeUpService'],
  option: ['contract.optionDeclaration'],
  medicalReview: ['contract.medicalReview'],
  probation: ['contract.probationShort', 'contract.probationLong'],
};

/** Phases in which the appointment is closed. */
export const CLOSED_PHASES = ['CONFERMATO', 'PROVA_NON_SUPERATA', 'DECADUTO', 'RINUNCIATO', 'ANNULLATO'];
