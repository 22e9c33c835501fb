/**
 * The embedded local runtime, tested on its own fixture stack (test/fixtures/local-runtime): every
 * emulated service through the clients the application uses, restart persistence, and the start-time
 * checks that must fail loudly. Independent of the product stack and of the global runtime.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import {
  DescribeExecutionCommand,
  ListStateMachinesCommand,
  SFNClient,
  StartExecutionCommand,
  StartSyncExecutionCommand,
} from '@aws-sdk/client-sfn';
import { CfnResolver } from '../../infra/local/cfn';
import { localDynamoClient } from '../../infra/local/dynamodb';
import { LocalStartError } from '../../infra/local/errors';
import { LambdaInvoker } from '../../infra/local/lambda';
import type { Logger } from '../../infra/local/log';
import { reservePort } from '../../infra/local/ports';
import { type LocalRuntime, startLocal } from '../../infra/local/runtime';
import { toCroner } from '../../infra/local/scheduler';
import { SfnEngine } from '../../infra/local/sfn-engine';
import { type CfnTemplate, resourcesOfType, synthTemplate } from '../../infra/local/template';
import { authenticate, createStack, users } from '../fixtures/local-runtime/fixture-stack';
import { api, getClock, localUrls, mails, ROOT_DIR, setClock, sweep } from '../support/local';

const template: CfnTemplate = synthTemplate(createStack);
const logicalId = (type: string) => resourcesOfType(template, type)[0][0];
const flowArn = () =>
  `arn:aws:states:eu-south-1:000000000000:stateMachine:${logicalId('AWS::StepFunctions::StateMachine')}`;

const logged: string[] = [];
const log: Logger = {
  info: (m) => logged.push(`info ${m}`),
  warn: (m) => logged.push(`warn ${m}`),
  error: (m, e) => logged.push(`error ${m} ${e instanceof Error ? e.message : String(e)}`),
};

function sfn(endpoint: string) {
  return new SFNClient({
    endpoint,
    region: 'eu-south-1',
    credentials: { accessKeyId: 'x', secretAccessKey: 'y' },
    disableHostPrefix: true,
  });
}

describe('local runtime on the fixture stack', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'local-runtime-'));
  let runtime: LocalRuntime;
  let web: string;

  beforeAll(async () => {
    runtime = await startLocal({
      rootDir: ROOT_DIR,
      dataDir,
      ephemeralPorts: true,
      template,
      authenticate,
      users,
      log,
      cron: false,
    });
    web = runtime.urls.web;
  });

  afterAll(async () => {
    await runtime?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  test('a route reaches its handler with an API Gateway v2 event', async () => {
    const res = await api('/api/v1/echo/a/b%20c?x=1&x=2&y=3', {
      baseUrl: web,
      headers: { Cookie: 's=1; t=2', 'X-Mixed': 'v' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json');
    const event = res.json;
    expect(event).toMatchObject({
      version: '2.0',
      routeKey: 'ANY /api/v1/echo/{proxy+}',
      rawPath: '/api/v1/echo/a/b%20c',
      rawQueryString: 'x=1&x=2&y=3',
      queryStringParameters: { x: '1,2', y: '3' },
      pathParameters: { proxy: 'a/b c' },
      cookies: ['s=1', 't=2'],
      isBase64Encoded: false,
      requestContext: {
        stage: '$default',
        routeKey: 'ANY /api/v1/echo/{proxy+}',
        http: { method: 'GET', sourceIp: '127.0.0.1' },
      },
    });
    expect(event.headers['x-mixed']).toBe('v');
    expect(event.body).toBeUndefined();
    expect(event.requestContext.authorizer).toBeUndefined();

    const posted = await api('/api/v1/echo/x', { baseUrl: web, method: 'PUT', body: { a: 1 } });
    expect(posted.json).toMatchObject({
      body: '{"a":1}',
      isBase64Encoded: false,
      requestContext: { http: { method: 'PUT' } },
    });
  });

  test('handler results map by the v2 payload rules', async () => {
    const text = await api('/api/v1/echo/text', { baseUrl: web });
    expect([text.status, text.text]).toEqual([200, 'plain text']);
    const created = await api('/api/v1/echo/created', { baseUrl: web });
    expect(created.status).toBe(201);
    expect(created.headers.get('x-fixture')).toBe('yes');
    expect(created.headers.get('set-cookie')).toBe('a=1');
    expect(created.text).toBe('made');
  });

  test('a JWT route: 401 problem without a user; with one, claims reach the handler, DynamoDB and SES work', async () => {
    const body = { due: '2030-03-01T00:00:00.000Z', kind: 'term', email: 'ufficio@stresa.example' };
    const anonymous = await api('/api/v1/items/i-1', { baseUrl: web, body });
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('content-type')).toBe('application/problem+json');
    expect(anonymous.json).toMatchObject({ status: 401, title: 'Autenticazione richiesta' });

    const created = await api('/api/v1/items/i-1', { baseUrl: web, body, user: 'u-officer' });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ id: 'i-1', owner: 'u-officer' });

    const read = await api('/api/v1/items/i-1', { baseUrl: web });
    expect(read.json).toMatchObject({ pk: 'ITEM#i-1', kind: 'term', owner: 'u-officer' });

    const inbox = await mails({ sesUrl: runtime.urls.ses });
    const mail = inbox.find((m) => m.messageId === created.json.messageId);
    expect(mail).toMatchObject({ subject: 'Item i-1 registrato', destination: { to: ['ufficio@stresa.example'] } });
  });

  test('StartSyncExecution through @aws-sdk/client-sfn: Choice, Lambda tasks and the context object', async () => {
    const out = await sfn(runtime.urls.sfn).send(
      new StartSyncExecutionCommand({
        stateMachineArn: flowArn(),
        name: 'happy-1',
        input: JSON.stringify({ kind: 'ok', id: 'f-1' }),
      }),
    );
    expect(out.status).toBe('SUCCEEDED');
    expect(out.startDate).toBeInstanceOf(Date);
    expect(out.stopDate!.getTime()).toBeGreaterThanOrEqual(out.startDate!.getTime());
    const output = JSON.parse(out.output!);
    expect(output).toMatchObject({ finished: true, id: 'f-1', kind: 'ok', executionName: 'happy-1' });
    expect(output.execution).toBe(out.executionArn);
    expect(out.executionArn).toMatch(/^arn:aws:states:eu-south-1:000000000000:express:.+:happy-1:/);
  });

  test('a custom error thrown by a handler is caught by its Catch; a Fail state fails the execution', async () => {
    const client = sfn(runtime.urls.sfn);
    const caught = await client.send(
      new StartSyncExecutionCommand({ stateMachineArn: flowArn(), input: '{"kind":"bad","id":"f-2"}' }),
    );
    expect(caught.status).toBe('SUCCEEDED');
    expect(JSON.parse(caught.output!)).toEqual({
      recovered: true,
      error: { Error: 'PhaseError', Cause: 'phase bad cannot be applied' },
    });

    const failed = await client.send(
      new StartSyncExecutionCommand({ stateMachineArn: flowArn(), input: '{"kind":"odd","id":"f-3"}' }),
    );
    expect(failed).toMatchObject({ status: 'FAILED', error: 'UnknownKind', cause: 'kind odd' });
    expect(failed.output).toBeUndefined();
  });

  test('a handler starts a sync execution with the shared SFN client', async () => {
    const res = await api('/api/v1/flows/ok', { baseUrl: web, method: 'POST' });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ status: 'SUCCEEDED', output: { finished: true, kind: 'ok' } });
  });

  test('the other SFN operations and their errors', async () => {
    const client = sfn(runtime.urls.sfn);
    const { stateMachines } = await client.send(new ListStateMachinesCommand({}));
    expect(stateMachines).toEqual([expect.objectContaining({ stateMachineArn: flowArn(), type: 'EXPRESS' })]);

    const started = await client.send(
      new StartExecutionCommand({ stateMachineArn: flowArn(), input: '{"kind":"ok","id":"f-4"}' }),
    );
    let described = await client.send(new DescribeExecutionCommand({ executionArn: started.executionArn }));
    for (let i = 0; described.status === 'RUNNING' && i < 50; i++) {
      await new Promise((r) => setTimeout(r, 100));
      described = await client.send(new DescribeExecutionCommand({ executionArn: started.executionArn }));
    }
    expect(described).toMatchObject({ status: 'SUCCEEDED', input: '{"kind":"ok","id":"f-4"}' });

    await expect(
      client.send(new StartSyncExecutionCommand({ stateMachineArn: `${flowArn()}Nope`, input: '{}' })),
    ).rejects.toMatchObject({ name: 'StateMachineDoesNotExist', $metadata: { httpStatusCode: 400 } });
    await expect(client.send(new DescribeExecutionCommand({ executionArn: 'arn:nope' }))).rejects.toMatchObject({
      name: 'ExecutionDoesNotExist',
    });
  });

  test('sweep runs the schedule target now, on the moved local clock', async () => {
    const body = { due: '2031-06-01T00:00:00.000Z', kind: 'term', email: 'x@stresa.example' };
    expect((await api('/api/v1/items/i-due', { baseUrl: web, body, user: 'u-officer' })).status).toBe(201);

    await setClock('2031-05-31T00:00:00.000Z', web);
    const before = await sweep<{ now: string; due: string[]; input: unknown }>(undefined, web);
    expect(before.input).toEqual({ source: 'schedule' });
    expect(before.now.slice(0, 10)).toBe('2031-05-31');
    expect(before.due).not.toContain('i-due');

    const moved = await api('/_local/clock', { baseUrl: web, body: { advanceDays: 2 } });
    expect(moved.json.now.slice(0, 10)).toBe('2031-06-02');
    const after = await sweep<{ due: string[] }>(logicalId('AWS::Scheduler::Schedule'), web);
    expect(after.due).toContain('i-due');
  });

  test('problem+json for unknown API paths, wrong methods, oversized bodies and handler crashes', async () => {
    const unknown = await api('/api/v1/nothing/here', { baseUrl: web });
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('content-type')).toBe('application/problem+json');
    expect(unknown.json).toMatchObject({ status: 404 });

    const wrongMethod = await api('/api/v1/items/i-1', { baseUrl: web, method: 'DELETE' });
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get('allow')).toBe('POST, GET');

    const big = await api('/api/v1/echo/big', {
      baseUrl: web,
      method: 'POST',
      body: 'x'.repeat(1024 * 1024 + 1),
      headers: { 'content-type': 'text/plain' },
    });
    expect(big.status).toBe(413);
    expect(big.json).toMatchObject({ status: 413, title: 'Richiesta troppo grande' });

    const crash = await api('/api/v1/echo/boom', { baseUrl: web });
    expect(crash.status).toBe(500);
    expect(crash.json).toMatchObject({ status: 500, title: 'Errore interno' });
    expect(logged.some((l) => l.includes('handler threw') && l.includes('echo exploded'))).toBe(true);

    const badClock = await api('/_local/clock', { baseUrl: web, body: { to: 'tomorrow' } });
    expect(badClock.status).toBe(400);
  });

  test('static files: bootstrap-italia from node_modules, no way out of the mount', async () => {
    const css = await fetch(`${web}/vendor/bootstrap-italia/css/bootstrap-italia.min.css`);
    expect(css.status).toBe(200);
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
    await css.arrayBuffer();
    for (const path of [
      '/vendor/bootstrap-italia/..%2f..%2fpackage.json',
      '/..%2fpackage.json',
      '/%2e%2e/package.json',
    ]) {
      const res = await fetch(`${web}${path}`);
      expect(res.status).toBe(404);
      await res.arrayBuffer();
    }
  });

  test('tables are created with their GSIs, and a restart on the same data directory keeps everything', async () => {
    const ddb = localDynamoClient(runtime.urls.dynamodb);
    const { Table } = await ddb.send(new DescribeTableCommand({ TableName: logicalId('AWS::DynamoDB::Table') }));
    ddb.destroy();
    expect(Table?.BillingModeSummary?.BillingMode).toBe('PAY_PER_REQUEST');
    expect(Table?.GlobalSecondaryIndexes).toEqual([
      expect.objectContaining({
        IndexName: 'due',
        Projection: { ProjectionType: 'INCLUDE', NonKeyAttributes: ['kind'] },
      }),
    ]);
    const mailsBefore = (await mails({ sesUrl: runtime.urls.ses })).length;
    expect(mailsBefore).toBeGreaterThan(0);

    // Same ports: the handler modules keep their SDK clients (built from the endpoints) across the restart.
    const ports = Object.fromEntries(
      Object.entries(runtime.urls)
        .filter(([k]) => k !== 'api')
        .map(([k, u]) => [k, Number(new URL(u).port)]),
    );
    await runtime.stop();
    runtime = await startLocal({ rootDir: ROOT_DIR, dataDir, ports, template, authenticate, users, log, cron: false });

    expect((await api('/api/v1/items/i-1', { baseUrl: web })).json).toMatchObject({
      pk: 'ITEM#i-1',
      owner: 'u-officer',
    });
    expect((await mails({ sesUrl: runtime.urls.ses })).length).toBe(mailsBefore);
    expect(runtime.urls.pec).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(process.env.PEC_ENDPOINT).toBe(runtime.urls.pec);
    expect((await api('/_local/clock', { baseUrl: web })).json.now.slice(0, 10)).toBe('2031-06-02');
    const executions = readFileSync(join(dataDir, 'executions.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(executions).toContainEqual(expect.objectContaining({ name: 'happy-1', status: 'SUCCEEDED' }));
  });
});

describe('start-time checks', () => {
  const withResource = (id: string, resource: object): CfnTemplate => ({
    Resources: { ...template.Resources, [id]: resource } as CfnTemplate['Resources'],
  });
  const machine = (definition: object) => ({
    Type: 'AWS::StepFunctions::StateMachine',
    Properties: { DefinitionString: JSON.stringify(definition), StateMachineType: 'EXPRESS' },
  });
  const engineFor = (t: CfnTemplate) => {
    const resolver = new CfnResolver(t);
    return SfnEngine.fromTemplate(t, resolver, LambdaInvoker.fromTemplate(t, resolver, ROOT_DIR), { log });
  };
  const pass = { StartAt: 'P', States: { P: { Type: 'Pass', End: true } } };

  test('functions that disagree on an environment variable fail the start', () => {
    const items = template.Resources[logicalId('AWS::Lambda::Function')];
    const clash = JSON.parse(JSON.stringify(items)) as {
      Properties: { Environment: { Variables: Record<string, unknown> } };
    };
    clash.Properties.Environment.Variables.TABLE_NAME = 'OtherTable';
    const t = withResource('Clash', clash);
    expect(() => LambdaInvoker.fromTemplate(t, new CfnResolver(t), ROOT_DIR).mergedEnvironment()).toThrow(
      /TABLE_NAME differs between Lambda .+ and Clash/,
    );
  });

  test('JSONata, Assign, invalid ASL and non-Lambda tasks are refused', () => {
    expect(() => engineFor(withResource('J', machine({ ...pass, QueryLanguage: 'JSONata' })))).toThrow(/JSONata/);
    expect(() =>
      engineFor(
        withResource('A', machine({ StartAt: 'P', States: { P: { Type: 'Pass', Assign: { x: 1 }, End: true } } })),
      ),
    ).toThrow(/Assign/);
    expect(() => engineFor(withResource('I', machine({ StartAt: 'Missing', States: pass.States })))).toThrow(
      LocalStartError,
    );
    expect(() =>
      engineFor(
        withResource(
          'D',
          machine({
            StartAt: 'T',
            States: { T: { Type: 'Task', Resource: 'arn:aws:states:::dynamodb:putItem', End: true } },
          }),
        ),
      ),
    ).toThrow(/no local emulation for arn:aws:states:::dynamodb:putItem/);
  });

  test('a state-machine timeout beyond a Node timer is dropped rather than firing at once', async () => {
    const engine = engineFor({ Resources: { L: machine({ ...pass, TimeoutSeconds: 30 * 86400 }) } });
    const record = await engine.startSync('arn:aws:states:eu-south-1:000000000000:stateMachine:L', '{"a":1}');
    expect(record).toMatchObject({ status: 'SUCCEEDED', output: '{"a":1}' });
  });

  test('AWS cron expressions keep their meaning (1 = Sunday, 0/5 steps, Europe/Rome)', () => {
    const { Cron } = require('croner') as typeof import('croner');
    const next = (expression: string, from: string) => {
      const { pattern, options } = toCroner(expression);
      const job = new Cron(pattern, { ...options, timezone: 'Europe/Rome', paused: true });
      const runs = job.nextRuns(2, new Date(from)).map((d) => d.toISOString());
      job.stop();
      return runs;
    };
    expect(next('cron(30 8 ? * MON-FRI *)', '2026-11-20T12:00:00Z')).toEqual([
      '2026-11-23T07:30:00.000Z',
      '2026-11-24T07:30:00.000Z',
    ]);
    expect(next('cron(0 9 ? * 2 *)', '2026-11-20T12:00:00Z')).toEqual([
      '2026-11-23T08:00:00.000Z',
      '2026-11-30T08:00:00.000Z',
    ]);
    expect(next('cron(0/5 * ? * MON-FRI *)', '2026-11-20T12:01:00Z')).toEqual([
      '2026-11-20T12:05:00.000Z',
      '2026-11-20T12:10:00.000Z',
    ]);
    expect(() => toCroner('cron(0 9 * *)')).toThrow(LocalStartError);
  });

  test('a port in use is one clear line', async () => {
    const holder: Server = createServer();
    await new Promise<void>((done) => holder.listen(0, done));
    const port = (holder.address() as { port: number }).port;
    await expect(reservePort('dynamodb', port)).rejects.toThrow(
      `port ${port} is already in use (DynamoDB Local); stop the other process or set PORT_DYNAMODB`,
    );
    await new Promise((done) => holder.close(done));
  });

  test('a start that fails halfway stops what it had started', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'local-runtime-fail-'));
    const dynamodb = await reservePort('dynamodb', 0);
    const broken = withResource('Broken', machine({ ...pass, QueryLanguage: 'JSONata' }));
    await expect(
      startLocal({ rootDir: ROOT_DIR, dataDir, template: broken, ephemeralPorts: true, ports: { dynamodb }, log }),
    ).rejects.toThrow(LocalStartError);
    // DynamoDB Local was spawned before the template failed: its port must be free again.
    await expect(reservePort('dynamodb', dynamodb)).resolves.toBe(dynamodb);
    rmSync(dataDir, { recursive: true, force: true });
  });
});

describe('the shared runtime the global setup started', () => {
  test('its URLs reach the workers and each service answers', async () => {
    const urls = localUrls();
    expect(process.env.LOCAL_DATA_DIR).toBeTruthy();
    const clockState = await getClock();
    expect(Math.abs(Date.parse(clockState.now) - (Date.now() + clockState.offsetMs))).toBeLessThan(5000);
    expect(Array.isArray(await mails())).toBe(true);
    const { stateMachines } = await sfn(urls.sfn).send(new ListStateMachinesCommand({}));
    expect(Array.isArray(stateMachines)).toBe(true);
    const ddb = localDynamoClient(urls.dynamodb);
    await expect(ddb.send(new DescribeTableCommand({ TableName: 'no-such-table' }))).rejects.toMatchObject({
      name: 'ResourceNotFoundException',
    });
    ddb.destroy();
  });
});
