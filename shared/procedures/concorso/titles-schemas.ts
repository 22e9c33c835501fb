/**
 * The board's titles evaluation (Allegato I) as input: the titles a candidate declared, as the board has
 * classified them (titles.ts), and the lock that publishes the results before the names are matched.
 */
import { z } from 'zod';
import { text, expectedVersion as version } from '../../validation/fields';
import { legalDate } from '../../validation/legal-date';

const texts = (label: string) => z.array(text(300, label)).max(20).optional();
const course = z.strictObject({
  description: text(300, 'Corso'),
  points: z.number().min(0).max(3.5).optional(),
  hours: z.int().min(0).max(10_000).optional(),
});
const period = z.strictObject({
  description: z.string().trim().max(300).optional(),
  from: legalDate().optional(),
  to: legalDate().optional(),
});
const award = z.strictObject({ description: text(300, 'Titolo'), points: z.number().min(0).max(2.5) });

export const declaredTitlesSchema = z.strictObject({
  study: z
    .strictObject({
      requiredDegree: z
        .strictObject({
          mark: z.int().min(60).max(110),
          outOf: z.union([z.literal(110), z.literal(100)]),
          cumLaude: z.boolean().optional(),
        })
        .optional(),
      degrees: texts('Laurea'),
      otherDiplomas: texts('Diploma'),
      specialisationCourses: z.array(course).max(20).optional(),
      otherCourses: z.array(course).max(20).optional(),
      abilitazione: z.string().trim().max(300).optional(),
    })
    .optional(),
  service: z
    .array(
      period.extend({
        tenured: z.boolean(),
        categoriesBelow: z.int().min(0).max(5),
        military: z.boolean().optional(),
      }),
    )
    .max(50)
    .optional(),
  misc: z
    .strictObject({
      publications: z.array(award).max(20).optional(),
      collaborations: z.array(award).max(20).optional(),
      higherDuties: z.array(period).max(20).optional(),
      cvRelevantServices: z.array(period).max(20).optional(),
      other: z.array(award).max(20).optional(),
    })
    .optional(),
});

export const evaluateTitlesSchema = z.strictObject({
  expectedVersion: version,
  applicationId: text(80, 'Candidato'),
  /** Allegato I punto 3.1 / 3.2 / 3.3: what the bando requires for access. */
  scheme: z.enum(['DEGREE_REQUIRED', 'DIPLOMA_REQUIRED', 'NO_DIPLOMA_REQUIRED'], {
    error: 'Schema di valutazione non valido.',
  }),
  declared: declaredTitlesSchema,
});
export type EvaluateTitlesInput = z.infer<typeof evaluateTitlesSchema>;

export const lockTitlesSchema = z.strictObject({
  expectedVersion: version,
  /** When the results are made known to the candidates (before the oral, D3 C2). */
  publishedOn: legalDate(),
});
export type LockTitlesInput = z.infer<typeof lockTitlesSchema>;
