/** Regularisation of an application (art. 89 c.1; D3 Q2): the request, and the regularisation received. */
import { z } from 'zod';
import { text, expectedVersion as version } from '../../validation/fields';
import { legalDate } from '../../validation/legal-date';

export const regularisationSchema = z.strictObject({
  expectedVersion: version,
  applicationId: text(80, 'Domanda'),
  /** The formal defect, as the letter states it: only formal defects may be regularised (art. 89 c.1). */
  what: text(1000, 'Difetto formale da regolarizzare'),
  actDate: legalDate(),
});
export type RegularisationInput = z.infer<typeof regularisationSchema>;

export const regularisedSchema = z.strictObject({
  expectedVersion: version,
  applicationId: text(80, 'Domanda'),
  receivedOn: legalDate(),
  note: z.string().trim().max(1000).optional(),
});
export type RegularisedInput = z.infer<typeof regularisedSchema>;
