/**
 * The acts a user can take on a mobility procedure, with their body schema and what they do: the API
 * routes and the OpenAPI document come from this table (expiries are the sweeper's; the hand-off to
 * contract formation has its own route).
 */
import type { z } from 'zod';
import * as s from './schemas';
import type { MobilityAct } from './transitions';

type UserAct = Exclude<MobilityAct, 'deadline-expired' | 'hand-off'>;

export const MOBILITY_ACT_SCHEMAS: Record<UserAct, z.ZodType<{ expectedVersion: number }>> = {
  'giunta-derogation': s.giuntaDerogationSchema,
  'service-head-opinion': s.opinionSchema,
  'giunta-opinion': s.giuntaOpinionSchema,
  decide: s.decisionSchema,
  'agree-transfer-date': s.transferDateSchema,
  'record-cessation': s.cessationSchema,
  'record-application': s.applicationSchema,
  'appoint-board': s.boardSchema,
  evaluate: s.evaluationSchema,
  'record-consent': s.consentSchema,
  'close-without-hire': s.negativeOutcomeSchema,
  'record-communication': s.communicationSchema,
  execute: s.executeSchema,
};

export const MOBILITY_ACT_SUMMARIES: Record<UserAct, string> = {
  'giunta-derogation':
    "Record the Giunta's derogation to the 4-year bar (and the L1840 exception for recent concorso hires)",
  'service-head-opinion':
    "The head of service's opinion (outgoing: favourable and unconditional; internal: motivated assessment)",
  'giunta-opinion': "Record the Giunta's opinion on an outgoing request",
  decide:
    'The HR head authorises or refuses (outgoing), orders or refuses (internal), with the checks and their citations',
  'agree-transfer-date': 'Record the transfer date agreed with the destination administration',
  'record-cessation':
    'Record the end of employment by transfer; pending disciplinary cases move to the new administration',
  'record-application': 'Record an application from another administration (by the notice term): admission checked',
  'appoint-board': 'Appoint the board by post category, with its substitutions and secretary (art. 107bis)',
  evaluate: 'Record CV and interview scores: the best admitted candidate is selected; the consent is chased',
  'record-consent': "Record the home administration's consent",
  'close-without-hire':
    'Close an incoming mobility without a hire (no applications, none suitable, consent refused): the attempt a national-law concorso needs',
  'record-communication': 'Record a communication of the internal transfer (employee, Sindaco, Giunta, unions)',
  execute: 'Execute the internal transfer: only after the four communications (art. 76 c.6)',
};
