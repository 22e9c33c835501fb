/** Contract formation's state machine: one route per act over the shared transition workflow. */
import { CONTRACT_ACTS } from '../shared/procedures/contract/transitions';
import { actRoutes, TransitionWorkflow, type TransitionWorkflowProps } from './transition-workflow';

export class ContractWorkflow extends TransitionWorkflow {
  constructor(
    scope: ConstructorParameters<typeof TransitionWorkflow>[0],
    id: string,
    props: Omit<TransitionWorkflowProps, 'routes' | 'unknownActDetail'>,
  ) {
    super(scope, id, {
      ...props,
      routes: actRoutes(CONTRACT_ACTS),
      unknownActDetail: 'Atto non previsto per la formazione del contratto.',
    });
  }
}
