/**
 * Writes a decision's side records (model.ts `sideRecords`) before its transition: batches of 25, the
 * unprocessed ones retried. Idempotent: the items are keyed by their content, so a retry writes the same.
 */
import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import { dynamo, table } from './table';

const BATCH = 25;
const ATTEMPTS = 5;

export async function writeSideRecords(items: Record<string, unknown>[]): Promise<void> {
  for (let i = 0; i < items.length; i += BATCH) {
    let pending = items.slice(i, i + BATCH).map((Item) => ({ PutRequest: { Item } }));
    for (let attempt = 0; pending.length; attempt++) {
      if (attempt === ATTEMPTS) throw new Error(`side records not written after ${ATTEMPTS} attempts`);
      const r = await dynamo().send(new BatchWriteCommand({ RequestItems: { [table()]: pending } }));
      pending = (r.UnprocessedItems?.[table()] ?? []) as typeof pending;
      if (pending.length) await new Promise((done) => setTimeout(done, 50 * 2 ** attempt));
    }
  }
}
