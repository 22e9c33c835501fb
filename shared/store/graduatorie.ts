/**
 * Graduatorie handed to contract formation: immutable once entered (a changed ranking is a new act and a
 * new graduatoria). Written once, conditional on a fresh id; a retry with the same id answers 409.
 */
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { problems } from '../http/problem';
import type { Graduatoria } from '../procedures/contract/graduatoria';
import { graduatoriaKey } from './keys';
import { queryPrefix, stripKeys } from './procedures';
import { dynamo, isConditionalFailure, table } from './table';

const pk = (entityId: string) => graduatoriaKey(entityId, '').pk;

export async function putGraduatoria(g: Graduatoria): Promise<void> {
  try {
    await dynamo().send(
      new PutCommand({
        TableName: table(),
        Item: { ...graduatoriaKey(g.entityId, g.id), ...g },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
  } catch (error) {
    if (isConditionalFailure(error)) {
      throw problems.conflict('already-exists', 'La graduatoria esiste già.');
    }
    throw error;
  }
}

export async function getGraduatoria(entityId: string, id: string): Promise<Graduatoria | undefined> {
  const r = await dynamo().send(
    new GetCommand({ TableName: table(), Key: graduatoriaKey(entityId, id), ConsistentRead: true }),
  );
  return r.Item ? stripKeys<Graduatoria>(r.Item) : undefined;
}

export async function listGraduatorie(entityId: string): Promise<Graduatoria[]> {
  return queryPrefix<Graduatoria>(pk(entityId), 'GRAD#');
}
