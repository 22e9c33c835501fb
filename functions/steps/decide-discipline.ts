import { randomUUID } from 'node:crypto';
import { calendarOf, findEntity } from '../../shared/entities/entities';
import { problems } from '../../shared/http/problem';
import type { DisciplineDecision } from '../../shared/procedures/discipline/context';
import type { DisciplineCase } from '../../shared/procedures/discipline/model';
import { type DisciplineTransition, decideDiscipline } from '../../shared/procedures/discipline/transitions';
import { termRule } from '../../shared/rules';
import { sanctionHistory } from '../../shared/store/discipline';
import type { Aggregate } from '../../shared/store/procedures';
import { entityCalendar } from '../../shared/workflow/calendars';
import { withProtocolNumbers } from '../../shared/workflow/protocols';
import type { TransitionRequest } from '../../shared/workflow/transition';
import { step } from './step';

interface Input {
  transition: DisciplineTransition;
  request: TransitionRequest;
  loaded: Aggregate;
}

/** Gather what the act needs beyond the aggregate (calendar, the sanctions register for a re-qualification), then decide. */
export const handler = step(
  'decide-discipline',
  async ({ transition, request, loaded }: Input): Promise<DisciplineDecision> => {
    const entity = findEntity(request.entityId);
    if (!entity) throw problems.notFound(`Ente ${request.entityId} non configurato.`);
    const c = loaded.procedure as DisciplineCase;
    const now = new Date(request.requestedAt);
    const [calendar, history] = await Promise.all([
      entityCalendar(entity).catch(() => calendarOf(entity)),
      transition === 'REQUALIFY' ? sanctionHistory(c.entityId, c.data.employee.taxCode) : Promise.resolve(undefined),
    ]);
    return withProtocolNumbers(c.entityId, now, 'RISERVATO', (protocol) =>
      decideDiscipline(
        transition,
        loaded,
        request,
        { now, entity, calendar, rule: (id) => termRule(c.ruleSet, id), newId: randomUUID, protocol },
        { history: history?.filter((r) => r.caseId !== c.id) },
      ),
    );
  },
);
