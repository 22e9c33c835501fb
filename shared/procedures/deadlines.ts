/**
 * A term set on a procedure: the deadline row computed from its rule (with citation and trace) and the
 * reminders counted back from it. Shared by every procedure type.
 */
import type { Calendar } from '../calendar/calendar';
import { computeTerm, reminderSchedule, type TermRule } from '../calendar/terms';
import type { Deadline, Reminder } from './model';

export function deadlineFrom(
  rule: TermRule,
  ruleSet: string,
  anchorEvent: string,
  anchorDate: string,
  ctx: { now: Date; calendar: Calendar },
  id: string = rule.id,
): Deadline {
  const c = computeTerm(rule, anchorDate, ctx.calendar);
  return {
    id,
    termId: rule.id,
    label: rule.label,
    ruleSet,
    anchorEvent,
    anchorDate,
    dueDate: c.dueDate,
    dueAt: c.dueAt,
    binds: rule.binds,
    peremptory: rule.peremptory,
    onExpiry: rule.onExpiry,
    rolledForward: c.rolledForward,
    citation: c.citation,
    trace: c.trace,
    status: 'OPEN',
    createdAt: ctx.now.toISOString(),
  };
}

export function remindersFor(rule: TermRule, deadline: Deadline, to: string, now: Date): Reminder[] {
  const computation = { ...deadline, ruleId: rule.id };
  // A reminder whose instant has already passed when the term is set is not sent late: it would only
  // mislead (the officer already sees the term on the dashboard).
  return reminderSchedule(rule, computation)
    .filter((r) => r.at > now.toISOString())
    .map((r) => ({
      // Unique per incarnation of the term: a term set again (after a reopening) gets fresh reminder rows.
      id: `${deadline.id}#${r.daysBefore}@${deadline.anchorDate}`,
      deadlineId: deadline.id,
      daysBefore: r.daysBefore,
      at: r.at,
      to,
      status: 'PENDING' as const,
    }));
}
