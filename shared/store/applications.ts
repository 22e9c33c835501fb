/**
 * Domande are written by the intake handler directly (DESIGN.md §3), each in one transaction:
 * the tax-code uniqueness item, the application, its first event (its own chain), the receipt e-mail
 * in the outbox, and a condition check that the procedure is still in the phase that admits it.
 *  - retry: the tax-code item exists → 409 with the protocol number already given; nothing doubles;
 *  - concurrent close: the phase check fails the transaction, the caller re-reads and refuses;
 *  - crash halfway: all or nothing. A protocol number drawn before a failed write stays unused
 *    (the counter only moves forward; numbers are never reused).
 */
import { BatchGetCommand, QueryCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { chainEvents, digestOfHeads, genesisHash } from '../audit/chain';
import { problems } from '../http/problem';
import type { Application } from '../procedures/concorso/applications';
import type { ActorRef, Deadline, OutboxDraft } from '../procedures/model';
import { procPk, sk } from './keys';
import { type Aggregate, messageItem, queryPrefix, stripKeys, toStoredProcedure } from './procedures';
import { cancellationCodes, dynamo, table } from './table';

export async function nextProtocolSeq(entityId: string, procedureId: string): Promise<number> {
  const r = await dynamo().send(
    new UpdateCommand({
      TableName: table(),
      Key: { pk: procPk(entityId, procedureId), sk: sk.protocolCounter },
      UpdateExpression: 'ADD seq :one',
      ExpressionAttributeValues: { ':one': 1 },
      ReturnValues: 'UPDATED_NEW',
    }),
  );
  return r.Attributes!.seq as number;
}

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
  const r = await dynamo().send(
    new BatchGetCommand({ RequestItems: { [table()]: { Keys: keys, ConsistentRead: true } } }),
  );
  const items = r.Responses?.[table()] ?? [];
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
  try {
    await dynamo().send(
      new TransactWriteCommand({
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
      }),
    );
  } catch (error) {
    const codes = cancellationCodes(error);
    if (codes[1] === 'ConditionalCheckFailed') {
      throw problems.conflict(
        'duplicate-application',
        'Risulta già presentata una domanda con questo codice fiscale per questo concorso.',
        { errors: [{ field: 'taxCode', message: 'Domanda già presentata con questo codice fiscale.' }] },
      );
    }
    if (codes[0] === 'ConditionalCheckFailed') throw new PhaseChanged();
    throw error;
  }
  return stored;
}

/** The procedure left the phase between the read and the write (typically: the window closed). */
export class PhaseChanged extends Error {
  override name = 'PhaseChanged';
}

export async function listApplications(entityId: string, procedureId: string): Promise<StoredApplication[]> {
  return queryPrefix<StoredApplication>(procPk(entityId, procedureId), 'APP#');
}

/** Count and digest of every application's chain head: anchored in the procedure's chain at phase boundaries. */
export async function applicationsDigest(
  entityId: string,
  procedureId: string,
): Promise<{ count: number; digest: string }> {
  const heads: { id: string; head: string }[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const r = await dynamo().send(
      new QueryCommand({
        TableName: table(),
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :p)',
        ExpressionAttributeValues: { ':pk': procPk(entityId, procedureId), ':p': 'APP#' },
        ProjectionExpression: 'id, headHash',
        ConsistentRead: true,
        ExclusiveStartKey: start,
      }),
    );
    for (const i of r.Items ?? []) heads.push({ id: i.id as string, head: i.headHash as string });
    start = r.LastEvaluatedKey;
  } while (start);
  return { count: heads.length, digest: digestOfHeads(heads) };
}
