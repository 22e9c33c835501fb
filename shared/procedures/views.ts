/** What the API shows of a procedure: its phase in Italian, the data, and every deadline with why it is that date. */
import { PHASE_LABELS } from './concorso/concorso';
import { CONTRACT_PHASE_LABELS } from './contract/model';
import { DISCIPLINE_PHASE_LABELS } from './discipline/model';
import { MOBILITY_PHASE_LABELS } from './mobility/model';
import type { Deadline, ProcedureBase, Reminder } from './model';

/** Each procedure type's phases in Italian. */
const LABELS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  concorso: PHASE_LABELS,
  contract: CONTRACT_PHASE_LABELS,
  discipline: DISCIPLINE_PHASE_LABELS,
  mobility: MOBILITY_PHASE_LABELS,
};

/** A procedure's phase in Italian, whatever its type. */
export const phaseLabel = (p: Pick<ProcedureBase, 'type' | 'phase'>) => LABELS[p.type]?.[p.phase] ?? p.phase;

export function procedureView(p: ProcedureBase, deadlines: Deadline[], reminders: Reminder[] = []) {
  return {
    id: p.id,
    entityId: p.entityId,
    type: p.type,
    title: p.title,
    phase: p.phase,
    phaseLabel: phaseLabel(p),
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
