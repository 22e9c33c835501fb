/**
 * Properties of the term engine (fast-check), over anchors 2020–2035, every rule kind and unit, and
 * four calendars (Stresa; Saturday open; another patron; a long extraordinary closure).
 *
 * "The trace sums to the result" means: the last step is 'due' and its date is the due date; the
 * 'count' step holds the literal last day; skips before it lie strictly between the anchor and the
 * literal day (the closed days the working-day count stepped over); after it come, only when the term
 * rolled, a 'rollForward' step on the literal day and one 'skip' for every day strictly between the
 * literal day and the due date, in order. Clock operations append a step holding their new literal day
 * (extend, resume) followed by the same tail, or a step followed by a whole computation (interrupt, reopen).
 */
import fc from 'fast-check';
import {
  addDays,
  type Calendar,
  calendarFor,
  computeTerm,
  diffDays,
  endOfDayRome,
  extendTerm,
  type IsoDate,
  interruptTerm,
  type RunningTerm,
  reopenTerm,
  resumeTerm,
  suspendTerm,
  type TermComputation,
  type TermRule,
  type TraceStep,
} from '../../../shared/calendar';
import { STRESA_SETTINGS } from './stresa-settings';

const CALENDARS: Calendar[] = [
  calendarFor(STRESA_SETTINGS),
  calendarFor({ ...STRESA_SETTINGS, saturdayClosed: false }),
  calendarFor({ saturdayClosed: true, patronDays: [{ month: 6, day: 24, name: 'San Giovanni Battista' }] }),
  calendarFor({
    ...STRESA_SETTINGS,
    extraClosedDays: Array.from({ length: 12 }, (_, i) => ({
      date: addDays('2027-08-05', i),
      reason: 'chiusura estiva',
    })),
  }),
];

const BASE: IsoDate = '2020-01-01';
const anchorArb = fc.integer({ min: 0, max: diffDays('2035-12-31', BASE) }).map((o) => addDays(BASE, o));
const calendarArb = fc.constantFrom(...CALENDARS);
const unitArb = fc.oneof(
  fc.record({ unit: fc.constant('calendarDays' as const), quantity: fc.integer({ min: 1, max: 120 }) }),
  fc.record({ unit: fc.constant('workingDays' as const), quantity: fc.integer({ min: 1, max: 30 }) }),
  fc.record({ unit: fc.constant('months' as const), quantity: fc.integer({ min: 1, max: 24 }) }),
  fc.record({ unit: fc.constant('years' as const), quantity: fc.integer({ min: 1, max: 5 }) }),
);
const ruleArb = (
  kinds: TermRule['kind'][] = ['deadline', 'notBefore', 'minimumNotice'],
  binds: TermRule['binds'][] = ['privateParty', 'administration'],
) =>
  fc.record({ kind: fc.constantFrom(...kinds), binds: fc.constantFrom(...binds), size: unitArb }).map(
    ({ kind, binds, size }): TermRule => ({
      id: 'prop.term',
      label: 'Termine',
      anchor: 'GURI_PUBLICATION',
      kind,
      procedures: ['concorso'],
      ...size,
      binds,
      peremptory: true,
      onExpiry: 'close',
      reminders: [],
      citation: { source: 'seed', article: 'art. 85', paragraph: 'c. 1', lines: 'L1441' },
    }),
  );
const forward = ruleArb(['deadline', 'notBefore']);

/** Checks the tail that follows a literal day: optional roll-forward and skips, then 'due'. */
function expectTail(tail: TraceStep[], literal: IsoDate, due: IsoDate, calendar: Calendar) {
  expect(tail.at(-1)).toMatchObject({ kind: 'due', date: due });
  const middle = tail.slice(0, -1);
  if (due === literal) {
    expect(middle).toEqual([]);
    return;
  }
  expect(middle[0]).toMatchObject({ kind: 'rollForward', date: literal });
  const skipped = middle.slice(1);
  expect(skipped.map((s) => s.kind).every((k) => k === 'skip')).toBe(true);
  // Exactly the days strictly between the literal day and the due date, in order, all closed.
  expect(skipped.map((s) => s.date)).toEqual(
    Array.from({ length: diffDays(due, literal) - 1 }, (_, i) => addDays(literal, i + 1)),
  );
  for (const s of skipped) expect(calendar.isOfficeOpen(s.date)).toBe(false);
}

function expectTraceSums(
  c: TermComputation | { trace: TraceStep[]; dueDate: IsoDate },
  anchor: IsoDate,
  calendar: Calendar,
) {
  const t = c.trace;
  expect(t[0]).toMatchObject({ kind: 'anchor', date: anchor });
  const i = t.findIndex((s) => s.kind === 'count');
  const literal = t[i].date;
  const [lo, hi] = literal < anchor ? [literal, anchor] : [anchor, literal];
  for (const s of t.slice(1, i)) {
    expect(s.kind).toBe('skip');
    expect(s.date > lo && s.date < hi).toBe(true);
  }
  expectTail(t.slice(i + 1), literal, c.dueDate, calendar);
}

