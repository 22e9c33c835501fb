/** Mobility's state machine (outgoing, incoming, internal): one route per act over the shared transition workflow. */
import { MOBILITY_ACTS } from '../shared/procedures/mobility/transitions';
import { actRoutes, TransitionWorkflow, type TransitionWorkflowProps } from './transition-workflow';

export class MobilityWorkflow extends TransitionWorkflow {
  constructor(
    scope: ConstructorParameters<typeof TransitionWorkflow>[0],
    id: string,
    props: Omit<TransitionWorkflowProps, 'routes' | 'unknownActDetail'>,
  ) {
    super(scope, id, {
      ...props,
      routes: actRoutes(MOBILITY_ACTS),
      unknownActDetail: 'Atto non previsto per la mobilità.',
    });
  }
}
