/**
 * The disciplinary case (fascicolo del procedimento disciplinare, disciplinary-mobility-other.md §2.18):
 * its phases, its data and the legal communications that carry its acts to the employee. One model for
 * both rule sets (DECISIONS D1, D4): `stresa-rous` has the Allegato H tracks (PD_V, PD_MIN by the
 * Segretario, PD_MAJ by the UPD), `national` one UPD track above the verbal reprimand.
 */
import type { LegalCommunication } from '../legal-communications';
import type { ProcedureBase } from '../model';
import type { Classification, SanctionCode } from './routing';

export const DISCIPLINE = 'discipline';
export const DISCIPLINE_WORKFLOW_VERSION = 1;

export type DisciplinePhase =
  /** PD_V: the verbal reprimand was given; only a restricted register entry exists (L3519). */
  | 'RIMPROVERO_VERBALE'
  /** News acquired: awaiting the contestation (PD_MIN) or the transmission/report to the UPD. */
  | 'NOTIZIA'
  /** The UPD holds the acts: awaiting its contestation (L3667-L3668; art. 55-bis c.4). */
  | 'ISTRUTTORIA_UPD'
  /** Contestation issued: delivery, defence, hearing, investigation, up to the decision. */
  | 'CONTESTATO'
  /** Conciliation open: the case's terms are suspended (art. 8 c.3, L3709). */
  | 'CONCILIAZIONE'
  /** Suspended pending the criminal proceedings (art. 9, L3717; art. 55-ter). */
  | 'SOSPESO_PENALE'
  /** Judgment communicated: the case must be resumed with a renewed contestation (L3721-L3722). */
  | 'RIPRESA_DA_AVVIARE'
  /** Decision adopted; its notification and the sealing of the file follow. */
  | 'DECISO'
  /** File sealed and sent in original to the personnel office (L3699). */
  | 'CONCLUSO'
  /** Reopening requested after an acquittal (L3718): awaiting the renewed contestation. */
  | 'RIAPERTURA_DA_AVVIARE'
  /** A peremptory term passed without its act: the disciplinary action is lost (L3653, L3670). */
  | 'DECADUTO'
  /** Employee transferred to another administration: terms interrupted, file handed over (L3687). */
  | 'TRASFERITO'
  /** Employment ended without the conditions for continuing (L3689, G-5). */
  | 'CESSATO'
  /** Closed without a sanction: non luogo a procedere, or archived after the lapse. */
  | 'ARCHIVIATO';

export const DISCIPLINE_PHASE_LABELS: Record<DisciplinePhase, string> = {
  RIMPROVERO_VERBALE: 'Rimprovero verbale irrogato (solo registro riservato)',
  NOTIZIA: 'Notizia acquisita: da contestare o trasmettere',
  ISTRUTTORIA_UPD: "Atti all'Ufficio per i procedimenti disciplinari: da contestare",
  CONTESTATO: 'Addebito contestato: difesa e istruttoria',
  CONCILIAZIONE: 'Procedura di conciliazione in corso (termini sospesi)',
  SOSPESO_PENALE: 'Sospeso in attesa del procedimento penale',
  RIPRESA_DA_AVVIARE: 'Sentenza comunicata: da riprendere con il rinnovo della contestazione',
  DECISO: 'Decisione adottata: notifica e trasmissione del fascicolo',
  CONCLUSO: "Concluso: fascicolo trasmesso all'ufficio del personale",
  RIAPERTURA_DA_AVVIARE: 'Riapertura richiesta: da riaprire con il rinnovo della contestazione',
  DECADUTO: 'Decaduto: termine perentorio scaduto, azione disciplinare estinta',
  TRASFERITO: 'Dipendente trasferito: fascicolo trasmesso alla nuova amministrazione',
  CESSATO: 'Rapporto cessato: procedimento chiuso',
  ARCHIVIATO: 'Archiviato',
};

/** Legal channels for communications to the employee (art. 6 Allegato H, L3674-L3676; D4): e-mail is not one. */
export {
  CHANNEL_LABELS,
  type DeliveryEvidence,
  LEGAL_CHANNELS,
  type LegalChannel,
  type LegalCommunication,
} from '../legal-communications';

export type CommunicationKind =
  | 'COMUNICAZIONE_TRASMISSIONE'
  | 'CONTESTAZIONE'
  | 'DIFFERIMENTO'
  | 'RICONVOCAZIONE'
  | 'ESITO'
  | 'RINNOVO_CONTESTAZIONE';

export const COMMUNICATION_LABELS: Record<CommunicationKind, string> = {
  COMUNICAZIONE_TRASMISSIONE: "Comunicazione della trasmissione degli atti all'UPD",
  CONTESTAZIONE: "Contestazione dell'addebito e convocazione",
  DIFFERIMENTO: "Decisione sull'istanza di differimento",
  RICONVOCAZIONE: "Nuova convocazione per l'audizione a difesa",
  ESITO: 'Atto conclusivo del procedimento',
  RINNOVO_CONTESTAZIONE: "Rinnovo della contestazione dell'addebito",
};

