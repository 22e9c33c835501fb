/**
 * The concorso's exam records, kept in items of their own: `EXAM#` (codes, marks, results) for the
 * board's acts, `SEAL#` (the code → candidate table) read only to match the names (marking.ts), and
 * `ORAL#` (each oral session, oral.ts), `TITLES#` (each titles evaluation, titles-acts.ts) and
 * `RANKING#` (the approved ranking in parts, approval.ts).
 */
import { createHash } from 'node:crypto';
import { rankingPrefix } from '../procedures/concorso/approval';
import type { OralSession, SealedMapping } from '../procedures/concorso/exams';
import type { StoredTest } from '../procedures/concorso/marking';
import type { Ranking } from '../procedures/concorso/ranking';
import type { TitlesResult } from '../procedures/concorso/titles';
import type { StoredTitles } from '../procedures/concorso/titles-acts';
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

/** The oral sessions held, in the order they were held (their ids are numbered). */
export async function oralSessions(entityId: string, procedureId: string): Promise<OralSession[]> {
  const items = await queryPrefix<{ session: OralSession }>(procPk(entityId, procedureId), 'ORAL#');
  return items
    .map((i) => i.session)
    .sort((a, b) => Number(a.sessionId.split('-')[1]) - Number(b.sessionId.split('-')[1]));
}

/** The ranking fixed by the graduatoria's approval, with every explanation: its parts, joined (approval.ts). */
export async function approvedRanking(entityId: string, procedureId: string, digest: string): Promise<Ranking> {
  const parts = await queryPrefix<{ part: string }>(procPk(entityId, procedureId), rankingPrefix(digest));
  const json = parts.map((p) => p.part).join('');
  // The approval recorded this digest: a ranking that no longer matches it is not the approved one.
  if (createHash('sha256').update(json).digest('hex') !== digest)
    throw new Error(`Stored ranking of ${procedureId} does not match its approved digest ${digest}`);
  return JSON.parse(json) as Ranking;
}

/** The titles evaluations by application (titles-acts.ts). */
export async function titlesEvaluations(entityId: string, procedureId: string): Promise<Record<string, TitlesResult>> {
  const items = await queryPrefix<StoredTitles>(procPk(entityId, procedureId), 'TITLES#');
  return Object.fromEntries(items.map((t) => [t.applicationId, t.result]));
}
