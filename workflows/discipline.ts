/**
 * The disciplinary case's state machine: one route per act (shared/procedures/discipline/transitions.ts),
 * over the shared transition workflow. Expiries route to the decadenza guard (EXPIRE).
 */
import { DISCIPLINE_ACTS } from '../shared/procedures/discipline/transitions';
import { actRoutes, TransitionWorkflow, type TransitionWorkflowProps } from './transition-workflow';

export class DisciplineWorkflow extends TransitionWorkflow {
  constructor(
    scope: ConstructorParameters<typeof TransitionWorkflow>[0],
    id: string,
    props: Omit<TransitionWorkflowProps, 'routes' | 'unknownActDetail'>,
  ) {
    super(scope, id, {
      ...props,
      // The disciplinary file must not reach the execution logs (§2.14, D4).
      confidential: true,
      routes: actRoutes(DISCIPLINE_ACTS),
      unknownActDetail: 'Atto non previsto per il procedimento disciplinare.',
    });
  }
}
