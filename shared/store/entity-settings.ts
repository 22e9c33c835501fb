/**
 * The entity's calendar settings as data (patron day, Saturday, extraordinary closures, the year's
 * Jewish and Waldensian holidays), changed by the HR head without a release. The current settings are
 * one item with a version; every accepted change is also kept as an immutable item with who, when and
 * the act it rests on, so the calendar any past computation used can be read back.
 *  - concurrent edits: conditional on the version, the second gets 409;
 *  - retry or crash halfway: one transaction, all or nothing.
 */
import { GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { CalendarSettings } from '../calendar/calendar';
import { problems } from '../http/problem';
import type { ActorRef } from '../procedures/model';
import { cancellationCodes, dynamo, table } from './table';

const pk = (entityId: string) => `E#${entityId}#SETTINGS`;

export interface StoredCalendarSettings {
  settings: CalendarSettings;
  version: number;
  updatedAt: string;
  updatedBy: ActorRef;
  basis: string;
}

export async function getCalendarSettings(entityId: string): Promise<StoredCalendarSettings | undefined> {
  const r = await dynamo().send(
    new GetCommand({ TableName: table(), Key: { pk: pk(entityId), sk: 'CALENDAR' }, ConsistentRead: true }),
  );
  if (!r.Item) return undefined;
  const { settings, version, updatedAt, updatedBy, basis } = r.Item;
  return { settings, version, updatedAt, updatedBy, basis } as StoredCalendarSettings;
}

/** `expectedVersion` 0 means "the seeded defaults, never edited". */
export async function putCalendarSettings(
  entityId: string,
  settings: CalendarSettings,
  expectedVersion: number,
  actor: ActorRef,
  basis: string,
  now: Date,
): Promise<StoredCalendarSettings> {
  const version = expectedVersion + 1;
  const record: StoredCalendarSettings = { settings, version, updatedAt: now.toISOString(), updatedBy: actor, basis };
  try {
    await dynamo().send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Put: {
              TableName: table(),
              Item: { pk: pk(entityId), sk: 'CALENDAR', ...record },
              ConditionExpression: expectedVersion === 0 ? 'attribute_not_exists(pk)' : '#v = :expected',
              ...(expectedVersion === 0
                ? {}
                : {
                    ExpressionAttributeNames: { '#v': 'version' },
                    ExpressionAttributeValues: { ':expected': expectedVersion },
                  }),
            },
          },
          {
            Put: {
              TableName: table(),
              Item: { pk: pk(entityId), sk: `CALENDAR#v${String(version).padStart(6, '0')}`, ...record },
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          },
        ],
      }),
    );
  } catch (error) {
    if (cancellationCodes(error).some((c) => c === 'ConditionalCheckFailed' || c === 'TransactionConflict')) {
      throw problems.conflict(
        'stale-version',
        'Il calendario è stato modificato nel frattempo: ricaricare e riprovare.',
      );
    }
    throw error;
  }
  return record;
}
