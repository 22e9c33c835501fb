/** Anonymous marking's inputs (art. 93-96): opening a test, a commissioner's marks, matching the names. */
import { z } from 'zod';
import { legalDate } from '../../validation/legal-date';

const version = z.int({ error: 'Versione del procedimento mancante.' }).min(1);
const id = (label: string) =>
  z
    .string({ error: `${label}: obbligatorio.` })
    .trim()
    .min(1, `${label}: obbligatorio.`)
    .max(80);
const testId = z.enum(['WRITTEN', 'PRACTICAL'], { error: 'Prova: scritta (WRITTEN) o pratica (PRACTICAL).' });

export const startTestSchema = z.strictObject({
  expectedVersion: version,
  kind: testId,
  heldOn: legalDate(),
  /** Written papers paired under one code (art. 93 c.22): 1 or 2. A practical test has one. */
  papers: z.int().min(1).max(2).default(1),
  /** The admitted candidates who handed in a paper; the others withdrew (D3 Q13). */
  sat: z.array(id('Candidato')).min(1, 'Indicare chi ha consegnato un elaborato.').max(5000),
  /** The three commissioners who mark, 10 points each (art. 94 c.6). */
  commissioners: z.array(id('Commissario')).length(3, 'Indicare i tre commissari che valutano.'),
});
export type StartTestInput = z.infer<typeof startTestSchema>;

export const marksSchema = z.strictObject({
  expectedVersion: version,
  testId,
  commissionerId: id('Commissario'),
  marks: z
    .array(
      z.strictObject({
        code: z
          .string()
          .trim()
          .regex(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/, 'Codice non valido.'),
        paper: z.int().min(1).max(2).default(1),
        points: z.number({ error: 'Voto: numero obbligatorio.' }),
      }),
    )
    .min(1, 'Indicare almeno un voto.')
    .max(500),
});
export type MarksInput = z.infer<typeof marksSchema>;

export const deanonymiseSchema = z.strictObject({ expectedVersion: version, testId });
export type DeanonymiseInput = z.infer<typeof deanonymiseSchema>;
