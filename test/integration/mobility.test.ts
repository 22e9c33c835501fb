/**
 * Mobility end to end on the real local runtime (issue: contract formation and mobility, "Done means"):
 * an incoming mobility from notice to contract; an outgoing request refused by the 4-year bar, then
 * granted with a derogation (and the employee's pending disciplinary case moved on transfer, FX-MOB-05);
 * an internal transfer refused until the four communications are recorded; bad input (an opinion from
 * the wrong role, a request from someone not on staff) refused with the reason, nothing changed.
 * Moves the clock: runs on its own runtime.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { taxCodeFor } from '../support/fixtures';
import { type ApiOptions, api, type RuntimeProcess, setClock, startRuntimeProcess, sweep } from '../support/local';

let rt: RuntimeProcess;
const HR = 'hr.stresa';
const HEAD = 'head.stresa';
const call = (path: string, options: ApiOptions = {}) => api(path, { user: HR, ...options, baseUrl: rt.urls.web });
const at = (day: string) => setClock(`${day}T09:00:00Z`, rt.urls.web);
type Row = { id: string; dueDate: string; status: string };

beforeAll(async () => {
  rt = await startRuntimeProcess(mkdtempSync(join(tmpdir(), 'mobility-')), { args: ['--no-cron'] });
});

afterAll(async () => {
  await rt?.stop();
});

const get = async (id: string, user = HR) => (await call(`/api/v1/mobility/${id}`, { user })).json;

async function act(id: string, name: string, body: Record<string, unknown>, user = HR) {
  const version = (await get(id)).version;
  return call(`/api/v1/mobility/${id}/acts/${name}`, { user, body: { ...body, expectedVersion: version } });
}

test('incoming mobility: notice, applications checked, board, CV and interview, consent, then contract formation', async () => {
  await at('2026-02-02');
  const opened = await call('/api/v1/mobility/incoming', {
    body: {
      entityId: 'stresa',
      post: {
        kind: 'C_AMM',
        category: 'C',
        profile: 'Istruttore amministrativo',
        service: 'Servizi demografici',
        workplace: 'Municipio di Stresa',
      },
      notice: { act: 'Determinazione n. 40/2026', publishedOn: '2026-02-02' },
    },
  });
  expect(opened.status).toBe(201);
  const id = opened.json.id as string;
  let p = await get(id);
  // Published 30 days (art. 30 c.1 D.Lgs. 165/2001; G-9): 2026-03-04.
  expect(p.deadlines.find((d: Row) => d.id === 'mobility.incomingNoticePublication')?.dueDate).toBe('2026-03-04');

  await at('2026-02-20');
  const apply = (n: number, extra: Record<string, unknown>) =>
    act(id, 'record-application', {
      name: `Candidato ${n}`,
      taxCode: taxCodeFor(800 + n),
      administration: 'Comune di Verbania',
      category: 'C',
      receivedOn: '2026-02-20',
      email: `mob${n}@example.org`,
      ...extra,
    });
  // FX-MOB-10: no diploma but 5 years in a different area: admitted; 4 years: not.
  expect((await apply(1, { hasStudyTitle: false, seniorityYears: 5, sameArea: false })).status).toBe(200);
  expect((await apply(2, { hasStudyTitle: false, seniorityYears: 4, sameArea: false })).status).toBe(200);
  expect((await apply(3, { hasStudyTitle: true, seniorityYears: 1, sameArea: true })).status).toBe(200);
  p = await get(id);
  expect(p.data.applications.map((a: { admitted: boolean }) => a.admitted)).toEqual([true, false, true]);

  // The notice's term closes the applications by itself.
  await at('2026-03-05');
  await sweep(undefined, rt.urls.web);
  p = await get(id);
  expect(p.phase).toBe('VALUTAZIONE');
  expect((await apply(4, { hasStudyTitle: true, seniorityYears: 3, sameArea: true })).status).toBe(409);

  // Category C board: HR head + head of the hiring service (L1775-L1777), secretary from HR (L1791).
  const board = await act(id, 'appoint-board', {
    legalDate: '2026-03-05',
    segretario: { id: 'segretario.stresa', name: 'Franco Galli' },
    respRu: { id: 'head.stresa', name: 'Giulia Bianchi' },
    hiringServiceHead: { id: 'resp.stresa', name: 'Antonio Greco' },
    minuteSecretary: { id: 'hr.stresa', name: 'Maria Rossi', hrIstruttoreAmministrativo: true },
  });
  expect(board.status).toBe(200);
  p = await get(id);
  const [first, second, third] = p.data.applications as { id: string }[];
  await at('2026-03-10');
  // Only admitted candidates are evaluated.
  expect(
    (
      await act(id, 'evaluate', {
        legalDate: '2026-03-10',
        scores: [{ applicationId: second.id, cv: 40, interview: 40 }],
      })
    ).status,
  ).toBe(422);
  expect(
    (
      await act(id, 'evaluate', {
        legalDate: '2026-03-10',
        scores: [
          { applicationId: first.id, cv: 30, interview: 38 },
          { applicationId: third.id, cv: 35, interview: 40 },
        ],
      })
    ).status,
  ).toBe(200);
  p = await get(id);
  expect(p.phase).toBe('ATTESA_ASSENSO');
  expect(p.data.evaluation.selectedId).toBe(third.id);
  expect(p.deadlines.find((d: Row) => d.id === 'mobility.homeConsent')?.dueDate).toBe('2026-04-09');

  // No hand-off before the home administration's consent.
  const early = await call(`/api/v1/mobility/${id}/hand-off`, {
    body: {
      expectedVersion: p.version,
      appointment: { number: 'NOM-M1', date: '2026-03-10' },
      channel: 'RACCOMANDATA_AR',
    },
  });
  expect(early.status).toBe(422);
  await at('2026-03-20');
  expect(
    (await act(id, 'record-consent', { legalDate: '2026-03-20', granted: true, act: 'Nulla osta prot. 123' })).status,
  ).toBe(200);
  p = await get(id);
  const handed = await call(`/api/v1/mobility/${id}/hand-off`, {
    body: {
      expectedVersion: p.version,
      appointment: { number: 'NOM-M1', date: '2026-03-20' },
      channel: 'RACCOMANDATA_AR',
    },
  });
  expect(handed.status).toBe(201);
  const contract = (await call(`/api/v1/contracts/${handed.json.contract.id}`)).json;
  expect(contract.phase).toBe('NOMINA_IN_NOTIFICA');
  expect(contract.data.source).toMatchObject({ kind: 'MOBILITA', procedureId: id });
  expect(contract.data.appointee.name).toBe('Candidato 3');
  expect((await get(id)).phase).toBe('ASSUNZIONE_AVVIATA');
});

test('outgoing mobility: refused by the 4-year bar, granted with the Giunta derogation; on transfer the pending disciplinary case moves', async () => {
  // dip.stresa signed on 2020-09-01 (staff register): on 2024-08-31 the 4 years are not complete (FX-MOB-01).
  await at('2024-08-31');
  const opened = await call('/api/v1/mobility/outgoing', {
    user: 'dip.stresa',
    body: {
      entityId: 'stresa',
      destination: 'Comune di Verbania',
      reasons: 'Avvicinamento alla residenza familiare.',
      requestedOn: '2024-08-31',
    },
  });
  expect(opened.status).toBe(201);
  const id = opened.json.id as string;
  let p = await get(id);
  expect(p.data.admissible).toBe(false);
  expect(JSON.stringify(p.data.eligibility)).toContain('L1265');

  // A disciplinary case pending for the same employee (a warning at the decision, moved at the transfer).
  const dcase = await call('/api/v1/discipline/cases', {
    user: 'segretario.stresa',
    body: {
      entityId: 'stresa',
      ruleSet: 'stresa-rous@1',
      employee: {
        userId: 'dip.stresa',
        name: 'Carlo Esposito',
        taxCode: 'SPSCRL82C15L746R',
        category: 'C',
        profile: 'Istruttore amministrativo',
        service: 'Servizi demografici',
      },
      notizia: {
        source: 'RESP_SERVIZIO',
        facts: 'Ritardi.',
        firstAcquisitionDate: '2024-08-30',
        authorityKnowledgeDate: '2024-08-30',
      },
      charges: [{ infractionId: 'INF-4a', factDate: '2024-08-29', factDescription: 'Ritardi ripetuti.' }],
    },
  });
  expect(dcase.status).toBe(201);

  // Opinions: only the head of the employee's service gives it; the HR officer cannot.
  await at('2024-09-02');
  const wrongRole = await act(
    id,
    'service-head-opinion',
    { legalDate: '2024-09-02', favourable: true, text: 'Favorevole.' },
    HR,
  );
  expect(wrongRole.status).toBe(403);
  expect(
    (
      await act(
        id,
        'service-head-opinion',
        { legalDate: '2024-09-02', favourable: true, text: 'Favorevole.' },
        'resp.stresa',
      )
    ).status,
  ).toBe(200);
  expect(
    (await act(id, 'giunta-opinion', { legalDate: '2024-09-02', act: 'DGC 88/2024', favourable: true })).status,
  ).toBe(200);

  // The HR head who decides is warned of the pending case (a yes/no, never its content); the HR officer is not.
  expect((await get(id, HEAD)).warnings?.[0]).toContain('procedimento disciplinare');
  expect((await get(id)).warnings).toBeUndefined();

  // Refused by the bar: nothing changes.
  const version = (await get(id)).version;
  const refused = await act(
    id,
    'decide',
    { legalDate: '2024-09-02', outcome: 'AUTORIZZATA', motivation: 'Nessun pregiudizio.' },
    HEAD,
  );
  expect(refused.status).toBe(422);
  expect(refused.json.detail).toContain('L1265');
  expect((await get(id)).version).toBe(version);

  // The Giunta derogates (L1265); the concorso hire is past the third year of service (L1840): granted.
  expect((await act(id, 'giunta-derogation', { legalDate: '2024-09-02', act: 'DGC 90/2024' })).status).toBe(200);
  const granted = await act(
    id,
    'decide',
    { legalDate: '2024-09-02', outcome: 'AUTORIZZATA', motivation: 'Nessun pregiudizio.' },
    HEAD,
  );
  expect(granted.status).toBe(200);
  p = await get(id);
  expect(p.phase).toBe('AUTORIZZATA');
  // Nothing of the disciplinary case is stored in the mobility file (D4).
  expect(JSON.stringify(p)).not.toMatch(/disciplinar/i);

  await at('2024-09-30');
  expect((await act(id, 'agree-transfer-date', { legalDate: '2024-09-30', transferDate: '2024-10-01' })).status).toBe(
    200,
  );
  await at('2024-10-01');
  const ended = await act(id, 'record-cessation', { legalDate: '2024-10-01' });
  expect(ended.status).toBe(200);
  expect(ended.json.disciplinaryCasesTransferred).toBe(1);
  expect((await get(id)).phase).toBe('CONCLUSA');
  const moved = (await call(`/api/v1/discipline/cases/${dcase.json.id}`, { user: 'segretario.stresa' })).json;
  expect(moved.phase).toBe('TRASFERITO');
  expect(moved.data.transfer.administration).toBe('Comune di Verbania');
});

test('internal transfer: refused until the employee, Sindaco, Giunta and unions are told; a request from outside the staff refused', async () => {
  await at('2026-05-04');
  const notStaff = await call('/api/v1/mobility/internal', {
    user: 'cand.stresa',
    body: {
      entityId: 'stresa',
      mode: 'RICHIESTA',
      to: { service: 'Ragioneria', category: 'C', profile: 'Istruttore amministrativo' },
      reasons: 'Interesse.',
      requestedOn: '2026-05-04',
    },
  });
  expect(notStaff.status).toBe(422);
  expect(JSON.stringify(notStaff.json.errors)).toContain('personale di ruolo');

  // FX-MOB-06: C → B3 is refused at the decision (same category required, L1285).
  const downgrade = await call('/api/v1/mobility/internal', {
    user: 'dip.stresa',
    body: {
      entityId: 'stresa',
      mode: 'RICHIESTA',
      to: { service: 'Ragioneria', category: 'B3', profile: 'Esecutore' },
      reasons: 'Interesse.',
      requestedOn: '2026-05-04',
    },
  });
  const did = downgrade.json.id as string;
  await act(
    did,
    'service-head-opinion',
    { legalDate: '2026-05-04', favourable: true, text: 'Nulla osta.' },
    'resp.stresa',
  );
  const wrongCategory = await act(
    did,
    'decide',
    { legalDate: '2026-05-04', outcome: 'DISPOSTA', motivation: 'Esigenze.' },
    HEAD,
  );
  expect(wrongCategory.status).toBe(422);
  expect(wrongCategory.json.detail).toContain('L1285');

  const opened = await call('/api/v1/mobility/internal', {
    user: 'dip.stresa',
    body: {
      entityId: 'stresa',
      mode: 'RICHIESTA',
      to: { service: 'Ufficio protocollo', category: 'C', profile: 'Istruttore amministrativo' },
      reasons: 'Maggiore vicinanza alle competenze acquisite.',
      requestedOn: '2026-05-04',
      temporary: { endDate: '2026-12-31' },
    },
  });
  expect(opened.status).toBe(201);
  const id = opened.json.id as string;
  expect(
    (
      await act(
        id,
        'service-head-opinion',
        { legalDate: '2026-05-04', favourable: true, text: 'Favorevole.' },
        'resp.stresa',
      )
    ).status,
  ).toBe(200);
  expect(
    (
      await act(
        id,
        'decide',
        { legalDate: '2026-05-04', outcome: 'DISPOSTA', motivation: 'Esigenze del protocollo.' },
        HEAD,
      )
    ).status,
  ).toBe(200);

  await at('2026-05-06');
  const tell = (recipient: string) =>
    act(id, 'record-communication', { legalDate: '2026-05-06', recipient, reference: `Nota prot. ${recipient}` });
  await tell('DIPENDENTE');
  await tell('SINDACO');
  // Giunta and unions not yet told: execution refused (V-MOB-21, FX-MOB-07), nothing changes.
  const version = (await get(id)).version;
  const premature = await act(id, 'execute', { legalDate: '2026-05-06', effectiveDate: '2026-05-11' });
  expect(premature.status).toBe(422);
  expect(premature.json.detail).toContain('L1287');
  expect((await get(id)).version).toBe(version);
  await tell('GIUNTA');
  await tell('OOSS');
  expect((await act(id, 'execute', { legalDate: '2026-05-06', effectiveDate: '2026-05-11' })).status).toBe(200);
  const done = await get(id);
  expect(done.phase).toBe('ESEGUITA');
  expect(done.data.temporary.endDate).toBe('2026-12-31');
  // The employee sees their own request; another employee does not.
  expect((await call(`/api/v1/mobility/${id}`, { user: 'dip.stresa' })).status).toBe(200);
  expect((await call(`/api/v1/mobility/${id}`, { user: 'dip2.stresa' })).status).toBe(404);
});

test('seconded staff: refused before a year at the Comune (FX-MOB-12), taken on after it, then handed to contract formation', async () => {
  await at('2024-09-02');
  const body = (decisionDate: string) => ({
    entityId: 'stresa',
    person: {
      name: 'Paola Riva',
      taxCode: taxCodeFor(880),
      administration: 'Provincia del VCO',
      email: 'paola.riva@example.org',
    },
    post: {
      category: 'C',
      profile: 'Istruttore amministrativo',
      service: 'Ragioneria',
      workplace: 'Municipio di Stresa',
    },
    secondmentStart: '2023-09-01',
    interest: 'Copertura del posto vacante in ragioneria con personale già formato.',
    consents: {
      employee: { act: 'Domanda del 2024-05-10', date: '2024-05-10' },
      homeAdministration: { act: 'Nulla osta prot. 77', date: '2024-05-20' },
    },
    decision: { act: 'Determinazione n. 90', date: decisionDate },
  });
  const early = await call('/api/v1/mobility/seconded', { body: body('2024-06-01') });
  expect(early.status).toBe(422);
  expect(early.json.detail).toContain('L1330');
  const taken = await call('/api/v1/mobility/seconded', { body: body('2024-09-02') });
  expect(taken.status).toBe(201);
  const p = await get(taken.json.id);
  expect(p.phase).toBe('ATTESA_ASSENSO');
  const handed = await call(`/api/v1/mobility/${p.id}/hand-off`, {
    body: {
      expectedVersion: p.version,
      appointment: { number: 'NOM-C1', date: '2024-09-02' },
      channel: 'CONSEGNA_A_MANO',
    },
  });
  expect(handed.status).toBe(201);
  expect((await call(`/api/v1/contracts/${handed.json.contract.id}`)).json.data.appointee.name).toBe('Paola Riva');
});
