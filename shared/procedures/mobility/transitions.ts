/** Mobility's transitions by act name: the state machine routes each act, the decide step runs it. */
import type { TransitionRequest } from '../../workflow/transition';
import type { AggregateView } from '../model';
import * as a from './acts';
import type { MobilityProcedure } from './model';
import * as s from './schemas';

export const MOBILITY_ACTS = {
  'giunta-derogation': 'GIUNTA_DEROGATION',
  'service-head-opinion': 'SERVICE_HEAD_OPINION',
  'giunta-opinion': 'GIUNTA_OPINION',
  decide: 'DECIDE',
  'agree-transfer-date': 'AGREE_TRANSFER_DATE',
  'record-cessation': 'RECORD_CESSATION',
  'record-application': 'RECORD_APPLICATION',
  'appoint-board': 'APPOINT_BOARD',
  evaluate: 'EVALUATE',
  'record-consent': 'RECORD_CONSENT',
  'hand-off': 'HAND_OFF',
  'close-without-hire': 'CLOSE_WITHOUT_HIRE',
  'record-communication': 'RECORD_COMMUNICATION',
  execute: 'EXECUTE',
  'deadline-expired': 'EXPIRE',
} as const;
export type MobilityAct = keyof typeof MOBILITY_ACTS;
export type MobilityTransition = (typeof MOBILITY_ACTS)[MobilityAct];

export function decideMobility(
  transition: MobilityTransition,
  aggregate: AggregateView,
  request: TransitionRequest,
  ctx: a.MobilityActContext,
): a.MobilityDecision {
  const p = aggregate.procedure as MobilityProcedure;
  const agg = { deadlines: aggregate.deadlines, reminders: aggregate.reminders };
  const actor = request.actor;
  const b = request.payload;
  switch (transition) {
    case 'GIUNTA_DEROGATION':
      return a.giuntaDerogation(p, s.giuntaDerogationSchema.parse(b), actor, ctx);
    case 'SERVICE_HEAD_OPINION':
      return a.serviceHeadOpinion(p, s.opinionSchema.parse(b), actor, ctx);
    case 'GIUNTA_OPINION':
      return a.giuntaOpinion(p, s.giuntaOpinionSchema.parse(b), actor, ctx);
    case 'DECIDE':
      return a.decide(p, s.decisionSchema.parse(b), actor, ctx);
    case 'AGREE_TRANSFER_DATE':
      return a.agreeTransferDate(p, s.transferDateSchema.parse(b), actor, ctx);
    case 'RECORD_CESSATION':
      return a.recordCessation(p, s.cessationSchema.parse(b), actor, ctx);
    case 'RECORD_APPLICATION':
      return a.recordApplication(p, agg, s.applicationSchema.parse(b), actor, ctx);
    case 'APPOINT_BOARD':
      return a.appointBoard(p, s.boardSchema.parse(b), actor, ctx);
    case 'EVALUATE':
      return a.evaluate(p, s.evaluationSchema.parse(b), actor, ctx);
    case 'RECORD_CONSENT':
      return a.recordConsent(p, agg, s.consentSchema.parse(b), actor, ctx);
    case 'CLOSE_WITHOUT_HIRE':
      return a.closeWithoutHire(p, agg, s.negativeOutcomeSchema.parse(b), actor, ctx);
    case 'HAND_OFF':
      return a.handOff(p, String(b.contractProcedureId ?? ''), actor);
    case 'RECORD_COMMUNICATION':
      return a.recordCommunication(p, s.communicationSchema.parse(b), actor, ctx);
    case 'EXECUTE':
      return a.execute(p, s.executeSchema.parse(b), actor, ctx);
    case 'EXPIRE':
      return a.expire(p, agg, String(b.deadlineId ?? ''), ctx);
  }
}
