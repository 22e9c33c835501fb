/**
 * The broadcast fan-out, one module with its neighbours mocked (the applications, the table, the outbox):
 * messages are written in chunks with the cursor in the same transaction, and a run that resumes from a
 * stored cursor writes only the recipients after it.
 */
import type { BroadcastRow } from '../../../shared/notify/broadcast';

const transactions: {
  TransactItems: Record<
    string,
    {
      Item?: { id: string; to: string };
      UpdateExpression?: string;
      ExpressionAttributeValues?: Record<string, unknown>;
    }
  >[];
}[] = [];
const dispatched: string[] = [];
const apps = Array.from({ length: 30 }, (_, i) => ({
  id: `app-${String(i).padStart(3, '0')}`,
  candidate: { firstName: `Nome${i}`, lastName: 'Rossi', email: i === 5 ? undefined : `c${i}@example.org` },
}));

jest.mock('../../../shared/store/applications', () => ({ listApplications: async () => apps }));
jest.mock('../../../shared/notify/outbox', () => ({
  dispatch: async (_pk: string, m: { id: string }) => dispatched.push(m.id),
}));
jest.mock('../../../shared/store/table', () => ({
  table: () => 'T',
  dynamo: () => ({ send: async (c: { input: (typeof transactions)[number] }) => transactions.push(c.input) }),
}));

import { fanOut } from '../../../shared/notify/broadcast';

const row: BroadcastRow = {
  id: 'b1',
  audience: 'APPLICANTS',
  template: 'concorso-revoked',
  from: 'noreply@comune.example',
  email: { subject: 'Revoca', paragraphs: ['Il bando è revocato.'], facts: [], closing: [] },
  status: 'PENDING',
};

beforeEach(() => {
  transactions.length = 0;
  dispatched.length = 0;
});

test('30 applicants: two chunks, each with its messages and the cursor; the last marks the broadcast sent', async () => {
  const queued = await fanOut('E#stresa#PROC#p1', row, 'stresa', 'p1', new Date('2026-03-10T08:00:00Z'));
  expect(queued).toBe(29); // one applicant gave no e-mail
  expect(transactions).toHaveLength(2);
  const cursor = (t: (typeof transactions)[number]) => t.TransactItems.at(-1)!.Update!.ExpressionAttributeValues![':c'];
  expect(cursor(transactions[0])).toBe('app-023');
  expect(cursor(transactions[1])).toBe('app-029');
  expect(transactions[0].TransactItems.at(-1)!.Update!.UpdateExpression).not.toContain('REMOVE');
  expect(transactions[1].TransactItems.at(-1)!.Update!.UpdateExpression).toContain('REMOVE duePk');
  // Each message id is the broadcast's and the application's: a rewritten chunk cannot double a message.
  expect(dispatched).toContain('b1-app-000');
  expect(new Set(dispatched).size).toBe(29);
});

test('resuming from a stored cursor writes only the applicants after it', async () => {
  await fanOut('E#stresa#PROC#p1', { ...row, cursor: 'app-023', written: 23 }, 'stresa', 'p1', new Date());
  expect(transactions).toHaveLength(1);
  const puts = transactions[0].TransactItems.filter((i) => i.Put).map((i) => i.Put!.Item!.id);
  expect(puts).toEqual(['b1-app-024', 'b1-app-025', 'b1-app-026', 'b1-app-027', 'b1-app-028', 'b1-app-029']);
  expect(transactions[0].TransactItems.at(-1)!.Update!.ExpressionAttributeValues![':w']).toBe(29);
});
