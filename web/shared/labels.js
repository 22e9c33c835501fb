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

export const DEADLINE_STATUS = { OPEN: 'In corso', EXPIRED: 'Scaduto', CANCELLED: 'Annullato' };

export const REMINDER_STATUS = { PENDING: 'Programmato', SENT: 'Inviato', SKIPPED: 'Non inviato' };

export const EVENT_TYPES = {
  CONCORSO_CREATED: 'Concorso creato dal bando approvato',
  BANDO_PUBLISHED_GURI: 'Pubblicazione in Gazzetta Ufficiale registrata',
  DEADLINE_SET: 'Termine fissato',
  APPLICATIONS_CLOSED: 'Termine scaduto: domande chiuse',
  POSTAL_GRACE_ENDED: 'Fine della tolleranza per le domande spedite per posta',
  DEADLINE_EXPIRED: 'Termine scaduto',
  APPLICATION_RECEIVED: 'Domanda ricevuta',
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
