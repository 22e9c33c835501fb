/**
 * The acts a user can take on a disciplinary case, each with its body schema and what it does: the API
 * routes and the OpenAPI document are generated from this table. System acts (PEC receipts, expiries)
 * are not here: only the sweeper starts them.
 */
import type { z } from 'zod';
import * as s from './schemas';
import type { DisciplineAct } from './transitions';

type UserAct = Exclude<DisciplineAct, 'pec-receipt' | 'deadline-expired'>;

export const DISCIPLINE_ACT_SCHEMAS: Record<UserAct, z.ZodType<{ expectedVersion: number }>> = {
  'transmit-to-upd': s.transmitSchema,
  contest: s.contestSchema,
  'record-delivery': s.recordDeliverySchema,
  reconvene: s.reconveneSchema,
  'record-memoria': s.memoriaSchema,
  'request-deferral': s.deferralRequestSchema,
  'decide-deferral': s.deferralDecisionSchema,
  'record-hearing': s.hearingRecordSchema,
  'record-investigation': s.investigationSchema,
  'record-fax': s.faxNumberSchema,
  'open-conciliation': s.openConciliationSchema,
  'close-conciliation': s.closeConciliationSchema,
  'suspend-criminal': s.criminalSuspensionSchema,
  'record-judgment': s.judgmentSchema,
  'cautionary-suspension': s.cautionarySuspensionSchema,
  'record-transfer': s.transferSchema,
  'record-cessation': s.cessationSchema,
  decide: s.decisionSchema,
  'seal-file': s.sealSchema,
  'record-inspectorate': s.inspectorateSchema,
  'record-acquittal': s.acquittalSchema,
  'request-reopening': s.reopeningRequestSchema,
  'non-luogo': s.motivatedActSchema,
  archive: s.motivatedActSchema,
  requalify: s.requalifySchema,
};

export const DISCIPLINE_ACT_SUMMARIES: Record<UserAct, string> = {
  'transmit-to-upd':
    "Transmit the acts to the UPD (Allegato H art. 5 c.1) or record the head's report received by the UPD (art. 55-bis c.4)",
  contest:
    'Contest the charge in writing and convene the hearing, through a legal channel (also the renewed contestation)',
  'record-delivery': 'Record the delivery evidence of a communication: signed receipt, A/R return card, fax report',
  reconvene: 'Convene the hearing again after a convocation received with short notice',
  'record-memoria': "Record the employee's written defence (by the hearing date)",
  'request-deferral': 'Request the deferral of the hearing (once per case, by the hearing date)',
  'decide-deferral': 'Grant or refuse the deferral; a granted one may extend the conclusion term',
  'record-hearing': 'Record the hearing and its minutes (attended or not, defender)',
  'record-investigation': 'Record an investigation act (never suspends the terms)',
  'record-fax': 'Record the fax number the employee gave for later communications',
  'open-conciliation':
    'Open the conciliation (not for dismissal-range infractions; within 30 days of the contestation)',
  'close-conciliation': 'Close the conciliation: agreed sanction, or failure (the suspended terms resume)',
  'suspend-criminal': 'Suspend the case pending the criminal proceedings (UPD only, motivated)',
  'record-judgment': 'Record the criminal judgment communicated to the administration (resumption within 60 days)',
  'cautionary-suspension': 'Order a cautionary suspension (revoked by law after five years)',
  'record-transfer': 'Record the transfer to another administration (terms interrupted, file handed over)',
  'record-cessation': 'Record the end of employment (the case continues only where dismissal is at stake)',
  decide: 'Adopt the concluding act: archiving or a sanction within the range (UPD: all members present)',
  'seal-file': 'Seal the file and send its originals to the personnel office; the sanction enters the register',
  'record-inspectorate': 'Record the communication of the concluding act to the Ispettorato (national, 20 days)',
  'record-acquittal': 'Record an irrevocable acquittal after a sanction (opens six months for a reopening request)',
  'request-reopening': "Record the employee's request to reopen after an acquittal",
  'non-luogo': 'Decide not to proceed before the contestation (motivated)',
  archive: 'Archive a lapsed case (the only act accepted after the decadenza)',
  requalify: 'Re-qualify a minor case and transmit it to the UPD (Allegato H)',
};
