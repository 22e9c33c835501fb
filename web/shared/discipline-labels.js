/**
 * Italian labels for the disciplinary procedure's codes (shared/procedures/discipline/model.ts,
 * schemas.ts): channels, communications, evidence, terms, acts, events. Unknown codes are shown as they are.
 */

/** The roles that make up the disciplinary authority (GET /api/v1/me `roles`). */
export const AUTHORITY_ROLES = ['SEGRETARIO', 'UPD_MEMBER', 'RESP_SERVIZIO'];

/**
 * The legal channels of a communication to the employee (art. 6 Allegato H, L3674-L3676; art. 55-bis c.5
 * D.Lgs. 165/2001). E-mail is not one of them, so it is never offered.
 */
export const LEGAL_CHANNELS = [
  ['PEC', 'Posta elettronica certificata (PEC)'],
  ['CONSEGNA_A_MANO', 'Consegna a mano'],
  ['RACCOMANDATA_AR', 'Raccomandata con avviso di ricevimento (A/R)'],
  ['FAX', 'Fax'],
];

/** How a written defence reached the administration (a free text for the API: these are its Italian values). */
export const MEMORIA_CHANNELS = [
  ['deposito nell’area riservata del dipendente', 'Deposito nell’area riservata (questo portale)'],
  ['posta elettronica certificata (PEC)', 'Posta elettronica certificata (PEC)'],
  ['consegna a mano', 'Consegna a mano'],
  ['raccomandata con avviso di ricevimento', 'Raccomandata con avviso di ricevimento (A/R)'],
  ['fax', 'Fax'],
];

export const COMMUNICATION_KINDS = {
  COMUNICAZIONE_TRASMISSIONE: "Comunicazione della trasmissione degli atti all'UPD",
  CONTESTAZIONE: "Contestazione dell'addebito e convocazione",
  DIFFERIMENTO: "Decisione sull'istanza di differimento",
  RICONVOCAZIONE: "Nuova convocazione per l'audizione a difesa",
  ESITO: 'Atto conclusivo del procedimento',
  RINNOVO_CONTESTAZIONE: "Rinnovo della contestazione dell'addebito",
};

export const COMMUNICATION_STATUS = {
  IN_CONSEGNA: 'In consegna',
  CONSEGNATA: 'Consegnata',
  MANCATA_CONSEGNA: 'Mancata consegna',
};

/** Delivery evidence: the first three are recorded by the officer, the PEC receipt by the system. */
export const EVIDENCE_KINDS = [
  ['RICEVUTA_FIRMATA', 'Ricevuta firmata dal dipendente (consegna a mano)'],
  ['CARTOLINA_AR', 'Cartolina di ritorno della raccomandata A/R'],
  ['RAPPORTO_FAX', 'Rapporto di trasmissione del fax'],
  ['RICEVUTA_PEC', 'Ricevuta di avvenuta consegna della PEC'],
];

/** The channel each officer-recorded evidence proves. */
export const EVIDENCE_FOR_CHANNEL = {
  CONSEGNA_A_MANO: 'RICEVUTA_FIRMATA',
  RACCOMANDATA_AR: 'CARTOLINA_AR',
  FAX: 'RAPPORTO_FAX',
};

export const TERM_STATUS = {
  OPEN: 'In corso',
  SUSPENDED: 'Sospeso',
  EXPIRED: 'Scaduto',
  MET: 'Rispettato: atto compiuto',
  CANCELLED: 'Non più in corso',
};

export const RULE_SETS = [
  ['stresa-rous@1', 'Allegato H al Regolamento degli uffici e dei servizi di Stresa (stresa-rous@1)'],
  ['national@2', 'Disciplina nazionale, art. 55-bis D.Lgs. 165/2001 (national@2, in vigore)'],
  ['national@1', 'Disciplina nazionale, prima versione (national@1: ogni differimento proroga la conclusione)'],
];

export const TRACKS = {
  PD_V: 'Rimprovero verbale (responsabile del servizio)',
  PD_MIN: 'Infrazioni meno gravi: competenza del Segretario Comunale',
  PD_MAJ: 'Infrazioni più gravi: competenza dell’Ufficio per i procedimenti disciplinari (UPD)',
  UPD: 'Ufficio per i procedimenti disciplinari (art. 55-bis D.Lgs. 165/2001)',
};

