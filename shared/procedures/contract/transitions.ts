/** Contract formation's transitions by act name: the state machine routes each act, the decide step runs it. */
import type { TransitionRequest } from '../../workflow/transition';
import type { AggregateView } from '../model';
import * as a from './acts';
import type { ContractProcedure } from './model';
import * as s from './schemas';

export const CONTRACT_ACTS = {
  'record-delivery': 'RECORD_DELIVERY',
  'pec-receipt': 'PEC_RECEIPT',
  'declare-option': 'DECLARE_OPTION',
  'request-medical': 'REQUEST_MEDICAL',
  'medical-opinion': 'MEDICAL_OPINION',
  'request-collegial-review': 'REQUEST_COLLEGIAL_REVIEW',
  'collegial-outcome': 'COLLEGIAL_OUTCOME',
  'present-documents': 'PRESENT_DOCUMENTS',
  'sign-contract': 'SIGN_CONTRACT',
  'take-service': 'TAKE_SERVICE',
  'probation-clock': 'PROBATION_CLOCK',
  'request-probation-opinion': 'REQUEST_PROBATION_OPINION',
  'probation-opinion': 'PROBATION_OPINION',
  'probation-decision': 'PROBATION_DECISION',
  renounce: 'RENOUNCE',
  annul: 'ANNUL',
  'confirm-scorrimento': 'CONFIRM_SCORRIMENTO',
  'deadline-expired': 'EXPIRE',
} as const;
export type ContractAct = keyof typeof CONTRACT_ACTS;
export type ContractTransition = (typeof CONTRACT_ACTS)[ContractAct];

/** Acts that can end the appointment: the decide step looks up who the graduatoria proposes next. */
export const MAY_END_APPOINTMENT: readonly ContractTransition[] = ['EXPIRE', 'RENOUNCE', 'COLLEGIAL_OUTCOME'];

export function decideContract(
  transition: ContractTransition,
  aggregate: AggregateView,
  request: TransitionRequest,
  ctx: a.ContractContext,
): a.ContractDecision {
  const p = aggregate.procedure as ContractProcedure;
  const agg = { deadlines: aggregate.deadlines, reminders: aggregate.reminders };
  const actor = request.actor;
  const b = request.payload;
  switch (transition) {
    case 'RECORD_DELIVERY':
      return a.recordDelivery(p, s.deliverySchema.parse(b), actor, ctx);
    case 'PEC_RECEIPT':
      return a.pecReceipt(p, s.pecReceiptSchema.parse(b), actor, ctx);
    case 'DECLARE_OPTION':
      return a.declareOption(p, agg, s.optionSchema.parse(b), actor, ctx);
    case 'REQUEST_MEDICAL':
      return a.requestMedical(p, s.medicalRequestSchema.parse(b), actor, ctx);
    case 'MEDICAL_OPINION':
      return a.medicalOpinion(p, s.medicalOpinionSchema.parse(b), actor, ctx);
    case 'REQUEST_COLLEGIAL_REVIEW':
      return a.requestCollegialReview(p, agg, s.collegialRequestSchema.parse(b), actor, ctx);
    case 'COLLEGIAL_OUTCOME':
      return a.collegialOutcome(p, agg, s.collegialOutcomeSchema.parse(b), actor, ctx);
    case 'PRESENT_DOCUMENTS':
      return a.presentDocuments(p, agg, s.documentsSchema.parse(b), actor, ctx);
    case 'SIGN_CONTRACT':
      return a.signContract(p, agg, s.signSchema.parse(b), actor, ctx);
    case 'TAKE_SERVICE':
      return a.takeService(p, agg, s.serviceSchema.parse(b), actor, ctx);
    case 'PROBATION_CLOCK':
      return a.moveProbation(p, agg, s.probationSuspensionSchema.parse(b), actor, ctx);
    case 'REQUEST_PROBATION_OPINION':
      return a.requestProbationOpinion(p, agg, s.probationOpinionRequestSchema.parse(b), actor, ctx);
    case 'PROBATION_OPINION':
      return a.probationOpinion(p, s.probationOpinionSchema.parse(b), actor, ctx);
    case 'PROBATION_DECISION':
      return a.probationDecision(p, agg, s.probationDecisionSchema.parse(b), actor, ctx);
    case 'RENOUNCE':
      return a.renounce(p, agg, s.renounceSchema.parse(b), actor, ctx);
    case 'ANNUL':
      return a.annul(p, agg, s.annulSchema.parse(b), actor, ctx);
    case 'CONFIRM_SCORRIMENTO': {
      const { nextProcedureId, ...body } = b;
      return a.confirmScorrimento(p, s.scorrimentoSchema.parse(body), actor, ctx, String(nextProcedureId));
    }
    case 'EXPIRE':
      return a.expire(p, agg, String(b.deadlineId ?? ''), ctx);
  }
}
