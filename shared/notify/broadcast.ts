/**
 * A notice to everyone who applied to a procedure (a revocation, DECISIONS Q6; L4455), however many they
 * are. The transition writes one broadcast row (it fits its transaction whatever the audience); the
 * sweeper fans it out in chunks: each chunk writes the messages into the outbox (ids derived from the
 * broadcast and the application, so a retried chunk writes nothing twice) and moves the broadcast's
 * cursor in the same transaction. A crash halfway resumes from the cursor; the outbox sends at least once.
 */
import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { Broadcast, OutboxDraft } from '../procedures/model';
import { listApplications, type StoredApplication } from '../store/applications';
import { dueKeys } from '../store/keys';
import { messageItem } from '../store/procedures';
import { dynamo, table } from '../store/table';
import { renderEmail } from './email';
import { dispatch } from './outbox';

/** What a sweep records on the row: how far the fan-out got. */
export interface BroadcastRow extends Broadcast {
  status: 'PENDING' | 'SENT';
  /** The last application id written to the outbox (applications are read in key order). */
  cursor?: string;
  written?: number;
}

export function broadcastItem(pk: string, b: Broadcast, now: Date) {
  return {
    pk,
    sk: `BCAST#${b.id}`,
    ...b,
    status: 'PENDING',
    written: 0,
    ...dueKeys(pk, `BCAST#${b.id}`, now.toISOString()),
  };
}

const CHUNK = 24;

function messageFor(b: Broadcast, app: StoredApplication): OutboxDraft | undefined {
  const email = (app.candidate as { email?: string }).email;
  if (!email) return undefined;
  const name = `${app.candidate.firstName} ${app.candidate.lastName}`;
  const content = renderEmail({ ...b.email, greeting: `Gentile ${name},` });
  return { id: `${b.id}-${app.id}`, channel: 'EMAIL', template: b.template, to: email, from: b.from, ...content };
}

/** The prepared messages of a MESSAGES broadcast, keyed like applications so the same cursor works. */
function prepared(row: BroadcastRow): { id: string; message: OutboxDraft }[] {
  return (row.messages ?? []).map((m, i) => ({ id: String(i).padStart(6, '0'), message: m }));
}

/** Fan the broadcast out from its cursor; returns how many messages it queued. Safe to run again. */

export async function fanOut(
  pk: string,
  row: BroadcastRow,
  entityId: string,
  procedureId: string,
  now: Date,
): Promise<number> {
  const recipients =
    row.audience === 'MESSAGES'
      ? prepared(row)
      : (await listApplications(entityId, procedureId))
          .sort((a, b) => (a.id < b.id ? -1 : 1))
          .map((a) => ({ id: a.id, message: messageFor(row, a) }));
  const apps = recipients.filter((a) => !row.cursor || a.id > row.cursor);
  let written = row.written ?? 0;
  let queued = 0;
  for (let i = 0; i < apps.length; i += CHUNK) {
    const chunk = apps.slice(i, i + CHUNK);
    const messages = chunk.map((a) => a.message).filter((m): m is OutboxDraft => !!m);
    const last = chunk[chunk.length - 1].id;
    const done = i + CHUNK >= apps.length;
    // The chunk's messages and the cursor commit together: a chunk is written once, or not at all.
    await dynamo().send(
      new TransactWriteCommand({
        TransactItems: [
          ...messages.map((m) => ({
            Put: { TableName: table(), Item: messageItem(pk, m, now), ConditionExpression: 'attribute_not_exists(pk)' },
          })),
          {
            Update: {
              TableName: table(),
              Key: { pk, sk: `BCAST#${row.id}` },
              UpdateExpression: done
                ? 'SET #c = :c, written = :w, #s = :sent REMOVE duePk, dueSk, claimUntil'
                : 'SET #c = :c, written = :w',
              ExpressionAttributeNames: { '#c': 'cursor', ...(done ? { '#s': 'status' } : {}) },
              ExpressionAttributeValues: {
                ':c': last,
                ':w': written + messages.length,
                ...(done ? { ':sent': 'SENT' } : {}),
              },
            },
          },
        ],
      }),
    );
    written += messages.length;
    queued += messages.length;
    for (const m of messages) await dispatch(pk, m, now);
  }
  if (apps.length === 0) {
    await dynamo().send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Update: {
              TableName: table(),
              Key: { pk, sk: `BCAST#${row.id}` },
              UpdateExpression: 'SET #s = :sent REMOVE duePk, dueSk, claimUntil',
              ExpressionAttributeNames: { '#s': 'status' },
              ExpressionAttributeValues: { ':sent': 'SENT' },
            },
          },
        ],
      }),
    );
  }
  return queued;
}
