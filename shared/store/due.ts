/**
 * The due index (DESIGN.md §4): only open deadlines, pending reminders and unsent messages carry its
 * keys, so a sweep reads what is due and nothing else. A claim is a conditional update with a short
 * lease: a claimed item whose work failed is retried after the lease; a completed one has left the index
 * (its keys removed in the same write that completed it) and is never claimed again.
 */
import { GetCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { DUE_INDEX, DUE_SHARDS } from './keys';
import { dynamo, isConditionalFailure, table } from './table';

export const CLAIM_LEASE_MS = 2 * 60 * 1000;
/**
 * An item is handed out only this long after its instant: a request that began before a term ended
 * (an application at 23:59:59) has committed, or failed, by then (the API functions time out sooner).
 */
export const SETTLE_MS = 30 * 1000;

export interface DueRef {
  pk: string;
  sk: string;
  dueSk: string;
}

export async function dueItems(nowIso: string, limitPerShard = 200): Promise<DueRef[]> {
  const out: DueRef[] = [];
  await Promise.all(
    Array.from({ length: DUE_SHARDS }, async (_, shard) => {
      let start: Record<string, unknown> | undefined;
      let read = 0;
      do {
        const r = await dynamo().send(
          new QueryCommand({
            TableName: table(),
            IndexName: DUE_INDEX,
            // '~' sorts after '#': every item due at or before now, whatever follows the instant.
            KeyConditionExpression: 'duePk = :s AND dueSk <= :now',
            ExpressionAttributeValues: { ':s': `DUE#${shard}`, ':now': `${nowIso}~` },
            ProjectionExpression: 'pk, sk, dueSk',
            ExclusiveStartKey: start,
            Limit: limitPerShard,
          }),
        );
        for (const i of r.Items ?? []) out.push(i as DueRef);
        read += r.Items?.length ?? 0;
        start = r.LastEvaluatedKey;
      } while (start && read < limitPerShard);
    }),
  );
  return out.sort((a, b) => (a.dueSk < b.dueSk ? -1 : 1));
}

/** Claim an item for `now + lease`; returns the item as claimed, or undefined if someone else holds it or it is done. */
export async function claim(ref: DueRef, now: Date): Promise<Record<string, unknown> | undefined> {
  try {
    const r = await dynamo().send(
      new UpdateCommand({
        TableName: table(),
        Key: { pk: ref.pk, sk: ref.sk },
        UpdateExpression: 'SET claimUntil = :until',
        ConditionExpression: 'attribute_exists(duePk) AND (attribute_not_exists(claimUntil) OR claimUntil < :now)',
        ExpressionAttributeValues: {
          ':until': new Date(now.getTime() + CLAIM_LEASE_MS).toISOString(),
          ':now': now.toISOString(),
        },
        ReturnValues: 'ALL_NEW',
      }),
    );
    return r.Attributes;
  } catch (error) {
    if (isConditionalFailure(error)) return undefined;
    throw error;
  }
}

export async function getItem(pk: string, sk: string): Promise<Record<string, unknown> | undefined> {
  const r = await dynamo().send(new GetCommand({ TableName: table(), Key: { pk, sk }, ConsistentRead: true }));
  return r.Item;
}
