/**
 * Domande are written by the intake handler directly (DESIGN.md §3), each in one transaction:
 * the tax-code uniqueness item, the application, its first event (its own chain), the receipt e-mail
 * in the outbox, and a condition check that the procedure is still in the phase that admits it.
 *  - retry: the tax-code item exists → 409 (the receipt e-mail carries the protocol number); nothing doubles;
 *  - a transaction conflict (many candidates at once) is retried a few times, then 503: nothing written;
 *  - concurrent close: the phase check fails the transaction, the caller re-reads and refuses;
 *  - crash halfway: all or nothing. A protocol number drawn before a failed write stays unused
 *    (the counter only moves forward; numbers are never reused).
 */
import { BatchGetCommand, QueryCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { type ChainedEvent, chainEvents, digestOfHeads, genesisHash } from '../audit/chain';
import { ProblemError, problems } from '../http/problem';
import type { Application } from '../procedures/concorso/applications';
import type { ActorRef, Deadline, OutboxDraft } from '../procedures/model';
import { procPk, sk } from './keys';
import { type Aggregate, messageItem, queryPrefix, stripKeys, toStoredProcedure } from './procedures';
import { cancellationCodes, dynamo, table } from './table';

/**
 * What intake needs to decide, in one round trip: the procedure and the two terms that bound the
 * window (T1, T2). The hot path of a thousand candidates applying at once reads nothing else.
 */
export async function loadForIntake(
  entityId: string,
  procedureId: string,
  termIds: string[],
): Promise<Aggregate | undefined> {
  const pk = procPk(entityId, procedureId);
  const keys = [{ pk, sk: sk.meta }, ...termIds.map((t) => ({ pk, sk: sk.deadline(t) }))];
  const items: Record<string, unknown>[] = [];
  let pending: Record<string, unknown>[] = keys;
  // Under throttling BatchGet answers in part: ask again for what it left out, with a short backoff.
  for (let attempt = 0; pending.length; attempt++) {
    if (attempt > 5) throw new Error('BatchGet kept leaving keys unprocessed');
    if (attempt > 0) await sleep(25 * 2 ** attempt + Math.random() * 25);
    const r = await dynamo().send(
      new BatchGetCommand({ RequestItems: { [table()]: { Keys: pending, ConsistentRead: true } } }),
    );
    items.push(...(r.Responses?.[table()] ?? []));
    pending = r.UnprocessedKeys?.[table()]?.Keys ?? [];
  }
  const meta = items.find((i) => i.sk === sk.meta);
  if (!meta) return undefined;
  const { procedure, head } = toStoredProcedure(meta);
  const deadlines = items.filter((i) => i.sk !== sk.meta).map((i) => stripKeys<Deadline>(i));
  return { procedure, head, deadlines, reminders: [] };
}

export type StoredApplication = Application & { eventSeq: number; headHash: string };

export async function putApplication(
  app: Application,
  message: OutboxDraft,
  allowedPhases: string[],
  actor: ActorRef,
  now: Date,
): Promise<StoredApplication> {
  const pk = procPk(app.entityId, app.procedureId);
  const chainId = `${pk}#${sk.application(app.id)}`;
  const [event] = chainEvents({ seq: 0, hash: genesisHash(chainId) }, [
    {
      type: 'APPLICATION_RECEIVED',
      actor,
      legalDate: app.sentDate,
      recordedAt: now.toISOString(),
      payload: {
        protocolNumber: app.protocolNumber,
        channel: app.channel,
        taxCode: app.candidate.taxCode,
        receivedDate: app.receivedDate,
      },
    },
  ]);
  const stored: StoredApplication = { ...app, eventSeq: event.seq, headHash: event.hash };
  const phaseValues = Object.fromEntries(allowedPhases.map((p, i) => [`:p${i}`, p]));
  for (let attempt = 0; ; attempt++) {
    try {
      await dynamo().send(transaction(pk, app, stored, event, message, phaseValues, now));
      return stored;
    } catch (error) {
      const codes = cancellationCodes(error);
      if (codes[1] === 'ConditionalCheckFailed') {
        throw problems.conflict(
          'duplicate-application',
          'Risulta già presentata una domanda con questo codice fiscale per questo concorso: il numero di protocollo è nella ricevuta inviata per e-mail.',
          { errors: [{ field: 'taxCode', message: 'Domanda già presentata con questo codice fiscale.' }] },
        );
      }
      if (codes[0] === 'ConditionalCheckFailed') throw new PhaseChanged();
      // Another transaction touched the procedure item at the same instant (many candidates at once, or a
      // transition): nothing was written, so trying again is safe; past a few tries, say so (503).
      if (!codes.includes('TransactionConflict')) throw error;
      if (attempt >= 4) {
        throw new ProblemError({
          status: 503,
          code: 'busy',
          title: 'Servizio momentaneamente occupato',
          detail:
            'Troppe domande nello stesso istante: la domanda non è stata registrata. Riprovare tra qualche secondo.',
        });
      }
      await sleep(20 * 2 ** attempt + Math.random() * 50);
    }
  }
}

function transaction(
  pk: string,
  app: Application,
  stored: StoredApplication,
  event: ChainedEvent,
  message: OutboxDraft,
  phaseValues: Record<string, string>,
  now: Date,
): TransactWriteCommand {
  return new TransactWriteCommand({
    TransactItems: [
      {
        ConditionCheck: {
          TableName: table(),
          Key: { pk, sk: sk.meta },
          ConditionExpression: `#phase IN (${Object.keys(phaseValues).join(', ')})`,
          ExpressionAttributeNames: { '#phase': 'phase' },
          ExpressionAttributeValues: phaseValues,
        },
      },
      {
        Put: {
          TableName: table(),
          Item: {
            pk,
            sk: sk.taxCode(app.candidate.taxCode),
            applicationId: app.id,
            protocolNumber: app.protocolNumber,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      {
        Put: {
          TableName: table(),
          Item: { pk, sk: sk.application(app.id), ...stored },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      {
        Put: {
          TableName: table(),
          Item: { pk, sk: sk.applicationEvent(app.id, event.seq), applicationId: app.id, ...event },
        },
      },
      {
        Put: {
          TableName: table(),
          Item: messageItem(pk, message, now),
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
    ],
  });
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** The procedure left the phase between the read and the write (typically: the window closed). */
export class PhaseChanged extends Error {
  override name = 'PhaseChanged';
}

export async function listApplications(entityId: string, procedureId: string): Promise<StoredApplication[]> {
  return queryPrefix<StoredApplication>(procPk(entityId, procedureId), 'APP#');
}

/**
 * Count and digest of the applications' chain heads, anchored in the procedure's chain at phase boundaries.
 * `recordedUpTo` limits them to those recorded by that instant: the anchor covers a fixed, checkable set.
 */
export async function applicationsDigest(
  entityId: string,
  procedureId: string,
  recordedUpTo?: string,
): Promise<{ count: number; digest: string }> {
  const heads: { id: string; head: string }[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const r = await dynamo().send(
      new QueryCommand({
        TableName: table(),
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :p)',
        ExpressionAttributeValues: { ':pk': procPk(entityId, procedureId), ':p': 'APP#' },
        ProjectionExpression: 'id, headHash, recordedAt',
        ConsistentRead: true,
        ExclusiveStartKey: start,
      }),
    );
    for (const i of r.Items ?? []) {
      if (recordedUpTo && (i.recordedAt as string) > recordedUpTo) continue;
      heads.push({ id: i.id as string, head: i.headHash as string });
    }
    start = r.LastEvaluatedKey;
  } while (start);
  return { count: heads.length, digest: digestOfHeads(heads) };
}

/**
 * A candidate's own application, found by their tax code and checked against the protocol number they
 * hold: both must match, so a protocol number alone reveals nothing.
 */
export async function findOwnApplication(
  entityId: string,
  procedureId: string,
  taxCode: string,
  protocolNumber: string,
): Promise<StoredApplication | undefined> {
  const pk = procPk(entityId, procedureId);
  const r = await dynamo().send(
    new BatchGetCommand({
      RequestItems: { [table()]: { Keys: [{ pk, sk: sk.taxCode(taxCode) }], ConsistentRead: true } },
    }),
  );
  const index = r.Responses?.[table()]?.[0];
  if (!index || index.protocolNumber !== protocolNumber) return undefined;
  const app = await dynamo().send(
    new BatchGetCommand({
      RequestItems: {
        [table()]: { Keys: [{ pk, sk: sk.application(String(index.applicationId)) }], ConsistentRead: true },
      },
    }),
  );
  const item = app.Responses?.[table()]?.[0];
  return item ? stripKeys<StoredApplication>(item) : undefined;
}
