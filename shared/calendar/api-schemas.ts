/** Inputs of the term calculator and the exam-date check (zod: validation, types and OpenAPI). */
import { z } from 'zod';
import { legalDate } from '../validation/legal-date';

const isoDate = legalDate();
const entityId = z.string({ error: 'Ente obbligatorio.' }).trim().min(1, 'Ente obbligatorio.').max(40);
const ruleSetRef = z.string().regex(/^[a-z][a-z0-9-]*@\d+$/, 'Insieme di regole non valido (es. stresa-rous@1).');

export const computeTermSchema = z.strictObject({
  entityId,
  ruleSet: ruleSetRef.optional(),
  ruleId: z.string().trim().min(1, 'Indicare il termine.').max(120),
  anchorDate: isoDate,
});
export type ComputeTermInput = z.infer<typeof computeTermSchema>;

export const examDateCheckSchema = z.strictObject({
  entityId,
  ruleSet: ruleSetRef.optional(),
  examDate: isoDate,
  noticeDate: isoDate,
});
export type ExamDateCheckInput = z.infer<typeof examDateCheckSchema>;
