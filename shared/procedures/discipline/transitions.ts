/**
 * The disciplinary case's transitions by name: the state machine routes each act to one of these
 * (workflows/discipline.ts), the decide step runs it with the context the step gathered.
 */
import type { TransitionRequest } from '../../workflow/transition';
import type { AggregateView } from '../model';
import {
  closeWithoutDecision,
  decide,
  recordAcquittal,
  recordInspectorate,
  requalify,
  requestReopening,
  sealFile,
} from './conclusion';
import { contest, pecReceipt, reconvene, recordDelivery, transmit } from './contestation';
import type { DisciplineContext, DisciplineDecision } from './context';
import {
  decideDeferral,
  recordFax,
  recordHearing,
  recordInvestigation,
  recordMemoria,
  requestDeferral,
} from './defence';
import { expire } from './expiry';
import type { DisciplineCase } from './model';
import { type Classification, classify, type SanctionRecord } from './routing';
import * as s from './schemas';
import {
  cautionarySuspension,
  closeConciliation,
  openConciliation,
  recordCessation,
  recordJudgment,
  recordTransfer,
  suspendForCriminal,
} from './suspensions';

/** Act name (the API's path segment) → transition: one entry per state of the state machine's router. */
export const DISCIPLINE_ACTS = {
  'transmit-to-upd': 'TRANSMIT',
  contest: 'CONTEST',
  'record-delivery': 'RECORD_DELIVERY',
  'pec-receipt': 'PEC_RECEIPT',
  reconvene: 'RECONVENE',
  'record-memoria': 'RECORD_MEMORIA',
  'request-deferral': 'REQUEST_DEFERRAL',
  'decide-deferral': 'DECIDE_DEFERRAL',
  'record-hearing': 'RECORD_HEARING',
  'record-investigation': 'RECORD_INVESTIGATION',
  'record-fax': 'RECORD_FAX',
  'open-conciliation': 'OPEN_CONCILIATION',
  'close-conciliation': 'CLOSE_CONCILIATION',
  'suspend-criminal': 'SUSPEND_CRIMINAL',
  'record-judgment': 'RECORD_JUDGMENT',
  'cautionary-suspension': 'CAUTIONARY_SUSPENSION',
  'record-transfer': 'RECORD_TRANSFER',
  'record-cessation': 'RECORD_CESSATION',
  decide: 'DECIDE',
  'seal-file': 'SEAL_FILE',
  'record-inspectorate': 'RECORD_INSPECTORATE',
  'record-acquittal': 'RECORD_ACQUITTAL',
  'request-reopening': 'REQUEST_REOPENING',
  'non-luogo': 'NON_LUOGO',
  archive: 'ARCHIVE',
  requalify: 'REQUALIFY',
  'deadline-expired': 'EXPIRE',
} as const;
export type DisciplineAct = keyof typeof DISCIPLINE_ACTS;
export type DisciplineTransition = (typeof DISCIPLINE_ACTS)[DisciplineAct];

export interface DisciplineExtras {
  /** The employee's sanctions register, for a re-qualification's classification (§2.5). */
  history?: SanctionRecord[];
}

export function decideDiscipline(
  transition: DisciplineTransition,
  aggregate: AggregateView,
  request: TransitionRequest,
  ctx: DisciplineContext,
  extras: DisciplineExtras = {},
): DisciplineDecision {
  const c = aggregate.procedure as DisciplineCase;
  const agg = { deadlines: aggregate.deadlines, reminders: aggregate.reminders };
  const actor = request.actor;
  const p = request.payload;
  switch (transition) {
    case 'TRANSMIT':
      return transmit(c, agg, s.transmitSchema.parse(p), actor, ctx);
    case 'CONTEST':
      return contest(c, agg, s.contestSchema.parse(p), actor, ctx);
    case 'RECORD_DELIVERY': {
      const { documentSha256, ...body } = p;
      return recordDelivery(
        c,
        agg,
        s.recordDeliverySchema.parse(body),
        actor,
        ctx,
        typeof documentSha256 === 'string' ? documentSha256 : undefined,
      );
    }
    case 'PEC_RECEIPT':
      return pecReceipt(c, agg, s.pecReceiptSchema.parse(p), actor, ctx);
    case 'RECONVENE':
      return reconvene(c, agg, s.reconveneSchema.parse(p), actor, ctx);
    case 'RECORD_MEMORIA':
      return recordMemoria(c, s.memoriaSchema.parse(p), actor, ctx);
    case 'REQUEST_DEFERRAL':
      return requestDeferral(c, s.deferralRequestSchema.parse(p), actor, ctx);
    case 'DECIDE_DEFERRAL':
      return decideDeferral(c, agg, s.deferralDecisionSchema.parse(p), actor, ctx);
    case 'RECORD_HEARING':
      return recordHearing(c, s.hearingRecordSchema.parse(p), actor, ctx);
    case 'RECORD_INVESTIGATION':
      return recordInvestigation(c, s.investigationSchema.parse(p), actor, ctx);
    case 'RECORD_FAX':
      return recordFax(c, s.faxNumberSchema.parse(p), actor, ctx);
    case 'OPEN_CONCILIATION':
      return openConciliation(c, agg, s.openConciliationSchema.parse(p), actor, ctx);
    case 'CLOSE_CONCILIATION':
      return closeConciliation(c, agg, s.closeConciliationSchema.parse(p), actor, ctx);
    case 'SUSPEND_CRIMINAL':
      return suspendForCriminal(c, agg, s.criminalSuspensionSchema.parse(p), actor, ctx);
    case 'RECORD_JUDGMENT':
      return recordJudgment(c, agg, s.judgmentSchema.parse(p), actor, ctx);
    case 'CAUTIONARY_SUSPENSION':
      return cautionarySuspension(c, s.cautionarySuspensionSchema.parse(p), actor, ctx);
    case 'RECORD_TRANSFER':
      return recordTransfer(c, agg, s.transferSchema.parse(p), actor, ctx);
    case 'RECORD_CESSATION':
      return recordCessation(c, agg, s.cessationSchema.parse(p), actor, ctx);
    case 'DECIDE':
      return decide(c, agg, s.decisionSchema.parse(p), actor, ctx);
    case 'SEAL_FILE':
      return sealFile(c, s.sealSchema.parse(p), actor, ctx);
    case 'RECORD_INSPECTORATE':
      return recordInspectorate(c, agg, s.inspectorateSchema.parse(p), actor, ctx);
    case 'RECORD_ACQUITTAL':
      return recordAcquittal(c, s.acquittalSchema.parse(p), actor, ctx);
    case 'REQUEST_REOPENING':
      return requestReopening(c, agg, s.reopeningRequestSchema.parse(p), actor, ctx);
    case 'NON_LUOGO':
      return closeWithoutDecision(c, agg, s.motivatedActSchema.parse(p), actor, ctx, 'NON_LUOGO');
    case 'ARCHIVE':
      return closeWithoutDecision(c, agg, s.motivatedActSchema.parse(p), actor, ctx, 'ARCHIVE_LAPSED');
    case 'REQUALIFY': {
      const input = s.requalifySchema.parse(p);
      const classification: Classification = classify(input.charges, extras.history ?? [], {
        regime: c.data.regime,
        employeeIsResponsabileServizio: c.data.employee.isResponsabileServizio,
      });
      return requalify(c, agg, input, input.charges, classification, actor, ctx);
    }
    case 'EXPIRE':
      return expire(c, agg, String(p.deadlineId ?? ''), ctx);
  }
}
