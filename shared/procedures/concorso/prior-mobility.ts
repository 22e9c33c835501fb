/**
 * The mobility attempt national law puts before a concorso (art. 30 c.2-bis D.Lgs. 165/2001; rule set
 * precondition `concorso.priorMobility`, national@3): every post of the bando must have had an incoming
 * mobility for the same category and profile that ended without a hire before the indizione, or the
 * concorso records a documented exemption (a derogation such as art. 3 c.8 L. 56/2019, with its act).
 * Pure: the API loads the cited mobility procedures and passes what it found.
 */
import { z } from 'zod';
import { formatCitation } from '../../calendar/terms';
import type { FieldError } from '../../http/problem';
import type { Precondition } from '../../rules';
import { text } from '../../validation/fields';
import { legalDate } from '../../validation/legal-date';
import type { NegativeOutcome } from '../mobility/model';
import { NEGATIVE_OUTCOMES } from '../mobility/schemas';
import type { CreateConcorso } from './schemas';

export const PRIOR_MOBILITY = 'concorso.priorMobility';

export const priorMobilitySchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({
      kind: z.literal('MOBILITA'),
      procedureIds: z
        .array(text(80, 'Procedura di mobilità'))
        .min(1, 'Indicare almeno una procedura di mobilità.')
        .max(20),
    }),
    z.strictObject({
      kind: z.literal('ESENZIONE'),
      reason: text(2000, "Motivo dell'esenzione"),
      act: z.strictObject({ number: text(40, "Numero dell'atto di esenzione"), date: legalDate() }),
    }),
  ],
  { error: "Indicare la mobilità tentata (MOBILITA) oppure l'esenzione documentata (ESENZIONE)." },
);
export type PriorMobilityInput = z.infer<typeof priorMobilitySchema>;

/** What the check needs of a cited procedure: the API maps the stored mobility procedure to this. */
export interface CitedMobility {
  id: string;
  type: string;
  title: string;
  phaseLabel: string;
  variant?: string;
  post?: { category: string; profile: string };
  negativeOutcome?: { date: string; act: string; reason: NegativeOutcome };
}

export type PriorMobilityRecord =
  | {
      kind: 'MOBILITA';
      basis: string;
      attempts: {
        procedureId: string;
        title: string;
        category: string;
        profile: string;
        closedOn: string;
        act: string;
        outcome: string;
      }[];
    }
  | { kind: 'ESENZIONE'; basis: string; reason: string; act: { number: string; date: string } };

/** Profiles compare as the clerk typed them, but without case and spacing differences. */
const sameProfile = (a: string, b: string) =>
  a.trim().replace(/\s+/g, ' ').toLowerCase() === b.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * The precondition's verdict: field errors (empty when satisfied) and the record the concorso keeps.
 * Without the precondition in the rule set a cited attempt is still checked and recorded, so what the
 * record says is always true; `required` absent and nothing cited is fine.
 */
export function checkPriorMobility(
  bando: Pick<CreateConcorso, 'posts' | 'indizione'>,
  cited: PriorMobilityInput | undefined,
  required: Precondition | undefined,
  found: ReadonlyMap<string, CitedMobility>,
): { errors: FieldError[]; record?: PriorMobilityRecord } {
  const basis = required ? formatCitation(required.citation) : 'art. 30 c. 2-bis (D.Lgs. 165/2001)';
  if (!cited) {
    if (!required) return { errors: [] };
    return {
      errors: [
        {
          field: 'priorMobility',
          message: `Prima di indire il concorso occorre aver attivato la mobilità per i posti, o documentarne l'esenzione (${basis}).`,
        },
      ],
    };
  }
  const indizione = bando.indizione.date;
  if (cited.kind === 'ESENZIONE') {
    const errors: FieldError[] =
      cited.act.date > indizione
        ? [
            {
              field: 'priorMobility.act.date',
              message: "L'atto di esenzione non può seguire l'indizione del concorso.",
            },
          ]
        : [];
    return { errors, record: { kind: 'ESENZIONE', basis, reason: cited.reason, act: cited.act } };
  }
  const errors: FieldError[] = [];
  const attempts: Extract<PriorMobilityRecord, { kind: 'MOBILITA' }>['attempts'] = [];
  cited.procedureIds.forEach((id, i) => {
    const field = `priorMobility.procedureIds.${i}`;
    const p = found.get(id);
    if (cited.procedureIds.indexOf(id) !== i) errors.push({ field, message: 'Procedura già indicata.' });
    else if (p?.type !== 'mobility') errors.push({ field, message: 'Procedura di mobilità inesistente.' });
    else if (p.variant !== 'IN' || !p.post)
      errors.push({ field, message: 'Non è una mobilità in entrata da altre amministrazioni (art. 30 c.1).' });
    else if (!p.negativeOutcome)
      errors.push({ field, message: `La mobilità non risulta conclusa senza assunzione (fase: ${p.phaseLabel}).` });
    else if (p.negativeOutcome.date > indizione)
      errors.push({ field, message: "La mobilità si è conclusa dopo l'indizione del concorso." });
    else
      attempts.push({
        procedureId: p.id,
        title: p.title,
        category: p.post.category,
        profile: p.post.profile,
        closedOn: p.negativeOutcome.date,
        act: p.negativeOutcome.act,
        outcome: NEGATIVE_OUTCOMES[p.negativeOutcome.reason],
      });
  });
  if (errors.length === 0) {
    bando.posts.forEach((post, j) => {
      if (!attempts.some((a) => a.category === post.category && sameProfile(a.profile, post.profile)))
        errors.push({
          field: `posts.${j}.profile`,
          message: `Nessuna mobilità conclusa per il profilo "${post.profile}" (categoria ${post.category}) tra quelle indicate (${basis}).`,
        });
    });
  }
  return { errors, record: { kind: 'MOBILITA', basis, attempts } };
}
