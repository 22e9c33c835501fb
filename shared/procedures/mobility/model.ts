/**
 * Staff mobility as one procedure type with three variants (recruitment.md §8; disciplinary-mobility-
 * other.md §5): outgoing (art. 74, art. 110 c.8 — the employee's request, the bars, the opinions, the
 * authorisation, the transfer), incoming (art. 107bis — the notice, applications from other
 * administrations, the board, CV and interview, the home administration's consent, then contract
 * formation) and internal (art. 76 — on request or ex officio, opinions, decision, the four
 * communications before the effective date; temporary with an end date).
 */
import type { Category } from '../../entities/staff';
import type { ProcedureBase } from '../model';
import type { ConcorsoException, IncomingPostKind, MobilityBoard, MobilityCheck } from './rules';
import type { NEGATIVE_OUTCOMES } from './schemas';

export type NegativeOutcome = keyof typeof NEGATIVE_OUTCOMES;

export const MOBILITY = 'mobility';

export type MobilityVariant = 'OUT' | 'IN' | 'INT';

export type MobilityPhase =
  // outgoing
  | 'RICHIESTA'
  | 'AUTORIZZATA'
  | 'RESPINTA'
  | 'CONCLUSA'
  // incoming
  | 'AVVISO_PUBBLICATO'
  | 'VALUTAZIONE'
  | 'ATTESA_ASSENSO'
  | 'ASSUNZIONE_AVVIATA'
  // internal
  | 'ISTRUTTORIA'
  | 'DISPOSTA'
  | 'ESEGUITA';

export const MOBILITY_PHASE_LABELS: Record<MobilityPhase, string> = {
  RICHIESTA: 'Richiesta presentata: requisiti, pareri e decisione',
  AUTORIZZATA: 'Mobilità autorizzata: data del trasferimento e cessazione',
  RESPINTA: 'Richiesta respinta',
  CONCLUSA: 'Conclusa',
  AVVISO_PUBBLICATO: 'Avviso pubblicato: domande aperte',
  VALUTAZIONE: 'Domande chiuse: commissione e valutazione (curriculum e colloquio)',
  ATTESA_ASSENSO: "Candidato individuato: assenso dell'amministrazione di appartenenza",
  ASSUNZIONE_AVVIATA: 'Assunzione avviata: formazione del contratto',
  ISTRUTTORIA: 'Istruttoria: pareri dei responsabili e decisione',
  DISPOSTA: 'Trasferimento disposto: comunicazioni prima della decorrenza',
  ESEGUITA: 'Trasferimento eseguito',
};

export interface Opinion {
  by: { userId: string; name: string };
  date: string;
  favourable: boolean;
  text: string;
  conditional: boolean;
  check?: MobilityCheck;
}

export interface OutgoingData {
  variant: 'OUT';
  employee: { userId: string; name: string; category: Category; profile: string; service: string };
  destination: string;
  reasons: string;
  requestedOn: string;
  eligibility: MobilityCheck[];
  admissible: boolean;
  giuntaDerogation?: { act: string; date: string; concorsoException?: ConcorsoException };
  serviceHeadOpinion?: Opinion;
  giuntaOpinion?: { act: string; date: string; favourable: boolean };
  /** A disciplinary case pending for the employee (warning only: §5.1, FX-MOB-05). */
  pendingDiscipline?: boolean;
  decision?: { date: string; outcome: 'AUTORIZZATA' | 'RESPINTA'; motivation: string };
  transferDate?: string;
  cessationOn?: string;
}

export interface IncomingApplication {
  id: string;
  name: string;
  taxCode: string;
  administration: string;
  category: Category;
  hasStudyTitle: boolean;
  seniorityYears: number;
  sameArea: boolean;
  receivedOn: string;
  email?: string;
  pec?: string;
  admitted: boolean;
  checks: MobilityCheck[];
  score?: { cv: number; interview: number; total: number };
}

export interface IncomingData {
  variant: 'IN';
  /** By public notice (art. 107bis), or by taking on staff already seconded to the Comune (art. 80 c.2 f). */
  route?: 'AVVISO' | 'COMANDO';
  post: { kind?: IncomingPostKind; category: Category; profile: string; service: string; workplace: string };
  notice?: { act: string; publishedOn: string };
  seconded?: {
    since: string;
    interest: string;
    consents: { employee: { act: string; date: string }; homeAdministration: { act: string; date: string } };
    decision: { act: string; date: string };
    checks: MobilityCheck[];
  };
  applications: IncomingApplication[];
  board?: MobilityBoard & { appointedOn: string };
  evaluation?: { date: string; selectedId: string };
  consent?: { date: string; granted: boolean; act: string };
  contractProcedureId?: string;
  /** Ended without a hire: the completed attempt a concorso for the post may rely on (art. 30 c.2-bis). */
  negativeOutcome?: { date: string; act: string; reason: NegativeOutcome; motivation?: string };
}

export interface InternalData {
  variant: 'INT';
  mode: 'RICHIESTA' | 'UFFICIO';
  employee: { userId: string; name: string; category: Category; profile: string; service: string };
  to: { service: string; category: Category; profile: string };
  reasons: string;
  temporary?: { endDate: string };
  opinions: Opinion[];
  decision?: {
    date: string;
    outcome: 'DISPOSTA' | 'RESPINTA';
    motivation: string;
    analogousProfileMotivation?: string;
    checks: MobilityCheck[];
  };
  communications: { recipient: 'DIPENDENTE' | 'SINDACO' | 'GIUNTA' | 'OOSS'; date: string; reference: string }[];
  effectiveDate?: string;
}

export type MobilityData = OutgoingData | IncomingData | InternalData;
export type MobilityProcedure = ProcedureBase<MobilityPhase, MobilityData>;
