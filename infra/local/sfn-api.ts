/**
 * The Step Functions service endpoint for `@aws-sdk/client-sfn` (SFN_ENDPOINT): awsJson1_0 over
 * node:http, the operations the application uses. Clients must set `disableHostPrefix: true`, or
 * StartSyncExecution would call `sync-<host>`.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Logger } from './log';
import { type ExecutionRecord, SfnApiError, type SfnEngine } from './sfn-engine';

const MAX_REQUEST_BYTES = 1024 * 1024;

type Operation = (engine: SfnEngine, body: Record<string, unknown>) => Promise<unknown> | unknown;

const seconds = (ms: number | undefined) => (ms === undefined ? undefined : ms / 1000);

function describe(record: ExecutionRecord) {
  return {
    executionArn: record.executionArn,
    stateMachineArn: record.stateMachineArn,
    name: record.name,
    status: record.status,
    startDate: seconds(record.startDate),
    stopDate: seconds(record.stopDate),
    input: record.input,
    inputDetails: { included: true },
    ...(record.output !== undefined ? { output: record.output, outputDetails: { included: true } } : {}),
    ...(record.error !== undefined ? { error: record.error } : {}),
    ...(record.cause !== undefined ? { cause: record.cause } : {}),
  };
}

const str = (value: unknown) => (typeof value === 'string' ? value : undefined);

const operations: Record<string, Operation> = {
  StartSyncExecution: async (engine, body) => {
    const record = await engine.startSync(String(body.stateMachineArn), str(body.input), str(body.name));
    return {
      ...describe(record),
      billingDetails: { billedDurationInMilliseconds: (record.stopDate ?? 0) - record.startDate },
    };
  },
  StartExecution: (engine, body) => {
    const record = engine.start(String(body.stateMachineArn), str(body.input), str(body.name));
    return { executionArn: record.executionArn, startDate: seconds(record.startDate) };
  },
  DescribeExecution: (engine, body) => describe(engine.describe(String(body.executionArn))),
  ListStateMachines: (engine) => ({
    stateMachines: engine.list().map((m) => ({
      stateMachineArn: m.arn,
      name: m.name,
      type: m.type,
      creationDate: seconds(m.createdAt),
    })),
  }),
  DescribeStateMachine: (engine, body) => {
    const m = engine.machine(String(body.stateMachineArn));
    return {
      stateMachineArn: m.arn,
      name: m.name,
      type: m.type,
      status: 'ACTIVE',
      definition: JSON.stringify(m.definition),
      roleArn: 'local',
      creationDate: seconds(m.createdAt),
    };
  },
};

function send(res: ServerResponse, status: number, body: unknown, errorType?: string) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/x-amz-json-1.0',
    'content-length': Buffer.byteLength(text),
    'x-amzn-requestid': randomUUID(),
    ...(errorType ? { 'x-amzn-errortype': errorType } : {}),
  });
  res.end(text);
}

const apiError = (res: ServerResponse, status: number, error: Pick<SfnApiError, 'type' | 'message'>) =>
  send(res, status, { __type: error.type, message: error.message }, error.type);

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_REQUEST_BYTES) throw new SfnApiError('ValidationException', 'request too large');
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  try {
    return text ? (JSON.parse(text) as Record<string, unknown>) : {};
  } catch {
    throw new SfnApiError('SerializationException', 'request body is not JSON');
  }
}

export function createSfnApi(engine: SfnEngine, log: Logger): Server {
  return createServer(async (req, res) => {
    const target = String(req.headers['x-amz-target'] ?? '');
    const operation = target.startsWith('AWSStepFunctions.')
      ? operations[target.slice('AWSStepFunctions.'.length)]
      : undefined;
    try {
      const body = await readJson(req);
      if (!operation)
        throw new SfnApiError('UnknownOperationException', `operation ${target || '(none)'} is not emulated locally`);
      send(res, 200, await operation(engine, body));
    } catch (error) {
      if (error instanceof SfnApiError) return apiError(res, 400, error);
      log.error(`Step Functions API ${target} failed`, error);
      apiError(res, 500, { type: 'InternalFailure', message: String(error) });
    }
  });
}
