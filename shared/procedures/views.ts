/** What the API shows of a procedure: its phase in Italian, the data, and every deadline with why it is that date. */
import { PHASE_LABELS } from './concorso/concorso';
import type { Deadline, ProcedureBase, Reminder } from './model';

export function procedureView(p: ProcedureBase, deadlines: Deadline[], reminders: Reminder[] = []) {
  return {
    id: p.id,
    entityId: p.entityId,
    type: p.type,
    title: p.title,
    phase: p.phase,
    phaseLabel: PHASE_LABELS[p.phase as keyof typeof PHASE_LABELS] ?? p.phase,
    version: p.version,
    ruleSet: p.ruleSet,
    workflowVersion: p.workflowVersion,
    data: p.data,
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
    deadlines: [...deadlines].sort((a, b) => (a.dueAt < b.dueAt ? -1 : 1)),
    reminders: reminders.map(({ id, deadlineId, daysBefore, at, status }) => ({
      id,
      deadlineId,
      daysBefore,
      at,
      status,
    })),
  };
}
