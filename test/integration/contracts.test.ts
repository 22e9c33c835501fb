/**
 * Contract formation end to end on the real local runtime (issue: contract formation and mobility,
 * "Done means"): a winner who signs on day 29; a winner with an incompatible job who opts and starts
 * three months later; a winner who lets the term pass, lapses, and the next candidate is proposed and
 * confirmed; a probation confirmed and one failed; bad input refused with its reason, nothing changed.
 * Moves the clock: runs on its own runtime.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addDays } from '../../shared/calendar/dates';
import { taxCodeFor } from '../support/fixtures';
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
const HR = 'hr.stresa';
const HEAD = 'head.stresa';
const call = (path: string, options: ApiOptions = {}) => api(path, { user: HR, ...options, baseUrl: rt.urls.web });
const at = (day: string) => setClock(`${day}T09:00:00Z`, rt.urls.web);
const sweepNow = () => sweep(undefined, rt.urls.web);
type Row = { id: string; dueDate: string; status: string };
let seq = 500;

beforeAll(async () => {
  rt = await startRuntimeProcess(mkdtempSync(join(tmpdir(), 'contracts-')), { args: ['--no-cron'] });
});

afterAll(async () => {
  await rt?.stop();
});

function entry(position: number, extra: Record<string, unknown> = {}) {
  return {
    position,
    name: `Candidato ${position}`,
    taxCode: taxCodeFor(seq++),
    score: 60 - position,
    email: `candidato${position}@example.org`,
    address: `Via dei Mille ${position}, Stresa`,
    ...extra,
  };
}

async function graduatoria(approvedOn: string, entries = [entry(1), entry(2), entry(3)]) {
  const r = await call('/api/v1/graduatorie', {
    user: HEAD,
    body: {
      entityId: 'stresa',
      title: 'Concorso per 2 posti di Istruttore amministrativo (cat. C)',
      approval: { number: `DET-${approvedOn}`, date: approvedOn },
      post: {
        category: 'C',
        profile: 'Istruttore amministrativo',
        service: 'Servizi demografici',
        workplace: 'Municipio di Stresa',
      },
      posts: 2,
      entries,
    },
  });
  expect(r.status).toBe(201);
  return r.json as { id: string; validUntil: string; entries: { position: number; name: string; taxCode: string }[] };
}

async function appoint(gradId: string, position: number, day: string, extra: Record<string, unknown> = {}) {
  const r = await call('/api/v1/contracts', {
    body: {
      entityId: 'stresa',
      source: { kind: 'GRADUATORIA', graduatoriaId: gradId, position },
      appointment: { number: `NOM-${position}`, date: day },
      channel: 'RACCOMANDATA_AR',
      ...extra,
    },
  });
  expect(r.status).toBe(201);
  return r.json.id as string;
}

const get = async (id: string, user = HR) => (await call(`/api/v1/contracts/${id}`, { user })).json;
const term = (p: { deadlines: Row[] }, id: string) => p.deadlines.find((d) => d.id === id);

async function act(id: string, name: string, body: Record<string, unknown>, user = HR) {
  const version = (await get(id)).version;
  return call(`/api/v1/contracts/${id}/acts/${name}`, { user, body: { ...body, expectedVersion: version } });
}

/** Record the A/R return card: the 30 days run from this date (art. 108 c.2, L1798). */
async function receive(id: string, on: string) {
  const p = await get(id);
  const r = await act(id, 'record-delivery', {
    communicationId: p.data.appointment.communicationId,
    deliveredOn: on,
    evidence: { kind: 'CARTOLINA_AR', reference: `Cartolina A/R del ${on}` },
  });
  expect(r.status).toBe(200);
}

