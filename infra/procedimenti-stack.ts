/**
 * The whole product on AWS: the single table, the Lambda handlers, one Express state machine per
 * procedure type, the sweeper on an EventBridge Scheduler schedule, the HTTP API behind a Cognito JWT
 * authorizer, and the SES identities. The same template runs in the embedded local runtime.
 * Infra holds no business rule: routes come from shared/api/routes.ts, state machines from workflows/.
 */
import { CfnOutput, Duration, RemovalPolicy, Stack, type StackProps, TimeZone } from 'aws-cdk-lib';
import * as apigw from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpJwtAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as scheduler from 'aws-cdk-lib/aws-scheduler';
import * as targets from 'aws-cdk-lib/aws-scheduler-targets';
import * as ses from 'aws-cdk-lib/aws-ses';
import type { Construct } from 'constructs';
import { type HandlerModule, ROUTES, routeKey } from '../shared/api/routes';
import { ENTITIES } from '../shared/entities/entities';
import { AGENDA_INDEX, DUE_INDEX, ENTITY_INDEX } from '../shared/store/keys';
import { STATE_MACHINE_ENV } from '../shared/workflow/executor';
import { ConcorsoWorkflow } from '../workflows/concorso';
import { ContractWorkflow } from '../workflows/contract';
import { DisciplineWorkflow } from '../workflows/discipline';
import { MobilityWorkflow } from '../workflows/mobility';
import { Handler, type HandlerProps } from './handler';
import { acknowledgeFindings } from './nag';

export interface ProcedimentiStackProps extends StackProps {
  /** Synthesized for the embedded local runtime: same resources, no asset bundling. */
  local?: boolean;
}

