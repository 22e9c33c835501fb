/** The graduatoria's approval by the HR head (art. 101): the act, and where the winners will work. */
import { z } from 'zod';
import { expectedVersion, text } from '../../validation/fields';
import { legalDate } from '../../validation/legal-date';

export const approvalSchema = z.strictObject({
  expectedVersion,
  act: z.strictObject({ number: text(40, "Numero dell'atto di approvazione"), date: legalDate() }),
  /** For contract formation: the service and the workplace of the posts. */
  post: z.strictObject({ service: text(200, 'Servizio'), workplace: text(300, 'Sede di lavoro') }),
});
export type ApprovalInput = z.infer<typeof approvalSchema>;

/** The Giunta's delibera approving the operations and results (art. 102, L1667; optional, D3 C3). */
export const ratificationSchema = z.strictObject({
  expectedVersion,
  deliberation: z.strictObject({ number: text(40, 'Numero della delibera di Giunta'), date: legalDate() }),
});
export type RatificationInput = z.infer<typeof ratificationSchema>;
