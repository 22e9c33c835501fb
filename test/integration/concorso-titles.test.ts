/**
 * A concorso per titoli ed esami on the real local runtime (Allegato I; D3 C2): the names cannot be
 * matched to the papers until every admitted candidate's titles are evaluated and the evaluation is locked
 * and published; a locked evaluation is not changed; the titles count in the ranking, explained.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { candidate, concorsoToExams, type Flow } from '../support/concorso-flow';
import { type RuntimeProcess, setClock, startRuntimeProcess, sweep } from '../support/local';

let rt: RuntimeProcess;

beforeAll(async () => {
  rt = await startRuntimeProcess(mkdtempSync(join(tmpdir(), 'titles-')), { args: ['--no-cron'] });
});

afterAll(async () => {
  await rt?.stop();
});

test('titles evaluated and locked before the names are matched; they decide a ranking of equal marks', async () => {
  const flow: Flow = await concorsoToExams(rt, {
    // Half the posts reserved to internal staff (art. 80 c.4): one of the two.
    bando: { competitionType: 'PER_TITOLI_ED_ESAMI', reserves: [{ kind: 'INTERNAL_STAFF', percentage: 50 }] },
    candidates: [candidate(801), candidate(802), candidate(803)],
  });
  const [c1, c2, c3] = flow.applicationIds;
  const DIPLOMA = 'DIPLOMA_REQUIRED';
  await setClock('2026-05-14T15:00:00.000Z', rt.urls.web);
  expect(
    (
      await flow.act('start-test', {
        kind: 'WRITTEN',
        heldOn: '2026-05-14',
        sat: [c1, c2, c3],
        commissioners: ['rossi', 'bianchi', 'verdi'],
      })
    ).status,
  ).toBe(200);
  const codes: string[] = flow.procedure.data.tests[0].codes;
  for (const commissionerId of ['rossi', 'bianchi', 'verdi']) {
    const marks = codes.map((code) => ({ code, points: 8 }));
    expect((await flow.act('record-marks', { testId: 'WRITTEN', commissionerId, marks })).status).toBe(200);
  }
  // Every paper marked, but the titles are not locked: the names stay sealed (D3 C2).
  const sealed = await flow.act('deanonymise', { testId: 'WRITTEN' });
  expect(sealed.status).toBe(409);
  expect(sealed.json.detail).toContain('titoli');

  // c1: a university degree besides the required diploma; c2: two years of tenured service, same category.
  const degree = await flow.act('evaluate-titles', {
    applicationId: c1,
    scheme: DIPLOMA,
    declared: { study: { degrees: ['Laurea in economia aziendale'] } },
  });
  expect(degree.status).toBe(200);
  const service = await flow.act('evaluate-titles', {
    applicationId: c2,
    scheme: DIPLOMA,
    declared: { service: [{ from: '2023-01-01', to: '2024-12-31', tenured: true, categoriesBelow: 0 }] },
  });
  expect(service.status).toBe(200);
  const evaluated = flow.procedure.data.titles.evaluated;
  expect(evaluated[c1]).toBeGreaterThan(0);
  expect(evaluated[c2]).toBeGreaterThan(0);
  // A period that ends before it starts is the input's fault, named.
  const backwards = await flow.act('evaluate-titles', {
    applicationId: c3,
    scheme: DIPLOMA,
    declared: { service: [{ from: '2024-12-31', to: '2023-01-01', tenured: true, categoriesBelow: 0 }] },
  });
  expect(backwards.status).toBe(422);
  // Not every admitted candidate evaluated: the lock is refused, naming who is missing.
  const early = await flow.act('lock-titles', { publishedOn: '2026-05-14' });
  expect(early.status).toBe(409);
  expect(early.json.detail).toContain('Candidato803');
  expect((await flow.act('evaluate-titles', { applicationId: c3, scheme: DIPLOMA, declared: {} })).status).toBe(200);
  expect((await flow.act('lock-titles', { publishedOn: '2026-05-14' })).status).toBe(200);
  expect(
    (
      await flow.act('evaluate-titles', {
        applicationId: c3,
        scheme: DIPLOMA,
        declared: { study: { degrees: ['Laurea'] } },
      })
    ).status,
  ).toBe(409);
  expect((await flow.act('deanonymise', { testId: 'WRITTEN' })).status).toBe(200);

  await setClock('2026-06-04T15:00:00.000Z', rt.urls.web);
  expect(
    (
      await flow.act('record-oral-session', {
        date: '2026-06-04',
        results: [c1, c2, c3].map((applicationId) => ({ applicationId, points: 24 })),
      })
    ).status,
  ).toBe(200);
  // The third candidate documents the internal-staff reserve within the 15 days.
  await setClock('2026-06-10T08:00:00.000Z', rt.urls.web);
  const reserve = await flow.act('record-preference-documents', {
    applicationId: c3,
    receivedOn: '2026-06-10',
    internalStaff: { permanentEmployee: true, holdsRequiredStudyTitle: true },
  });
  expect(reserve.status).toBe(200);
  await setClock('2026-06-22T08:00:00.000Z', rt.urls.web);
  await sweep(undefined, rt.urls.web);
  await flow.refresh();
  const approved = await flow.act(
    'approve-graduatoria',
    { act: { number: 'DET-320', date: '2026-06-22' }, post: { service: 'Servizi finanziari', workplace: 'Municipio' } },
    'head.stresa',
  );
  expect(approved.status).toBe(200);
  // Equal marks: the titles decide, highest total first, and the explanation cites Allegato I.
  const explained = await flow.get('/ranking');
  const entries = explained.ranking.entries as { candidateId: string; score: number; explanation: string[] }[];
  expect(evaluated[c1]).not.toBe(evaluated[c2]);
  const byTitles = [c1, c2, c3].sort((a, b) => (evaluated[b] ?? 0) - (evaluated[a] ?? 0));
  expect(entries.map((e) => e.candidateId)).toEqual(byTitles);
  expect(entries[0].score - entries[2].score).toBeCloseTo(evaluated[byTitles[0]], 3);
  expect(entries[0].explanation.join(' ')).toContain('All. I');
  // Last on merit, the internal candidate wins the reserved seat; the second on merit does not.
  expect(flow.procedure.data.graduatoria.winners.map((w: { applicationId: string }) => w.applicationId)).toEqual([
    byTitles[0],
    c3,
  ]);
  const reserved = explained.ranking.entries.find((e: { candidateId: string }) => e.candidateId === c3);
  expect(reserved.reserve.reserveId).toBe('INTERNAL_STAFF');
});
