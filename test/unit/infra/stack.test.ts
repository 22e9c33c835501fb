/**
 * The template has what the foundation issue lists (§2), its state machines stay inside what the local
 * executor runs (JSONPath, no variables), and cdk-nag's AwsSolutions pack passes.
 */

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, Validations } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { ProcedimentiStack } from '../../../infra/procedimenti-stack';
import { ROUTES } from '../../../shared/api/routes';

const noBundling = { 'aws:cdk:bundling-stacks': [] as string[] };
let template: Template;

beforeAll(() => {
  template = Template.fromStack(new ProcedimentiStack(new App({ context: noBundling }), 'Procedimenti'));
});

test('single table: pk/sk, on-demand, encrypted, PITR, sparse due index and entity index', () => {
  template.resourceCountIs('AWS::DynamoDB::Table', 1);
  template.hasResourceProperties('AWS::DynamoDB::Table', {
    KeySchema: [
      { AttributeName: 'pk', KeyType: 'HASH' },
      { AttributeName: 'sk', KeyType: 'RANGE' },
    ],
    BillingMode: 'PAY_PER_REQUEST',
    SSESpecification: { SSEEnabled: true },
    PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
    DeletionProtectionEnabled: true,
    GlobalSecondaryIndexes: Match.arrayWith([
      Match.objectLike({
        IndexName: 'due',
        KeySchema: [
          { AttributeName: 'duePk', KeyType: 'HASH' },
          { AttributeName: 'dueSk', KeyType: 'RANGE' },
        ],
      }),
      Match.objectLike({ IndexName: 'byEntity' }),
    ]),
  });
});

test('every Lambda: Node.js 22 on arm64, active tracing, JSON logs, its local entry', () => {
  const fns = template.findResources('AWS::Lambda::Function');
  expect(Object.keys(fns).length).toBeGreaterThanOrEqual(10);
  for (const fn of Object.values(fns)) {
    expect(fn.Properties.Runtime).toBe('nodejs22.x');
    expect(fn.Properties.Architectures).toEqual(['arm64']);
    expect(fn.Properties.TracingConfig).toEqual({ Mode: 'Active' });
    expect(fn.Properties.LoggingConfig.LogFormat).toBe('JSON');
    expect(fn.Metadata['local:entry']).toMatch(/^functions\/(api|steps|jobs)\/[\w-]+\.ts$/);
  }
});

test('the concorso, discipline, contract and mobility state machines are Express, traced, JSONPath only; logs without the disciplinary file', () => {
  const machines = Object.values(template.findResources('AWS::StepFunctions::StateMachine'));
  expect(machines).toHaveLength(4);
  const definitions = machines.map((m) => {
    // The disciplinary machine logs errors only, without the data it carries (D4); the others log everything.
    const confidential = JSON.stringify(m.Properties.DefinitionString).includes('SealFile');
    expect(m.Properties).toMatchObject({
      StateMachineType: 'EXPRESS',
      LoggingConfiguration: expect.objectContaining(
        confidential ? { Level: 'ERROR', IncludeExecutionData: false } : { Level: 'ALL', IncludeExecutionData: true },
      ),
      TracingConfiguration: { Enabled: true },
    });
    const definition = JSON.stringify(m.Properties.DefinitionString);
    expect(definition).not.toMatch(/JSONata/);
    expect(definition).not.toMatch(/\\"Assign\\"/);
    return definition;
  });
  const machine = (state: string) => definitions.filter((d) => d.includes(`\\"${state}\\"`));
  const shared = ['LoadProcedure', 'RouteAct', 'ApplyDecision', 'DispatchOutbox', 'ActRefused', 'UnknownAct'];
  // One machine per procedure type, each routing only its own acts.
  for (const state of [...shared, 'PublishGuri', 'CloseApplications', 'EndPostalGrace']) {
    expect(machine(state).length).toBeGreaterThanOrEqual(1);
  }
  for (const state of [
    'Contest',
    'SealFile',
    'SignContract',
    'TakeService',
    'DeclareOption',
    'Execute',
    'AppointBoard',
    'AppointExamBoard',
    'DetermineAdmission',
    'SetExamCalendar',
  ]) {
    expect(machine(state)).toHaveLength(1);
  }
  // Discipline, contract and concorso (its exclusions) notify acts with proof of receipt.
  for (const state of ['RecordDelivery', 'PecReceipt']) expect(machine(state)).toHaveLength(3);
  expect(machine('DeadlineExpired')).toHaveLength(3);
  expect(machine('Decide')).toHaveLength(2);
  expect(machine('PublishGuri')[0]).not.toContain('\\"Contest\\"');
  for (const state of shared) expect(machine(state)).toHaveLength(4);
});

test('the sweeper runs every minute on EventBridge Scheduler in Europe/Rome', () => {
  template.hasResourceProperties('AWS::Scheduler::Schedule', {
    ScheduleExpression: 'cron(* * * * ? *)',
    ScheduleExpressionTimezone: 'Europe/Rome',
    Target: Match.objectLike({ Arn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^JobSweeper'), 'Arn'] } }),
  });
});

test('HTTP API: every declared route, staff routes behind the Cognito JWT authorizer, access logs', () => {
  template.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', { AuthorizerType: 'JWT' });
  const routes = Object.values(template.findResources('AWS::ApiGatewayV2::Route'));
  expect(routes.map((r) => r.Properties.RouteKey).sort()).toEqual(ROUTES.map((r) => `${r.method} ${r.path}`).sort());
  for (const spec of ROUTES) {
    const route = routes.find((r) => r.Properties.RouteKey === `${spec.method} ${spec.path}`)!;
    expect(route.Properties.AuthorizationType ?? 'NONE').toBe(spec.auth);
  }
  template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
    AccessLogSettings: Match.objectLike({ DestinationArn: Match.anyValue() }),
  });
  template.hasResourceProperties('AWS::Cognito::UserPool', { MfaConfiguration: 'ON' });
  // custom:entities decides where a user may act: users cannot write it themselves.
  const clients = Object.values(template.findResources('AWS::Cognito::UserPoolClient'));
  expect(clients).toHaveLength(1);
  expect(clients[0].Properties.WriteAttributes).toEqual(expect.arrayContaining(['email']));
  expect(clients[0].Properties.WriteAttributes).not.toContain('custom:entities');
});

test('SES identities for the entities senders', () => {
  template.hasResourceProperties('AWS::SES::EmailIdentity', { EmailIdentity: 'comune.stresa.example' });
});

test('cdk-nag AwsSolutions passes (every acknowledgement carries a reason in infra/nag.ts)', () => {
  const app = new App({ context: noBundling, outdir: mkdtempSync(join(tmpdir(), 'nag-')) });
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  new ProcedimentiStack(app, 'Procedimenti');
  expect(() => app.synth()).not.toThrow();
});
