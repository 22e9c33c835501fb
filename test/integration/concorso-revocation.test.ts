/**
 * Revocation of a published bando (art. 87 c.2, L1467; DECISIONS Q6) on the real local runtime: the terms
 * stop, applications are refused, and every applicant is told — the notice fanned out by the sweeper in
 * chunks, each applicant once even when the sweep runs again. Sweeps: runs on its own runtime.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bando, candidate } from '../support/fixtures';
import {
  type ApiOptions,
  api,
  mails,
  type RuntimeProcess,
  setClock,
  startRuntimeProcess,
  sweep,
} from '../support/local';

let rt: RuntimeProcess;
const call = (path: string, options: ApiOptions = {}) =>
  api(path, { user: 'hr.stresa', ...options, baseUrl: rt.urls.web });

beforeAll(async () => {
  rt = await startRuntimeProcess(mkdtempSync(join(tmpdir(), 'revocation-')), { args: ['--no-cron'] });
  await setClock('2026-03-02T08:00:00.000Z', rt.urls.web);
});

afterAll(async () => {
  await rt?.stop();
});

test('amendment and revocation: each applicant told once; a revoked bando stops its terms and refuses applications', async () => {
  const id = (await call('/api/v1/procedures', { body: bando() })).json.id as string;
  await call(`/api/v1/procedures/${id}/actions/publish-guri`, {
    body: { expectedVersion: 1, guriPublicationDate: '2026-03-02', guriReference: 'GU n. 17' },
  });
  const applicants = Array.from({ length: 30 }, (_, i) => candidate(200 + i));
  for (const c of applicants) {
    expect((await call(`/api/v1/public/concorsi/${id}/applications`, { body: c })).status).toBe(201);
  }
  await setClock('2026-03-10T08:00:00.000Z', rt.urls.web);
  // An amendment first: the term moves by the 8 days elapsed (art. 82 c.2) and the applicants are told.
  const amended = await call(`/api/v1/procedures/${id}/actions/amend-bando`, {
    body: {
      expectedVersion: (await call(`/api/v1/procedures/${id}`)).json.version,
      act: { number: 'DET-8', date: '2026-03-10' },
      summary: 'Aggiunta la materia "diritto del lavoro pubblico".',
      changes: {
        writtenOralSubjects: ['diritto amministrativo', 'ordinamento degli enti locali', 'diritto del lavoro pubblico'],
      },
    },
  });
  expect(amended.status).toBe(200);
  const before = (await call(`/api/v1/procedures/${id}`)).json;

  // Refused without its reasons; a future act date refused; nothing changes.
  expect(
    (
      await call(`/api/v1/procedures/${id}/actions/revoke-bando`, {
        body: { expectedVersion: before.version, act: { number: 'DET-9', date: '2026-03-10' } },
      })
    ).status,
  ).toBe(422);
  const future = await call(`/api/v1/procedures/${id}/actions/revoke-bando`, {
    body: {
      expectedVersion: before.version,
      act: { number: 'DET-9', date: '2026-03-11' },
      reasons: 'Soppressione del posto.',
    },
  });
  expect(future.status).toBe(422);
  expect((await call(`/api/v1/procedures/${id}`)).json.version).toBe(before.version);

  const revoked = await call(`/api/v1/procedures/${id}/actions/revoke-bando`, {
    body: {
      expectedVersion: before.version,
      act: { number: 'DET-9', date: '2026-03-10' },
      reasons: 'Soppressione del posto nel piano dei fabbisogni.',
    },
  });
  expect(revoked.status).toBe(200);
  const p = (await call(`/api/v1/procedures/${id}`)).json;
  expect(p.phase).toBe('REVOKED');
  expect(p.deadlines.every((d: { status: string }) => d.status !== 'OPEN')).toBe(true);
  // A second revocation, and new applications, are refused.
  expect(
    (
      await call(`/api/v1/procedures/${id}/actions/revoke-bando`, {
        body: { expectedVersion: p.version, act: { number: 'DET-10', date: '2026-03-10' }, reasons: 'Di nuovo.' },
      })
    ).status,
  ).toBe(409);
  expect((await call(`/api/v1/public/concorsi/${id}/applications`, { body: candidate(299) })).status).not.toBe(201);

  // The sweeper (every minute) fans the notice out: every applicant, once, even if it sweeps again.
  await setClock('2026-03-10T08:02:00.000Z', rt.urls.web);
  await sweep(undefined, rt.urls.web);
  await sweep(undefined, rt.urls.web);
  const notices = (await mails({ sesUrl: rt.urls.ses })).filter((m) => m.subject.includes('revoca del bando'));
  const recipients = notices.flatMap((m) => m.destination.to).sort();
  expect(recipients).toEqual(applicants.map((c) => c.email).sort());
  expect(notices[0].body.text).toContain('DET-9');
  expect(notices[0].body.text).toContain('art. 87 c.2');
  const amendments = (await mails({ sesUrl: rt.urls.ses })).filter((m) => m.subject.includes('modifica del bando'));
  expect(amendments.flatMap((m) => m.destination.to).sort()).toEqual(applicants.map((c) => c.email).sort());
  expect(amendments[0].body.text).toContain('diritto del lavoro pubblico');
  expect(amendments[0].body.text).toContain('9 aprile 2026');
  const audit = (await call(`/api/v1/procedures/${id}/audit`)).json;
  expect(audit.events.map((e: { type: string }) => e.type)).toContain('BANDO_REVOKED');
  expect(audit.verification.ok).toBe(true);
});