export class ProcedimentiStack extends Stack {
  constructor(scope: Construct, id: string, props: ProcedimentiStackProps = {}) {
    super(scope, id, props);

    const table = new dynamodb.Table(this, 'Table', {
      partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING },
      sortKey: { name: 'sk', type: dynamodb.AttributeType.STRING },
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      encryption: dynamodb.TableEncryption.AWS_MANAGED,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    // Sparse: only open deadlines, pending reminders and unsent messages carry duePk/dueSk (DESIGN.md §4).
    table.addGlobalSecondaryIndex({
      indexName: DUE_INDEX,
      partitionKey: { name: 'duePk', type: dynamodb.AttributeType.STRING },
      sortKey: { name: 'dueSk', type: dynamodb.AttributeType.STRING },
      projectionType: dynamodb.ProjectionType.KEYS_ONLY,
    });
    // Sparse: running terms (OPEN, SUSPENDED) of an entity, soonest first — the agenda across procedures.
    table.addGlobalSecondaryIndex({
      indexName: AGENDA_INDEX,
      partitionKey: { name: 'agendaPk', type: dynamodb.AttributeType.STRING },
      sortKey: { name: 'agendaSk', type: dynamodb.AttributeType.STRING },
      projectionType: dynamodb.ProjectionType.ALL,
    });
    table.addGlobalSecondaryIndex({
      indexName: ENTITY_INDEX,
      partitionKey: { name: 'entityPk', type: dynamodb.AttributeType.STRING },
      sortKey: { name: 'entitySk', type: dynamodb.AttributeType.STRING },
      projectionType: dynamodb.ProjectionType.ALL,
    });

    const senders = ENTITIES.map((e, i) => {
      const domain = e.sender.split('@')[1];
      return new ses.EmailIdentity(this, `Sender${i}`, { identity: ses.Identity.domain(domain) });
    });

    // The PEC provider's gateway (shared/notify/pec.ts). The default is a placeholder that fails every send:
    // a deployment must set the context key (`cdk deploy -c pecEndpoint=https://…`). Locally the runtime
    // points it at its own PEC server.
    const pecEndpoint: string = this.node.tryGetContext('pecEndpoint') ?? 'https://pec-gateway.invalid';
    const env = { TABLE_NAME: table.tableName, PEC_ENDPOINT: pecEndpoint };
    const handler = (
      name: string,
      entry: string,
      extra: Record<string, string> = {},
      timeout?: Duration,
      options: Pick<HandlerProps, 'memorySize' | 'nodeModules'> = {},
    ) => new Handler(this, name, { entry, environment: { ...env, ...extra }, timeout, ...options });
    // Both render the published graduatoria as a PDF: up to 800 idonei take about 3 s of one core
    // (bench/graduatoria-pdf.ts), so a whole vCPU (1769 MB) and the API's longest wait.
    const rendersPdf = { memorySize: 1769, nodeModules: ['pdfmake'] };
    const canSend = (h: Handler) => {
      for (const identity of senders) identity.grantSendEmail(h.fn);
    };

    // State-machine steps.
    const steps = {
      load: handler('StepLoadProcedure', 'functions/steps/load-procedure.ts'),
      decide: handler('StepDecideConcorso', 'functions/steps/decide-concorso.ts'),
      decideDiscipline: handler('StepDecideDiscipline', 'functions/steps/decide-discipline.ts'),
      decideContract: handler('StepDecideContract', 'functions/steps/decide-contract.ts'),
      decideMobility: handler('StepDecideMobility', 'functions/steps/decide-mobility.ts'),
      apply: handler('StepApplyDecision', 'functions/steps/apply-decision.ts'),
      dispatch: handler('StepDispatchOutbox', 'functions/steps/dispatch-outbox.ts'),
    };
    table.grantReadData(steps.load.fn);
    table.grantReadData(steps.decide.fn);
    // Reads the sanctions register; draws reserved protocol numbers (an atomic counter update).
    table.grantReadWriteData(steps.decideDiscipline.fn);
    // Reads the graduatoria and its appointments; draws general protocol numbers.
    table.grantReadWriteData(steps.decideContract.fn);
    // Reads whether a disciplinary case is pending for the employee (a yes/no).
    table.grantReadData(steps.decideMobility.fn);
    table.grantWriteData(steps.apply.fn);
    table.grantWriteData(steps.dispatch.fn);
    canSend(steps.dispatch);

    const workflowLogs = new logs.LogGroup(this, 'WorkflowLogs', {
      logGroupName: `/aws/vendedlogs/states/${this.stackName}-concorso`,
      retention: logs.RetentionDays.SIX_MONTHS,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    const concorso = new ConcorsoWorkflow(this, 'Concorso', {
      steps: { load: steps.load.fn, decide: steps.decide.fn, apply: steps.apply.fn, dispatch: steps.dispatch.fn },
      logGroup: workflowLogs,
    });
    const disciplineLogs = new logs.LogGroup(this, 'DisciplineWorkflowLogs', {
      logGroupName: `/aws/vendedlogs/states/${this.stackName}-discipline`,
      retention: logs.RetentionDays.SIX_MONTHS,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    const discipline = new DisciplineWorkflow(this, 'Discipline', {
      steps: {
        load: steps.load.fn,
        decide: steps.decideDiscipline.fn,
        apply: steps.apply.fn,
        dispatch: steps.dispatch.fn,
      },
      logGroup: disciplineLogs,
    });
    const contractLogs = new logs.LogGroup(this, 'ContractWorkflowLogs', {
      logGroupName: `/aws/vendedlogs/states/${this.stackName}-contract`,
      retention: logs.RetentionDays.SIX_MONTHS,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    const contract = new ContractWorkflow(this, 'Contract', {
      steps: {
        load: steps.load.fn,
        decide: steps.decideContract.fn,
        apply: steps.apply.fn,
        dispatch: steps.dispatch.fn,
      },
      logGroup: contractLogs,
    });
    const mobilityLogs = new logs.LogGroup(this, 'MobilityWorkflowLogs', {
      logGroupName: `/aws/vendedlogs/states/${this.stackName}-mobility`,
      retention: logs.RetentionDays.SIX_MONTHS,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    const mobility = new MobilityWorkflow(this, 'Mobility', {
      steps: {
        load: steps.load.fn,
        decide: steps.decideMobility.fn,
        apply: steps.apply.fn,
        dispatch: steps.dispatch.fn,
      },
      logGroup: mobilityLogs,
    });
    const machines = {
      [STATE_MACHINE_ENV.mobility]: mobility.stateMachine.stateMachineArn,
      [STATE_MACHINE_ENV.contract]: contract.stateMachine.stateMachineArn,
      [STATE_MACHINE_ENV.concorso]: concorso.stateMachine.stateMachineArn,
      [STATE_MACHINE_ENV.discipline]: discipline.stateMachine.stateMachineArn,
    };

    // HTTP handlers, one per resource.
    const api: Record<HandlerModule, Handler> = {
      procedures: handler('ApiProcedures', 'functions/api/procedures.ts', {}, Duration.seconds(29), rendersPdf),
      // API Gateway waits 30 s at most; the synchronous execution is bounded below that (workflows/).
      actions: handler('ApiActions', 'functions/api/actions.ts', machines, Duration.seconds(29)),
      applications: handler('ApiApplications', 'functions/api/applications.ts'),
      public: handler('ApiPublic', 'functions/api/public.ts', {}, Duration.seconds(29), rendersPdf),
      meta: handler('ApiMeta', 'functions/api/meta.ts'),
      terms: handler('ApiTerms', 'functions/api/terms.ts'),
      entities: handler('ApiEntities', 'functions/api/entities.ts'),
      discipline: handler('ApiDiscipline', 'functions/api/discipline.ts', machines, Duration.seconds(29)),
      contracts: handler('ApiContracts', 'functions/api/contracts.ts', machines, Duration.seconds(29)),
      mobility: handler('ApiMobility', 'functions/api/mobility.ts', machines, Duration.seconds(29)),
    };
    table.grantReadWriteData(api.procedures.fn);
    table.grantReadData(api.actions.fn);
    table.grantReadWriteData(api.applications.fn);
    table.grantReadWriteData(api.public.fn);
    table.grantReadData(api.terms.fn);
    table.grantReadWriteData(api.entities.fn);
    canSend(api.applications);
    canSend(api.public);
    concorso.stateMachine.grantStartSyncExecution(api.actions.fn);
    // Opens cases (protocol counter, sanctions register), records reads and stores receipt scans.
    table.grantReadWriteData(api.discipline.fn);
    discipline.stateMachine.grantStartSyncExecution(api.discipline.fn);
    // Enters graduatorie, opens appointments (protocol counter) and runs their acts.
    table.grantReadWriteData(api.contracts.fn);
    contract.stateMachine.grantStartSyncExecution(api.contracts.fn);
    // Opens mobility procedures and, on hand-off, the appointment; moves pending disciplinary cases on transfer.
    table.grantReadWriteData(api.mobility.fn);
    mobility.stateMachine.grantStartSyncExecution(api.mobility.fn);
    contract.stateMachine.grantStartSyncExecution(api.mobility.fn);
    discipline.stateMachine.grantStartSyncExecution(api.mobility.fn);

    // A sweep runs transitions one after the other: give it most of its one-minute slot.
    const sweeper = handler('JobSweeper', 'functions/jobs/sweeper.ts', machines, Duration.seconds(55));
    sweeper.fn.addEnvironment('SWEEPER', '1');
    table.grantReadWriteData(sweeper.fn);
    canSend(sweeper);
    concorso.stateMachine.grantStartSyncExecution(sweeper.fn);
    discipline.stateMachine.grantStartSyncExecution(sweeper.fn);
    contract.stateMachine.grantStartSyncExecution(sweeper.fn);
    mobility.stateMachine.grantStartSyncExecution(sweeper.fn);
    new scheduler.Schedule(this, 'SweepEveryMinute', {
      description: 'Fires due deadlines, reminders and unsent messages (DESIGN.md §4)',
      schedule: scheduler.ScheduleExpression.cron({ minute: '*', hour: '*', timeZone: TimeZone.EUROPE_ROME }),
      target: new targets.LambdaInvoke(sweeper.fn, {
        input: scheduler.ScheduleTargetInput.fromObject({ source: 'procedimenti.sweeper' }),
        retryAttempts: 0,
        maxEventAge: Duration.minutes(1),
      }),
    });

    // Identity: staff sign in with Cognito; group = role, custom:entities = the entities they act in.
    const users = new cognito.UserPool(this, 'Users', {
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      mfa: cognito.Mfa.REQUIRED,
      mfaSecondFactor: { otp: true, sms: false },
      passwordPolicy: {
        minLength: 12,
        requireDigits: true,
        requireLowercase: true,
        requireUppercase: true,
        requireSymbols: true,
      },
      customAttributes: { entities: new cognito.StringAttribute({ mutable: true }) },
      accountRecovery: cognito.AccountRecovery.EMAIL_ONLY,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    for (const group of ['HR_OFFICER', 'HR_HEAD', 'SEGRETARIO', 'UPD_MEMBER', 'RESP_SERVIZIO', 'EMPLOYEE'])
      new cognito.CfnUserPoolGroup(this, `Group${group}`, { userPoolId: users.userPoolId, groupName: group });
    // Users may not write their own attributes beyond name and e-mail: custom:entities decides where
    // they may act, so only administrators set it (AdminUpdateUserAttributes).
    const client = users.addClient('Console', {
      authFlows: { userSrp: true },
      generateSecret: false,
      writeAttributes: new cognito.ClientAttributes().withStandardAttributes({ fullname: true, email: true }),
    });
    const authorizer = new HttpJwtAuthorizer(
      'Cognito',
      `https://cognito-idp.${this.region}.amazonaws.com/${users.userPoolId}`,
      {
        jwtAudience: [client.userPoolClientId],
      },
    );

    const accessLogs = new logs.LogGroup(this, 'ApiAccessLogs', {
      retention: logs.RetentionDays.SIX_MONTHS,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    const httpApi = new apigw.HttpApi(this, 'Api', { description: 'Procedimenti HTTP API', createDefaultStage: false });
    new apigw.HttpStage(this, 'DefaultStage', {
      httpApi,
      autoDeploy: true,
      stageName: '$default',
      accessLogSettings: { destination: new apigw.LogGroupLogDestination(accessLogs) },
      throttle: { rateLimit: 200, burstLimit: 400 },
    });
    const integrations = Object.fromEntries(
      Object.entries(api).map(([name, h]) => [name, new HttpLambdaIntegration(`${name}Integration`, h.fn)]),
    ) as Record<HandlerModule, HttpLambdaIntegration>;
    const publicRoutes: apigw.HttpRoute[] = [];
    for (const route of ROUTES) {
      const r = new apigw.HttpRoute(this, `Route ${routeKey(route)}`, {
        httpApi,
        routeKey: apigw.HttpRouteKey.with(route.path, apigw.HttpMethod[route.method]),
        integration: integrations[route.handler],
        ...(route.auth === 'JWT' ? { authorizer } : {}),
      });
      if (route.auth === 'NONE') publicRoutes.push(r);
    }

    new CfnOutput(this, 'ApiUrl', { value: httpApi.apiEndpoint });
    new CfnOutput(this, 'UserPoolId', { value: users.userPoolId });
    new CfnOutput(this, 'UserPoolClientId', { value: client.userPoolClientId });
    new CfnOutput(this, 'TableName', { value: table.tableName });

    acknowledgeFindings(this, {
      table,
      handlers: [...Object.values(steps), ...Object.values(api), sweeper],
      stateMachines: [concorso.stateMachine, discipline.stateMachine, contract.stateMachine, mobility.stateMachine],
      confidentialStateMachines: [discipline.stateMachine],
      stepHandlers: Object.values(steps),
      sweeper,
      users,
      publicRoutes,
      schedulerRoleScope: this,
    });
  }
}
