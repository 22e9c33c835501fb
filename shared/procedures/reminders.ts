/**
 * Whether a due reminder is still worth sending (the terms engine's reminder rule, pure):
 *  - its term must still be running and not past its instant: after downtime, the expiry itself is what
 *    happens, and a "scade oggi" the day after would mislead;
 *  - when several reminders of one term fell due together (downtime), only the one closest to the term
 *    is sent: the others are superseded.
 */
import type { Deadline, Reminder } from './model';

export type ReminderDisposition = 'send' | 'termNotRunning' | 'superseded';

export function reminderDisposition(
  reminder: Reminder,
  term: Deadline | undefined,
  siblings: Reminder[],
  now: Date,
): ReminderDisposition {
  const at = now.toISOString();
  if (term?.status !== 'OPEN' || term.dueAt < at) return 'termNotRunning';
  const closerDue = siblings.some((r) => r.status === 'PENDING' && r.daysBefore < reminder.daysBefore && r.at <= at);
  return closerDue ? 'superseded' : 'send';
}
