/**
 * Outbox dispatch (DECISIONS D5): a message is stored before it is sent, sent at least once, and marked
 * sent with the SES message id. Marking is conditional on PENDING, so two dispatchers racing on one row
 * record one id; the recipient may, rarely, get a duplicate, never nothing.
 */
import { SendEmailCommand } from '@aws-sdk/client-ses';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { sesClient } from '../aws-clients';
import { logger } from '../http/handler';
import type { OutboxDraft } from '../procedures/model';
import { dueKeys, sk } from '../store/keys';
import { dynamo, isConditionalFailure, table } from '../store/table';
import { pecGateway } from './pec';

export async function sendEmail(m: OutboxDraft): Promise<string> {
  const r = await sesClient().send(
    new SendEmailCommand({
      Source: m.from,
      // Alerts go to every officer of the authority: one message, several recipients.
      Destination: {
        ToAddresses: m.to
          .split(',')
          .map((a) => a.trim())
          .filter(Boolean),
      },
      Message: {
        Subject: { Data: m.subject, Charset: 'UTF-8' },
        Body: { Text: { Data: m.text, Charset: 'UTF-8' }, Html: { Data: m.html, Charset: 'UTF-8' } },
      },
    }),
  );
  return r.MessageId!;
}

/** A legal communication by PEC: the gateway returns its message id; the receipts come back through the sweeper. */
export async function sendPec(m: OutboxDraft): Promise<string> {
  if (!m.reference) throw new Error(`PEC message ${m.id} has no reference`);
  const r = await pecGateway().send({
    reference: m.reference,
    from: m.from,
    to: m.to,
    subject: m.subject,
    text: m.text,
    ...(m.attachments ? { attachments: m.attachments } : {}),
  });
  return r.pecMessageId;
}

/** After this many failed sends a message leaves the queue as FAILED, logged as an error for the operators. */
export const MAX_SEND_ATTEMPTS = 8;

/**
 * A failed send moves the message's place in the due index forward (2, 4, 8 … minutes, at most 6 hours),
 * so a failing channel never holds up due terms; after MAX_SEND_ATTEMPTS it stops, FAILED.
 */
async function recordFailure(
  pk: string,
  m: OutboxDraft & { attempts?: number },
  now: Date,
  error: Error,
): Promise<void> {
  const attempts = (m.attempts ?? 0) + 1;
  const key = { pk, sk: sk.message(m.id) };
  const reason = String(error.message).slice(0, 500);
  if (attempts >= MAX_SEND_ATTEMPTS) {
    logger.error('outbox message failed for good', { messageId: m.id, attempts, error: reason });
    await dynamo()
      .send(
        new UpdateCommand({
          TableName: table(),
          Key: key,
          UpdateExpression: 'SET #s = :failed, attempts = :n, lastError = :e REMOVE duePk, dueSk, claimUntil',
          ConditionExpression: '#s = :pending',
          ExpressionAttributeNames: { '#s': 'status' },
          ExpressionAttributeValues: { ':failed': 'FAILED', ':pending': 'PENDING', ':n': attempts, ':e': reason },
        }),
      )
      .catch(() => undefined);
    return;
  }
  logger.warn('outbox send failed; retried later', { messageId: m.id, attempts, error: reason });
  const retryAt = new Date(now.getTime() + Math.min(2 ** attempts * 60_000, 6 * 3_600_000)).toISOString();
  await dynamo()
    .send(
      new UpdateCommand({
        TableName: table(),
        Key: key,
        UpdateExpression: 'SET attempts = :n, lastError = :e, duePk = :dp, dueSk = :ds REMOVE claimUntil',
        ConditionExpression: '#s = :pending',
        ExpressionAttributeNames: { '#s': 'status' },
        ExpressionAttributeValues: { ':pending': 'PENDING', ':n': attempts, ':e': reason, ...due(pk, m.id, retryAt) },
      }),
    )
    .catch(() => undefined);
}

const due = (pk: string, id: string, at: string) => {
  const k = dueKeys(pk, sk.message(id), at);
  return { ':dp': k.duePk, ':ds': k.dueSk };
};

/** Send one queued message and record the evidence. Returns false when it stays queued for a retry. */
export async function dispatch(pk: string, m: OutboxDraft, now: Date): Promise<boolean> {
  let messageId: string;
  try {
    messageId = m.channel === 'PEC' ? await sendPec(m) : await sendEmail(m);
  } catch (error) {
    await recordFailure(pk, m, now, error as Error);
    return false;
  }
  try {
    await dynamo().send(
      new UpdateCommand({
        TableName: table(),
        Key: { pk, sk: sk.message(m.id) },
        UpdateExpression:
          'SET #s = :sent, #provider = :id, sentAt = :at ADD attempts :one REMOVE duePk, dueSk, claimUntil',
        ConditionExpression: '#s = :pending',
        ExpressionAttributeNames: {
          '#s': 'status',
          '#provider': m.channel === 'PEC' ? 'pecMessageId' : 'sesMessageId',
        },
        ExpressionAttributeValues: {
          ':sent': 'SENT',
          ':pending': 'PENDING',
          ':id': messageId,
          ':at': now.toISOString(),
          ':one': 1,
        },
      }),
    );
  } catch (error) {
    if (!isConditionalFailure(error)) throw error;
  }
  return true;
}