function contractTerms(
  p: { id: string; data: { appointee: { name: string; taxCode: string } } },
  startDate: string,
  over: Record<string, unknown> = {},
) {
  return {
    worker: { name: p.data.appointee.name, taxCode: p.data.appointee.taxCode },
    relationshipType: { duration: 'TEMPO_INDETERMINATO', workingTime: 'TEMPO_PIENO' },
    startDate,
    category: 'C',
    profile: 'Istruttore amministrativo',
    initialPayLevel: 'Area degli Istruttori, differenziale stipendiale iniziale',
    duties: 'Attività istruttorie nei servizi demografici, rilascio di certificazioni, rapporti con il pubblico.',
    probationMonths: 6,
    workplace: 'Municipio di Stresa, Piazza Matteotti 6',
    sourceProcedure: { id: p.id, kind: 'concorso', title: 'Concorso per 2 posti di Istruttore amministrativo' },
    employerSignatory: { name: 'Giulia Bianchi', role: 'RESP_HR', office: 'Servizio Gestione Risorse Umane' },
    ...over,
  };
}

async function sign(id: string, on: string, over: Record<string, unknown> = {}) {
  const p = await get(id);
  return act(id, 'sign-contract', { signedOn: on, terms: contractTerms(p, on, over) });
}

test('a winner receives the appointment, presents the documents and signs on day 29, takes service; probation confirmed', async () => {
  await at('2026-01-12');
  const g = await graduatoria('2026-01-12');
  // Valid three years from approval (T17, L1655).
  expect(g.validUntil).toBe('2029-01-12');
  await at('2026-01-15');
  const id = await appoint(g.id, 1, '2026-01-15');
  let p = await get(id);
  expect(p.phase).toBe('NOMINA_IN_NOTIFICA');
  // No term before receipt: the 30 days run from it.
  expect(term(p, 'contract.takeUpService')).toBeUndefined();
  await at('2026-01-19');
  await receive(id, '2026-01-19');
  p = await get(id);
  expect(p.phase).toBe('IN_ATTESA_PRESA_SERVIZIO');
  expect(term(p, 'contract.takeUpService')).toMatchObject({ dueDate: '2026-02-18', status: 'OPEN' });

  const day29 = addDays('2026-01-19', 29);
  await at(day29);
  expect(
    (
      await act(id, 'present-documents', {
        presentedOn: day29,
        items: ['Dichiarazione sostitutiva', 'Certificato medico'],
      })
    ).status,
  ).toBe(200);
  const signed = await sign(id, day29);
  expect(signed.status).toBe(200);
  expect((await act(id, 'take-service', { startOn: day29 })).status).toBe(200);
  p = await get(id);
  expect(p.phase).toBe('IN_PROVA');
  expect(term(p, 'contract.takeUpService')?.status).toBe('MET');
  // Category C: six months of probation (CCNL), from the start of service.
  expect(term(p, 'contract.probationLong')).toMatchObject({ dueDate: '2026-08-17', status: 'OPEN' });

  // The signed contract is a document with every mandatory element, in Italian.
  const doc = await call(`/api/v1/contracts/${id}/contract/1`);
  expect(doc.headers.get('content-type')).toMatch(/text\/html/);
  for (const text of ['Istruttore amministrativo', 'Municipio di Stresa', 'periodo di prova', 'Versione 1']) {
    expect(doc.text).toContain(text);
  }
  expect(doc.text.toLowerCase()).toContain('pantouflage');

  // Probation: opinion requested, given by the head of unit (not by HR), decided by the HR head.
  await at('2026-07-20');
  expect((await act(id, 'request-probation-opinion', { legalDate: '2026-07-20' })).status).toBe(200);
  const wrongRole = await act(id, 'probation-opinion', { legalDate: '2026-07-21', favourable: true, text: 'Positivo' });
  expect(wrongRole.status).toBe(403);
  await at('2026-07-25');
  expect(
    (
      await act(
        id,
        'probation-opinion',
        { legalDate: '2026-07-25', favourable: true, text: 'Lavoro accurato.' },
        'resp.stresa',
      )
    ).status,
  ).toBe(200);
  expect(
    (
      await act(
        id,
        'probation-decision',
        { legalDate: '2026-07-25', outcome: 'CONFERMATO', motivation: 'Parere favorevole.' },
        HR,
      )
    ).status,
  ).toBe(403);
  expect(
    (
      await act(
        id,
        'probation-decision',
        { legalDate: '2026-07-25', outcome: 'CONFERMATO', motivation: 'Parere favorevole.' },
        HEAD,
      )
    ).status,
  ).toBe(200);
  p = await get(id);
  expect(p.phase).toBe('CONFERMATO');
  expect(term(p, 'contract.probationLong')?.status).toBe('MET');
});

