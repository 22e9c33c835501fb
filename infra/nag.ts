/**
 * cdk-nag (AwsSolutions) findings we accept, each with its reason. Anything not acknowledged here fails
 * `npm run synth` and the nag test (test/unit/infra). cdk-nag 3 wants each IAM5 finding named exactly.
 */
import { type Stack, Validations } from 'aws-cdk-lib';
import type * as apigw from 'aws-cdk-lib/aws-apigatewayv2';
import type * as cognito from 'aws-cdk-lib/aws-cognito';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import type * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { IConstruct } from 'constructs';
import type { Handler } from './handler';

const ack = (scope: IConstruct, id: string, reason: string) =>
  Validations.of(scope).acknowledge({ id: `AwsSolutions::AwsSolutions-${id}`, reason });

const tokenId = (stack: Stack, construct: IConstruct) => stack.getLogicalId(construct.node.defaultChild as never);

export function acknowledgeFindings(
  stack: Stack,
  parts: {
    table: dynamodb.Table;
    handlers: Handler[];
    stateMachines: sfn.StateMachine[];
    /** Machines that carry confidential files: they log errors only (D4). */
    confidentialStateMachines: sfn.StateMachine[];
    stepHandlers: Handler[];
    sweeper: Handler;
    users: cognito.UserPool;
    publicRoutes: apigw.HttpRoute[];
    schedulerRoleScope: IConstruct;
  },
): void {
  const tableId = tokenId(stack, parts.table);
  for (const h of parts.handlers) {
    ack(
      h,
      'L1',
      'Node.js 22 is the runtime the issue and stack-notes fix: the local runtime tests the code on Node 20/22; 24 comes with the Node upgrade of the toolchain.',
    );
    ack(
      h,
      'IAM5[Resource::*]',
      'X-Ray PutTraceSegments/PutTelemetryRecords support no resource-level permissions (active tracing).',
    );
    ack(
      h,
      `IAM5[Resource::<${tableId}.Arn>/index/*]`,
      "Queries use the due index (sweeper) and the byEntity index (lists); both are this table's own indexes.",
    );
  }
  for (const machine of parts.stateMachines) {
    for (const h of parts.stepHandlers) {
      const fnId = tokenId(stack, h.fn);
      ack(
        machine,
        `IAM5[Resource::<${fnId}.Arn>:*]`,
        'LambdaInvoke grants the function and its versions/aliases; the state machine invokes only its own step functions.',
      );
    }
    ack(
      machine,
      'IAM5[Resource::*]',
      'CloudWatch Logs delivery and X-Ray for Step Functions require "*" (AWS documentation: vended logs).',
    );
  }
  for (const machine of parts.confidentialStateMachines) {
    ack(
      machine,
      'SF1',
      'The disciplinary file is confidential (D4, spec §2.14): its executions log errors only, without data; the audit trail is the hash-chained event log, each read recorded.',
    );
  }
  ack(
    parts.schedulerRoleScope,
    `IAM5[Resource::<${tokenId(stack, parts.sweeper.fn)}.Arn>:*]`,
    'The scheduler role may invoke the sweeper function and its versions; nothing else.',
  );
  ack(
    parts.users,
    'COG8',
    'Plus tier costs per active user; MFA is required for every user and passwords follow a strict policy. Enable Plus where the entity requires adaptive authentication.',
  );
  for (const route of parts.publicRoutes) {
    ack(
      route,
      'APIG4',
      'Public by design: candidates read published bandi and apply without an account (the OpenAPI document is public too); the handler validates every input.',
    );
  }
}
