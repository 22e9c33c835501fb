/**
 * Regularisation of applications (art. 89 c.1; DECISIONS D3 Q2) on the real local runtime: requests by
 * PEC and by raccomandata A/R; the 10 days run from each receipt; one candidate regularises in time, the
 * other lets the term lapse; the admission determination waits for both and must exclude the lapsed one.
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
const at = (iso: string) => setClock(iso, rt.urls.web);

beforeAll(async () => {
  rt = await startRuntimeProcess(mkdtempSync(join(tmpdir(), 'regularisation-')), { args: ['--no-cron'] });
  await at('2026-03-02T08:00:00.000Z');
});

afterAll(async () => {
  await rt?.stop();
});

test('regularisation: 10 days from receipt, regularised in time or lapsed; the determination waits and excludes', async () => {
  const id = (await call('/api/v1/procedures', { body: bando() })).json.id as string;
  let p = (await call(`/api/v1/procedures/${id}`)).json;
  const act = async (name: string, body: Record<string, unknown>) => {
    const r = await call(`/api/v1/procedures/${id}/actions/${name}`, { body: { expectedVersion: p.version, ...body } });
    if (r.status === 200) p = (await call(`/api/v1/procedures/${id}`)).json;
    return r;
  };
  await act('publish-guri', { guriPublicationDate: '2026-03-02', guriReference: 'GU n. 17' });
  const pecAddress = 'candidato901@pec.example.org';
  const byPec = candidate(901, { pec: pecAddress });
  const byPost = candidate(902);
  const ids: string[] = [];
  for (const c of [byPec, byPost, candidate(903)]) {
    ids.push((await call(`/api/v1/public/concorsi/${id}/applications`, { body: c })).json.id);
  }
  await at('2026-04-10T07:00:00.000Z');
  await sweep(undefined, rt.urls.web);
  await sweep(undefined, rt.urls.web);
  p = (await call(`/api/v1/procedures/${id}`)).json;
  expect(p.phase).toBe('ADMISSION_OPEN');

  const request = (applicationId: string) =>
    act('request-regularisation', {
      applicationId,
      what: 'Manca la copia del documento di identità allegata alla domanda.',
      actDate: '2026-04-10',
    });
  expect((await request(ids[0])).status).toBe(200);
  expect((await request(ids[1])).status).toBe(200);
  expect((await request(ids[1])).status).toBe(409);
  expect(p.data.regularisations[ids[0]].communication.channel).toBe('PEC');
  expect(p.data.regularisations[ids[1]].communication.channel).toBe('RACCOMANDATA_AR');
  let today = '2026-04-10';
  const determination = (excluded: { applicationId: string; reason: string }[]) =>
    act('determine-admission', {
      act: { number: 'DET-140', date: today },
      diffusionMinutes: { number: 'VERB-5', date: '2026-04-10' },
      excluded,
    });
  // Pending requests: the determination waits.
  const waiting = await determination([]);
  expect(waiting.status).toBe(409);
  expect(waiting.json.detail).toContain('Regolarizzazione ancora in corso');

  // The PEC's receipt starts the first term; the return card, recorded by hand, the second.
  await at('2026-04-10T07:05:00.000Z');
  await sweep(undefined, rt.urls.web);
  p = (await call(`/api/v1/procedures/${id}`)).json;
  expect(p.data.regularisations[ids[0]]).toMatchObject({
    dueDate: '2026-04-20',
    communication: { status: 'CONSEGNATA' },
  });
  const letter = (await (await fetch(`${rt.urls.pec}/api/messages`)).json()) as { to: string; text: string }[];
  expect(letter.find((m) => m.to === pecAddress)?.text).toContain('documento di identità');
  const courtesy = (await mails({ sesUrl: rt.urls.ses })).filter((m) => m.destination.to.includes(byPost.email));
  // By e-mail only a courtesy notice that a letter is on its way, never its content.
  expect(courtesy.some((m) => m.subject.includes('comunicazione in arrivo'))).toBe(true);
  for (const m of courtesy) expect(m.body.text).not.toContain('documento di identità');
  await at('2026-04-13T08:00:00.000Z');
  today = '2026-04-13';
  expect(
    (
      await act('record-delivery', {
        communicationId: p.data.regularisations[ids[1]].communication.id,
        deliveredOn: '2026-04-11',
        evidence: { kind: 'CARTOLINA_AR', reference: 'AR 9021' },
      })
    ).status,
  ).toBe(200);
  // 10 days from 11 April end on Tuesday 21 April.
  expect(p.data.regularisations[ids[1]].dueDate).toBe('2026-04-21');
  expect((await act('record-regularised', { applicationId: ids[1], receivedOn: '2026-04-13' })).status).toBe(200);
  expect(p.data.regularisations[ids[1]].status).toBe('REGULARISED');
  const met = p.deadlines.find((d: { id: string }) => d.id === `concorso.regularisation.${ids[1]}`);
  expect(met.status).toBe('MET');

  // The first term runs out: lapsed; the determination must exclude that application.
  await at('2026-04-21T08:00:00.000Z');
  today = '2026-04-21';
  await sweep(undefined, rt.urls.web);
  p = (await call(`/api/v1/procedures/${id}`)).json;
  expect(p.data.regularisations[ids[0]].status).toBe('LAPSED');
  expect((await act('record-regularised', { applicationId: ids[0], receivedOn: '2026-04-21' })).status).toBe(409);
  // No more time after a lapse, and no second request on a regularised application.
  const again = await request(ids[0]);
  expect(again.status).toBe(409);
  expect(again.json.detail).toContain('non si concede altro tempo');
  expect((await request(ids[1])).status).toBe(409);
  const notExcluded = await determination([]);
  expect(notExcluded.status).toBe(422);
  expect(JSON.stringify(notExcluded.json.errors)).toContain('art. 89 c.1');
  const adopted = await determination([{ applicationId: ids[0], reason: 'Domanda non regolarizzata nel termine.' }]);
  expect(adopted.status).toBe(200);
  expect(p.data.admission.admitted).toBe(2);
  const audit = (await call(`/api/v1/procedures/${id}/audit`)).json;
  expect(audit.events.map((e: { type: string }) => e.type)).toEqual(
    expect.arrayContaining(['REGULARISATION_REQUESTED', 'APPLICATION_REGULARISED', 'REGULARISATION_LAPSED']),
  );
  expect(audit.verification.ok).toBe(true);
});
