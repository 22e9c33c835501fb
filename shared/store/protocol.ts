/**
 * The entity's protocol registers (D.P.R. 445/2000 art. 57: yearly numbering, at least seven digits): the
 * general one, shared by every procedure of the entity, and the reserved one of disciplinary acts (L3697).
 * A number is an atomic counter increment: concurrent acts never share one; a number drawn for a write
 * that then fails stays unused (a gap the register shows), never reused.
 */
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { protocolRegisterPk } from './keys';
import { dynamo, table } from './table';

/** The next sequence number of a register for the year. */
export async function nextProtocolSeq(entityId: string, year: string, register?: 'RISERVATO'): Promise<number> {
  const r = await dynamo().send(
    new UpdateCommand({
      TableName: table(),
      // The reserved register of disciplinary acts is its own sequence (L3697).
      Key: { pk: protocolRegisterPk(entityId), sk: register ? `${register}#YEAR#${year}` : `YEAR#${year}` },
      UpdateExpression: 'ADD seq :one',
      ExpressionAttributeValues: { ':one': 1 },
      ReturnValues: 'UPDATED_NEW',
    }),
  );
  return r.Attributes!.seq as number;
}

/** "RIS/2026/0000042" (the reserved register, L3697) or "2026/0000042" (the general one): yearly sequences. */
export async function nextProtocolNumber(
  entityId: string,
  year: string,
  register: 'RISERVATO' | 'GENERALE',
): Promise<string> {
  const seq = String(
    await nextProtocolSeq(entityId, year, register === 'RISERVATO' ? 'RISERVATO' : undefined),
  ).padStart(7, '0');
  return register === 'RISERVATO' ? `RIS/${year}/${seq}` : `${year}/${seq}`;
}
