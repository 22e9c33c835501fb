/**
 * The disciplinary case's state machine: one route per act (shared/procedures/discipline/transitions.ts),
 * over the shared transition workflow. Expiries route to the decadenza guard (EXPIRE).
 */
import { DISCIPLINE_ACTS } from '../shared/procedures/discipline/transitions';
import { action, type Route, TransitionWorkflow, type TransitionWorkflowProps } from './transition-workflow';

const pascal = (act: string) => act.replace(/(^|-)([a-z])/g, (_m, _d, c: string) => c.toUpperCase());

export function disciplineRoutes(): Route[] {
  return Object.entries(DISCIPLINE_ACTS).map(([act, transition]) => ({
    state: pascal(act),
    when: action(act),
    transition,
  }));
}

export class DisciplineWorkflow extends TransitionWorkflow {
  constructor(
    scope: ConstructorParameters<typeof TransitionWorkflow>[0],
    id: string,
    props: Omit<TransitionWorkflowProps, 'routes' | 'unknownActDetail'>,
  ) {
    super(scope, id, {
      ...props,
      routes: disciplineRoutes(),
      unknownActDetail: 'Atto non previsto per il procedimento disciplinare.',
    });
  }
}
