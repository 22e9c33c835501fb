/**
 * The procedure repository: load the aggregate, create it, and apply a decision in one
 * TransactWriteItems conditional on the version it was computed from (DESIGN.md §3).
 *  - retry of the same act: the version moved on, so the retry gets 409 and never applies twice;
 *  - concurrent acts: one transaction wins, the other is cancelled (409, the client reloads);
 *  - crash halfway: a transaction is all or nothing, so nothing is half-written.
 */
import { GetCommand, QueryCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { type ChainedEvent, chainEvents, genesisHash } from '../audit/chain';
import { problems } from '../http/problem';
import { broadcastItem } from '../notify/broadcast';
import type {
  AggregateView,
  Deadline,
  Decision,
  NewEvent,
  OutboxDraft,
  ProcedureBase,
  Reminder,
} from '../procedures/model';
import { AGENDA_INDEX, agendaPk, DUE_INDEX, dueKeys, ENTITY_INDEX, entityListPk, procPk, sk } from './keys';
import { cancellationCodes, dynamo, table } from './table';

/** Outbox rows become due for the sweeper's retry shortly after they are queued, in case the first send fails. */
export const OUTBOX_RETRY_AFTER_MS = 2 * 60 * 1000;

export interface StoredProcedure<P extends ProcedureBase = ProcedureBase> {
  procedure: P;
  head: { seq: number; hash: string };
}

export interface Aggregate<P extends ProcedureBase = ProcedureBase> extends StoredProcedure<P>, AggregateView<P> {}

const META_FIELDS = ['pk', 'sk', 'entityPk', 'entitySk', 'eventSeq', 'headHash'] as const;

export function toStoredProcedure(item: Record<string, unknown>): StoredProcedure {
  const procedure = { ...item } as Record<string, unknown>;
  for (const f of META_FIELDS) delete procedure[f];
  return {
    procedure: procedure as unknown as ProcedureBase,
    head: { seq: item.eventSeq as number, hash: item.headHash as string },
  };
}

export function stripKeys<T>(item: Record<string, unknown>): T {
  const { pk: _pk, sk: _sk, duePk: _d, dueSk: _s, claimUntil: _c, agendaPk: _a, agendaSk: _as, ...rest } = item;
  return rest as T;
}

export async function getProcedure(entityId: string, id: string): Promise<StoredProcedure | undefined> {
  const r = await dynamo().send(
    new GetCommand({ TableName: table(), Key: { pk: procPk(entityId, id), sk: sk.meta }, ConsistentRead: true }),
  );
  return r.Item ? toStoredProcedure(r.Item) : undefined;
}

export async function queryPrefix<T>(pk: string, prefix: string): Promise<T[]> {
  const items: T[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const r = await dynamo().send(
      new QueryCommand({
        TableName: table(),
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :p)',
        ExpressionAttributeValues: { ':pk': pk, ':p': prefix },
        ConsistentRead: true,
        ExclusiveStartKey: start,
      }),
    );
    for (const item of r.Items ?? []) items.push(stripKeys<T>(item));
    start = r.LastEvaluatedKey;
  } while (start);
  return items;
}

/** The aggregate; with `type`, a procedure of another type is not found (ids never cross procedure types). */
export async function loadAggregate(entityId: string, id: string, type?: string): Promise<Aggregate> {
  const pk = procPk(entityId, id);
  const [stored, deadlines, reminders] = await Promise.all([
    getProcedure(entityId, id),
    queryPrefix<Deadline>(pk, 'DL#'),
    queryPrefix<Reminder>(pk, 'REM#'),
  ]);
  if (!stored || (type && stored.procedure.type !== type)) throw problems.notFound('Procedimento non trovato.');
  return { ...stored, deadlines, reminders };
}

export async function listEvents(entityId: string, id: string): Promise<ChainedEvent[]> {
  return queryPrefix<ChainedEvent>(procPk(entityId, id), 'EVT#');
}