test('a winner with an incompatible job declares the option and starts three months later', async () => {
  await at('2026-02-02');
  const g = await graduatoria('2026-02-02');
  const id = await appoint(g.id, 1, '2026-02-02', { incompatibility: { currentEmployer: 'Comune di Verbania' } });
  await at('2026-02-05');
  await receive(id, '2026-02-05');
  let p = await get(id);
  // Both terms bind the winner: 2026-03-07 is a Saturday (offices closed), so they end on Monday (D2).
  expect(term(p, 'contract.optionDeclaration')).toMatchObject({ dueDate: '2026-03-09', status: 'OPEN' });
  expect(term(p, 'contract.takeUpService')?.dueDate).toBe('2026-03-09');

  // Signing before the option is refused (L1799).
  await at('2026-02-20');
  const early = await sign(id, '2026-02-20');
  expect(early.status).toBe(422);
  expect(JSON.stringify(early.json)).toContain('L1799');

  // A notice period of 120 days is capped at three months past the original term (L1799).
  expect(
    (
      await act(
        id,
        'declare-option',
        { declaredOn: '2026-02-20', noticeDays: 120, statement: 'Opto per il posto presso il Comune di Stresa.' },
        HR,
      )
    ).status,
  ).toBe(200);
  p = await get(id);
  expect(p.data.option.extendedTo).toBe('2026-06-09');
  expect(term(p, 'contract.takeUpService')?.dueDate).toBe('2026-06-09');
  expect(term(p, 'contract.optionDeclaration')?.status).toBe('MET');

  await at('2026-06-08');
  expect(
    (await act(id, 'present-documents', { presentedOn: '2026-06-08', items: ['Dimissioni dal Comune di Verbania'] }))
      .status,
  ).toBe(200);
  expect((await sign(id, '2026-06-08')).status).toBe(200);
  expect((await act(id, 'take-service', { startOn: '2026-06-08' })).status).toBe(200);
  expect((await get(id)).phase).toBe('IN_PROVA');
});

test('a winner lets the term pass: lapse, the next candidate proposed, the HR head confirms and the next appointment opens', async () => {
  await at('2026-03-02');
  const g = await graduatoria('2026-03-02');
  const id = await appoint(g.id, 1, '2026-03-02');
  await at('2026-03-04');
  await receive(id, '2026-03-04');
  let p = await get(id);
  const due = term(p, 'contract.takeUpService')!.dueDate;
  expect(due).toBe('2026-04-03');

  // Documents after the term: refused, nothing changed.
  await at('2026-04-04');
  const version = p.version;
  const late = await act(id, 'present-documents', { presentedOn: '2026-04-04', items: ['Certificato'] });
  expect(late.status).toBe(422);
  expect(late.json.detail).toContain('2026-04-03');
  expect((await get(id)).version).toBe(version);

  // The sweeper fires the term: the appointment lapses (art. 110 c.7, L1838) and position 2 is proposed.
  await sweepNow();
  p = await get(id);
  expect(p.phase).toBe('DECADUTO');
  expect(p.data.scorrimento).toMatchObject({ position: 2, name: 'Candidato 2' });
  const notice = (await mails({ sesUrl: rt.urls.ses })).find(
    (m) => m.subject.startsWith('Scorrimento') && m.subject.includes(p.title),
  );
  expect(notice?.body.text).toContain('Candidato 2');

  // Only the HR head confirms; the next appointment opens with the notice to position 2.
  const body = {
    expectedVersion: p.version,
    legalDate: '2026-04-04',
    appointment: { number: 'NOM-2', date: '2026-04-04' },
    channel: 'RACCOMANDATA_AR',
  };
  expect((await call(`/api/v1/contracts/${id}/scorrimento`, { body })).status).toBe(403);
  const confirmed = await call(`/api/v1/contracts/${id}/scorrimento`, { user: HEAD, body });
  expect(confirmed.status).toBe(201);
  const next = await get(confirmed.json.next.id);
  expect(next.data.appointee.name).toBe('Candidato 2');
  expect(next.data.source).toMatchObject({ graduatoriaId: g.id, position: 2 });
  // A retry finds the same appointment, not a second one.
  const retry = await call(`/api/v1/contracts/${id}/scorrimento`, { user: HEAD, body });
  expect(retry.json.next.id).toBe(confirmed.json.next.id);
  const state = (await call(`/api/v1/graduatorie/${g.id}`)).json;
  expect(state.next.position).toBe(3);
  expect(state.entries.map((e: { appointment: { phase: string } | null }) => e.appointment?.phase ?? null)).toEqual([
    'DECADUTO',
    'NOMINA_IN_NOTIFICA',
    null,
  ]);
});

