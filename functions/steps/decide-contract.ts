import { randomUUID } from 'node:crypto';
import { romeDateOf } from '../../shared/calendar/dates';
import { calendarOf, findEntity } from '../../shared/entities/entities';
import { problems } from '../../shared/http/problem';
import type { ContractDecision } from '../../shared/procedures/contract/acts';
import type { ContractProcedure } from '../../shared/procedures/contract/model';
import {
  type ContractTransition,
  decideContract,
  MAY_END_APPOINTMENT,
} from '../../shared/procedures/contract/transitions';
import { termRule } from '../../shared/rules';
import type { Aggregate } from '../../shared/store/procedures';
import { entityCalendar } from '../../shared/workflow/calendars';
import { graduatoriaState } from '../../shared/workflow/graduatorie';
import { withProtocolNumbers } from '../../shared/workflow/protocols';
import type { TransitionRequest } from '../../shared/workflow/transition';
import { step } from './step';

interface Input {
  transition: ContractTransition;
  request: TransitionRequest;
  loaded: Aggregate;
}

/** Gather what the act needs (calendar; for an act that may end the appointment, who is next on the graduatoria), then decide. */
export const handler = step(
  'decide-contract',
  async ({ transition, request, loaded }: Input): Promise<ContractDecision> => {
    const entity = findEntity(request.entityId);
    if (!entity) throw problems.notFound(`Ente ${request.entityId} non configurato.`);
    const p = loaded.procedure as ContractProcedure;
    const now = new Date(request.requestedAt);
    const gradId = p.data.source.graduatoriaId;
    const [calendar, state] = await Promise.all([
      entityCalendar(entity).catch(() => calendarOf(entity)),
      MAY_END_APPOINTMENT.includes(transition) && gradId
        ? graduatoriaState(p.entityId, gradId, romeDateOf(now))
        : undefined,
    ]);
    return withProtocolNumbers(p.entityId, now, 'GENERALE', (protocol) =>
      decideContract(transition, loaded, request, {
        now,
        entity,
        calendar,
        rule: (id) => termRule(p.ruleSet, id),
        newId: randomUUID,
        protocol,
        nextEligible: state?.next,
      }),
    );
  },
);
