/**
 * The embedded local runtime (DESIGN.md §6): one process that runs a synthesized template on
 * DynamoDB Local, the ASL executor, a local SES, a local PEC gateway, a cron scheduler and an HTTP
 * router, with the same handler code that runs on AWS. `startLocal` composes the modules of this
 * folder; each owns one service.
 */
import { mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import { join, resolve } from 'node:path';
import { routesFromTemplate } from './api-gateway';
import { CfnResolver, LOCAL_REGION } from './cfn';
import { clockEndpoints, loadClock } from './clock-control';
import { createTables, startDynamo } from './dynamodb';
import { LocalStartError } from './errors';
import { type Authenticate, createRouter, type LocalEndpoints } from './http';
import { LambdaInvoker } from './lambda';
import { consoleLogger, type Logger } from './log';
import { startPec } from './pec';
import { configuredPort, listen, type Service, url } from './ports';
import { Scheduler, schedulesFromTemplate } from './scheduler';
import { startSes } from './ses';
import { createSfnApi } from './sfn-api';
import { SfnEngine } from './sfn-engine';
import { type CfnTemplate, productTemplate, type StackFactory, synthTemplate } from './template';

export interface LocalOptions {
  /** The repository root: handler entries and web/ are relative to it. */
  rootDir: string;
  /** Where DynamoDB data, mail, PEC messages, the clock offset and the execution log live; a restart keeps them. */
  dataDir: string;
  /** Listen on free ports instead of the defaults (tests). */
  ephemeralPorts?: boolean;
  /** Explicit ports, winning over defaults, env and ephemeralPorts (an in-process restart on the same ports). */
  ports?: Partial<Record<Service, number>>;
  /** Claims for a JWT route's request, or null for 401. Without it every JWT route answers 401. */
  authenticate?: Authenticate;
  /** What `GET /_local/users` lists (the dev sign-in's users). */
  users?: unknown[];
  log?: Logger;
  /** Run this template instead of synthesizing one (tests). */
  template?: CfnTemplate;
  /** Synthesize this stack instead of the product stack. */
  stack?: StackFactory;
  /** Run schedules on their cron (default). When false they run only through `/_local/sweep`. */
  cron?: boolean;
}

export interface LocalUrls {
  web: string;
  api: string;
  ses: string;
  sfn: string;
  dynamodb: string;
  /** The local PEC gateway and its viewer. */
  pec: string;
}

export interface LocalRuntime {
  urls: LocalUrls;
  template: CfnTemplate;
  scheduler: Scheduler;
  stop(): Promise<void>;
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((done) => server.close(() => done()));
}

export async function startLocal(options: LocalOptions): Promise<LocalRuntime> {
  const log = options.log ?? consoleLogger;
  const rootDir = resolve(options.rootDir);
  const dataDir = resolve(options.dataDir);
  mkdirSync(dataDir, { recursive: true });
  const port = (service: Service) =>
    options.ports?.[service] ?? configuredPort(service, options.ephemeralPorts ?? false);

  // Everything started so far, stopped in reverse if a later step fails: a half-started runtime
  // must not keep a JVM or a listening socket (and jest) alive.
  const stoppers: (() => Promise<void>)[] = [];
  const stopAll = async () => {
    for (const stop of stoppers.splice(0).reverse()) {
      await stop().catch((error) => log.error('error while stopping', error));
    }
  };

  try {
    loadClock(dataDir, log);
    // The JVM boots (4–5 s) while the template is synthesized or read and the handlers load.
    const dynamo = await startDynamo({ dataDir, port: port('dynamodb'), log });
    stoppers.push(dynamo.stop);
    let mark = Date.now();
    const lap = (what: string) => {
      log.info(`${what} in ${((Date.now() - mark) / 1000).toFixed(1)} s`);
      mark = Date.now();
    };
    let template: CfnTemplate;
    if (options.template) template = options.template;
    else if (options.stack) {
      template = synthTemplate(options.stack);
      lap('synthesized the template');
    } else {
      const product = productTemplate(rootDir);
      template = product.template;
      lap(product.cached ? 'loaded the template (cached synth)' : 'synthesized the template');
    }
    const resolver = new CfnResolver(template);

    const lambdas = LambdaInvoker.fromTemplate(template, resolver, rootDir);
    const functionEnv = lambdas.mergedEnvironment();
    const engine = SfnEngine.fromTemplate(template, resolver, lambdas, { dataDir, log });

    const invokeTarget = async (arn: string, event: unknown) => {
      if (lambdas.has(arn)) return lambdas.invoke(arn, event);
      if (arn.startsWith('arn:aws:states:')) return engine.start(arn, JSON.stringify(event));
      throw new Error(`no local target ${arn}`);
    };
    const schedules = schedulesFromTemplate(template, resolver);
    for (const s of schedules) {
      for (const t of s.targets) {
        if (!lambdas.has(t.arn) && !engine.list().some((m) => m.arn === t.arn)) {
          throw new LocalStartError(`schedule ${s.logicalId}: target ${t.arn} has no local emulation`);
        }
      }
    }
    const scheduler = new Scheduler(schedules, invokeTarget, log);
    // Every template check runs before waiting for the JVM: a bad template fails fast.
    const routes = routesFromTemplate(template, resolver, lambdas);

    const ses = await startSes({ dataDir, port: port('ses'), log });
    stoppers.push(ses.stop);
    const pec = await startPec({ dataDir, port: port('pec'), log });
    stoppers.push(pec.stop);
    const sfnServer = createSfnApi(engine, log);
    const sfnUrl = url(await listen(sfnServer, 'sfn', port('sfn')));
    stoppers.push(() => closeServer(sfnServer));
    // Stopped before the services it calls: running executions are aborted and recorded.
    stoppers.push(() => engine.stop());

    // One process, one environment: the handlers' variables plus the endpoints of the local services,
    // set before any handler module is loaded (clients read them when first built).
    Object.assign(process.env, functionEnv, {
      AWS_REGION: LOCAL_REGION,
      AWS_DEFAULT_REGION: LOCAL_REGION,
      AWS_ACCESS_KEY_ID: 'local',
      AWS_SECRET_ACCESS_KEY: 'local',
      DYNAMODB_ENDPOINT: dynamo.endpoint,
      SES_ENDPOINT: ses.url,
      PEC_ENDPOINT: pec.url,
      SFN_ENDPOINT: sfnUrl,
      LOCAL_RUNTIME: '1',
    });
    lambdas.preload();
    lap(`loaded ${lambdas.functions.length} handlers`);

    await dynamo.ready;
    await createTables(dynamo.client, template, resolver, log);

    const localEndpoints: LocalEndpoints = {
      ...clockEndpoints(dataDir, scheduler, log),
      'GET /_local/users': async () => ({ body: options.users ?? [] }),
      // The console links the mail viewer from here; filled in once the web port is known.
      'GET /_local/info': async () => ({ body: { urls: info } }),
    };
    let info: LocalUrls | undefined;
    const web = createRouter({
      routes,
      lambdas,
      authenticate: options.authenticate,
      localEndpoints,
      mounts: [
        { prefix: '/vendor/bootstrap-italia/', dir: join(rootDir, 'node_modules/bootstrap-italia/dist') },
        { prefix: '/', dir: join(rootDir, 'web') },
      ],
      log,
    });
    const webUrl = url(await listen(web, 'web', port('web')));
    // Scheduled runs finish before the services they use go away; no request arrives after the router closes.
    stoppers.push(() => scheduler.stop());
    stoppers.push(() => closeServer(web));

    if (options.cron ?? true) scheduler.start();

    info = {
      web: webUrl,
      api: `${webUrl}/api/v1`,
      ses: ses.url,
      sfn: sfnUrl,
      dynamodb: dynamo.endpoint,
      pec: pec.url,
    };
    return {
      urls: info,
      template,
      scheduler,
      stop: stopAll,
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
