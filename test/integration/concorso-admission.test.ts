/**
 * The admission determination (art. 88; T8, T9; DECISIONS Q1) on the real local runtime: refused before
 * the fifth working day after the term, then adopted with one candidate admitted with reserve and two
 * excluded — one told by PEC (its delivery receipt collected by the sweeper), one by raccomandata A/R
 * (posted and its return card recorded by hand) — with only a courtesy e-mail to each. Later applications
 * are refused (art. 88 c.3). Moves the clock, so it runs on its own runtime.
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
const get = async (id: string) => (await call(`/api/v1/procedures/${id}`)).json;
const term = (p: { deadlines: { termId: string }[] }, termId: string) =>
  p.deadlines.find((d) => d.termId === termId) as { status: string; dueDate: string } | undefined;

beforeAll(async () => {
  rt = await startRuntimeProcess(mkdtempSync(join(tmpdir(), 'admission-')), { args: ['--no-cron'] });
  await at('2026-03-02T08:00:00.000Z');
});

afterAll(async () => {
  await rt?.stop();
});

test('admission: T8 respected, exclusions told by PEC and raccomandata A/R with their evidence, later applications refused', async () => {
  const requirements = {
    general: ['cittadinanza italiana o di uno Stato UE', 'godimento dei diritti politici'],
    ageLimit: { maxAge: 40, motivation: 'Natura del servizio (polizia locale), art. 3 c.6 L. 127/1997.' },
  };
  const id = (await call('/api/v1/procedures', { body: bando('stresa', { requirements }) })).json.id as string;
  await call(`/api/v1/procedures/${id}/actions/publish-guri`, {
    body: { expectedVersion: 1, guriPublicationDate: '2026-03-02', guriReference: 'GU n. 17' },
  });
  const pecAddress = 'candidato401@pec.example.org';
  const withPec = candidate(401, { pec: pecAddress });
  // Born in 1980: 46 years old on the deadline, over the bando's limit (T18).
  const byPost = candidate(402, { birthDate: '1980-01-01' });
  const reserved = candidate(403);
  const admitted = candidate(404);
  const ids: string[] = [];
  for (const c of [withPec, byPost, reserved, admitted]) {
    const r = await call(`/api/v1/public/concorsi/${id}/applications`, { body: c });
    expect(r.status).toBe(201);
    ids.push(r.json.id);
  }
  // The term (1 April) and the postal grace (9 April) end; the sweeper moves the concorso on.
  await at('2026-04-10T07:00:00.000Z');
  await sweep(undefined, rt.urls.web);
  await sweep(undefined, rt.urls.web);
  let p = await get(id);
  expect(p.phase).toBe('ADMISSION_OPEN');
  expect(term(p, 'concorso.earliestAdmission')?.dueDate).toBe('2026-04-09');

  const body = (over: Record<string, unknown> = {}) => ({
    expectedVersion: p.version,
    act: { number: 'DET-120', date: '2026-04-10' },
    diffusionMinutes: { number: 'VERB-3', date: '2026-04-10' },
    excluded: [
      { applicationId: ids[0], reason: 'Titolo di studio non conforme al bando.' },
      { applicationId: ids[1], reason: 'Domanda priva di sottoscrizione.' },
    ],
    withReserve: [{ applicationId: ids[2], reason: 'Equipollenza del titolo estero da verificare.' }],
    ...over,
  });
  const determine = (b: Record<string, unknown>) =>
    call(`/api/v1/procedures/${id}/actions/determine-admission`, { body: b });

  // T8: an act dated before the fifth working day after the term is refused, with the rule cited.
  const early = await determine(body({ act: { number: 'DET-120', date: '2026-04-08' } }));
  expect(early.status).toBe(422);
  expect(early.json.errors[0]).toMatchObject({ field: 'act.date' });
  expect(early.json.errors[0].message).toContain('art. 88 c.4');
  // An unknown application, the same one twice, and a minutes' date after the act: refused, field by field.
  const unknown = await determine(body({ withReserve: [{ applicationId: 'nessuna', reason: 'x' }] }));
  expect(unknown.status).toBe(422);
  expect(unknown.json.errors.map((e: { field: string }) => e.field)).toContain('withReserve.0.applicationId');
  const twice = await determine(body({ withReserve: [{ applicationId: ids[0], reason: 'x' }] }));
  expect(twice.status).toBe(422);
  const minutes = await determine(body({ diffusionMinutes: { number: 'VERB-3', date: '2026-04-11' } }));
  expect(minutes.status).toBe(422);
  // T18: requirements are held on the deadline; an over-age candidate cannot be admitted.
  const overAge = await determine(body({ excluded: [{ applicationId: ids[0], reason: 'Titolo non conforme.' }] }));
  expect(overAge.status).toBe(422);
  expect(JSON.stringify(overAge.json.errors)).toContain('46 anni alla scadenza, oltre il limite di 40');
  expect((await get(id)).version).toBe(p.version);

  const adopted = await determine(body());
  expect(adopted.status).toBe(200);
  p = await get(id);
  expect(p.phase).toBe('ADMISSION_DETERMINED');
  expect(p.data.admission).toMatchObject({ admitted: 2, withReserve: [{ applicationId: ids[2] }] });
  const [byPecEntry, byPostEntry] = p.data.admission.excluded;
  expect(byPecEntry.communication).toMatchObject({ channel: 'PEC', status: 'IN_CONSEGNA' });
  expect(byPostEntry.communication).toMatchObject({ channel: 'RACCOMANDATA_AR', status: 'IN_CONSEGNA' });
  // T9: 10 days from the determination, open while a raccomandata is still to be posted.
  expect(term(p, 'concorso.exclusionNotice')).toMatchObject({ dueDate: '2026-04-20', status: 'OPEN' });
  // A second determination is out of phase; so is an application arriving now (art. 88 c.3).
  expect((await determine(body({ expectedVersion: p.version }))).status).toBe(409);
  const late = await call(`/api/v1/procedures/${id}/paper-applications`, {
    body: { ...candidate(405), channel: 'RACCOMANDATA_AR', sentDate: '2026-04-01', receivedDate: '2026-04-09' },
  });
  expect(late.status).toBe(409);

  // The sweeper sends the letters: the PEC carries the reason; the e-mails are courtesy copies only.
  await at('2026-04-10T07:05:00.000Z');
  const swept = await sweep<{ pecReceipts: number }>(undefined, rt.urls.web);
  const pec = (await (await fetch(`${rt.urls.pec}/api/messages`)).json()) as { to: string; text: string }[];
  const letter = pec.filter((m) => m.to === pecAddress);
  expect(letter).toHaveLength(1);
  expect(letter[0].text).toContain('Titolo di studio non conforme al bando.');
  expect(letter[0].text).toContain('DET-120');
  const courtesy = (await mails({ sesUrl: rt.urls.ses })).filter(
    (m) => m.destination.to.includes(withPec.email) || m.destination.to.includes(byPost.email),
  );
  expect(courtesy.filter((m) => !m.subject.startsWith('Domanda ricevuta')).length).toBe(2);
  for (const m of courtesy) expect(m.body.text).not.toContain('Domanda priva di sottoscrizione');
  // Its delivery receipt is collected in the same sweep (or the next) and recorded on the candidate's entry.
  if (!swept.pecReceipts) await sweep(undefined, rt.urls.web);
  p = await get(id);
  expect(p.data.admission.excluded[0].communication).toMatchObject({ status: 'CONSEGNATA', deliveredOn: '2026-04-10' });

  // The raccomandata is posted: T9 met. Its return card, recorded later, completes the evidence.
  await at('2026-04-13T08:00:00.000Z');
  const posted = await call(`/api/v1/procedures/${id}/actions/record-exclusions-posted`, {
    body: { expectedVersion: p.version, postedOn: '2026-04-11', reference: 'Distinta raccomandate n. 45' },
  });
  expect(posted.status).toBe(200);
  p = await get(id);
  expect(term(p, 'concorso.exclusionNotice')?.status).toBe('MET');
  expect(p.data.admission.excluded[1].postedOn).toBe('2026-04-11');
  await at('2026-04-16T08:00:00.000Z');
  const wrongEvidence = await call(`/api/v1/procedures/${id}/actions/record-delivery`, {
    body: {
      expectedVersion: p.version,
      communicationId: byPecEntry.communication.id,
      deliveredOn: '2026-04-15',
      evidence: { kind: 'CARTOLINA_AR', reference: 'AR 1' },
    },
  });
  expect(wrongEvidence.status).toBeGreaterThanOrEqual(400);
  expect(wrongEvidence.status).toBeLessThan(500);
  const card = await call(`/api/v1/procedures/${id}/actions/record-delivery`, {
    body: {
      expectedVersion: p.version,
      communicationId: byPostEntry.communication.id,
      deliveredOn: '2026-04-15',
      evidence: { kind: 'CARTOLINA_AR', reference: 'AR 12345678' },
    },
  });
  expect(card.status).toBe(200);
  p = await get(id);
  expect(p.data.admission.excluded[1].communication).toMatchObject({
    status: 'CONSEGNATA',
    deliveredOn: '2026-04-15',
    evidence: { kind: 'CARTOLINA_AR', reference: 'AR 12345678' },
  });

  const audit = (await call(`/api/v1/procedures/${id}/audit`)).json;
  const types = audit.events.map((e: { type: string }) => e.type);
  expect(types).toEqual(
    expect.arrayContaining(['ADMISSION_DETERMINED', 'EXCLUSION_LETTERS_POSTED', 'COMMUNICATION_DELIVERED']),
  );
  expect(audit.verification.ok).toBe(true);
});
