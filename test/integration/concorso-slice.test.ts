/**
 * The foundation slice end to end on the real local runtime (DynamoDB Local, the synthesized state
 * machine on the local executor, local SES): create → publish in GURI → three applications (one
 * duplicate refused) → reminder → clock past the term → the sweeper closes the window exactly once →
 * e-mails in the SES store → paper application in the postal grace → audit chain verifies.
 * It moves the clock, so it runs on its own runtime rather than the shared one.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bando, candidate } from '../support/fixtures';
import { api, mails, ROOT_DIR, type RuntimeProcess, setClock, startRuntimeProcess, sweep } from '../support/local';

let rt: RuntimeProcess;
const hr = 'hr.stresa';
const call = (path: string, options: Parameters<typeof api>[1] = {}) => api(path, { ...options, baseUrl: rt.urls.web });
const mailsTo = async (to: string) =>
  (await mails({ sesUrl: rt.urls.ses })).filter((m) => m.destination.to.includes(to));

beforeAll(async () => {
  rt = await startRuntimeProcess(mkdtempSync(join(tmpdir(), 'slice-')), { args: ['--no-cron'] });
  // Monday 2 March 2026, 09:00 in Rome.
  await setClock('2026-03-02T08:00:00.000Z', rt.urls.web);
});

afterAll(async () => {
  await rt?.stop();
});

test('concorso: publish, apply, remind, close by the term exactly once, postal grace, audit', async () => {
  const created = await call('/api/v1/procedures', { body: bando(), user: hr });
  expect(created.status).toBe(201);
  expect(created.json).toMatchObject({ phase: 'BANDO_ADOPTED', version: 1, ruleSet: 'stresa-rous@1' });
  const id: string = created.json.id;

  // Before publication the window is not open.
  expect((await call(`/api/v1/public/concorsi/${id}/applications`, { body: candidate(1) })).status).toBe(404);

  const published = await call(`/api/v1/procedures/${id}/actions/publish-guri`, {
    body: {
      expectedVersion: 1,
      guriPublicationDate: '2026-03-02',
      guriReference: 'G.U. 4ª serie speciale n. 17 del 2 marzo 2026',
    },
    user: hr,
  });
  expect(published.status).toBe(200);
  expect(published.json).toMatchObject({ phase: 'PUBLISHED', version: 2 });

  // T1: 30 days from 2 March, dies a quo excluded → Wednesday 1 April 2026, an open office day.
  const detail = await call(`/api/v1/procedures/${id}`, { user: hr });
  const deadline = detail.json.deadlines.find((d: { termId: string }) => d.termId === 'concorso.applicationDeadline');
  expect(deadline).toMatchObject({ dueDate: '2026-04-01', dueAt: '2026-04-01T21:59:59.999Z', status: 'OPEN' });
  expect(deadline.citation).toMatchObject({
    article: expect.stringContaining('85'),
    lines: expect.stringContaining('1441'),
  });
  expect(deadline.trace.map((s: { text: string }) => s.text).join('\n')).toMatch(/30 giorni/);

  // Three candidates apply; the first one tries again and is refused.
  const receipts = [];
  for (const n of [1, 2, 3]) {
    const r = await call(`/api/v1/public/concorsi/${id}/applications`, { body: candidate(n) });
    expect(r.status).toBe(201);
    expect(r.json.protocolNumber).toMatch(/^STRESA\/2026\/\d{7}$/);
    receipts.push(r.json.protocolNumber);
  }
  expect(new Set(receipts).size).toBe(3);
  const duplicate = await call(`/api/v1/public/concorsi/${id}/applications`, {
    body: candidate(1, { email: 'altro@example.org' }),
  });
  expect(duplicate.status).toBe(409);
  expect(duplicate.headers.get('content-type')).toMatch(/application\/problem\+json/);
  expect(duplicate.json).toMatchObject({ code: 'duplicate-application', errors: [{ field: 'taxCode' }] });

  const receipt = (await mailsTo('candidato1@example.org'))[0];
  expect(receipt.subject).toContain(receipts[0]);
  for (const fact of [receipts[0], 'Servizio Gestione Risorse Umane', 'Maria Rossi', '1 aprile 2026'])
    expect(receipt.body.text).toContain(fact);
  expect(receipt.body.html).toContain('<table');
  expect(await mailsTo('altro@example.org')).toHaveLength(0);

  // Reminder a week before the term (T-7 at 09:00 Rome, 25 March), to the responsible officer.
  await setClock('2026-03-25T10:00:00.000Z', rt.urls.web);
  const reminderSweep = await sweep<{ reminders: number; expired: number }>(undefined, rt.urls.web);
  expect(reminderSweep).toMatchObject({ reminders: 1, expired: 0 });
  const reminders = (await mailsTo('maria.rossi@comune.stresa.example')).filter((m) =>
    m.subject.startsWith('Promemoria'),
  );
  expect(reminders).toHaveLength(1);
  expect(reminders[0].subject).toContain('tra 7 giorni');
  expect(reminders[0].body.text).toMatch(/art\. 85/);

  // Thirty seconds after the term (23:59:59.999 Rome): online applications are refused even before the sweeper runs.
  await setClock('2026-04-01T22:00:30.000Z', rt.urls.web);
  const late = await call(`/api/v1/public/concorsi/${id}/applications`, { body: candidate(4) });
  expect(late.status).toBe(409);
  expect(late.json).toMatchObject({ code: 'window-closed', detail: expect.stringContaining('1 aprile 2026') });

  // The sweeper closes the window; a second sweep finds nothing to do.
  const first = await sweep<{ expired: number }>(undefined, rt.urls.web);
  expect(first.expired).toBe(1);
  const second = await sweep<{ expired: number; due: number }>(undefined, rt.urls.web);
  expect(second.expired).toBe(0);

  const closed = await call(`/api/v1/procedures/${id}`, { user: hr });
  expect(closed.json).toMatchObject({ phase: 'APPLICATIONS_CLOSED', version: 3, applicationCount: 3 });
  const byTerm = (t: string) => closed.json.deadlines.find((d: { termId: string }) => d.termId === t);
  expect(byTerm('concorso.applicationDeadline')).toMatchObject({ status: 'EXPIRED', late: false });
  // T2: five working days after Wednesday 1 April 2026, skipping the weekend and Easter Monday (6 April).
  expect(byTerm('concorso.postalGrace')).toMatchObject({ dueDate: '2026-04-09', status: 'OPEN' });

  const closeMail = (await mailsTo('maria.rossi@comune.stresa.example')).filter((m) =>
    m.subject.startsWith('Chiuso il termine'),
  );
  expect(closeMail).toHaveLength(1);
  expect(closeMail[0].body.text).toContain('Sono pervenute 3 domande');

  // Paper application posted on the last day and received in the grace: accepted. Posted late: refused.
  const paper = await call(`/api/v1/procedures/${id}/paper-applications`, {
    body: { ...candidate(5), channel: 'RACCOMANDATA_AR', sentDate: '2026-04-01', receivedDate: '2026-04-02' },
    user: hr,
  });
  expect(paper.status).toBe(201);
  const postedLate = await call(`/api/v1/procedures/${id}/paper-applications`, {
    body: { ...candidate(6), channel: 'RACCOMANDATA_AR', sentDate: '2026-04-02', receivedDate: '2026-04-02' },
    user: hr,
  });
  expect(postedLate.status).toBe(422);
  expect(postedLate.json.errors[0].field).toBe('sentDate');

  const apps = await call(`/api/v1/procedures/${id}/applications`, { user: hr });
  expect(apps.json.items.map((a: { channel: string }) => a.channel).sort()).toEqual([
    'ONLINE',
    'ONLINE',
    'ONLINE',
    'RACCOMANDATA_AR',
  ]);

  // The grace ends (Thursday 9 April 2026, 23:59): admission may now be determined.
  await setClock('2026-04-10T06:00:00.000Z', rt.urls.web);
  expect((await sweep<{ expired: number }>(undefined, rt.urls.web)).expired).toBeGreaterThanOrEqual(1);
  const final = await call(`/api/v1/procedures/${id}`, { user: hr });
  expect(final.json.phase).toBe('ADMISSION_OPEN');

  // The audit timeline: every act, the close anchored with the count, the chain verified.
  const audit = await call(`/api/v1/procedures/${id}/audit`, { user: hr });
  expect(audit.json.verification).toMatchObject({ ok: true });
  const types = audit.json.events.map((e: { type: string }) => e.type);
  expect(types.slice(0, 4)).toEqual([
    'CONCORSO_CREATED',
    'BANDO_PUBLISHED_GURI',
    'DEADLINE_SET',
    'APPLICATIONS_CLOSED',
  ]);
  expect(types).toContain('POSTAL_GRACE_ENDED');
  const close = audit.json.events.find((e: { type: string }) => e.type === 'APPLICATIONS_CLOSED');
  expect(close).toMatchObject({ actor: { id: 'system' }, legalDate: '2026-04-01', payload: { applicationCount: 3 } });
  const graceEnd = audit.json.events.find((e: { type: string }) => e.type === 'POSTAL_GRACE_ENDED');
  expect(graceEnd.payload.applicationCount).toBe(4);

  // The whole table's chains, checked by the command a user runs.
  const verify = spawnSync(
    join(ROOT_DIR, 'node_modules/.bin/tsx'),
    ['infra/local/audit-verify.ts', '--data-dir', rt.dataDir],
    {
      cwd: ROOT_DIR,
      encoding: 'utf8',
    },
  );
  expect(verify.stdout).toMatch(/1 procedures checked, 0 with broken chains/);
  expect(verify.status).toBe(0);
});
