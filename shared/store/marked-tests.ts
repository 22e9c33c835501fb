/**
 * The concorso's marked tests, kept in items of their own (marking.ts): `EXAM#` (codes, marks, results)
 * for the board's acts, and `SEAL#` (the code → candidate table) read only to match the names.
 */
import type { SealedMapping } from '../procedures/concorso/exams';
import type { StoredTest } from '../procedures/concorso/marking';
import { procPk } from './keys';
import { queryPrefix } from './procedures';

export async function markedTests(entityId: string, procedureId: string): Promise<Record<string, StoredTest>> {
  const items = await queryPrefix<StoredTest>(procPk(entityId, procedureId), 'EXAM#');
  return Object.fromEntries(items.map((t) => [t.test.testId, t]));
}

/** The sealed tables: read by the matching of names alone, never shown to the board. */
export async function sealedTables(entityId: string, procedureId: string): Promise<Record<string, SealedMapping>> {
  const items = await queryPrefix<{ testId: string; sealed: SealedMapping }>(procPk(entityId, procedureId), 'SEAL#');
  return Object.fromEntries(items.map((s) => [s.testId, s.sealed]));
}