export interface Hearing {
  date: string;
  time: string;
  place: string;
}

export interface DisciplineEmployee {
  /** The employee's user id: it lets them read their own file (L3677). */
  userId: string;
  name: string;
  taxCode: string;
  category: string;
  profile: string;
  service: string;
  isResponsabileServizio: boolean;
  posizione: 'IN_SERVIZIO' | 'COMANDO' | 'FUORI_RUOLO';
  pec?: string;
  email?: string;
  address?: string;
  fax?: string;
}

export interface Task {
  id: string;
  kind: 'INF_OMESSA_REVIEW' | 'READMISSION' | 'INSPECTORATE_COMMUNICATION' | 'RECONVENE';
  label: string;
  createdAt: string;
  citation: string;
  doneAt?: string;
}

export interface DisciplineData {
  regime: 'stresa-rous' | 'national';
  employee: DisciplineEmployee;
  notizia: {
    source: 'SEGRETARIO' | 'RESP_SERVIZIO' | 'AMMINISTRATORE' | 'UPD_ALTRIMENTI' | 'RPC' | 'ALTRO';
    reporter: { userId: string; name: string };
    facts: string;
    /** Earliest awareness by any officer: anchors the UPD conclusion in stresa-rous (L3669). */
    firstAcquisitionDate: string;
    /** The competent head's knowledge: the Segretario (stresa-rous) or the head of structure (national). */
    authorityKnowledgeDate: string;
    /** The UPD learned of the facts otherwise, earlier than the transmission (L3668). */
    updOtherwiseAcquiredDate?: string;
  };
  charges: { infractionId: string; factDate: string; factDescription: string }[];
  classification: Classification;
  /** Reserved protocol numbers of the case's acts (L3697). */
  protocols: string[];
  transmission?: { actDate: string; receivedOn: string; protocol: string; late?: boolean };
  contestazione?: {
    protocol: string;
    actDate: string;
    addebito: string;
    normsViolated: string;
    evidence: string;
    hearing: Hearing;
    /** The Segretario's visto on every formal act (L3698). */
    visto: { by: string; date: string };
    renewed: boolean;
    communicationId: string;
    /** Set when the convocation reached the employee with less than the minimum notice (T-PD-02/12). */
    convocationInvalid?: { deliveredOn: string; earliestValidHearing: string };
  };
  deferral?: {
    receivedOn: string;
    reason: string;
    decision?: 'ACCOLTA' | 'RESPINTA';
    decidedOn?: string;
    motivation?: string;
    originalHearingDate: string;
    newHearingDate?: string;
    lengthDays?: number;
    extendsConclusion?: boolean;
  };
  memorie: { receivedOn: string; channel: string; summary: string }[];
  hearings: {
    date: string;
    attended: boolean;
    defender?: { type: 'PROCURATORE' | 'SINDACATO'; name: string };
    minutes: string;
  }[];
  investigation: { type: 'TESTIMONE' | 'DOCUMENTO' | 'RICHIESTA_ALTRA_PA'; date: string; summary: string }[];
  conciliation?: {
    openedOn: string;
    ccnlRef: string;
    closedOn?: string;
    outcome?: 'POSITIVA' | 'NEGATIVA';
    agreedSanction?: SanctionDecision;
    closedBySystem?: boolean;
  };
  criminal?: {
    proceedingRef: string;
    suspendedOn: string;
    complexity: string;
    insufficientElements: string;
    judgment?: { communicatedOn: string; outcome: string; irrevocableOn?: string };
  };
  cautionarySuspension?: { type: string; start: string; basis: string; revokedOn?: string; revokedByLaw?: boolean };
  outcome?: {
    type: 'ARCHIVIAZIONE' | 'SANZIONE';
    sanction?: SanctionDecision;
    criteria: Record<'a' | 'b' | 'c' | 'd' | 'e' | 'f', string>;
    motivation: string;
    actDate: string;
    protocol: string;
    membersPresent?: string[];
    agreedInConciliation?: boolean;
    communicationId: string;
  };
  acquittal?: { irrevocableOn: string; formula: string; reopeningRequestedOn?: string };
  transfer?: {
    date: string;
    administration: string;
    /** Pending terms restarted from the transfer (L3687), for the receiving administration. */
    restartedTerms: { termId: string; label: string; dueDate: string }[];
  };
  cessation?: { date: string; continues: boolean; reason: string };
  sealedOn?: string;
  communications: LegalCommunication[];
  tasks: Task[];
}

export interface SanctionDecision {
  code: SanctionCode;
  quantity?: number;
  unit?: 'HOURS' | 'DAYS' | 'MONTHS';
}

export type DisciplineCase = ProcedureBase<DisciplinePhase, DisciplineData>;

/** Phases in which the case is closed: no act but those listed per phase is accepted. */
export const CLOSED_PHASES: readonly DisciplinePhase[] = [
  'RIMPROVERO_VERBALE',
  'DECADUTO',
  'TRASFERITO',
  'CESSATO',
  'ARCHIVIATO',
];
