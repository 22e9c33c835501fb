/**
 * Term-engine throughput on one core (statutory terms issue, item 6): `tsx bench/terms.ts`.
 * A realistic mix of rules — 30 calendar days binding a private party (art. 85 c.1), 5 working days
 * (art. 85 c.2), 6 months binding the Administration (art. 90 c.3), 20 days of minimum notice
 * (art. 91 c.1) — over anchors spread across 2024–2030 on the Stresa calendar, then exam-date checks.
 * Target: computeTerm ≥ 100,000 per second. Deterministic inputs (fixed-seed generator).
 * BENCH_TERMS_SECONDS sets the length of each measurement (default 1.5 s).
 */
import {
  addDays,
  type Calendar,
  calendarFor,
  checkExamDate,
  computeTerm,
  diffDays,
  type TermRule,
} from '../shared/calendar';

const SECONDS = Number(process.env.BENCH_TERMS_SECONDS ?? 1.5);
const TARGET = 100_000;

const STRESA = {
  saturdayClosed: true,
  patronDays: [{ month: 12, day: 7, name: 'festa patronale cittadina' }],
};

const base = {
  procedures: ['concorso' as const],
  peremptory: true,
  reminders: [],
  citation: { source: 'seed' as const, article: 'art. 85', paragraph: 'c. 1', lines: 'L1441' },
};
const RULES: TermRule[] = [
  {
    ...base,
    id: 'bench.30cd',
    label: 'Domande',
    anchor: 'GURI_PUBLICATION',
    kind: 'deadline',
    quantity: 30,
    unit: 'calendarDays',
    binds: 'privateParty',
    onExpiry: 'close',
  },
  {
    ...base,
    id: 'bench.5wd',
    label: 'Arrivo domande',
    anchor: 'APPLICATION_DEADLINE',
    kind: 'deadline',
    quantity: 5,
    unit: 'workingDays',
    binds: 'privateParty',
    onExpiry: 'close',
  },
  {
    ...base,
    id: 'bench.6m',
    label: 'Conclusione',
    anchor: 'APPLICATION_DEADLINE',
    kind: 'deadline',
    quantity: 6,
    unit: 'months',
    binds: 'administration',
    onExpiry: 'escalate',
  },
  {
    ...base,
    id: 'bench.notice',
    label: 'Diario delle prove',
    anchor: 'EXAM_DATE',
    kind: 'minimumNotice',
    quantity: 20,
    unit: 'calendarDays',
    binds: 'administration',
    onExpiry: 'reminderOnly',
  },
];

// Every day of 2024–2030, visited in a fixed pseudo-random order.
const FIRST = '2024-01-01';
const DAYS = diffDays('2030-12-31', FIRST) + 1;
const ANCHORS = Array.from({ length: DAYS }, (_, i) => addDays(FIRST, i));
let seed = 0x2545f491;
const next = () => {
  seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0;
  return seed;
};
const ORDER = Array.from({ length: 1 << 16 }, () => ANCHORS[next() % DAYS]);

function measure(label: string, one: (i: number) => unknown): number {
  // Warm-up (a third of the measurement): JIT tiers, the per-year holiday tables and the date memos.
  for (let i = 0, end = performance.now() + (SECONDS * 1000) / 3; performance.now() < end; ) {
    for (let k = 0; k < 1000; k++, i++) one(i);
  }
  let ops = 0;
  let sink = 0;
  const began = performance.now();
  const until = began + SECONDS * 1000;
  while (performance.now() < until) {
    for (let k = 0; k < 1000; k++, ops++) if (one(ops)) sink++;
  }
  const perSecond = ops / ((performance.now() - began) / 1000);
  console.log(`${label.padEnd(58)} ${Math.round(perSecond).toLocaleString('en-US').padStart(12)} ops/s`);
  return sink >= 0 ? perSecond : 0;
}

function main() {
  const stresa: Calendar = calendarFor(STRESA);
  const noticeRule = RULES[3];
  console.log(`Node ${process.version}, one core, ${SECONDS} s per line`);

  const mix = measure('computeTerm, mix of 4 rules, shared calendar', (i) =>
    computeTerm(RULES[i & 3], ORDER[i & 0xffff], stresa),
  );
  for (const rule of RULES) {
    measure(`  computeTerm ${rule.id}`, (i) => computeTerm(rule, ORDER[i & 0xffff], stresa));
  }
  measure('computeTerm, mix, new calendarFor every 100 terms', (i) => {
    const cal = i % 100 === 0 ? calendarFor(STRESA) : stresa;
    return computeTerm(RULES[i & 3], ORDER[i & 0xffff], cal);
  });
  measure('checkExamDate (day rules + 20-day notice)', (i) =>
    checkExamDate({
      examDate: ORDER[i & 0xffff],
      noticeDate: ORDER[(i * 7 + 3) & 0xffff],
      calendar: stresa,
      noticeRule,
    }),
  );

  console.log(
    mix >= TARGET
      ? `OK: computeTerm mix ${Math.round(mix).toLocaleString('en-US')}/s ≥ target ${TARGET.toLocaleString('en-US')}/s`
      : `BELOW TARGET: computeTerm mix ${Math.round(mix).toLocaleString('en-US')}/s < ${TARGET.toLocaleString('en-US')}/s`,
  );
  if (mix < TARGET) process.exitCode = 1;
}

main();
