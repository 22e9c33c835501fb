/**
 * The disciplinary case's own I/O beyond the aggregate: the sanctions register (recidivism, §2.5), the
 * reserved protocol register (L3697), the case documents (uploaded receipt scans) and the audit of every
 * read of a confidential file (D4).
 *  - register: written once per sealed case, in the sealing transaction (never overwritten);
 *  - protocol numbers: drawn only for an accepted act; a transition that then loses a race leaves a gap,
 *    which the register shows as unused rather than reusing a number;
 *  - documents: content-addressed, so a retried upload writes the same item; one not referenced by
 *    any event (the act was refused) is inert;
 *  - reads: one item per read, so concurrent readers never contend.
 */
import { randomUUID } from 'node:crypto';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { SanctionRecord } from '../procedures/discipline/routing';
import { procPk, sanctionsPk, sk } from './keys';
import { queryPrefix } from './procedures';
import { dynamo, isConditionalFailure, table } from './table';

export async function sanctionHistory(entityId: string, taxCode: string): Promise<SanctionRecord[]> {
  return queryPrefix<SanctionRecord>(sanctionsPk(entityId), `EMP#${taxCode}#`);
}

export interface CaseDocument {
  filename: string;
  contentType: string;
  base64: string;
}

export async function putDocument(entityId: string, caseId: string, sha256: string, doc: CaseDocument, at: string) {
  try {
    await dynamo().send(
      new PutCommand({
        TableName: table(),
        Item: { pk: procPk(entityId, caseId), sk: sk.document(sha256), sha256, ...doc, storedAt: at },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
  } catch (error) {
    if (!isConditionalFailure(error)) throw error;
  }
}

export interface AccessRecord {
  at: string;
  userId: string;
  name: string;
  as: string;
  what: string;
}

/** Every read of the file is recorded before the file is returned: no read goes unaudited. */
export async function recordAccess(entityId: string, caseId: string, access: Omit<AccessRecord, 'at'>, at: string) {
  await dynamo().send(
    new PutCommand({
      TableName: table(),
      Item: { pk: procPk(entityId, caseId), sk: sk.access(at, randomUUID()), at, ...access },
    }),
  );
}

export async function accessLog(entityId: string, caseId: string): Promise<AccessRecord[]> {
  return queryPrefix<AccessRecord>(procPk(entityId, caseId), 'ACCESS#');
}
