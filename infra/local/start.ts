/**
 * `npm start`: the whole system on this machine (DESIGN.md §6).
 *
 *   tsx infra/local/start.ts [--data-dir <dir>] [--ephemeral-ports] [--json-ready] [--no-cron]
 *                            [--exit-on-stdin-close] [--stack <module>]
 *
 * --data-dir       where data lives (default .local/); a restart on it keeps everything
 * --ephemeral-ports  free ports instead of 3000/8005/8083/8000/8084 (PORT_WEB, PORT_SES, PORT_SFN, PORT_DYNAMODB,
 *                  PORT_PEC)
 * --json-ready     print `READY {urls}` (also when stdout is not a terminal): the line test harnesses wait for
 * --no-cron        schedules run only through POST /_local/sweep (deterministic tests)
 * --exit-on-stdin-close  stop when stdin closes: a harness that dies (even SIGKILLed) takes the runtime
 *                  and its JVM along instead of leaving them orphaned
 * --stack          a module exporting `createStack(app)` (and optionally `authenticate`, `users`) to run instead
 *                  of the product stack: the runtime's own fixture uses it
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { authenticateDevUser, devUsers } from './dev-users';
import { LocalStartError } from './errors';
import type { Authenticate } from './http';
import { type LocalRuntime, startLocal } from './runtime';
import type { StackFactory } from './template';

const rootDir = resolve(__dirname, '../..');

interface Args {
  dataDir: string;
  ephemeralPorts: boolean;
  jsonReady: boolean;
  cron: boolean;
  exitOnStdinClose: boolean;
  stack?: string;
}

function parseArgs(argv: string[]): Args {
  const args: Args = {
    dataDir: resolve(rootDir, '.local'),
    ephemeralPorts: false,
    jsonReady: false,
    cron: true,
    exitOnStdinClose: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new LocalStartError(`${argv[i - 1]} needs a value`);
      return next;
    };
    switch (argv[i]) {
      case '--data-dir':
        args.dataDir = resolve(value());
        break;
      case '--ephemeral-ports':
        args.ephemeralPorts = true;
        break;
      case '--json-ready':
        args.jsonReady = true;
        break;
      case '--no-cron':
        args.cron = false;
        break;
      case '--exit-on-stdin-close':
        args.exitOnStdinClose = true;
        break;
      case '--stack':
        args.stack = resolve(value());
        break;
      default:
        throw new LocalStartError(`unknown option ${argv[i]} (see the header of infra/local/start.ts)`);
    }
  }
  return args;
}

interface Identity {
  authenticate?: Authenticate;
  users?: unknown[];
}

/** The dev sign-in, or what a --stack module brings along (the fixture has its own users). */
function identity(stackModule?: Record<string, unknown>): Identity {
  if (stackModule?.authenticate)
    return { authenticate: stackModule.authenticate as Authenticate, users: stackModule.users as unknown[] };
  return { authenticate: authenticateDevUser, users: devUsers };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const began = Date.now();
  const stackModule = args.stack ? (require(args.stack) as Record<string, unknown>) : undefined;
  const runtime: LocalRuntime = await startLocal({
    rootDir,
    dataDir: args.dataDir,
    ephemeralPorts: args.ephemeralPorts,
    cron: args.cron,
    stack: stackModule?.createStack as StackFactory | undefined,
    ...identity(stackModule),
  });

  let stoppingSince: number | undefined;
  const shutdown = (signal: string) => {
    if (stoppingSince !== undefined) {
      // tsx may relay the terminal's Ctrl-C a second time within milliseconds: only a later one means "force".
      if (Date.now() - stoppingSince > 1500) process.exit(1);
      return;
    }
    stoppingSince = Date.now();
    console.log(`\n${signal}: stopping…`);
    runtime.stop().then(
      () => process.exit(0),
      (error) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  if (args.exitOnStdinClose) {
    process.stdin.on('end', () => shutdown('stdin closed'));
    process.stdin.resume();
  }

  const { urls } = runtime;
  console.log(
    [
      '',
      `Procedimenti is running locally (started in ${((Date.now() - began) / 1000).toFixed(1)} s, data in ${args.dataDir})`,
      `  web console   ${urls.web}/`,
      `  API           ${urls.api}`,
      `  OpenAPI       ${urls.web}/api/openapi.json`,
      `  mail viewer   ${urls.ses}/`,
      `  PEC viewer    ${urls.pec}/`,
      `  Step Functions endpoint  ${urls.sfn}`,
      `  DynamoDB endpoint        ${urls.dynamodb}`,
      `  local clock   ${urls.web}/_local/clock   sweep: POST ${urls.web}/_local/sweep`,
      args.cron ? '' : '  schedules run only on POST /_local/sweep (--no-cron)',
      'Ctrl-C to stop.',
    ].join('\n'),
  );
  // For companion commands (npm run audit:verify, npm run bench): where this runtime listens.
  writeFileSync(
    join(args.dataDir, 'runtime.json'),
    JSON.stringify({ urls, tableName: process.env.TABLE_NAME, pid: process.pid }),
  );
  if (args.jsonReady || !process.stdout.isTTY) console.log(`READY ${JSON.stringify(urls)}`);
}

main().catch((error) => {
  if (error instanceof LocalStartError) console.error(`cannot start: ${error.message}`);
  else console.error(error);
  process.exit(1);
});