export const AUTHORITIES = {
  RESP_SERVIZIO: 'Responsabile del servizio',
  SEGRETARIO: 'Segretario Comunale',
  UPD: 'Ufficio per i procedimenti disciplinari',
};

export const READERS = {
  AUTORITA: 'autorità disciplinare competente',
  DIPENDENTE: 'dipendente interessato',
  UFFICIO_PERSONALE: 'ufficio del personale (fascicolo trasmesso)',
  NEGATO: 'accesso negato',
};

export const NOTIZIA_SOURCES = [
  ['RESP_SERVIZIO', 'Responsabile del servizio del dipendente'],
  ['SEGRETARIO', 'Segretario Comunale'],
  ['AMMINISTRATORE', 'Amministratore'],
  ['UPD_ALTRIMENTI', 'Acquisita altrimenti dall’UPD'],
  ['RPC', 'Responsabile della prevenzione della corruzione'],
  ['ALTRO', 'Altra fonte'],
];

export const POSIZIONI = [
  ['IN_SERVIZIO', 'In servizio presso l’ente'],
  ['COMANDO', 'In comando presso altra amministrazione'],
  ['FUORI_RUOLO', 'Fuori ruolo'],
];

export const INVESTIGATION_TYPES = [
  ['TESTIMONE', 'Audizione di un testimone'],
  ['DOCUMENTO', 'Acquisizione di documenti'],
  ['RICHIESTA_ALTRA_PA', 'Richiesta di informazioni ad altra amministrazione'],
];

export const DEFENDER_TYPES = [
  ['PROCURATORE', 'Procuratore'],
  ['SINDACATO', "Rappresentante dell'associazione sindacale"],
];

export const CAUTIONARY_TYPES = [
  ['DETENZIONE', 'Stato di restrizione della libertà personale'],
  ['RINVIO_A_GIUDIZIO', 'Rinvio a giudizio'],
  ['PROROGA', 'Proroga della sospensione'],
  ['REATI_OBBLIGATORI', 'Reati per i quali la sospensione è obbligatoria'],
  ['L97_2001', 'Legge 97/2001 (delitti contro la pubblica amministrazione)'],
  ['INTERDIZIONE', 'Interdizione dai pubblici uffici'],
];

export const ACQUITTAL_FORMULAS = [
  ['FATTO_NON_SUSSISTE', 'Il fatto non sussiste'],
  ['NON_COSTITUISCE_ILLECITO_PENALE', 'Il fatto non costituisce illecito penale'],
  ['NON_COMMESSO', "L'imputato non l'ha commesso"],
  ['ALTRA', 'Altra formula'],
];

export const QUANTITY_UNITS = [
  ['HOURS', 'Ore'],
  ['DAYS', 'Giorni'],
  ['MONTHS', 'Mesi'],
];

export const OUTCOMES = { ARCHIVIAZIONE: 'Archiviazione', SANZIONE: 'Irrogazione della sanzione' };

export const TASK_KINDS = {
  INF_OMESSA_REVIEW: "Verifica dell'omessa azione disciplinare",
  READMISSION: 'Riammissione in servizio',
  INSPECTORATE_COMMUNICATION: "Comunicazione all'Ispettorato",
  RECONVENE: 'Nuova convocazione',
};