const countDate = (c: TermComputation) => c.trace.find((s) => s.kind === 'count')!.date;

function running(rule: TermRule, anchorDate: IsoDate, calendar: Calendar): RunningTerm {
  const c = computeTerm(rule, anchorDate, calendar);
  return { rule, anchorDate, dueDate: c.dueDate, status: 'OPEN', trace: c.trace };
}

describe('properties of computeTerm', () => {
  it('roll-forward never lands on a closed day (private party, forward kinds)', () => {
    fc.assert(
      fc.property(ruleArb(['deadline', 'notBefore'], ['privateParty']), anchorArb, calendarArb, (rule, anchor, cal) => {
        const c = computeTerm(rule, anchor, cal);
        expect(cal.isOfficeOpen(c.dueDate)).toBe(true);
        expect(c.rolledForward).toBe(c.dueDate !== countDate(c));
      }),
      { numRuns: 300 },
    );
  });

  it('an Administration term (and any notice term) never ends later than its literal date', () => {
    const arb = fc.oneof(ruleArb(undefined, ['administration']), ruleArb(['minimumNotice'], ['privateParty']));
    fc.assert(
      fc.property(arb, anchorArb, calendarArb, (rule, anchor, cal) => {
        const c = computeTerm(rule, anchor, cal);
        expect(c.dueDate).toBe(countDate(c));
        expect(c.rolledForward).toBe(false);
        if (rule.kind === 'minimumNotice') expect(c.dueDate < anchor).toBe(true);
        else expect(c.dueDate > anchor).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('the trace sums to the result', () => {
    fc.assert(
      fc.property(ruleArb(), anchorArb, calendarArb, (rule, anchor, cal) => {
        expectTraceSums(computeTerm(rule, anchor, cal), anchor, cal);
      }),
      { numRuns: 300 },
    );
  });
});

describe('properties of the clock operations', () => {
  const afterAnchor = fc.integer({ min: 0, max: 90 });

  it('suspend then resume the same day changes nothing', () => {
    fc.assert(
      fc.property(forward, anchorArb, calendarArb, afterAnchor, (rule, anchor, cal, k) => {
        const t = running(rule, anchor, cal);
        const on = addDays(anchor, k);
        const s = suspendTerm(t, on, 'atto');
        const r = resumeTerm({ ...t, ...s }, on, cal, 'atto');
        expect(r.dueDate).toBe(t.dueDate);
        expect(r.dueAt).toBe(endOfDayRome(r.dueDate));
        expect(r.status).toBe('OPEN');
        expect(r.suspendedOn).toBeUndefined();
        expect(r.rolledForward).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  const opArb = fc.oneof(
    fc.record({ op: fc.constant('extend' as const), days: fc.integer({ min: 1, max: 60 }), k: afterAnchor }),
    fc.record({ op: fc.constant('pause' as const), days: fc.integer({ min: 0, max: 60 }), k: afterAnchor }),
    fc.record({ op: fc.constant('interrupt' as const), days: fc.constant(0), k: afterAnchor }),
    fc.record({ op: fc.constant('reopen' as const), days: fc.integer({ min: 1, max: 45 }), k: afterAnchor }),
  );

  it('after any operation: open day for a private party, literal for the Administration, trace sums', () => {
    fc.assert(
      fc.property(forward, anchorArb, calendarArb, opArb, (rule, anchor, cal, { op, days, k }) => {
        const t = running(rule, anchor, cal);
        const on = addDays(anchor, k);
        let r: ReturnType<typeof extendTerm>;
        if (op === 'extend') r = extendTerm(t, days, on, cal, 'atto');
        else if (op === 'pause')
          r = resumeTerm({ ...t, ...suspendTerm(t, on, 'atto') }, addDays(on, days), cal, 'atto');
        else if (op === 'interrupt') r = interruptTerm(t, on, cal, 'atto');
        else r = reopenTerm(t, on, cal, 'atto', days);

        expect(r.status).toBe('OPEN');
        expect(r.dueAt).toBe(
          computeTerm(
            { ...rule, quantity: 1, unit: 'calendarDays', binds: 'administration' },
            addDays(r.dueDate, -1),
            cal,
          ).dueAt,
        );
        const added = r.trace.slice(t.trace.length + (op === 'pause' ? 1 : 0));
        let literal: IsoDate;
        if (op === 'extend' || op === 'pause') {
          literal = added[0].date;
          expect(literal).toBe(addDays(t.dueDate, days));
          expectTail(added.slice(1), literal, r.dueDate, cal);
        } else {
          expect(added[0]).toMatchObject({ kind: op, date: on });
          const sub = { trace: added.slice(1), dueDate: r.dueDate };
          expectTraceSums(sub, on, cal);
          literal = added.find((s) => s.kind === 'count')!.date;
        }
        if (rule.binds === 'privateParty') expect(cal.isOfficeOpen(r.dueDate)).toBe(true);
        else expect(r.dueDate).toBe(literal);
        expect(r.rolledForward).toBe(r.dueDate !== literal);
      }),
      { numRuns: 300 },
    );
  });
});
