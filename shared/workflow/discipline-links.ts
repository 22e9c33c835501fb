/**
 * Where mobility meets discipline (spec §5.1, FX-MOB-05): an outgoing decision is warned of a pending
 * case (a yes/no, never its content: D4); when the employee leaves by transfer, each pending case moves
 * to TRASFERITO with its terms interrupted (L3687), recorded by the system on the case.
 */
import { logger } from '../http/handler';
import { ProblemError } from '../http/problem';
import type { DisciplineCase } from '../procedures/discipline/model';
import { PENDING_PHASES } from '../procedures/discipline/suspensions';
import type { ActorRef } from '../procedures/model';
import { getProcedure, listProcedures } from '../store/procedures';
import { runTransition } from './executor';

export async function pendingDisciplineFor(entityId: string, userId: string): Promise<DisciplineCase[]> {
  const cases = (await listProcedures(entityId, 'discipline')) as DisciplineCase[];
  return cases.filter((c) => c.data.employee.userId === userId && PENDING_PHASES.includes(c.phase));
}

const MOBILITY_SYSTEM: ActorRef = { id: 'system', name: 'Sistema (mobilità in uscita)', role: 'SYSTEM' };

/**
 * Records the transfer on each pending case, reading each one consistently (the list index may lag).
 * A case that refuses is returned with the reason, for the officer to act on; a retry moves the rest.
 */
export async function transferPendingCases(
  entityId: string,
  userId: string,
  transfer: { date: string; administration: string },
  requestedAt: string,
): Promise<{ moved: string[]; failed: { caseId: string; reason: string }[] }> {
  const moved: string[] = [];
  const failed: { caseId: string; reason: string }[] = [];
  for (const listed of await pendingDisciplineFor(entityId, userId)) {
    const c = (await getProcedure(entityId, listed.id))?.procedure as DisciplineCase | undefined;
    if (!c || !PENDING_PHASES.includes(c.phase)) continue;
    try {
      await runTransition('discipline', {
        entityId,
        procedureId: c.id,
        action: 'record-transfer',
        expectedVersion: c.version,
        actor: MOBILITY_SYSTEM,
        payload: { expectedVersion: c.version, legalDate: transfer.date, administration: transfer.administration },
        requestedAt,
      });
      moved.push(c.id);
    } catch (error) {
      if (!(error instanceof ProblemError)) throw error;
      logger.warn('pending disciplinary case not moved on transfer', { caseId: c.id, problem: error.problem });
      failed.push({ caseId: c.id, reason: error.problem.detail ?? error.problem.title });
    }
  }
  return { moved, failed };
}