export const EVENT_TYPES = {
  CASE_OPENED: 'Procedimento aperto dalla notizia del fatto',
  VERBAL_REPRIMAND_RECORDED: 'Rimprovero verbale registrato',
  DEADLINE_SET: 'Termine fissato',
  DEADLINE_EXPIRED: 'Termine scaduto',
  DEADLINE_EXTENDED: 'Termine prorogato',
  DEADLINE_SUSPENDED: 'Termine sospeso',
  DEADLINE_RESUMED: 'Termine ripreso',
  DEADLINE_INTERRUPTED: 'Termine interrotto',
  DEADLINE_REOPENED: 'Termine riaperto',
  TRANSMITTED_TO_UPD: "Atti trasmessi all'UPD",
  LATE_REPORT_ESCALATED: "Segnalazione all'UPD oltre il termine",
  CONTESTATION_ISSUED: 'Addebito contestato e dipendente convocato',
  CONTESTATION_RENEWED: 'Contestazione rinnovata',
  COMMUNICATION_DELIVERED: 'Comunicazione consegnata',
  PEC_NOT_DELIVERED: 'PEC non consegnata',
  CONVOCATION_INVALID: 'Convocazione con preavviso insufficiente',
  RECONVENED: 'Nuova convocazione',
  DEFENCE_SUBMISSION_RECEIVED: 'Memoria difensiva ricevuta',
  DEFERRAL_REQUESTED: "Istanza di differimento dell'audizione",
  DEFERRAL_GRANTED: 'Differimento accolto',
  DEFERRAL_REFUSED: 'Differimento respinto',
  HEARING_HELD: 'Audizione tenuta',
  DEFENCE_LAPSED: 'Audizione disertata',
  INVESTIGATION_RECORDED: 'Atto istruttorio registrato',
  FAX_NUMBER_GIVEN: 'Numero di fax indicato dal dipendente',
  CONCILIATION_OPENED: 'Conciliazione aperta',
  CONCILIATION_AGREED: 'Conciliazione conclusa con accordo',
  CONCILIATION_FAILED: 'Conciliazione non riuscita',
  SUSPENDED_FOR_CRIMINAL_PROCEEDINGS: 'Sospeso in attesa del procedimento penale',
  JUDGMENT_COMMUNICATED: 'Sentenza penale comunicata',
  CAUTIONARY_SUSPENSION_ORDERED: 'Sospensione cautelare disposta',
  CAUTIONARY_SUSPENSION_REVOKED_BY_LAW: 'Sospensione cautelare revocata di diritto',
  EMPLOYEE_TRANSFERRED: 'Dipendente trasferito',
  EMPLOYMENT_ENDED: 'Rapporto di lavoro cessato',
  SANCTION_IMPOSED: 'Sanzione irrogata',
  CASE_ARCHIVED_ON_MERITS: 'Procedimento archiviato',
  FILE_TRANSMITTED_TO_PERSONNEL_OFFICE: "Fascicolo trasmesso all'ufficio del personale",
  INSPECTORATE_COMMUNICATED: "Comunicazione all'Ispettorato registrata",
  ACQUITTAL_RECORDED: 'Assoluzione irrevocabile registrata',
  REOPENING_REQUESTED: 'Istanza di riapertura',
  NO_GROUNDS_TO_PROCEED: 'Non luogo a procedere',
  CASE_LAPSED: 'Procedimento decaduto',
  LAPSED_CASE_ARCHIVED: 'Procedimento decaduto archiviato',
  REQUALIFIED_TO_UPD: "Riqualificato e trasmesso all'UPD",
};

export const ACTOR_ROLES = {
  SEGRETARIO: 'Segretario Comunale',
  UPD_MEMBER: "componente dell'UPD",
  RESP_SERVIZIO: 'responsabile del servizio',
  HR_HEAD: 'responsabile del personale',
  EMPLOYEE: 'dipendente',
  SYSTEM: 'sistema',
};

/** Yes/no for booleans sent by a select. */
export const YES_NO = [
  ['true', 'Sì'],
  ['false', 'No'],
];

/** The acts by their API name (POST …/acts/{name}), as the access log names them ('atto contest'). */
export const ACT_NAMES = {
  'transmit-to-upd': "trasmissione degli atti all'UPD",
  contest: "contestazione dell'addebito",
  'record-delivery': 'prova di consegna',
  reconvene: 'nuova convocazione',
  'record-memoria': 'memoria difensiva',
  'request-deferral': 'istanza di differimento',
  'decide-deferral': "decisione sull'istanza di differimento",
  'record-hearing': "verbale dell'audizione",
  'record-investigation': 'atto istruttorio',
  'record-fax': 'numero di fax',
  'open-conciliation': 'apertura della conciliazione',
  'close-conciliation': 'chiusura della conciliazione',
  'suspend-criminal': 'sospensione per il procedimento penale',
  'record-judgment': 'sentenza penale',
  'cautionary-suspension': 'sospensione cautelare',
  'record-transfer': 'trasferimento',
  'record-cessation': 'cessazione del rapporto',
  decide: 'atto conclusivo',
  'seal-file': 'trasmissione del fascicolo',
  'record-inspectorate': "comunicazione all'Ispettorato",
  'record-acquittal': 'assoluzione penale',
  'request-reopening': 'istanza di riapertura',
  'non-luogo': 'non luogo a procedere',
  archive: 'archiviazione',
  requalify: 'riqualificazione',
};
