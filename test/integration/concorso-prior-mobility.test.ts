/**
 * The national-law precondition on the real local runtime (issue 7 item 5; art. 30 c.2-bis D.Lgs.
 * 165/2001, rule set national@3): a concorso under `national` cannot be adopted until an incoming
 * mobility for the same post has ended without a hire, or an exemption is documented. Refusals write
 * nothing; the accepted concorso keeps the attempt it relied on. Moves the clock: its own runtime.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bando } from '../support/fixtures';
import { type ApiOptions, api, type RuntimeProcess, setClock, startRuntimeProcess, sweep } from '../support/local';

let rt: RuntimeProcess;
const HR = 'hr.stresa';
const call = (path: string, options: ApiOptions = {}) => api(path, { user: HR, ...options, baseUrl: rt.urls.web });
const at = (day: string) => setClock(`${day}T09:00:00Z`, rt.urls.web);
type Problem = { errors?: { field: string; message: string }[] };
const fields = (json: unknown) => ((json as Problem).errors ?? []).map((e) => e.field);
const procedureCount = async () => ((await call('/api/v1/procedures?entity=stresa')).json.items as unknown[]).length;

beforeAll(async () => {
  rt = await startRuntimeProcess(mkdtempSync(join(tmpdir(), 'prior-mobility-')), { args: ['--no-cron'] });
});

afterAll(async () => {
  await rt?.stop();
});

const POST = { category: 'C', profile: 'Istruttore amministrativo contabile' };

async function incomingMobility(publishedOn: string, profile = POST.profile) {
  const opened = await call('/api/v1/mobility/incoming', {
    body: {
      entityId: 'stresa',
      post: {
        kind: 'C_AMM',
        category: POST.category,
        profile,
        service: 'Ragioneria',
        workplace: 'Municipio di Stresa',
      },
      notice: { act: `Determinazione avviso ${publishedOn}`, publishedOn },
    },
  });
  expect(opened.status).toBe(201);
  return opened.json.id as string;
}

async function closeWithoutHire(id: string, body: Record<string, unknown>) {
  const version = (await call(`/api/v1/mobility/${id}`)).json.version;
  return call(`/api/v1/mobility/${id}/acts/close-without-hire`, { body: { ...body, expectedVersion: version } });
}

test('under national@3 the indizione needs the mobility attempt for every post, or a documented exemption', async () => {
  await at('2026-01-05');
  const stillOpen = await incomingMobility('2026-01-05');
  const otherProfile = await incomingMobility('2026-01-05', 'Istruttore tecnico');
  const accountant = await incomingMobility('2026-01-05');

  // No applications may be declared only once the notice's term has closed them (art. 30 c.1: 30 days).
  expect(
    (await closeWithoutHire(accountant, { legalDate: '2026-01-05', act: 'Det. 3/2026', reason: 'NESSUNA_DOMANDA' }))
      .status,
  ).toBe(409);
  await at('2026-02-05');
  await sweep(undefined, rt.urls.web);
  // A reason the record contradicts is refused: nobody was selected, so no consent could be refused.
  const wrongReason = await closeWithoutHire(accountant, {
    legalDate: '2026-02-05',
    act: 'Det. 9/2026',
    reason: 'ASSENSO_NEGATO',
  });
  expect(wrongReason.status).toBe(422);
  expect(fields(wrongReason.json)).toEqual(['reason']);
  for (const id of [accountant, otherProfile]) {
    const closed = await closeWithoutHire(id, {
      legalDate: '2026-02-05',
      act: 'Det. 10/2026',
      reason: 'NESSUNA_DOMANDA',
    });
    expect(closed.status).toBe(200);
  }
  const mobility = (await call(`/api/v1/mobility/${accountant}`)).json;
  expect(mobility.phase).toBe('CONCLUSA');
  expect(mobility.data.negativeOutcome).toMatchObject({ reason: 'NESSUNA_DOMANDA', date: '2026-02-05' });
  // Its open terms ended with it.
  expect(mobility.deadlines.filter((d: { status: string }) => d.status === 'OPEN')).toEqual([]);
  expect((await call(`/api/v1/mobility/${stillOpen}`)).json.phase).toBe('VALUTAZIONE');

  await at('2026-02-10');
  const national = (extra: Record<string, unknown>) =>
    call('/api/v1/procedures', {
      body: bando('stresa', {
        ruleSet: 'national@3',
        indizione: { number: 'DET-2026-40', date: '2026-02-10' },
        ...extra,
      }),
    });
  const before = await procedureCount();

  // Nothing cited: refused with the citation.
  const bare = await national({});
  expect(bare.status).toBe(422);
  expect(fields(bare.json)).toEqual(['priorMobility']);
  expect(JSON.stringify(bare.json)).toContain('art. 30 c. 2-bis (D.Lgs. 165/2001)');
  // A mobility still under evaluation, one for another profile, and an unknown id: each refused by name.
  const wrong = await national({
    priorMobility: { kind: 'MOBILITA', procedureIds: [stillOpen, 'stresa.doesnotexist1'] },
  });
  expect(wrong.status).toBe(422);
  expect(fields(wrong.json)).toEqual(['priorMobility.procedureIds.0', 'priorMobility.procedureIds.1']);
  const uncovered = await national({ priorMobility: { kind: 'MOBILITA', procedureIds: [otherProfile] } });
  expect(uncovered.status).toBe(422);
  expect(fields(uncovered.json)).toEqual(['posts.0.profile']);
  // A rule set that cannot run a whole concorso is not offered (national@2 has only discipline terms).
  const partial = await national({ ruleSet: 'national@2' });
  expect(partial.status).toBe(422);
  expect(fields(partial.json)).toEqual(['ruleSet']);
  // An exemption adopted after the indizione does not precede it.
  const lateExemption = await national({
    priorMobility: { kind: 'ESENZIONE', reason: 'Art. 3 c.8 L. 56/2019', act: { number: 'DG 5', date: '2026-02-11' } },
  });
  expect(lateExemption.status).toBe(422);
  expect(await procedureCount()).toBe(before);

  // The closed attempt for the same category and profile (case and spacing aside): adopted, and recorded.
  const created = await national({ priorMobility: { kind: 'MOBILITA', procedureIds: [accountant] } });
  expect(created.status).toBe(201);
  const concorso = (await call(`/api/v1/procedures/${created.json.id}`)).json;
  expect(concorso.ruleSet).toBe('national@3');
  expect(concorso.data.priorMobility).toMatchObject({
    kind: 'MOBILITA',
    basis: 'art. 30 c. 2-bis (D.Lgs. 165/2001)',
    attempts: [
      { procedureId: accountant, closedOn: '2026-02-05', outcome: expect.stringContaining('Nessuna domanda') },
    ],
  });
  expect(concorso.data.bando).not.toHaveProperty('priorMobility');
  const audit = (await call(`/api/v1/procedures/${created.json.id}/audit`)).json;
  const createdEvent = audit.events.find((e: { type: string }) => e.type === 'CONCORSO_CREATED');
  expect(createdEvent.payload.priorMobility.attempts[0].procedureId).toBe(accountant);

  // A documented exemption instead of an attempt.
  const exempt = await national({
    title: 'Concorso per 1 posto di Istruttore tecnico (esente)',
    priorMobility: {
      kind: 'ESENZIONE',
      reason: 'Facoltà di non esperire la mobilità (art. 3 c.8 L. 56/2019)',
      act: { number: 'DG 4/2026', date: '2026-02-09' },
    },
  });
  expect(exempt.status).toBe(201);
  // The local default (stresa-rous@1) has no such precondition.
  expect((await call('/api/v1/procedures', { body: bando('stresa') })).status).toBe(201);
});

test('the rule catalogue names the sets a concorso may pin and the precondition national@3 adds', async () => {
  const catalogue = (await call('/api/v1/terms/rules?procedure=concorso&ruleSet=national@3')).json;
  expect(catalogue.complete).toEqual(['stresa-rous@1', 'stresa-rous@2', 'national@3']);
  expect(catalogue.preconditions.map((c: { id: string }) => c.id)).toEqual(['concorso.priorMobility']);
});
