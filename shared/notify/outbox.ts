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
import { sk } from '../store/keys';
import { dynamo, isConditionalFailure, table } from '../store/table';

export async function sendEmail(m: OutboxDraft): Promise<string> {
  const r = await sesClient().send(
    new SendEmailCommand({
      Source: m.from,
      Destination: { ToAddresses: [m.to] },
      Message: {
        Subject: { Data: m.subject, Charset: 'UTF-8' },
        Body: { Text: { Data: m.text, Charset: 'UTF-8' }, Html: { Data: m.html, Charset: 'UTF-8' } },
      },
    }),
  );
  return r.MessageId!;
}

/** Send one queued message and record the evidence. Returns false when it stays queued for a retry. */
export async function dispatch(pk: string, m: OutboxDraft, now: Date): Promise<boolean> {
  let messageId: string;
  try {
    messageId = await sendEmail(m);
  } catch (error) {
    logger.warn('outbox send failed; the sweeper retries it', { messageId: m.id, error: (error as Error).message });
    await dynamo()
      .send(
        new UpdateCommand({
          TableName: table(),
          Key: { pk, sk: sk.message(m.id) },
          UpdateExpression: 'ADD attempts :one SET lastError = :e',
          ExpressionAttributeValues: { ':one': 1, ':e': String((error as Error).message).slice(0, 500) },
        }),
      )
      .catch(() => undefined);
    return false;
  }
  try {
    await dynamo().send(
      new UpdateCommand({
        TableName: table(),
        Key: { pk, sk: sk.message(m.id) },
        UpdateExpression:
          'SET #s = :sent, sesMessageId = :id, sentAt = :at ADD attempts :one REMOVE duePk, dueSk, claimUntil',
        ConditionExpression: '#s = :pending',
        ExpressionAttributeNames: { '#s': 'status' },
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
