/**
 * The acts a user can take on an appointment, with their body schema and what they do: the API routes and
 * the OpenAPI document come from this table. System acts (PEC receipts, expiries) and the scorrimento's
 * confirmation (its own route) are not here.
 */
import type { z } from 'zod';
import * as s from './schemas';
import type { ContractAct } from './transitions';

type UserAct = Exclude<ContractAct, 'pec-receipt' | 'deadline-expired' | 'confirm-scorrimento'>;

export const CONTRACT_ACT_SCHEMAS: Record<UserAct, z.ZodType<{ expectedVersion: number }>> = {
  'record-delivery': s.deliverySchema,
  'declare-option': s.optionSchema,
  'request-medical': s.medicalRequestSchema,
  'medical-opinion': s.medicalOpinionSchema,
  'request-collegial-review': s.collegialRequestSchema,
  'collegial-outcome': s.collegialOutcomeSchema,
  'present-documents': s.documentsSchema,
  'sign-contract': s.signSchema,
  'take-service': s.serviceSchema,
  'probation-clock': s.probationSuspensionSchema,
  'request-probation-opinion': s.probationOpinionRequestSchema,
  'probation-opinion': s.probationOpinionSchema,
  'probation-decision': s.probationDecisionSchema,
  renounce: s.renounceSchema,
  annul: s.annulSchema,
};

export const CONTRACT_ACT_SUMMARIES: Record<UserAct, string> = {
  'record-delivery':
    'Record the evidence that the appointment notice was received (hand delivery, A/R card): the 30 days start',
  'declare-option':
    'The appointee declares the option for the post (within 30 days of receipt): the start moves by the notice period, at most 3 months',
  'request-medical': 'Order the optional medical check (art. 108 c.4)',
  'medical-opinion':
    'Record the fitness opinion (outcome only); an unfavourable one opens 5 days for a collegial review',
  'request-collegial-review': 'The appointee requests the collegial review within 5 days of the unfavourable opinion',
  'collegial-outcome': 'Record the collegial review outcome; unfavourable, absent or refused → lapse',
  'present-documents': 'Record the documents presented for hiring (within the term)',
  'sign-contract': 'Sign the individual contract with every mandatory element (a change is a new version)',
  'take-service': 'Record the start of service within the term: probation starts',
  'probation-clock': 'Suspend or resume the probation for absences, with the CCNL basis',
  'request-probation-opinion': "Ask the head of unit's opinion on the probation",
  'probation-opinion': "The head of unit's opinion on the probation",
  'probation-decision': 'The HR head confirms or ends the probation, by its end, after the opinion',
  renounce: 'The appointee renounces the appointment: the next eligible candidate is proposed',
  annul: 'The recruitment procedure was annulled: the contract ends (art. 110 c.5)',
};
