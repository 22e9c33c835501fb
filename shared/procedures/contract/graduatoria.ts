/**
 * The graduatoria as contract formation receives it: the hand-off interface from any recruitment
 * procedure (the concorso's approved ranking, a mobility outcome) or entered by HR with its approval act.
 * Who is next (scorrimento, D3 Q14) is computed from the appointments already made on it: a position is
 * used once appointed, whatever the appointment's outcome.
 */
import { z } from 'zod';
import { isValidCodiceFiscale } from '../../validation/codice-fiscale';
import { optional, text } from '../../validation/fields';
import { legalDate } from '../../validation/legal-date';

export const graduatoriaEntrySchema = z.strictObject({
  position: z.int().min(1).max(10_000),
  name: text(200, 'Nome e cognome'),
  taxCode: z.string().trim().toUpperCase().refine(isValidCodiceFiscale, { message: 'Codice fiscale non valido.' }),
  score: z.number().min(0).max(1000).optional(),
  email: optional(z.email({ error: 'E-mail non valida.' })),
  pec: optional(z.email({ error: 'PEC non valida.' })),
  address: optional(text(300, 'Indirizzo')),
  userId: optional(text(80, 'Utente')),
});

export const graduatoriaSchema = z
  .strictObject({
    entityId: text(40, 'Ente'),
    title: text(300, 'Oggetto'),
    /** The recruitment procedure it closes, when it is in the system. */
    sourceProcedureId: optional(text(80, 'Procedura di origine')),
    approval: z.strictObject({ number: text(40, "Numero dell'atto di approvazione"), date: legalDate() }),
    post: z.strictObject({
      category: z.enum(['A', 'B1', 'B3', 'C', 'D1', 'D3'], { error: 'Categoria non valida.' }),
      profile: text(200, 'Profilo professionale'),
      service: text(200, 'Servizio'),
      workplace: text(300, 'Sede di lavoro'),
    }),
    posts: z.int().min(1).max(500),
    entries: z.array(graduatoriaEntrySchema).min(1, 'La graduatoria non ha candidati.').max(2000),
  })
  .superRefine((g, ctx) => {
    const positions = g.entries.map((e) => e.position);
    if (new Set(positions).size !== positions.length) {
      ctx.addIssue({ code: 'custom', path: ['entries'], message: 'Posizioni ripetute nella graduatoria.' });
    }
  });

export type GraduatoriaInput = z.infer<typeof graduatoriaSchema>;
export type GraduatoriaEntry = z.infer<typeof graduatoriaEntrySchema>;

export interface Graduatoria extends GraduatoriaInput {
  id: string;
  /** Computed from the approval with the term `concorso.rankingValidity` (three years, L1655). */
  validUntil: string;
  createdAt: string;
  createdBy: string;
}

/**
 * The next eligible candidate: the best-placed position not yet appointed, while the graduatoria is
 * valid ("efficaci per il termine di tre anni dalla data di approvazione", ROUS L1655, T17 — the date
 * comes from the term `concorso.rankingValidity`). Undefined when exhausted or expired.
 */
export function nextEligible(
  g: Pick<Graduatoria, 'entries' | 'validUntil'>,
  appointedPositions: readonly number[],
  today: string,
): GraduatoriaEntry | undefined {
  if (today > g.validUntil) return undefined;
  const used = new Set(appointedPositions);
  return [...g.entries].sort((a, b) => a.position - b.position).find((e) => !used.has(e.position));
}
