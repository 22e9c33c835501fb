/**
 * Ranking-engine cost on one core (concorso issue, items 6–7): `tsx bench/ranking.ts`.
 * 10,000 generated candidates (fixed-seed generator): one or two written tests, sometimes a practical,
 * an oral, declared titles (degree, courses, service periods, CV), Allegato M preference titles,
 * dependent children and reserve claims, in a bando "per titoli ed esami" with 100 posts and three
 * reserves. Small mark domains make ties frequent, so the Allegato M tie-breaks are exercised.
 * Prints, as the median of several runs, the total time and the time per candidate for the titles
 * evaluation of every candidate and for one `rank` call over all of them (explanations included).
 * BENCH_RANKING_CANDIDATES and BENCH_RANKING_RUNS change the size and the number of runs.
 */
import {
  type PreferenceTitle,
  type RankCandidate,
  type RankOptions,
  type ReserveClaim,
  rank,
} from '../shared/procedures/concorso/ranking';
import { type DeclaredTitles, evaluateTitles, type TitlesResult } from '../shared/procedures/concorso/titles';

const N = Number(process.env.BENCH_RANKING_CANDIDATES ?? 10_000);
const RUNS = Number(process.env.BENCH_RANKING_RUNS ?? 9);
const WARMUP = 2;

let seed = 0x2545f491;
const next = () => {
  seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0;
  return seed;
};
const pick = (n: number) => next() % n;
const chance = (percent: number) => pick(100) < percent;
const proved = { declared: true, documented: true };
const pad = (n: number) => String(n).padStart(2, '0');
const date = (year: number) => `${year}-${pad(1 + pick(12))}-${pad(1 + pick(28))}`;

function declared(): DeclaredTitles {
  const start = 2000 + pick(20);
  return {
    study: {
      requiredDegree: { mark: 95 + pick(16), outOf: 110, cumLaude: chance(10) },
      degrees: chance(15) ? ['Altra laurea'] : [],
      specialisationCourses: Array.from({ length: pick(3) }, (_, i) => ({ description: `Corso ${i}`, points: 0.5 })),
      abilitazione: chance(30) ? 'Abilitazione' : undefined,
    },
    service: Array.from({ length: pick(3) }, () => {
      const from = date(start + pick(5));
      return {
        from,
        to: chance(5) ? undefined : date(Number(from.slice(0, 4)) + 1 + pick(6)),
        tenured: chance(70),
        categoriesBelow: pick(3),
      };
    }),
    misc: {
      cvRelevantServices: chance(50) ? [{ from: date(2010 + pick(5)), to: date(2016 + pick(8)) }] : [],
      higherDuties: chance(20) ? [{ from: date(2018), to: date(2020) }] : [],
      other: chance(30) ? [{ description: 'Pubblicazione', points: 0.25 * (1 + pick(4)) }] : [],
    },
  };
}

const TITLES: PreferenceTitle[] = [4, 9, 16, 17, 19, 20];
// Mostly passing marks (20–30), so most candidates reach the ranking.
const mark = () => 20 + pick(11);

function candidate(i: number, titles: TitlesResult): RankCandidate {
  const reserves: ReserveClaim[] = [];
  if (chance(8)) reserves.push({ kind: 'MILITARY_VOLUNTEERS', dischargedWithoutDemerit: chance(95), ...proved });
  if (chance(3))
    reserves.push({ kind: 'DISABLED_L68', registeredInLists: true, unemployedAtDeadline: chance(80), ...proved });
  if (chance(5)) {
    reserves.push({ kind: 'INTERNAL_STAFF', permanentEmployee: true, holdsRequiredStudyTitle: chance(90), ...proved });
  }
  return {
    id: `2026-${String(i).padStart(6, '0')}`,
    name: `Candidato ${i}`,
    birthDate: date(1965 + pick(40)),
    marks: {
      written: chance(30) ? [mark(), mark()] : [{ commissioners: [7 + pick(4), 7 + pick(4), 7 + pick(4)] }],
      practical: chance(25) ? [mark()] : undefined,
      oral: chance(2) ? 'ABSENT' : mark(),
    },
    titles,
    preferenceTitles: TITLES.filter(() => chance(6)).map((title) => ({ title, ...proved, documented: chance(90) })),
    dependentChildren: chance(40) ? { count: pick(4), ...proved } : undefined,
    commendablePublicService: chance(20) ? proved : undefined,
    reserves,
  };
}

const OPTIONS: RankOptions = {
  posts: 100,
  competitionType: 'PER_TITOLI_ED_ESAMI',
  reserves: [
    { kind: 'DISABLED_L68', seats: 7 },
    { kind: 'MILITARY_VOLUNTEERS', carriedIn: 0.4 },
    { kind: 'INTERNAL_STAFF', percentage: 20 },
  ],
};

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function timed<T>(label: string, one: () => T): T {
  const times: number[] = [];
  let out: T | undefined;
  for (let r = 0; r < WARMUP + RUNS; r++) {
    const t = performance.now();
    out = one();
    if (r >= WARMUP) times.push(performance.now() - t);
  }
  const ms = median(times);
  const perCandidate = (ms * 1000) / N;
  console.log(
    `${label.padEnd(52)} ${ms.toFixed(1).padStart(9)} ms   ${perCandidate.toFixed(2).padStart(8)} µs/candidate` +
      `   (min ${Math.min(...times).toFixed(1)}, max ${Math.max(...times).toFixed(1)} ms)`,
  );
  return out!;
}

function main() {
  const titlesInput = Array.from({ length: N }, declared);
  console.log(`Node ${process.version}, one core, ${N.toLocaleString('en-US')} candidates, median of ${RUNS} runs`);
  const titles = timed(`evaluateTitles × ${N.toLocaleString('en-US')} (Allegato I)`, () =>
    titlesInput.map((d) => evaluateTitles(d, { scheme: 'DEGREE_REQUIRED', cutoffDate: '2026-03-31' })),
  );
  const candidates = titles.map((t, i) => candidate(i, t));
  const ranking = timed(`rank, ${N.toLocaleString('en-US')} candidates, 100 posts, 3 reserves`, () =>
    rank(candidates, OPTIONS),
  );
  const ties = ranking.entries.filter((e) => e.tieBreak.length > 0).length;
  const sentences = ranking.entries.reduce((s, e) => s + e.explanation.length, 0);
  console.log(
    `  ranked ${ranking.entries.length.toLocaleString('en-US')}, excluded ${ranking.excluded.length.toLocaleString('en-US')}, ` +
      `in a tie ${ties.toLocaleString('en-US')}, winners ${ranking.winners.length}, ` +
      `explanation sentences ${sentences.toLocaleString('en-US')}`,
  );
  console.log(`  ${ranking.reserves.map((r) => `${r.reserveId} ${r.filled}/${r.seats}`).join(', ')}`);
}

main();