/** The entity's procedures of the general list; confidential types only with their own `type`. */
export async function listProcedures(entityId: string, type?: string): Promise<ProcedureBase[]> {
  const out: ProcedureBase[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const r = await dynamo().send(
      new QueryCommand({
        TableName: table(),
        IndexName: ENTITY_INDEX,
        KeyConditionExpression: 'entityPk = :e',
        ExpressionAttributeValues: { ':e': entityListPk(entityId, type) },
        ScanIndexForward: false,
        ExclusiveStartKey: start,
      }),
    );
    for (const item of r.Items ?? []) {
      const procedure = toStoredProcedure(item).procedure;
      // The general partition holds every non-confidential type: a typed list keeps only its own.
      if (!type || procedure.type === type) out.push(procedure);
    }
    start = r.LastEvaluatedKey;
  } while (start);
  return out;
}

function eventItems(pk: string, head: { seq: number; hash: string }, events: NewEvent[], at: string) {
  const chained = chainEvents(
    head,
    events.map((e) => ({ ...e, recordedAt: at })),
  );
  return { chained, items: chained.map((e) => ({ pk, sk: sk.event(e.seq), ...e })) };
}

/**
 * An OPEN term is in the due index (the sweeper fires it); OPEN and SUSPENDED terms are on the
 * entity's agenda. Writing the row without those keys takes it out: the same write that changes
 * the status.
 */
export function deadlineItem(pk: string, entityId: string, d: Deadline) {
  const key = sk.deadline(d.id);
  const running = d.status === 'OPEN' || d.status === 'SUSPENDED';
  return {
    pk,
    sk: key,
    ...d,
    ...(d.status === 'OPEN' ? dueKeys(pk, key, d.dueAt) : {}),
    ...(running ? { agendaPk: agendaPk(entityId, d.procedureType), agendaSk: `${d.dueAt}#${pk}#${key}` } : {}),
  };
}

export function reminderItem(pk: string, r: Reminder) {
  return { pk, sk: sk.reminder(r.id), ...r, ...(r.status === 'PENDING' ? dueKeys(pk, sk.reminder(r.id), r.at) : {}) };
}

export function messageItem(pk: string, m: OutboxDraft, now: Date) {
  const retryAt = new Date(now.getTime() + OUTBOX_RETRY_AFTER_MS).toISOString();
  return {
    pk,
    sk: sk.message(m.id),
    ...m,
    status: 'PENDING',
    attempts: 0,
    queuedAt: now.toISOString(),
    ...dueKeys(pk, sk.message(m.id), retryAt),
  };
}

/** Terms, reminders, messages and records a procedure starts with (a disciplinary case starts its terms at once). */
export type Opening = Partial<Pick<Decision, 'deadlines' | 'reminders' | 'messages' | 'records'>>;

export async function createProcedure(
  procedure: ProcedureBase,
  event: NewEvent | NewEvent[],
  opening: Opening = {},
  now = new Date(procedure.createdAt),
): Promise<void> {
  const pk = procPk(procedure.entityId, procedure.id);
  const events = Array.isArray(event) ? event : [event];
  const { chained, items } = eventItems(pk, { seq: 0, hash: genesisHash(pk) }, events, procedure.createdAt);
  const last = chained[chained.length - 1];
  try {
    await dynamo().send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Put: {
              TableName: table(),
              Item: {
                pk,
                sk: sk.meta,
                ...procedure,
                eventSeq: last.seq,
                headHash: last.hash,
                entityPk: entityListPk(procedure.entityId, procedure.type),
                entitySk: `${procedure.createdAt}#${procedure.id}`,
              },
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          },
          ...items.map((Item) => ({
            Put: { TableName: table(), Item, ConditionExpression: 'attribute_not_exists(pk)' },
          })),
          ...sideItems(pk, procedure, opening, now).map((Item) => ({
            Put: { TableName: table(), Item, ConditionExpression: 'attribute_not_exists(pk)' },
          })),
        ],
      }),
    );
  } catch (error) {
    if (cancellationCodes(error)[0] === 'ConditionalCheckFailed') {
      throw problems.conflict('already-exists', 'Il procedimento esiste già.');
    }
    throw error;
  }
}

function sideItems(pk: string, p: ProcedureBase, o: Opening, now: Date): Record<string, unknown>[] {
  return [
    ...(o.deadlines ?? []).map((d) =>
      deadlineItem(pk, p.entityId, { ...d, procedureTitle: p.title, procedureType: p.type }),
    ),
    ...(o.reminders ?? []).map((r) => reminderItem(pk, r)),
    ...(o.messages ?? []).map((m) => messageItem(pk, m, now)),
    ...(o.records ?? []),
  ];
}

