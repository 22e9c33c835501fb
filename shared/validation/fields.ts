/**
 * The field shapes every input schema uses, with Italian messages naming the field: a required text,
 * an optional one a form leaves empty (""), and the version the form was built on.
 */
import { z } from 'zod';

export const text = (max: number, label = 'Campo') =>
  z
    .string({ error: `${label}: testo obbligatorio.` })
    .trim()
    .min(1, `${label}: campo obbligatorio.`)
    .max(max, `${label}: al massimo ${max} caratteri.`);

/** An optional field left empty in a form arrives as "": it means "not given", not "invalid". */
export const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === '' ? undefined : v), schema.optional());

/** The procedure's version the form was built on: a stale one is refused (409). */
export const expectedVersion = z.int({ error: 'Versione del procedimento mancante.' }).min(1);
