/**
 * Verifies every audit chain in the table: each procedure's chain, each application's own chain, the
 * head recorded on the items, and the applications digests anchored in the procedure's chain at phase
 * boundaries (DESIGN.md §3). Used by `npm run audit:verify` and by the integration tests.
 */
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { procPk, sk } from '../store/keys';
import { listEvents, queryPrefix } from '../store/procedures';
import { dynamo, table } from '../store/table';
import { type ChainedEvent, digestOfHeads, verifyChain } from './chain';

export interface ProcedureAudit {
  procedure: string;
  events: number;
  applications: number;
  problems: string[];
}

type AppItem = { id: string; eventSeq: number; headHash: string; recordedAt: string };

export async function verifyProcedure(
  entityId: string,
  id: string,
  head?: { eventSeq: number; headHash: string },
): Promise<ProcedureAudit> {
  const pk = procPk(entityId, id);
  const problems: string[] = [];
  const events = await listEvents(entityId, id);
  const chain = verifyChain(pk, events);
  if (!chain.ok) problems.push(`procedure chain broken at event ${chain.seq}: ${chain.reason}`);
  else if (head && (head.eventSeq !== chain.length || head.headHash !== chain.head)) {
    problems.push('the procedure item does not point at the last event of its chain');
  }

  const apps = await queryPrefix<AppItem>(pk, 'APP#');
  const appEvents = await queryPrefix<ChainedEvent & { applicationId: string }>(pk, 'APPEVT#');
  const heads = new Map<string, { head: string; recordedAt: string }>();
  for (const app of apps) {
    // applicationId is the row's link to its application, stored beside the event, not part of it.
    const own = appEvents.filter((e) => e.applicationId === app.id).map(({ applicationId: _a, ...event }) => event);
    const check = verifyChain(`${pk}#${sk.application(app.id)}`, own);
    if (!check.ok) problems.push(`application ${app.id} chain broken at event ${check.seq}: ${check.reason}`);
    else if (check.head !== app.headHash) problems.push(`application ${app.id} head does not match its last event`);
    heads.set(app.id, { head: app.headHash, recordedAt: app.recordedAt });
  }

  // Each anchor covers exactly the applications recorded up to the anchoring event.
  for (const e of events) {
    const digest = e.payload.applicationsDigest;
    if (typeof digest !== 'string') continue;
    const upTo =
      typeof e.payload.applicationsRecordedUpTo === 'string' ? e.payload.applicationsRecordedUpTo : e.recordedAt;
    const covered = [...heads]
      .filter(([, h]) => h.recordedAt <= upTo)
      .map(([appId, h]) => ({ id: appId, head: h.head }));
    if (covered.length !== e.payload.applicationCount || digestOfHeads(covered) !== digest) {
      problems.push(
        `event ${e.seq} (${e.type}) anchors ${e.payload.applicationCount} applications, the table holds ${covered.length} with a different digest`,
      );
    }
  }
  return { procedure: `${entityId}/${id}`, events: events.length, applications: apps.length, problems };
}

export async function verifyAll(): Promise<ProcedureAudit[]> {
  const metas: { entityId: string; id: string; eventSeq: number; headHash: string }[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const r = await dynamo().send(
      new ScanCommand({
        TableName: table(),
        FilterExpression: 'sk = :m',
        ExpressionAttributeValues: { ':m': sk.meta },
        ProjectionExpression: 'entityId, id, eventSeq, headHash',
        ExclusiveStartKey: start,
      }),
    );
    for (const i of r.Items ?? []) metas.push(i as (typeof metas)[number]);
    start = r.LastEvaluatedKey;
  } while (start);
  const out: ProcedureAudit[] = [];
  for (const m of metas) out.push(await verifyProcedure(m.entityId, m.id, m));
  return out;
}
