/**
 * The published graduatoria's PDF at the largest size the approval accepts (MAX_IDONEI): `tsx
 * bench/graduatoria-pdf.ts`. Ranks that many generated idonei (fixed seed, ties broken by preference
 * titles and age so the explanations are as long as they get), builds the document and renders it;
 * prints the median render time, the time per idoneo, the pages and the size — what the API's
 * GET …/graduatoria.pdf costs within one Lambda invocation (15 s, 512 MB). BENCH_PDF_RUNS changes the runs.
 */
import { renderPdf } from '../shared/documents/pdf';
import { type ApprovedGraduatoria, MAX_IDONEI } from '../shared/procedures/concorso/approval';
import { graduatoriaDocument } from '../shared/procedures/concorso/graduatoria-document';
import { type PreferenceTitle, type RankCandidate, rank } from '../shared/procedures/concorso/ranking';

const RUNS = Number(process.env.BENCH_PDF_RUNS ?? 5);
let seed = 0x1234567;
const pick = (n: number) => {
  seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0;
  return seed % n;
};
const proved = { declared: true, documented: true };
const TITLES: PreferenceTitle[] = [4, 9, 16, 17, 19, 20];

const candidates: RankCandidate[] = Array.from({ length: MAX_IDONEI }, (_, i) => ({
  id: `a${String(i).padStart(5, '0')}`,
  name: `Candidata ${i} Cognome-Lungo Àlvarez`,
  birthDate: `19${70 + pick(30)}-0${1 + pick(9)}-1${pick(9)}`,
  marks: { written: [21 + pick(10)], oral: 21 + pick(10) },
  ...(pick(4) === 0 ? { preferenceTitles: [{ title: TITLES[pick(TITLES.length)], ...proved }] } : {}),
}));
const ranking = rank(candidates, {
  posts: 20,
  competitionType: 'PER_ESAMI',
  reserves: [{ kind: 'MILITARY_VOLUNTEERS' }],
});
const approval: ApprovedGraduatoria = {
  approval: { number: 'DET-1', date: '2026-06-22' },
  graduatoriaId: 'stresa.g1',
  validUntil: '2029-06-22',
  rankingDigest: '0'.repeat(64),
  rankingParts: 1,
  winners: [],
  idonei: ranking.entries.length,
  notIdonei: ranking.excluded.length,
};
const definition = () =>
  graduatoriaDocument({
    entityName: 'Città di Stresa',
    concorso: {
      title: `Concorso pubblico per esami per 20 posti (${MAX_IDONEI} idonei)`,
      competitionType: 'PER_ESAMI',
      indizione: { number: 'DET-112', date: '2026-01-15' },
    },
    approval,
    ranking,
  });

async function main() {
  const times: number[] = [];
  let pdf: Buffer = Buffer.alloc(0);
  for (let i = 0; i < RUNS + 1; i++) {
    const t0 = process.hrtime.bigint();
    pdf = await renderPdf(definition());
    if (i > 0) times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  const median = times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
  const pages = (pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;
  console.log(`Node ${process.version}, graduatoria PDF of ${ranking.entries.length} idonei, median of ${RUNS} runs`);
  console.log(
    `  render: ${median.toFixed(0)} ms (${(median / ranking.entries.length).toFixed(2)} ms per idoneo), ${pages} pages, ${(pdf.length / 1024).toFixed(0)} KiB`,
  );
}

main();