test('a probation failed: the HR head ends it before its end, after the opinion', async () => {
  await at('2026-01-05');
  const g = await graduatoria('2026-01-05', [entry(1, { userId: 'cand.stresa' }), entry(2)]);
  const id = await appoint(g.id, 1, '2026-01-05');
  await receive(id, '2026-01-05');
  // The appointee presents the documents from their own page; another user cannot see the appointment.
  expect(
    (await act(id, 'present-documents', { presentedOn: '2026-01-05', items: ['Documenti'] }, 'cand.stresa')).status,
  ).toBe(200);
  expect((await call(`/api/v1/contracts/${id}`, { user: 'dip2.stresa' })).status).toBe(404);
  // A contract missing a mandatory element is refused with the element and its line.
  const p = await get(id);
  const missing = await act(id, 'sign-contract', {
    signedOn: '2026-01-05',
    terms: { ...contractTerms(p, '2026-01-05'), workplace: '' },
  });
  expect(missing.status).toBe(422);
  expect(JSON.stringify(missing.json.errors)).toMatch(/terms\.workplace/);
  expect((await sign(id, '2026-01-05')).status).toBe(200);
  expect((await act(id, 'take-service', { startOn: '2026-01-05' })).status).toBe(200);

  await at('2026-05-04');
  // No decision without the head of unit's opinion (L1812).
  const noOpinion = await act(
    id,
    'probation-decision',
    { legalDate: '2026-05-04', outcome: 'NON_SUPERATO', motivation: 'Prova negativa.' },
    HEAD,
  );
  expect(noOpinion.status).toBe(422);
  expect(noOpinion.json.detail).toContain('L1812');
  await act(id, 'request-probation-opinion', { legalDate: '2026-05-04' });
  await act(
    id,
    'probation-opinion',
    { legalDate: '2026-05-04', favourable: false, text: 'Errori ripetuti nelle pratiche.' },
    'resp.stresa',
  );
  expect(
    (
      await act(
        id,
        'probation-decision',
        { legalDate: '2026-05-04', outcome: 'NON_SUPERATO', motivation: 'Parere negativo motivato.' },
        HEAD,
      )
    ).status,
  ).toBe(200);
  expect((await get(id)).phase).toBe('PROVA_NON_SUPERATA');

  // The recruitment procedure is annulled: the contracts still running on its graduatoria end (art. 110 c.5).
  const second = await appoint(g.id, 2, '2026-05-04');
  const annul = { legalDate: '2026-05-04', act: 'Sentenza TAR Piemonte n. 12/2026' };
  expect((await call(`/api/v1/graduatorie/${g.id}/annul`, { body: annul })).status).toBe(403);
  const annulled = await call(`/api/v1/graduatorie/${g.id}/annul`, { user: HEAD, body: annul });
  expect(annulled.json).toMatchObject({ ended: [second], skipped: [id] });
  expect((await get(second)).phase).toBe('ANNULLATO');
});
