/**
 * Stop the runtime mid-window and start it again: every procedure, deadline and application is still
 * there (DynamoDB Local on disk, the clock offset persisted), and a deadline that fell due while it was
 * down fires at the next sweep and is marked late in the audit (DESIGN.md §4).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bando, candidate } from '../support/fixtures';
import { api, getClock, type RuntimeProcess, setClock, startRuntimeProcess, sweep } from '../support/local';

const hr = 'hr.stresa';
let rt: RuntimeProcess | undefined;

afterAll(async () => {
  await rt?.stop();
});

test('a restart keeps everything; a term that expired while down fires late at the next sweep', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'restart-'));
  rt = await startRuntimeProcess(dataDir, { args: ['--no-cron'] });
  let web = rt.urls.web;
  await setClock('2026-05-04T08:00:00.000Z', web);
  const id = (await api('/api/v1/procedures', { body: bando(), user: hr, baseUrl: web })).json.id as string;
  const pub = await api(`/api/v1/procedures/${id}/actions/publish-guri`, {
    body: { expectedVersion: 1, guriPublicationDate: '2026-05-04', guriReference: 'GU n. 35' },
    user: hr,
    baseUrl: web,
  });
  expect(pub.status).toBe(200);
  expect((await api(`/api/v1/public/concorsi/${id}/applications`, { body: candidate(40), baseUrl: web })).status).toBe(
    201,
  );
  const before = (await api(`/api/v1/procedures/${id}`, { user: hr, baseUrl: web })).json;
  // 30 days from Monday 4 May 2026 → Wednesday 3 June 2026 (2 June is a holiday but not the last day).
  expect(before.deadlines[0]).toMatchObject({ dueDate: '2026-06-03', status: 'OPEN' });

  await rt.stop();
  // While the system is down, time passes beyond the term: the persisted offset moves to 5 June.
  const clockFile = join(dataDir, 'clock.json');
  const { offsetMs } = JSON.parse(readFileSync(clockFile, 'utf8')) as { offsetMs: number };
  writeFileSync(clockFile, JSON.stringify({ offsetMs: offsetMs + 32 * 86_400_000 }));

  rt = await startRuntimeProcess(dataDir, { args: ['--no-cron'] });
  web = rt.urls.web;
  expect((await getClock(web)).now.slice(0, 10)).toBe('2026-06-05');
  const after = (await api(`/api/v1/procedures/${id}`, { user: hr, baseUrl: web })).json;
  expect(after).toMatchObject({ id, version: before.version, applicationCount: 1 });
  expect(after.deadlines).toEqual(before.deadlines);

  await sweep(undefined, web);
  const closed = (await api(`/api/v1/procedures/${id}`, { user: hr, baseUrl: web })).json;
  expect(closed.phase).toBe('APPLICATIONS_CLOSED');
  const audit = (await api(`/api/v1/procedures/${id}/audit`, { user: hr, baseUrl: web })).json;
  const close = audit.events.find((e: { type: string }) => e.type === 'APPLICATIONS_CLOSED');
  expect(close.payload).toMatchObject({ late: true, applicationCount: 1 });
  expect(audit.verification.ok).toBe(true);
});
