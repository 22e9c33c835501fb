/** The ledger's clock operations as decisions (DECISIONS D2): the term moves, reminders are rescheduled, the act is audited. */
import { calendarFor } from '../../../shared/calendar/calendar';
import { computeTerm } from '../../../shared/calendar/terms';
import { findEntity } from '../../../shared/entities/entities';
import { ProblemError } from '../../../shared/http/problem';
import { type ClockOperationInput, clockOperation } from '../../../shared/procedures/clock';
import type { Deadline, Reminder } from '../../../shared/procedures/model';
import { termRule } from '../../../shared/rules';

const calendar = calendarFor(findEntity('stresa')!.calendar);
const rule = (id: string) => termRule('stresa-rous@1', id);
const actor = { id: 'hr.stresa', name: 'Maria Rossi', role: 'HR_OFFICER' };
const ctx = (now: string) => ({
  now: new Date(now),
  calendar,
  rule,
  reminderRecipient: 'maria.rossi@comune.stresa.example',
});

function deadline(termId: string, anchor: string, status: Deadline['status'] = 'OPEN'): Deadline {
  const r = rule(termId);
  const c = computeTerm(r, anchor, calendar);
  return {
    id: termId,
    termId,
    label: r.label,
    ruleSet: 'stresa-rous@1',
    anchorEvent: r.anchor,
    anchorDate: anchor,
    dueDate: c.dueDate,
    dueAt: c.dueAt,
    binds: r.binds,
    peremptory: r.peremptory,
    onExpiry: r.onExpiry,
    rolledForward: c.rolledForward,
    citation: c.citation,
    trace: c.trace,
    status,
    createdAt: `${anchor}T10:00:00.000Z`,
  };
}

const pending = (d: Deadline, daysBefore: number): Reminder => ({
  id: `${d.id}#${daysBefore}`,
  deadlineId: d.id,
  daysBefore,
  at: `2026-03-${String(20 + daysBefore).padStart(2, '0')}T08:00:00.000Z`,
  to: 'maria.rossi@comune.stresa.example',
  status: 'PENDING',
});

const op = (over: Partial<ClockOperationInput>): ClockOperationInput => ({
  expectedVersion: 2,
  operation: 'extend',
  legalDate: '2026-03-05',
  basis: 'Determinazione n. 45/2026',
  ...over,
});

const problemOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    if (e instanceof ProblemError) return e.problem;
    throw e;
  }
  throw new Error('expected a problem');
};

const T = 'concorso.applicationDeadline';

describe('clock operations on the application term (art. 85 c.1, L1441)', () => {
  const d = deadline(T, '2026-03-02'); // due Wednesday 1 April 2026
  const reminders = [pending(d, 7), pending(d, 3)];

  test('extend: the term moves, its pending reminders are cancelled and rescheduled, the act is audited', () => {
    const decision = clockOperation(
      { phase: 'PUBLISHED' },
      [d],
      reminders,
      T,
      op({ days: 10 }),
      actor,
      ctx('2026-03-05T10:00:00Z'),
    );
    const [moved] = decision.deadlines;
    expect(moved).toMatchObject({ dueDate: '2026-04-13', status: 'OPEN' }); // 11 April is a Saturday: rolled to Monday
    expect(moved.clockOps).toEqual([
      expect.objectContaining({ kind: 'extend', days: 10, previousDueDate: '2026-04-01', dueDate: '2026-04-13' }),
    ]);
    expect(
      decision.reminders
        .filter((r) => r.status === 'CANCELLED')
        .map((r) => r.id)
        .sort(),
    ).toEqual(reminders.map((r) => r.id).sort());
    const fresh = decision.reminders.filter((r) => r.status === 'PENDING');
    expect(fresh.length).toBeGreaterThan(0);
    expect(new Set(fresh.map((r) => r.id)).size).toBe(fresh.length);
    expect(fresh.every((r) => !reminders.some((old) => old.id === r.id))).toBe(true);
    expect(decision.events[0]).toMatchObject({
      type: 'DEADLINE_EXTENDED',
      legalDate: '2026-03-05',
      payload: { basis: 'Determinazione n. 45/2026' },
    });
    expect(decision.phase).toBe('PUBLISHED');
  });

  test('suspend: out of the schedule, no reminders while paused', () => {
    const decision = clockOperation(
      { phase: 'PUBLISHED' },
      [d],
      reminders,
      T,
      op({ operation: 'suspend' }),
      actor,
      ctx('2026-03-05T10:00:00Z'),
    );
    expect(decision.deadlines[0]).toMatchObject({ status: 'SUSPENDED', suspendedOn: '2026-03-05' });
    expect(decision.reminders.every((r) => r.status === 'CANCELLED')).toBe(true);
  });

  test('refused: resume a running term, a future act, a date before the term began, extend without days', () => {
    expect(
      problemOf(() =>
        clockOperation(
          { phase: 'PUBLISHED' },
          [d],
          [],
          T,
          op({ operation: 'resume' }),
          actor,
          ctx('2026-03-05T10:00:00Z'),
        ),
      ),
    ).toMatchObject({
      status: 409,
      code: 'wrong-term-state',
    });
    expect(
      problemOf(() =>
        clockOperation(
          { phase: 'PUBLISHED' },
          [d],
          [],
          T,
          op({ days: 3, legalDate: '2026-03-09' }),
          actor,
          ctx('2026-03-05T10:00:00Z'),
        ),
      ),
    ).toMatchObject({
      status: 422,
      errors: [{ field: 'legalDate' }],
    });
    expect(
      problemOf(() =>
        clockOperation(
          { phase: 'PUBLISHED' },
          [d],
          [],
          T,
          op({ days: 3, legalDate: '2026-02-27' }),
          actor,
          ctx('2026-03-05T10:00:00Z'),
        ),
      ).errors?.[0].field,
    ).toBe('legalDate');
    expect(
      problemOf(() => clockOperation({ phase: 'PUBLISHED' }, [d], [], T, op({}), actor, ctx('2026-03-05T10:00:00Z')))
        .errors?.[0].field,
    ).toBe('days');
    expect(
      problemOf(() =>
        clockOperation({ phase: 'PUBLISHED' }, [d], [], 'nope', op({ days: 1 }), actor, ctx('2026-03-05T10:00:00Z')),
      ),
    ).toMatchObject({ status: 404 });
  });

  test('a term already past its instant cannot be extended, even before the sweeper fires it', () => {
    expect(
      problemOf(() =>
        clockOperation(
          { phase: 'PUBLISHED' },
          [d],
          [],
          T,
          op({ days: 5, legalDate: '2026-04-01' }),
          actor,
          ctx('2026-04-01T22:30:00Z'),
        ),
      ),
    ).toMatchObject({ status: 409, code: 'term-passed' });
  });

  test('reopening the bando term is the concorso act of art. 87, not a clock operation', () => {
    const expired = { ...d, status: 'EXPIRED' as const };
    expect(
      problemOf(() =>
        clockOperation(
          { phase: 'APPLICATIONS_CLOSED' },
          [expired],
          [],
          T,
          op({ operation: 'reopen' }),
          actor,
          ctx('2026-04-05T10:00:00Z'),
        ),
      ),
    ).toMatchObject({
      code: 'reopen-is-a-procedure-act',
    });
  });
});
