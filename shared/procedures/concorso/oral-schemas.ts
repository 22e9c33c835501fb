/** The oral sessions' and preference documents' inputs (art. 97-100). */
import { z } from 'zod';
import { legalDate } from '../../validation/legal-date';

const version = z.int({ error: 'Versione del procedimento mancante.' }).min(1);
const id = (label: string) =>
  z
    .string({ error: `${label}: obbligatorio.` })
    .trim()
    .min(1, `${label}: obbligatorio.`)
    .max(80);

export const oralSessionSchema = z.strictObject({
  expectedVersion: version,
  date: legalDate(),
  /** The letter drawn for the running order (art. 97 c.3). */
  draw: z.string().trim().max(10).optional(),
  /** Bounded so a session's terms and notices fit one transaction (an oral session is a day's work). */
  results: z
    .array(
      z
        .strictObject({
          applicationId: id('Candidato'),
          /** Out of 30, the whole board's mark (art. 98 c.1). */
          points: z.number({ error: 'Voto: numero obbligatorio.' }).optional(),
          absent: z.boolean().default(false),
        })
        .refine((r) => r.absent || r.points !== undefined, {
          message: 'Indicare il voto o l’assenza.',
          path: ['points'],
        }),
    )
    .min(1, 'Indicare i candidati esaminati.')
    .max(40, 'Al più 40 candidati per seduta.'),
});
export type OralSessionInput = z.infer<typeof oralSessionSchema>;

/** Allegato M titles by number (18, dependent children, is the count below). */
const PREFERENCE_NUMBERS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 19, 20] as const;

export const preferenceDocumentsSchema = z.strictObject({
  expectedVersion: version,
  applicationId: id('Candidato'),
  receivedOn: legalDate(),
  preferenceTitles: z
    .array(
      z.int().refine((n) => (PREFERENCE_NUMBERS as readonly number[]).includes(n), {
        message: "Titolo di preferenza: numero dell'Allegato M (1-20, escluso il 18).",
      }),
    )
    .max(20)
    .default([]),
  dependentChildren: z.int().min(0).max(20).default(0),
  commendablePublicService: z.boolean().default(false),
  militaryVolunteer: z.boolean().default(false),
  /** L. 68/1999: registered in the lists and unemployed at the application deadline. */
  disabledL68: z.strictObject({ registeredInLists: z.boolean(), unemployedAtDeadline: z.boolean() }).optional(),
  /** Art. 80 c.4: a permanent employee holding the study title the post requires. */
  internalStaff: z.strictObject({ permanentEmployee: z.boolean(), holdsRequiredStudyTitle: z.boolean() }).optional(),
});
export type PreferenceDocumentsInput = z.infer<typeof preferenceDocumentsSchema>;
