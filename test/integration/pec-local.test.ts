/**
 * The local PEC gateway (infra/local/pec.ts) through the adapter the handlers use (shared/notify/pec.ts):
 * acceptance and delivery receipts, the non-deliverable domain, idempotent re-sends, paging, restart
 * persistence and malformed input. Runs its own server in process; the last test checks that the shared
 * runtime started by the global setup exposes one too.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Logger } from '../../infra/local/log';
import { DELIVERY_DELAY_MS, type LocalPec, PEC_UNDELIVERABLE_DOMAIN, startPec } from '../../infra/local/pec';
import { setLocalClockOffset } from '../../shared/clock';
import { type PecMessage, type PecReceipt, pecGateway } from '../../shared/notify/pec';

const log: Logger = { info: () => {}, warn: () => {}, error: () => {} };
const dataDir = mkdtempSync(join(tmpdir(), 'pec-local-'));
let pec: LocalPec;
const savedEndpoint = process.env.PEC_ENDPOINT;

const message = (reference: string, to = 'mario.rossi@pec.example.it'): PecMessage => ({
  reference,
  from: 'protocollo@pec.comune.stresa.vb.it',
  to,
  subject: `Contestazione di addebito ${reference}`,
  text: 'Si contesta il seguente addebito…',
  attachments: [
    {
      filename: 'contestazione.pdf',
      contentType: 'application/pdf',
      base64: Buffer.from('%PDF-1.7').toString('base64'),
    },
  ],
});

async function start(): Promise<void> {
  pec = await startPec({ dataDir, port: 0, log });
  process.env.PEC_ENDPOINT = pec.url;
}

beforeAll(start);

afterAll(async () => {
  await pec?.stop();
  setLocalClockOffset(0);
  if (savedEndpoint === undefined) delete process.env.PEC_ENDPOINT;
  else process.env.PEC_ENDPOINT = savedEndpoint;
  rmSync(dataDir, { recursive: true, force: true });
});

async function allReceipts(): Promise<PecReceipt[]> {
  return pecGateway().receiptsAfter(0, 1000);
}

test('pecGateway() without PEC_ENDPOINT is a clear error', () => {
  const endpoint = process.env.PEC_ENDPOINT;
  delete process.env.PEC_ENDPOINT;
  try {
    expect(() => pecGateway()).toThrow(/PEC_ENDPOINT is not set/);
  } finally {
    process.env.PEC_ENDPOINT = endpoint;
  }
});

test('a send is accepted at once and delivered a few seconds later, by the runtime clock', async () => {
  // The local clock is what the receipts certify, not the system clock.
  setLocalClockOffset(Date.parse('2031-03-10T09:00:00.000Z') - Date.now());
  const { pecMessageId, acceptance } = await pecGateway().send(message('PD-1/contestazione'));
  setLocalClockOffset(0);

  expect(acceptance).toMatchObject({ type: 'ACCETTAZIONE', pecMessageId, reference: 'PD-1/contestazione' });
  expect(acceptance.recipient).toBe('mario.rossi@pec.example.it');
  expect(Math.abs(Date.parse(acceptance.issuedAt) - Date.parse('2031-03-10T09:00:00.000Z'))).toBeLessThan(5000);

  const receipts = (await allReceipts()).filter((r) => r.pecMessageId === pecMessageId);
  expect(receipts.map((r) => r.type)).toEqual(['ACCETTAZIONE', 'AVVENUTA_CONSEGNA']);
  const [accepted, delivered] = receipts;
  expect(accepted).toEqual(acceptance);
  expect(delivered).toMatchObject({ reference: 'PD-1/contestazione', recipient: 'mario.rossi@pec.example.it' });
  expect(delivered.seq).toBeGreaterThan(accepted.seq);
  expect(delivered.receiptId).not.toBe(accepted.receiptId);
  expect(Date.parse(delivered.issuedAt) - Date.parse(accepted.issuedAt)).toBe(DELIVERY_DELAY_MS);
  expect(delivered.detail).toBeUndefined();
});

test('a recipient at the non-deliverable domain gets MANCATA_CONSEGNA with an Italian reason', async () => {
  const { pecMessageId } = await pecGateway().send(
    message('PD-2/contestazione', `nessuno@${PEC_UNDELIVERABLE_DOMAIN}`),
  );
  const receipts = (await allReceipts()).filter((r) => r.pecMessageId === pecMessageId);
  expect(receipts.map((r) => r.type)).toEqual(['ACCETTAZIONE', 'MANCATA_CONSEGNA']);
  expect(receipts[1].reference).toBe('PD-2/contestazione');
  expect(receipts[1].detail).toMatch(/casella del destinatario inesistente/i);
});

test('re-sending the same reference is idempotent; the same reference with other content is refused', async () => {
  const before = await allReceipts();
  const first = await pecGateway().send(message('PD-3/audizione'));
  const again = await pecGateway().send(message('PD-3/audizione'));
  expect(again).toEqual(first);
  const after = await allReceipts();
  expect(after.length - before.length).toBe(2);
  expect(after.filter((r) => r.reference === 'PD-3/audizione')).toHaveLength(2);

  await expect(pecGateway().send({ ...message('PD-3/audizione'), text: 'altro testo' })).rejects.toMatchObject({
    status: 409,
  });
});

test('receiptsAfter pages oldest first with strictly increasing seq', async () => {
  const all = await allReceipts();
  expect(all.length).toBeGreaterThanOrEqual(6);
  for (let i = 1; i < all.length; i++) expect(all[i].seq).toBeGreaterThan(all[i - 1].seq);

  const paged: PecReceipt[] = [];
  let cursor = 0;
  for (;;) {
    const page = await pecGateway().receiptsAfter(cursor, 2);
    expect(page.length).toBeLessThanOrEqual(2);
    if (page.length === 0) break;
    paged.push(...page);
    cursor = page[page.length - 1].seq;
  }
  expect(paged).toEqual(all);
  expect(await pecGateway().receiptsAfter(all[all.length - 1].seq)).toEqual([]);
});

test('the JSON list and the viewer show messages with their receipts', async () => {
  const list = (await (await fetch(`${pec.url}/api/messages`)).json()) as {
    reference: string;
    to: string;
    receipts: PecReceipt[];
  }[];
  expect(list.map((m) => m.reference)).toEqual(['PD-1/contestazione', 'PD-2/contestazione', 'PD-3/audizione']);
  expect(list[1].receipts.map((r) => r.type)).toEqual(['ACCETTAZIONE', 'MANCATA_CONSEGNA']);

  const res = await fetch(`${pec.url}/`);
  expect(res.headers.get('content-type')).toMatch(/^text\/html/);
  const html = await res.text();
  expect(html).toContain('Casella PEC locale');
  expect(html).toContain('Ricevuta di avvenuta consegna');
  expect(html).toContain('Ricevuta di mancata consegna');
  expect(html).not.toMatch(/<(script|link)\b|src="http/);
  // Newest first.
  expect(html.indexOf('PD-3/audizione')).toBeLessThan(html.indexOf('PD-1/contestazione'));
});

test('malformed input is a 400 problem, never a 500', async () => {
  const post = (body: string) =>
    fetch(`${pec.url}/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const valid = message('PD-9/x');
  const bodies = [
    '',
    '{not json',
    'null',
    '[]',
    '"text"',
    JSON.stringify({ ...valid, to: 'non-un-indirizzo' }),
    JSON.stringify({ ...valid, to: undefined }),
    JSON.stringify({ ...valid, reference: '   ' }),
    JSON.stringify({ ...valid, subject: 42 }),
    JSON.stringify({ ...valid, attachments: 'x' }),
    JSON.stringify({ ...valid, attachments: [{ filename: 'a.pdf', contentType: 'application/pdf', base64: '***' }] }),
    JSON.stringify({ ...valid, extra: true }),
  ];
  for (const body of bodies) {
    const res = await post(body);
    expect([body, res.status]).toEqual([body, 400]);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(((await res.json()) as { title: string }).title).toBe('Richiesta non leggibile');
  }
  const badQuery = await fetch(`${pec.url}/receipts?after=-1`);
  expect(badQuery.status).toBe(400);
  await badQuery.arrayBuffer();
  const wrongMethod = await fetch(`${pec.url}/messages`);
  expect(wrongMethod.status).toBe(405);
  await wrongMethod.arrayBuffer();
  // Nothing malformed was stored.
  expect((await allReceipts()).some((r) => r.reference === 'PD-9/x')).toBe(false);
});

test('a restart on the same data directory keeps messages and receipts, and seq keeps increasing', async () => {
  const before = await allReceipts();
  const first = (await pecGateway().send(message('PD-3/audizione'))).pecMessageId;
  await pec.stop();
  await start();

  expect(await allReceipts()).toEqual(before);
  // Idempotency survives the restart too.
  expect((await pecGateway().send(message('PD-3/audizione'))).pecMessageId).toBe(first);
  const { acceptance } = await pecGateway().send(message('PD-4/sanzione'));
  expect(acceptance.seq).toBe(before[before.length - 1].seq + 1);
  expect(readFileSync(join(dataDir, 'pec.jsonl'), 'utf8').trim().split('\n')).toHaveLength(4 * 3);
});

test('the shared runtime runs a PEC gateway and records its URL in runtime.json', async () => {
  const runtimeDataDir = process.env.LOCAL_DATA_DIR;
  expect(runtimeDataDir).toBeTruthy();
  const { urls } = JSON.parse(readFileSync(join(runtimeDataDir as string, 'runtime.json'), 'utf8')) as {
    urls: { pec?: string; ses: string };
  };
  expect(urls.pec).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  expect(urls.pec).not.toBe(pec.url);
  const res = await fetch(`${urls.pec}/`);
  expect(res.status).toBe(200);
  expect(await res.text()).toContain('Casella PEC locale');
});
