/**
 * The collection of PEC receipts, one module with its neighbours mocked (the gateway, the table, the
 * executor): the cursor moves only past receipts handled, a settled refusal is skipped, a failing
 * receipt holds the cursor until its fifth sweep and is then set aside so the others go on.
 */
import { ProblemError } from '../../../shared/http/problem';

const sent: { input: Record<string, unknown>; name: string }[] = [];
let cursorItem: Record<string, unknown> | undefined;
const receipts = jest.fn();
const runTransition = jest.fn();

jest.mock('../../../shared/notify/pec', () => ({ pecGateway: () => ({ receiptsAfter: receipts }) }));
jest.mock('../../../shared/workflow/executor', () => ({ runTransition: (...a: unknown[]) => runTransition(...a) }));
jest.mock('../../../shared/http/handler', () => ({ logger: { info: jest.fn(), warn: jest.fn(), error: jest.fn() } }));
jest.mock('../../../shared/store/table', () => ({
  table: () => 'T',
  isConditionalFailure: () => false,
  dynamo: () => ({
    send: async (command: { constructor: { name: string }; input: Record<string, unknown> }) => {
      const name = command.constructor.name;
      sent.push({ name, input: command.input });
      const key = command.input.Key as { pk: string; sk: string };
      if (name === 'GetCommand' && key.sk === 'CURSOR') return { Item: cursorItem };
      if (name === 'GetCommand')
        return { Item: { entityId: 'stresa', id: 'stresa.case0001', type: 'discipline', version: 3 } };
      if (name === 'UpdateCommand' && key.sk === 'CURSOR') {
        const v = command.input.ExpressionAttributeValues as Record<string, unknown>;
        cursorItem = {
          ...cursorItem,
          ...(':s' in v && !(':a' in v) ? { seq: v[':s'] } : {}),
          ...(':a' in v ? { stuckSeq: v[':s'], attempts: v[':a'] } : {}),
        };
      }
      return {};
    },
  }),
}));

import { collectPecReceipts, MAX_RECEIPT_ATTEMPTS, recordPecGivenUp } from '../../../shared/workflow/pec-receipts';

const REF = 'E#stresa#PROC#stresa.case0001|comm-1';
const receipt = (seq: number, type = 'AVVENUTA_CONSEGNA') => ({
  seq,
  type,
  receiptId: `r${seq}`,
  pecMessageId: 'm1',
  reference: REF,
  recipient: 'x@pec.example.org',
  issuedAt: '2026-03-02T10:00:00Z',
});

beforeEach(() => {
  process.env.PEC_ENDPOINT = 'http://pec.invalid';
  sent.length = 0;
  cursorItem = undefined;
  receipts.mockReset();
  runTransition.mockReset();
});

test('acceptances are passed over, deliveries recorded on their case, the cursor saved after the last', async () => {
  receipts.mockResolvedValue([receipt(1, 'ACCETTAZIONE'), receipt(2)]);
  runTransition.mockResolvedValue({ phase: 'CONTESTATO', version: 4 });
  const report = await collectPecReceipts(new Date('2026-03-02T10:01:00Z'));
  expect(report).toEqual({ receipts: 2, recorded: 1 });
  expect(runTransition).toHaveBeenCalledTimes(1);
  expect(runTransition.mock.calls[0][1]).toMatchObject({
    action: 'pec-receipt',
    expectedVersion: 3,
    payload: { communicationId: 'comm-1', type: 'AVVENUTA_CONSEGNA' },
  });
  expect(cursorItem?.seq).toBe(2);
});

test('a receipt already recorded is settled: skipped, the cursor moves on', async () => {
  receipts.mockResolvedValue([receipt(5)]);
  runTransition.mockRejectedValue(
    new ProblemError({ status: 409, code: 'already-recorded', title: 'Conflitto', detail: 'x' }),
  );
  expect(await collectPecReceipts(new Date())).toEqual({ receipts: 1, recorded: 0 });
  expect(cursorItem?.seq).toBe(5);
});

test('a failing receipt holds the cursor, and after the fifth failing sweep it is set aside and the next one recorded', async () => {
  receipts.mockImplementation(async (after: number) => [receipt(7), receipt(8)].filter((r) => r.seq > after));
  runTransition.mockImplementation(async (_type: string, req: { payload: { receiptId: string } }) => {
    if (req.payload.receiptId === 'r7') throw new Error('transient: table unavailable');
    return { phase: 'CONTESTATO', version: 4 };
  });
  for (let sweep = 1; sweep < MAX_RECEIPT_ATTEMPTS; sweep++) {
    expect((await collectPecReceipts(new Date())).recorded).toBe(0);
    expect(cursorItem?.seq ?? 0).toBe(0);
    expect(cursorItem?.attempts).toBe(sweep);
  }
  const last = await collectPecReceipts(new Date());
  expect(last.recorded).toBe(1);
  expect(cursorItem?.seq).toBe(8);
  expect(
    sent.some((c) => c.name === 'UpdateCommand' && (c.input.Key as { sk: string }).sk === 'DEAD#000000000007'),
  ).toBe(true);
});

test('a PEC the outbox gave up on is recorded on its case as not delivered, with the reason', async () => {
  runTransition.mockResolvedValue({ phase: 'CONTESTATO', version: 4 });
  const outcome = await recordPecGivenUp(
    { id: 'msg-9', reference: REF, to: 'x@pec.example.org', lastError: 'gateway 503' },
    new Date('2026-03-02T12:00:00Z'),
  );
  expect(outcome).toBe('recorded');
  expect(runTransition.mock.calls[0][1]).toMatchObject({
    action: 'pec-receipt',
    payload: { communicationId: 'comm-1', type: 'MANCATA_CONSEGNA', receiptId: 'outbox:msg-9' },
  });
  expect(runTransition.mock.calls[0][1].payload.detail).toContain('gateway 503');
  // Without a reference (an ordinary e-mail) there is nothing to record.
  expect(await recordPecGivenUp({ id: 'msg-10', to: 'a@b.it' }, new Date())).toBe('settled');
});
