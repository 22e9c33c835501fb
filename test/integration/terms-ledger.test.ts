/**
 * The deadline ledger on the real local runtime: a term extended and suspended through the API moves its
 * reminders and its expiry; two sweepers running at once fire it exactly once; the agenda lists running
 * terms; the term calculator and the exam-date check answer with traces and reasons.
 * Moves the clock: runs on its own runtime.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bando, candidate } from '../support/fixtures';
import { type ApiOptions, api, type RuntimeProcess, setClock, startRuntimeProcess, sweep } from '../support/local';

let rt: RuntimeProcess;
const hr = 'hr.stresa';
const call = (path: string, options: ApiOptions = {}) => api(path, { user: hr, ...options, baseUrl: rt.urls.web });
const TERM = 'concorso.applicationDeadline';
type Row = { id: string; termId: string; dueDate: string; status: string; deadlineId?: string; at?: string };

beforeAll(async () => {
  rt = await startRuntimeProcess(mkdtempSync(join(tmpdir(), 'ledger-')), { args: ['--no-cron'] });
  await setClock('2026-03-02T08:00:00.000Z', rt.urls.web);
});

afterAll(async () => {
  await rt?.stop();
});

async function procedure(id: string) {
  const r = await call(`/api/v1/procedures/${id}`);
  const term = r.json.deadlines.find((d: Row) => d.termId === TERM);
  return { ...r.json, term, termReminders: r.json.reminders.filter((x: Row) => x.deadlineId === TERM) };
}

const clockOp = (id: string, version: number, body: Record<string, unknown>) =>
  call(`/api/v1/procedures/${id}/deadlines/${TERM}/clock`, { body: { expectedVersion: version, ...body } });

test('extend, suspend and resume move the expiry and the reminders; two concurrent sweeps fire it once', async () => {
  const id = (await call('/api/v1/procedures', { body: bando() })).json.id as string;
  await call(`/api/v1/procedures/${id}/actions/publish-guri`, {
    body: { expectedVersion: 1, guriPublicationDate: '2026-03-02', guriReference: 'GU n. 17' },
  });
  let p = await procedure(id);
  expect(p.term.dueDate).toBe('2026-04-01');
  const firstSchedule = p.termReminders.filter((r: Row) => r.status === 'PENDING').map((r: Row) => r.at);
  expect(firstSchedule.length).toBeGreaterThan(0);

  // Refusals first: nothing moves.
  expect(
    (await clockOp(id, 2, { operation: 'resume', legalDate: '2026-03-02', basis: 'Determinazione n. 1' })).json.code,
  ).toBe('wrong-term-state');
  const noDays = await clockOp(id, 2, { operation: 'extend', legalDate: '2026-03-02', basis: 'Determinazione n. 1' });
  expect(noDays.status).toBe(422);
  expect(noDays.json.errors[0].field).toBe('days');
  expect(
    (await clockOp(id, 2, { operation: 'extend', days: 10, legalDate: '2026-03-09', basis: 'Det. 1' })).status,
  ).toBe(422);
  expect(
    (await clockOp(id, 9, { operation: 'extend', days: 10, legalDate: '2026-03-02', basis: 'Det. 1' })).json.code,
  ).toBe('stale-version');
  expect((await procedure(id)).version).toBe(2);

  // Extend by 10 days: 11 April 2026 is a Saturday, the term binds the candidates → Monday 13 April.
  const extended = await clockOp(id, 2, {
    operation: 'extend',
    days: 10,
    legalDate: '2026-03-02',
    basis: 'Determinazione n. 45/2026',
  });
  expect(extended.status).toBe(200);
  p = await procedure(id);
  expect(p.term).toMatchObject({ dueDate: '2026-04-13', status: 'OPEN' });
  expect(p.term.clockOps).toHaveLength(1);
  const pending = p.termReminders.filter((r: Row) => r.status === 'PENDING').map((r: Row) => r.at);
  expect(
    p.termReminders
      .filter((r: Row) => r.status === 'CANCELLED')
      .map((r: Row) => r.at)
      .sort(),
  ).toEqual(firstSchedule.sort());
  expect(pending.every((at: string) => at > '2026-04-05')).toBe(true);

  // Suspended on 5 March: out of the due index — nothing fires on the old date.
  await setClock('2026-03-05T09:00:00.000Z', rt.urls.web);
  expect(
    (await clockOp(id, 3, { operation: 'suspend', legalDate: '2026-03-05', basis: 'Ordinanza TAR n. 12/2026' })).status,
  ).toBe(200);
  p = await procedure(id);
  expect(p.term.status).toBe('SUSPENDED');
  expect(p.termReminders.filter((r: Row) => r.status === 'PENDING')).toHaveLength(0);
  await setClock('2026-04-20T08:00:00.000Z', rt.urls.web);
  expect(await sweep<{ expired: number }>(undefined, rt.urls.web)).toMatchObject({ expired: 0 });
  const agenda = await call('/api/v1/agenda');
  expect(agenda.json.items.find((i: { procedureId: string }) => i.procedureId === id)).toMatchObject({
    status: 'SUSPENDED',
    overdue: false,
  });

  // Resumed on 20 April: 46 days paused → 13 April + 46 = Friday 29 May 2026.
  expect(
    (await clockOp(id, 4, { operation: 'resume', legalDate: '2026-04-20', basis: 'Sentenza TAR n. 30/2026' })).status,
  ).toBe(200);
  p = await procedure(id);
  expect(p.term).toMatchObject({ dueDate: '2026-05-29', status: 'OPEN' });
  expect(p.term.trace.at(-1).date).toBe('2026-05-29');

  // Two sweepers at once, after the term: exactly one close.
  await setClock('2026-05-29T22:01:00.000Z', rt.urls.web);
  const [a, b] = await Promise.all([
    sweep<{ expired: number }>(undefined, rt.urls.web),
    sweep<{ expired: number }>(undefined, rt.urls.web),
  ]);
  expect(a.expired + b.expired).toBe(1);
  expect((await sweep<{ expired: number }>(undefined, rt.urls.web)).expired).toBe(0);
  const audit = (await call(`/api/v1/procedures/${id}/audit`)).json;
  const types = audit.events.map((e: { type: string }) => e.type);
  expect(types.filter((t: string) => t === 'APPLICATIONS_CLOSED')).toHaveLength(1);
  expect(types).toEqual(expect.arrayContaining(['DEADLINE_EXTENDED', 'DEADLINE_SUSPENDED', 'DEADLINE_RESUMED']));
  const resumed = audit.events.find((e: { type: string }) => e.type === 'DEADLINE_RESUMED');
  expect(resumed).toMatchObject({
    legalDate: '2026-04-20',
    payload: { previousDueDate: '2026-04-13', dueDate: '2026-05-29', basis: 'Sentenza TAR n. 30/2026' },
  });
  expect(audit.verification.ok).toBe(true);
});

test('term calculator: rule and anchor → due date with trace and citation; unknown rule → 422', async () => {
  const r = await call('/api/v1/terms/compute', {
    body: { entityId: 'stresa', ruleId: TERM, anchorDate: '2025-03-04' },
  });
  expect(r.status).toBe(200);
  expect(r.json.computation).toMatchObject({ dueDate: '2025-04-03', citation: { lines: 'L1441' } });
  expect(r.json.computation.trace.length).toBeGreaterThan(1);
  const unknown = await call('/api/v1/terms/compute', {
    body: { entityId: 'stresa', ruleId: 'nope', anchorDate: '2025-03-04' },
  });
  expect(unknown.status).toBe(422);
  expect(unknown.json.errors[0].field).toBe('ruleId');
  const rules = await call('/api/v1/terms/rules?procedure=concorso');
  expect(rules.json.terms.map((t: { id: string }) => t.id)).toContain(TERM);
});

test('exam-date check: notice shorter than 20 days and a Jewish holiday are refused with reasons', async () => {
  const ok = await call('/api/v1/terms/exam-date-check', {
    body: { entityId: 'stresa', examDate: '2025-06-10', noticeDate: '2025-05-21' },
  });
  expect(ok.json).toMatchObject({ allowed: true, latestNoticeDate: '2025-05-21' });
  const late = await call('/api/v1/terms/exam-date-check', {
    body: { entityId: 'stresa', examDate: '2025-06-10', noticeDate: '2025-05-25' },
  });
  expect(late.json.allowed).toBe(false);
  expect(late.json.reasons.map((x: { code: string }) => x.code)).toEqual(['noticeTooShort']);
  const kippur = await call('/api/v1/terms/exam-date-check', {
    body: { entityId: 'stresa', examDate: '2025-10-02', noticeDate: '2025-09-01' },
  });
  expect(kippur.json.reasons.map((x: { code: string }) => x.code)).toContain('jewishHoliday');
});

test('amending the published bando extends the term by the time elapsed since publication (art. 82 c.2)', async () => {
  await setClock('2026-06-01T08:00:00.000Z', rt.urls.web);
  const id = (await call('/api/v1/procedures', { body: bando() })).json.id as string;
  await call(`/api/v1/procedures/${id}/actions/publish-guri`, {
    body: { expectedVersion: 1, guriPublicationDate: '2026-06-01', guriReference: 'GU n. 43' },
  });
  await setClock('2026-06-08T08:00:00.000Z', rt.urls.web);
  const body = {
    expectedVersion: 2,
    act: { number: 'DET-2026-140', date: '2026-06-08' },
    summary: 'Aggiunta la prova di lingua inglese',
    changes: { writtenOralSubjects: ['diritto amministrativo', 'lingua inglese'] },
  };
  const amended = await call(`/api/v1/procedures/${id}/actions/amend-bando`, { body });
  expect(amended.status).toBe(200);
  const p = await procedure(id);
  // 1 July 2026 + 7 days elapsed (1 → 8 June) = Wednesday 8 July 2026.
  expect(p.term).toMatchObject({ dueDate: '2026-07-08', status: 'OPEN' });
  expect(p.data.bando.writtenOralSubjects).toEqual(['diritto amministrativo', 'lingua inglese']);
  expect(p.data.bando.posts).toEqual(bando().posts);
  const again = await call(`/api/v1/procedures/${id}/actions/amend-bando`, { body });
  expect(again.json.code).toBe('stale-version');
  const types = (await call(`/api/v1/procedures/${id}/audit`)).json.events.map((e: { type: string }) => e.type);
  expect(types.slice(-2)).toEqual(['BANDO_AMENDED', 'DEADLINE_EXTENDED']);
});

test('reopening the terms once after the close (art. 87 c.1): a new window, earlier domande kept, a second close', async () => {
  await setClock('2026-08-03T08:00:00.000Z', rt.urls.web);
  const id = (await call('/api/v1/procedures', { body: bando() })).json.id as string;
  await call(`/api/v1/procedures/${id}/actions/publish-guri`, {
    body: { expectedVersion: 1, guriPublicationDate: '2026-08-03', guriReference: 'GU n. 61' },
  });
  expect(
    (await call(`/api/v1/public/concorsi/${id}/applications`, { body: candidate(70), user: undefined })).status,
  ).toBe(201);
  await setClock('2026-09-02T22:01:00.000Z', rt.urls.web); // the term: Wednesday 2 September 2026
  // (terms of the earlier tests' concorsi fall due in the same sweep: this test checks its own procedure)
  await sweep(undefined, rt.urls.web);
  let p = await procedure(id);
  expect(p.phase).toBe('APPLICATIONS_CLOSED');

  await setClock('2026-09-04T09:00:00.000Z', rt.urls.web);
  const body = {
    expectedVersion: p.version,
    act: { number: 'DET-2026-201', date: '2026-09-04' },
    publicationDate: '2026-09-04',
  };
  expect((await call(`/api/v1/procedures/${id}/actions/reopen-terms`, { body })).status).toBe(200);
  p = await procedure(id);
  expect(p.phase).toBe('PUBLISHED');
  // 30 days from 4 September 2026 → Sunday 4 October (also a national holiday from 2026) → Monday 5 October.
  const reopened = p.deadlines.find((d: Row) => d.termId === 'concorso.reopenedApplicationDeadline');
  expect(reopened).toMatchObject({ dueDate: '2026-10-05', status: 'OPEN' });
  expect(p.deadlines.find((d: Row) => d.termId === 'concorso.postalGrace').status).toBe('CANCELLED');
  expect(
    (await call(`/api/v1/public/concorsi/${id}/applications`, { body: candidate(71), user: undefined })).status,
  ).toBe(201);
  const again = await call(`/api/v1/procedures/${id}/actions/reopen-terms`, {
    body: { ...body, expectedVersion: p.version },
  });
  expect(again.status).toBe(409);

  await setClock('2026-10-05T22:01:00.000Z', rt.urls.web);
  await sweep(undefined, rt.urls.web);
  p = await procedure(id);
  expect(p).toMatchObject({ phase: 'APPLICATIONS_CLOSED', applicationCount: 2 });
  const audit = (await call(`/api/v1/procedures/${id}/audit`)).json;
  const closes = audit.events.filter((e: { type: string }) => e.type === 'APPLICATIONS_CLOSED');
  expect(closes.map((e: { payload: { applicationCount: number } }) => e.payload.applicationCount)).toEqual([1, 2]);
  expect(audit.verification.ok).toBe(true);
});

test("the entity's calendar is data: the HR head adds a closure, the next computation rolls past it", async () => {
  const compute = () =>
    call('/api/v1/terms/compute', { body: { entityId: 'stresa', ruleId: TERM, anchorDate: '2026-06-01' } });
  expect((await compute()).json.computation.dueDate).toBe('2026-07-01');

  const current = await call('/api/v1/entities/stresa/calendar?year=2026');
  expect(current.json).toMatchObject({ source: 'seed', version: 0 });
  expect(current.json.religiousHolidays.jewish.length).toBeGreaterThan(0);
  const settings = {
    ...current.json.settings,
    extraClosedDays: [{ date: '2026-07-01', reason: 'chiusura straordinaria (disinfestazione)' }],
  };
  const change = { expectedVersion: 0, settings, basis: 'Decreto del Sindaco n. 12 del 2026' };

  expect((await call('/api/v1/entities/stresa/calendar', { body: change })).status).toBe(403); // HR officer, not head
  const saved = await call('/api/v1/entities/stresa/calendar', { body: change, user: 'head.stresa' });
  expect(saved.status).toBe(200);
  expect(saved.json).toMatchObject({
    version: 1,
    basis: 'Decreto del Sindaco n. 12 del 2026',
    updatedBy: { id: 'head.stresa' },
  });
  expect((await call('/api/v1/entities/stresa/calendar', { body: change, user: 'head.stresa' })).json.code).toBe(
    'stale-version',
  );
  const bad = await call('/api/v1/entities/stresa/calendar', {
    body: { ...change, expectedVersion: 1, settings: { ...settings, patronDays: [{ month: 13, day: 40, name: 'x' }] } },
    user: 'head.stresa',
  });
  expect(bad.status).toBe(422);
  expect(bad.json.errors[0].field).toMatch(/^settings\.patronDays\.0\./);

  const after = (await compute()).json.computation;
  expect(after).toMatchObject({ dueDate: '2026-07-02', rolledForward: true });
  expect(after.trace.map((s: { text: string }) => s.text).join('\n')).toContain('disinfestazione');
});
