/**
 * `npm run bench`: state transitions per candidate across a whole concorso (concorso issue): every act is
 * one execution of the state machine, and executions drive the AWS bill. A concorso per esami runs on
 * the local runtime from the bando to the approved graduatoria for a small and a larger field; each
 * transition bumps the procedure's version, so the count is the final version. Marks travel in one
 * sheet per commissioner, orals in sessions of up to 40, so per-candidate work stays out of
 * per-candidate executions except the preference documents (one act per candidate who has titles).
 * Prints transitions, transitions per candidate and the marginal cost per extra candidate.
 * BENCH_CONCORSO_SIZES changes the fields (comma-separated, default 12,120).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { candidate, concorsoToExams } from '../test/support/concorso-flow';
import { type RuntimeProcess, setClock, startRuntimeProcess, sweep } from '../test/support/local';

const SIZES = (process.env.BENCH_CONCORSO_SIZES ?? '12,120').split(',').map(Number);
/** One candidate in ten documents preference titles after the oral. */
const WITH_TITLES_EVERY = 10;

async function run(rt: RuntimeProcess, n: number, offset: number) {
  const began = performance.now();
  const flow = await concorsoToExams(rt, {
    candidates: Array.from({ length: n }, (_, i) => candidate(offset + i)),
  });
  const ids = flow.applicationIds;
  const must = async (r: Promise<{ status: number; json: unknown }>, what: string) => {
    const x = await r;
    if (x.status !== 200) throw new Error(`${what}: ${x.status} ${JSON.stringify(x.json)}`);
  };
  await setClock('2026-05-14T15:00:00.000Z', rt.urls.web);
  await must(
    flow.act('start-test', {
      kind: 'WRITTEN',
      heldOn: '2026-05-14',
      sat: ids,
      commissioners: ['rossi', 'bianchi', 'verdi'],
    }),
    'start-test',
  );
  const codes: string[] = flow.procedure.data.tests[0].codes;
  for (const commissionerId of ['rossi', 'bianchi', 'verdi']) {
    for (let i = 0; i < codes.length; i += 500) {
      const marks = codes.slice(i, i + 500).map((code, j) => ({ code, points: 7 + ((i + j) % 4) * 0.5 }));
      await must(flow.act('record-marks', { testId: 'WRITTEN', commissionerId, marks }), 'marks');
    }
  }
  await must(flow.act('deanonymise', { testId: 'WRITTEN' }), 'deanonymise');
  const oral: string[] = flow.procedure.data.oralAdmission.admitted.map(
    (a: { applicationId: string }) => a.applicationId,
  );
  await setClock('2026-06-04T15:00:00.000Z', rt.urls.web);
  for (let i = 0; i < oral.length; i += 40) {
    const results = oral.slice(i, i + 40).map((applicationId, j) => ({ applicationId, points: 21 + ((i + j) % 10) }));
    await must(flow.act('record-oral-session', { date: '2026-06-04', results }), 'oral');
  }
  await setClock('2026-06-10T08:00:00.000Z', rt.urls.web);
  for (let i = 0; i < oral.length; i += WITH_TITLES_EVERY) {
    await must(
      flow.act('record-preference-documents', {
        applicationId: oral[i],
        receivedOn: '2026-06-10',
        dependentChildren: 1,
      }),
      'documents',
    );
  }
  await setClock('2026-06-22T08:00:00.000Z', rt.urls.web);
  await sweep(undefined, rt.urls.web);
  await flow.refresh();
  await must(
    flow.act(
      'approve-graduatoria',
      { act: { number: 'DET-1', date: '2026-06-22' }, post: { service: 'Servizi', workplace: 'Municipio' } },
      'head.stresa',
    ),
    'approve',
  );
  const transitions = flow.procedure.version - 1;
  return { n, transitions, seconds: (performance.now() - began) / 1000 };
}

async function main() {
  const results = [];
  for (const [i, n] of SIZES.entries()) {
    const dir = mkdtempSync(join(tmpdir(), 'bench-concorso-'));
    const rt = await startRuntimeProcess(dir, { args: ['--no-cron'] });
    try {
      results.push(await run(rt, n, 3000 + i * 1000));
    } finally {
      await rt.stop();
      if (!process.env.BENCH_KEEP) rmSync(dir, { recursive: true, force: true });
      else console.log(`runtime log: ${rt.logFile}`);
    }
  }
  console.log('\nState transitions across a whole concorso per esami (bando → approved graduatoria)');
  for (const r of results) {
    console.log(
      `  ${String(r.n).padStart(5)} candidates: ${r.transitions} transitions, ${(r.transitions / r.n).toFixed(3)} per candidate (${r.seconds.toFixed(1)} s on the local runtime)`,
    );
  }
  if (results.length >= 2) {
    const [a, b] = [results[0], results.at(-1)!];
    const marginal = (b.transitions - a.transitions) / (b.n - a.n);
    console.log(`  marginal: ${marginal.toFixed(3)} transitions per extra candidate (${a.n} → ${b.n})`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
