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

test('attachments (art. 84): received as listed; a missing or self-certified mandatory document holds the admission until regularised, reserved or excluded', async () => {
  await at('2026-05-04T08:00:00.000Z');
  const id = (await call('/api/v1/procedures', { body: bando() })).json.id as string;
  let p = (await call(`/api/v1/procedures/${id}`)).json;
  const act = async (name: string, body: Record<string, unknown>) => {
    const r = await call(`/api/v1/procedures/${id}/actions/${name}`, { body: { expectedVersion: p.version, ...body } });
    if (r.status === 200) p = (await call(`/api/v1/procedures/${id}`)).json;
    return r;
  };
  await act('publish-guri', { guriPublicationDate: '2026-05-04', guriReference: 'GU n. 35' });
  const apply = (c: Record<string, unknown>) => call(`/api/v1/public/concorsi/${id}/applications`, { body: c });
  const cv = { kind: 'CURRICULUM', description: 'Curriculum vitae', answers: 'curriculum vitae', form: 'ORIGINALE' };
  const receipt = {
    kind: 'DOCUMENTO_BANDO',
    description: 'Ricevuta del versamento',
    answers: 'ricevuta della tassa di concorso',
    form: 'ORIGINALE',
  };
  // An attachment cannot answer a document the bando does not prescribe: refused, nothing received.
  const unknown = await apply(candidate(911, { attachments: [{ ...receipt, answers: 'certificato di nascita' }] }));
  expect(unknown.status).toBe(422);
  expect(unknown.json.errors).toEqual([
    { field: 'attachments.0.answers', message: 'Non è un documento richiesto dal bando.' },
  ]);
  // Incomplete lists are still received and protocolled: the admission deals with them.
  const none = await apply(candidate(912, { pec: 'candidato912@pec.example.org', attachments: [] }));
  const selfCertifiedCv = await apply(
    candidate(913, { attachments: [{ ...cv, form: 'AUTOCERTIFICAZIONE' }, receipt] }),
  );
  const complete = await apply(
    candidate(914, {
      attachments: [
        cv,
        receipt,
        { kind: 'TITOLO_MERITO', description: 'Servizio presso il Comune di Baveno', form: 'AUTOCERTIFICAZIONE' },
      ],
    }),
  );
  expect([none.status, selfCertifiedCv.status, complete.status]).toEqual([201, 201, 201]);
  const listed = (await call(`/api/v1/procedures/${id}/applications`)).json.items as {
    id: string;
    attachmentDefects: string[];
    toProduceOnRequest: string[];
  }[];
  expect(listed.map((a) => a.id)).toEqual([none.json.id, selfCertifiedCv.json.id, complete.json.id]);
  expect(listed[0].attachmentDefects).toEqual([
    'manca il curriculum professionale (art. 84 c.1 (L1429))',
    'manca il documento prescritto dal bando "curriculum vitae" (art. 84 c.1 (L1430))',
    'manca il documento prescritto dal bando "ricevuta della tassa di concorso" (art. 84 c.1 (L1430))',
  ]);
  expect(listed[1].attachmentDefects).toEqual([
    '"Curriculum vitae" è obbligatorio e non può essere sostituito da un\'autocertificazione (art. 84 c.2 (L1435))',
  ]);
  expect(listed[2]).toMatchObject({
    attachmentDefects: [],
    toProduceOnRequest: ['Servizio presso il Comune di Baveno'],
  });

  await at('2026-06-12T07:00:00.000Z');
  await sweep(undefined, rt.urls.web);
  await sweep(undefined, rt.urls.web);
  p = (await call(`/api/v1/procedures/${id}`)).json;
  expect(p.phase).toBe('ADMISSION_OPEN');
  const determination = (withReserve: { applicationId: string; reason: string }[]) =>
    act('determine-admission', {
      act: { number: 'DET-190', date: '2026-06-15' },
      diffusionMinutes: { number: 'VERB-9', date: '2026-06-12' },
      excluded: [],
      withReserve,
    });
  await at('2026-06-15T08:00:00.000Z');
  const held = await determination([]);
  expect(held.status).toBe(422);
  const reasons = JSON.stringify(held.json.errors);
  expect(held.json.errors).toHaveLength(2);
  expect(reasons).toContain(none.json.protocolNumber);
  expect(reasons).toContain(selfCertifiedCv.json.protocolNumber);
  expect(reasons).not.toContain(complete.json.protocolNumber);
  // The missing documents regularised (art. 89 c.1); the self-certified CV admitted with reserve.
  expect(
    (
      await act('request-regularisation', {
        applicationId: none.json.id,
        what: 'Manca il curriculum e la ricevuta della tassa (art. 84).',
        actDate: '2026-06-15',
      })
    ).status,
  ).toBe(200);
  // The PEC's receipt, collected by the sweep, starts the 10 days.
  await at('2026-06-15T08:05:00.000Z');
  await sweep(undefined, rt.urls.web);
  p = (await call(`/api/v1/procedures/${id}`)).json;
  expect(p.data.regularisations[none.json.id].dueDate).toBe('2026-06-25');
  expect((await act('record-regularised', { applicationId: none.json.id, receivedOn: '2026-06-15' })).status).toBe(200);
  const adopted = await determination([
    { applicationId: selfCertifiedCv.json.id, reason: 'Curriculum da produrre in originale o copia autocertificata.' },
  ]);
  expect(adopted.status).toBe(200);
  expect(p.data.admission.admitted).toBe(3);
});
