/**
 * The state machine every procedure type shares in shape (DESIGN.md §1, §4): one execution is one
 * transition. Load and check the version → route the act (Choice) → decide → apply in one transaction →
 * dispatch the outbox. Each procedure type supplies its routes; its graph is its transition graph.
 * JSONPath only: the local executor runs neither JSONata nor variables.
 */
import { Duration } from 'aws-cdk-lib';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import type { ILogGroup } from 'aws-cdk-lib/aws-logs';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as tasks from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { Construct } from 'constructs';
import { REFUSAL_ERRORS } from '../shared/workflow/transition';

export interface TransitionSteps {
  load: IFunction;
  decide: IFunction;
  apply: IFunction;
  dispatch: IFunction;
}

/** A branch of the router: when the request matches, the decide step runs `transition`. */
export interface Route {
  state: string;
  when: sfn.Condition;
  transition: string;
}

export interface TransitionWorkflowProps {
  steps: TransitionSteps;
  logGroup: ILogGroup;
  routes: Route[];
  /** Italian detail of the refusal for an act the procedure type does not know. */
  unknownActDetail: string;
  /** Confidential files (D4): the execution log keeps errors only, never the data it carried. */
  confidential?: boolean;
}

export const action = (value: string) => sfn.Condition.stringEquals('$.request.action', value);

const pascal = (act: string) => act.replace(/(^|-)([a-z])/g, (_m, _d, c: string) => c.toUpperCase());

/** One route per act of a table `act-name → TRANSITION` (the procedure type's own acts module). */
export function actRoutes(acts: Readonly<Record<string, string>>): Route[] {
  return Object.entries(acts).map(([act, transition]) => ({ state: pascal(act), when: action(act), transition }));
}

export class TransitionWorkflow extends Construct {
  readonly stateMachine: sfn.StateMachine;

  constructor(scope: Construct, id: string, props: TransitionWorkflowProps) {
    super(scope, id);
    const { steps } = props;
    const invoke = (name: string, fn: IFunction, payload: Record<string, unknown>, resultPath: string) =>
      new tasks.LambdaInvoke(this, name, {
        lambdaFunction: fn,
        payload: sfn.TaskInput.fromObject(payload),
        payloadResponseOnly: true,
        resultPath,
        taskTimeout: sfn.Timeout.duration(Duration.seconds(20)),
      });

    // A refused act ends the execution FAILED with the problem as its cause; the API returns it as is.
    const refused = new sfn.Fail(this, 'ActRefused', { errorPath: '$.error.Error', causePath: '$.error.Cause' });
    const refusable = <T extends tasks.LambdaInvoke>(task: T): T => {
      task.addCatch(refused, { errors: [...REFUSAL_ERRORS], resultPath: '$.error' });
      return task;
    };

    const load = refusable(invoke('LoadProcedure', steps.load, { 'request.$': '$.request' }, '$.loaded'));
    const apply = refusable(
      invoke(
        'ApplyDecision',
        steps.apply,
        { 'request.$': '$.request', 'loaded.$': '$.loaded', 'decision.$': '$.decision' },
        '$.applied',
      ),
    );
    const done = new sfn.Pass(this, 'Done', {
      parameters: {
        'phase.$': '$.applied.phase',
        'version.$': '$.applied.version',
        'deadlines.$': '$.applied.deadlines',
      },
    });
    // After the transaction the act is done: a failed send stays queued for the sweeper, never fails the act.
    const dispatch = invoke(
      'DispatchOutbox',
      steps.dispatch,
      { 'request.$': '$.request', 'decision.$': '$.decision' },
      '$.dispatched',
    );
    dispatch.addCatch(done, { errors: ['States.ALL'], resultPath: '$.dispatchError' });
    apply.next(dispatch).next(done);

    const route = new sfn.Choice(this, 'RouteAct');
    for (const r of props.routes) {
      const decide = refusable(
        invoke(
          r.state,
          steps.decide,
          { transition: r.transition, 'request.$': '$.request', 'loaded.$': '$.loaded' },
          '$.decision',
        ),
      ).next(apply);
      route.when(r.when, decide);
    }
    route.otherwise(
      new sfn.Fail(this, 'UnknownAct', {
        error: 'ActRefused',
        cause: JSON.stringify({
          type: 'https://procedimenti.dev/problems/unknown-act',
          title: 'Atto sconosciuto',
          status: 404,
          detail: props.unknownActDetail,
        }),
      }),
    );

    this.stateMachine = new sfn.StateMachine(this, 'StateMachine', {
      stateMachineType: sfn.StateMachineType.EXPRESS,
      definitionBody: sfn.DefinitionBody.fromChainable(load.next(route)),
      // Below the API's 29 s: a caller never sees a timeout for a transition that then commits.
      timeout: Duration.seconds(25),
      tracingEnabled: true,
      logs: props.confidential
        ? { destination: props.logGroup, level: sfn.LogLevel.ERROR, includeExecutionData: false }
        : { destination: props.logGroup, level: sfn.LogLevel.ALL, includeExecutionData: true },
    });
  }
}
