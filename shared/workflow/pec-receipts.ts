/**
 * PEC receipts come back to the sender's mailbox, not to the act that sent them: each sweep reads the
 * gateway's receipts after the last one handled and records each delivery (or failure) on its case as a
 * transition (`pec-receipt`), so the terms that run from receipt start only when the evidence is in (D4).
 *  - retry: the cursor advances only past receipts handled; a receipt recorded twice is refused by the
 *    case (already recorded) and skipped;
 *  - concurrent sweeps: the cursor only moves forward (conditional write);
 *  - crash halfway: the receipts after the stored cursor are read again next sweep.
 */
import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { logger } from '../http/handler';
import { ProblemError } from '../http/problem';
import { pecGateway } from '../notify/pec';
import { parsePecReference } from '../procedures/legal-communications';
import type { ActorRef, ProcedureBase } from '../procedures/model';
import { sk } from '../store/keys';
import { dynamo, isConditionalFailure, table } from '../store/table';
import { runTransition } from './executor';

const CURSOR_KEY = { pk: 'SYSTEM#PEC', sk: 'CURSOR' };
const PEC_ACTOR: ActorRef = { id: 'pec-gateway', name: 'Gestore PEC (ricevute)', role: 'SYSTEM' };
/** Refusals that mean "nothing to record": already recorded, or the case/communication is gone. */
const SETTLED = new Set(['already-recorded', 'not-found']);

export interface ReceiptsReport {
  receipts: number;
  recorded: number;
}

/** A receipt that fails this many sweeps in a row is set aside, so one bad receipt never blocks the others. */
export const MAX_RECEIPT_ATTEMPTS = 5;

async function readCursor(): Promise<{ seq: number; stuckSeq: number; attempts: number }> {
  const r = await dynamo().send(new GetCommand({ TableName: table(), Key: CURSOR_KEY, ConsistentRead: true }));
  return {
    seq: Number(r.Item?.seq ?? 0),
    stuckSeq: Number(r.Item?.stuckSeq ?? 0),
    attempts: Number(r.Item?.attempts ?? 0),
  };
}

/** Counts the sweeps a receipt has failed in a row (on the cursor item). */
async function countAttempt(seq: number, previous: { stuckSeq: number; attempts: number }): Promise<number> {
  const attempts = previous.stuckSeq === seq ? previous.attempts + 1 : 1;
  await dynamo().send(
    new UpdateCommand({
      TableName: table(),
      Key: CURSOR_KEY,
      UpdateExpression: 'SET stuckSeq = :s, attempts = :a',
      ExpressionAttributeValues: { ':s': seq, ':a': attempts },
    }),
  );
  return attempts;
}

/** A receipt set aside after repeated failures: kept for the operators, logged as an error. */
async function setAside(r: { seq: number; reference: string }, at: string): Promise<void> {
  logger.error('pec receipt set aside after repeated failures', { seq: r.seq, reference: r.reference });
  await dynamo().send(
    new UpdateCommand({
      TableName: table(),
      Key: { pk: CURSOR_KEY.pk, sk: `DEAD#${String(r.seq).padStart(12, '0')}` },
      UpdateExpression: 'SET receipt = :r, setAsideAt = :at',
      ExpressionAttributeValues: { ':r': r, ':at': at },
    }),
  );
}

async function saveCursor(seq: number): Promise<void> {
  try {
    await dynamo().send(
      new UpdateCommand({
        TableName: table(),
        Key: CURSOR_KEY,
        UpdateExpression: 'SET seq = :s',
        ConditionExpression: 'attribute_not_exists(seq) OR seq < :s',
        ExpressionAttributeValues: { ':s': seq },
      }),
    );
  } catch (error) {
    if (!isConditionalFailure(error)) throw error;
  }
}

async function procedureAt(pk: string): Promise<ProcedureBase | undefined> {
  const r = await dynamo().send(new GetCommand({ TableName: table(), Key: { pk, sk: sk.meta }, ConsistentRead: true }));
  return r.Item as ProcedureBase | undefined;
}

export async function collectPecReceipts(now: Date): Promise<ReceiptsReport> {
  const report: ReceiptsReport = { receipts: 0, recorded: 0 };
  if (!process.env.PEC_ENDPOINT) return report;
  const state = await readCursor();
  let cursor = state.seq;
  const receipts = await pecGateway().receiptsAfter(cursor, 100);
  for (const r of receipts) {
    report.receipts += 1;
    const ref = parsePecReference(r.reference);
    if (r.type !== 'ACCETTAZIONE' && ref) {
      const recorded = await record(ref, r, now);
      if (recorded === 'retry') {
        // Retried next sweep; after MAX_RECEIPT_ATTEMPTS it is set aside and the others go on.
        if ((await countAttempt(r.seq, state)) < MAX_RECEIPT_ATTEMPTS) break;
        await setAside(r, now.toISOString());
      }
      if (recorded === 'recorded') report.recorded += 1;
    }
    cursor = r.seq;
  }
  await saveCursor(cursor);
  if (report.receipts) logger.info('pec receipts', { ...report, cursor });
  return report;
}

async function record(
  ref: { pk: string; communicationId: string },
  r: Awaited<ReturnType<ReturnType<typeof pecGateway>['receiptsAfter']>>[number],
  now: Date,
): Promise<'recorded' | 'settled' | 'retry'> {
  // Two attempts: a concurrent act on the case moves its version between our read and the transition.
  for (let attempt = 0; attempt < 2; attempt++) {
    const p = await procedureAt(ref.pk);
    if (!p) return 'settled';
    try {
      await runTransition(p.type, {
        entityId: p.entityId,
        procedureId: p.id,
        action: 'pec-receipt',
        expectedVersion: p.version,
        actor: PEC_ACTOR,
        payload: {
          communicationId: ref.communicationId,
          type: r.type,
          receiptId: r.receiptId,
          pecMessageId: r.pecMessageId,
          issuedAt: r.issuedAt,
          ...(r.detail ? { detail: r.detail } : {}),
        },
        requestedAt: now.toISOString(),
      });
      return 'recorded';
    } catch (error) {
      const code = error instanceof ProblemError ? error.problem.code : undefined;
      if (code && SETTLED.has(code)) return 'settled';
      if (code === 'stale-version' || code === 'concurrent-modification') continue;
      logger.warn('pec receipt not recorded; retried next sweep', { reference: r.reference, error: error as Error });
      return 'retry';
    }
  }
  return 'retry';
}

/**
 * The outbox gave up sending a PEC (FAILED after its attempts): the gateway will never send a receipt, so
 * the communication is recorded as not delivered, with the reason — the authority then delivers the act
 * by hand or raccomandata (the manual evidence is accepted after a failed PEC).
 */
export async function recordPecGivenUp(
  m: { id: string; reference?: string; lastError?: string; to: string },
  now: Date,
): Promise<'recorded' | 'settled' | 'retry'> {
  const ref = m.reference ? parsePecReference(m.reference) : undefined;
  if (!ref) return 'settled';
  return record(
    ref,
    {
      seq: 0,
      type: 'MANCATA_CONSEGNA',
      receiptId: `outbox:${m.id}`,
      pecMessageId: '',
      reference: m.reference!,
      recipient: m.to,
      issuedAt: now.toISOString(),
      detail: `Invio della PEC non riuscito dopo ripetuti tentativi${m.lastError ? `: ${m.lastError}` : ''}.`,
    },
    now,
  );
}
