/**
 * The sweeper (DESIGN.md §4): every minute it reads the due index and, for each item it manages to claim,
 * fires the deadline's expiry transition, sends the reminder, or retries the unsent message.
 * Items that fell due while the system was down are found by the same query and are marked late by
 * the transition that handles them.
 */
import { randomUUID } from 'node:crypto';
import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { findEntity } from '../entities/entities';
import { logger } from '../http/handler';
import { ProblemError } from '../http/problem';
import { type BroadcastRow, fanOut } from '../notify/broadcast';
import { dispatch } from '../notify/outbox';
import { reminderMessage } from '../notify/reminders';
import { type Deadline, type OutboxDraft, type ProcedureBase, type Reminder, SYSTEM_ACTOR } from '../procedures/model';
import { reminderDisposition } from '../procedures/reminders';
import { claim, type DueRef, dueItems, getItem, SETTLE_MS } from '../store/due';
import { sk } from '../store/keys';
import { messageItem, queryPrefix } from '../store/procedures';
import { dynamo, table } from '../store/table';
import { runTransition } from './executor';
import { collectPecReceipts, recordPecGivenUp } from './pec-receipts';

export interface SweepReport {
  due: number;
  /** PEC receipts read from the gateway, and those recorded on their case. */
  pecReceipts: number;
  expired: number;
  reminders: number;
  messages: number;
  skipped: number;
  failed: number;
}

type Outcome = keyof Omit<SweepReport, 'due' | 'pecReceipts'>;

export async function sweep(now: Date): Promise<SweepReport> {
  // Terms first: an expiry must never wait behind a backlog of reminders or messages to retry.
  const rank = (ref: DueRef) =>
    ref.sk.startsWith('DL#') ? 0 : ref.sk.startsWith('REM#') ? 1 : ref.sk.startsWith('BCAST#') ? 2 : 3;
  const due = (await dueItems(new Date(now.getTime() - SETTLE_MS).toISOString())).sort((a, b) => rank(a) - rank(b));
  const report: SweepReport = {
    due: due.length,
    pecReceipts: 0,
    expired: 0,
    reminders: 0,
    messages: 0,
    skipped: 0,
    failed: 0,
  };
  // Sequential per sweep: transitions of one procedure must not race each other, and volume is small.
  for (const ref of due) {
    const outcome = await handle(ref, now).catch((error) => {
      logger.error('sweep item failed; retried after the lease', { pk: ref.pk, sk: ref.sk, error: error as Error });
      return 'failed' as const;
    });
    report[outcome] += 1;
  }
  // Then the delivery receipts of legal communications (PEC): a gateway outage never holds up the terms.
  report.pecReceipts = await collectPecReceipts(now)
    .then((r) => r.receipts)
    .catch((error) => {
      logger.error('pec receipts not collected; retried next sweep', { error: error as Error });
      return 0;
    });
  if (report.due || report.pecReceipts) logger.info('sweep', { ...report });
  return report;
}

async function handle(ref: DueRef, now: Date): Promise<Outcome> {
  const item = await claim(ref, now);
  if (!item) return 'skipped';
  if (ref.sk.startsWith('DL#')) return expire(ref, item as unknown as Deadline, now);
  if (ref.sk.startsWith('REM#')) return remind(ref, item as unknown as Reminder, now);
  if (ref.sk.startsWith('BCAST#')) {
    const p = await procedureOf(ref.pk);
    await fanOut(ref.pk, item as unknown as BroadcastRow, p.entityId, p.id, now);
    return 'messages';
  }
  if (ref.sk.startsWith('MSG#')) {
    const message = item as unknown as OutboxDraft & { attempts?: number };
    if (await dispatch(ref.pk, message, now)) return 'messages';
    // A PEC the outbox gave up on will never have a receipt: its communication is recorded as not delivered.
    const after = message.channel === 'PEC' ? await getItem(ref.pk, ref.sk) : undefined;
    if (after?.status === 'FAILED') {
      await recordPecGivenUp({ ...message, lastError: String(after.lastError ?? '') }, now);
    }
    return 'failed';
  }
  logger.warn('unknown item in the due index', { pk: ref.pk, sk: ref.sk });
  return 'skipped';
}

async function procedureOf(pk: string): Promise<ProcedureBase> {
  const meta = await getItem(pk, sk.meta);
  if (!meta) throw new Error(`no procedure for ${pk}`);
  return meta as unknown as ProcedureBase;
}

async function expire(ref: DueRef, deadline: Deadline, now: Date): Promise<Outcome> {
  const p = await procedureOf(ref.pk);
  try {
    await runTransition(p.type, {
      entityId: p.entityId,
      procedureId: p.id,
      action: 'deadline-expired',
      expectedVersion: p.version,
      actor: SYSTEM_ACTOR,
      payload: { deadlineId: deadline.id, termId: deadline.termId },
      requestedAt: now.toISOString(),
    });
    return 'expired';
  } catch (error) {
    // A refusal (e.g. a concurrent act moved the version) leaves the claim to lapse: the next sweep after the lease retries.
    if (error instanceof ProblemError) {
      logger.warn('expiry refused; retried after the lease', {
        pk: ref.pk,
        deadline: deadline.id,
        problem: error.problem,
      });
      return 'failed';
    }
    throw error;
  }
}

async function remind(ref: DueRef, reminder: Reminder, now: Date): Promise<Outcome> {
  const [deadline, p, siblings] = await Promise.all([
    getItem(ref.pk, sk.deadline(reminder.deadlineId)),
    procedureOf(ref.pk),
    queryPrefix<Reminder>(ref.pk, `REM#${reminder.deadlineId}#`),
  ]);
  const entity = findEntity(p.entityId);
  const term = deadline as unknown as Deadline | undefined;
  const send = term && entity && reminderDisposition(reminder, term, siblings, now) === 'send';
  const message = send ? reminderMessage(p.title, term, reminder, entity, randomUUID()) : undefined;
  // The reminder leaves the index and its message enters the outbox in one write: never lost, never doubled.
  await dynamo().send(
    new TransactWriteCommand({
      TransactItems: [
        {
          Update: {
            TableName: table(),
            Key: { pk: ref.pk, sk: ref.sk },
            UpdateExpression: 'SET #s = :s, handledAt = :at, messageId = :m REMOVE duePk, dueSk, claimUntil',
            ConditionExpression: '#s = :pending',
            ExpressionAttributeNames: { '#s': 'status' },
            ExpressionAttributeValues: {
              ':s': message ? 'SENT' : 'SKIPPED',
              ':pending': 'PENDING',
              ':at': now.toISOString(),
              ':m': message?.id ?? null,
            },
          },
        },
        ...(message ? [{ Put: { TableName: table(), Item: messageItem(ref.pk, message, now) } }] : []),
      ],
    }),
  );
  if (!message) return 'skipped';
  await dispatch(ref.pk, message, now);
  return 'reminders';
}
