/**
 * Contract formation (P7, recruitment.md §9; ROUS artt. 108-110): one procedure per appointed person,
 * from the appointment and its notice with proof of receipt, through the 30-day term to present the
 * documents, sign and take service (with the incompatibility option and the optional medical check),
 * to probation and its outcome. A renunciation or a lapse proposes the next eligible candidate of the
 * graduatoria (scorrimento), which the HR head confirms.
 */
import type { Category } from '../../entities/staff';
import type { LegalCommunication } from '../legal-communications';
import type { ProcedureBase } from '../model';

export const CONTRACT = 'contract';
export const CONTRACT_WORKFLOW_VERSION = 1;

export type ContractPhase =
  /** Appointment adopted; its notice is on its way (the 30 days run from receipt, L1798). */
  | 'NOMINA_IN_NOTIFICA'
  /** Notice received: documents, signature and service within the term. */
  | 'IN_ATTESA_PRESA_SERVIZIO'
  /** In service, on probation (art. 109, L1810-L1812). */
  | 'IN_PROVA'
  | 'CONFERMATO'
  | 'PROVA_NON_SUPERATA'
  /** The term passed, the option was not declared, or the medical check failed (L1799, L1803, L1838). */
  | 'DECADUTO'
  | 'RINUNCIATO'
  /** The recruitment procedure was annulled: the contract ends (art. 110 c.5, L1834). */
  | 'ANNULLATO';

export const CONTRACT_PHASE_LABELS: Record<ContractPhase, string> = {
  NOMINA_IN_NOTIFICA: 'Nomina adottata: comunicazione in consegna',
  IN_ATTESA_PRESA_SERVIZIO: 'Nomina ricevuta: documenti, contratto e presa di servizio entro il termine',
  IN_PROVA: 'In servizio: periodo di prova in corso',
  CONFERMATO: 'Periodo di prova superato: confermato in servizio',
  PROVA_NON_SUPERATA: 'Periodo di prova non superato',
  DECADUTO: 'Decaduto dalla nomina',
  RINUNCIATO: 'Rinuncia alla nomina',
  ANNULLATO: 'Contratto risolto per annullamento della procedura di reclutamento',
};

export interface Appointee {
  name: string;
  taxCode: string;
  email?: string;
  pec?: string;
  address?: string;
  /** The user id they sign in with, to read their own page (documents, contract, term). */
  userId?: string;
}

export interface Post {
  category: Category;
  profile: string;
  service: string;
  workplace: string;
}

export interface ContractSource {
  kind: 'GRADUATORIA' | 'MOBILITA' | 'HR';
  procedureId?: string;
  graduatoriaId?: string;
  position?: number;
  description: string;
}

export interface ContractData {
  source: ContractSource;
  appointee: Appointee;
  post: Post;
  appointment: { act: { number: string; date: string }; protocol: string; communicationId: string };
  receivedOn?: string;
  /** The appointee holds another post (art. 108 c.3, L1799). */
  incompatibility?: { currentEmployer: string };
  option?: { declaredOn: string; noticeDays: number; extendedTo: string };
  medical?: {
    requestedOn: string;
    opinion?: 'IDONEO' | 'NON_IDONEO';
    notifiedOn?: string;
    review?: { requestedOn: string; outcome?: 'IDONEO' | 'NON_IDONEO' | 'ASSENTE' | 'RIFIUTO'; date?: string };
  };
  documents?: { presentedOn: string; items: string[] };
  /** Every version of the individual contract (a change is a new contract, art. 110 c.6, L1836). */
  contracts: { version: number; terms: Record<string, unknown>; signedOn: string; html: string; replaces?: number }[];
  service?: { startOn: string };
  probation?: {
    termId: string;
    months: number;
    opinionRequestedOn?: string;
    opinion?: { date: string; favourable: boolean; text: string; by: string };
    decision?: { date: string; outcome: 'CONFERMATO' | 'NON_SUPERATO'; motivation: string; silent?: boolean };
  };
  ended?: { on: string; reason: string };
  /** Scorrimento (D3 Q14): the next eligible candidate proposed, and the HR head's confirmation. */
  scorrimento?: { position: number; name: string; confirmedOn?: string; nextProcedureId?: string };
  communications: LegalCommunication[];
}

export type ContractProcedure = ProcedureBase<ContractPhase, ContractData>;
