import { randomUUID } from 'node:crypto';
import { calendarOf, findEntity } from '../../shared/entities/entities';
import { problems } from '../../shared/http/problem';
import type { MobilityDecision } from '../../shared/procedures/mobility/acts';
import type { MobilityProcedure } from '../../shared/procedures/mobility/model';
import { decideMobility, type MobilityTransition } from '../../shared/procedures/mobility/transitions';
import { termRule } from '../../shared/rules';
import type { Aggregate } from '../../shared/store/procedures';
import { entityCalendar } from '../../shared/workflow/calendars';
import type { TransitionRequest } from '../../shared/workflow/transition';
import { step } from './step';

interface Input {
  transition: MobilityTransition;
  request: TransitionRequest;
  loaded: Aggregate;
}

/** Gather what the act needs (the entity's calendar), then decide. */
export const handler = step(
  'decide-mobility',
  async ({ transition, request, loaded }: Input): Promise<MobilityDecision> => {
    const entity = findEntity(request.entityId);
    if (!entity) throw problems.notFound(`Ente ${request.entityId} non configurato.`);
    const p = loaded.procedure as MobilityProcedure;
    const calendar = await entityCalendar(entity).catch(() => calendarOf(entity));
    return decideMobility(transition, loaded, request, {
      now: new Date(request.requestedAt),
      entity,
      calendar,
      ruleSet: p.ruleSet,
      rule: (id) => termRule(p.ruleSet, id),
      newId: randomUUID,
    });
  },
);
