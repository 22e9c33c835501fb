/** The reminder rule of the terms engine: send only for a running term, only the closest of those due together. */
import type { Deadline, Reminder } from '../../../shared/procedures/model';
import { reminderDisposition } from '../../../shared/procedures/reminders';

const term = { id: 'T', status: 'OPEN', dueAt: '2026-04-01T21:59:59.999Z' } as Deadline;
const r = (daysBefore: number, at: string): Reminder => ({
  id: `T#${daysBefore}`,
  deadlineId: 'T',
  daysBefore,
  at,
  to: 'x@example.org',
  status: 'PENDING',
});
const t7 = r(7, '2026-03-25T08:00:00.000Z');
const t3 = r(3, '2026-03-29T07:00:00.000Z');
const all = [t7, t3];

test('a reminder due alone is sent', () => {
  expect(reminderDisposition(t7, term, all, new Date('2026-03-25T09:00:00Z'))).toBe('send');
});

test('after downtime, T-7 is superseded by T-3 due at the same sweep; T-3 is sent', () => {
  const now = new Date('2026-03-30T09:00:00Z');
  expect(reminderDisposition(t7, term, all, now)).toBe('superseded');
  expect(reminderDisposition(t3, term, all, now)).toBe('send');
});

test('no reminder for a term past its instant, suspended or expired', () => {
  expect(reminderDisposition(t3, term, all, new Date('2026-04-02T08:00:00Z'))).toBe('termNotRunning');
  expect(reminderDisposition(t3, { ...term, status: 'SUSPENDED' }, all, new Date('2026-03-30T09:00:00Z'))).toBe(
    'termNotRunning',
  );
  expect(reminderDisposition(t3, undefined, all, new Date('2026-03-30T09:00:00Z'))).toBe('termNotRunning');
});
