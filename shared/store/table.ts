import { dynamo, requiredEnv } from '../aws-clients';

export const table = () => requiredEnv('TABLE_NAME');
export { dynamo };

/** The reason DynamoDB gives per item of a cancelled transaction, or [] when it was not a cancellation. */
export function cancellationCodes(error: unknown): (string | undefined)[] {
  const e = error as { name?: string; message?: string; CancellationReasons?: { Code?: string }[] };
  if (e?.name !== 'TransactionCanceledException') return [];
  if (e.CancellationReasons?.length) return e.CancellationReasons.map((r) => (r.Code === 'None' ? undefined : r.Code));
  // DynamoDB Local may only list the reasons in the message: "... [None, ConditionalCheckFailed]".
  const listed = /\[([^\]]*)\]\s*$/.exec(e.message ?? '')?.[1] ?? '';
  return listed.split(',').map((c) => (c.trim() === 'None' || c.trim() === '' ? undefined : c.trim()));
}

export function isConditionalFailure(error: unknown): boolean {
  return (error as { name?: string })?.name === 'ConditionalCheckFailedException';
}