export class ConcurrentModification extends Error {
  override name = 'ConcurrentModification';
}

/**
 * Apply a decision: the procedure item (conditional on `expected.version`), the new events chained to the
 * head, the changed deadlines, reminders and outbox rows — one transaction.
 */
export async function applyDecision(
  expected: StoredProcedure,
  decision: Decision,
  now: Date,
): Promise<StoredProcedure> {
  const p = expected.procedure;
  const pk = procPk(p.entityId, p.id);
  const at = now.toISOString();
  const { chained, items } = eventItems(pk, expected.head, decision.events, at);
  const head = chained.length
    ? { seq: chained[chained.length - 1].seq, hash: chained[chained.length - 1].hash }
    : expected.head;
  const version = p.version + 1;
  const data = decision.data ?? p.data;
  const put = (Item: Record<string, unknown>, condition?: string) => ({
    Put: { TableName: table(), Item, ...(condition ? { ConditionExpression: condition } : {}) },
  });
  const transactItems = [
    {
      Update: {
        TableName: table(),
        Key: { pk, sk: sk.meta },
        UpdateExpression:
          'SET #phase = :phase, #data = :data, #version = :version, eventSeq = :seq, headHash = :hash, updatedAt = :at',
        ConditionExpression: '#version = :expected',
        ExpressionAttributeNames: { '#phase': 'phase', '#data': 'data', '#version': 'version' },
        ExpressionAttributeValues: {
          ':phase': decision.phase,
          ':data': data,
          ':version': version,
          ':expected': p.version,
          ':seq': head.seq,
          ':hash': head.hash,
          ':at': at,
        },
      },
    },
    ...items.map((i) => put(i, 'attribute_not_exists(pk)')),
    ...decision.deadlines.map((d) =>
      put(deadlineItem(pk, p.entityId, { ...d, procedureTitle: p.title, procedureType: p.type })),
    ),
    // A reminder is written only if new or still pending: one the sweeper sent meanwhile is never overwritten
    // (the transaction is cancelled instead, and the act is retried on fresh state).
    ...decision.reminders.map((r) => ({
      Put: {
        TableName: table(),
        Item: reminderItem(pk, r),
        ConditionExpression: 'attribute_not_exists(pk) OR #status = :pending',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':pending': 'PENDING' },
      },
    })),
    ...decision.messages.map((m) => put(messageItem(pk, m, now), 'attribute_not_exists(pk)')),
    // Written once: a record that exists already cancels the transaction rather than being overwritten.
    ...(decision.records ?? []).map((r) => put(r, 'attribute_not_exists(pk)')),
    ...(decision.broadcasts ?? []).map((b) => put(broadcastItem(pk, b, now), 'attribute_not_exists(pk)')),
    ...(decision.replaceRecords ?? []).map((r) => put(r)),
    ...(decision.deleteRecords ?? []).map((Key) => ({ Delete: { TableName: table(), Key } })),
  ];
  try {
    await dynamo().send(new TransactWriteCommand({ TransactItems: transactItems }));
  } catch (error) {
    const codes = cancellationCodes(error);
    if (codes.some((c) => c === 'ConditionalCheckFailed' || c === 'TransactionConflict')) {
      throw new ConcurrentModification(`procedure ${p.id} changed since version ${p.version}`);
    }
    throw error;
  }
  return { procedure: { ...p, phase: decision.phase, data, version, updatedAt: at }, head };
}

/** Running terms of an entity, soonest first (OPEN and SUSPENDED). */
export async function agenda(
  entityId: string,
  limit = 500,
  type?: string,
): Promise<(Deadline & { procedureId: string })[]> {
  const out: (Deadline & { procedureId: string })[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const r = await dynamo().send(
      new QueryCommand({
        TableName: table(),
        IndexName: AGENDA_INDEX,
        KeyConditionExpression: 'agendaPk = :a',
        ExpressionAttributeValues: { ':a': agendaPk(entityId, type) },
        ExclusiveStartKey: start,
        Limit: limit - out.length,
      }),
    );
    for (const item of r.Items ?? []) {
      const procedureId = String(item.pk).split('#PROC#')[1];
      out.push({ ...stripKeys<Deadline>(item), procedureId });
    }
    start = r.LastEvaluatedKey;
  } while (start && out.length < limit);
  return out;
}

export { DUE_INDEX };
