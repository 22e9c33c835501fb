/**
 * Helpers for tests against the local runtime (DESIGN.md §8): start it as a child process
 * (`startRuntimeProcess`, used by the global setup and by restart tests), and talk to the one the
 * global setup started (`api`, `mails`, `setClock`, `advanceDays`, `sweep`), whose URLs arrive
 * through LOCAL_*_URL environment variables.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Email } from 'aws-ses-v2-local/dist/store';
import type { LocalUrls } from '../../infra/local/runtime';

export type { Email, LocalUrls };

export const ROOT_DIR = resolve(__dirname, '../..');
const READY_TIMEOUT_MS = 120_000;
/** How the dev sign-in (infra/local/dev-users.ts) is told who is calling, as the web console does. */
export const devUserHeaders = (userId: string) => ({ authorization: `Bearer dev.${userId}` });

export interface RuntimeProcess {
  urls: LocalUrls;
  dataDir: string;
  pid: number;
  /** Everything the runtime printed (stdout and stderr), appended across restarts. */
  logFile: string;
  /** SIGTERM to the whole process group (tsx, node, the JVM), SIGKILL if it lingers. */
  stop(): Promise<void>;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function stopGroup(pid: number): Promise<void> {
  if (!groupAlive(pid)) return;
  process.kill(-pid, 'SIGTERM');
  const deadline = Date.now() + 15_000;
  while (groupAlive(pid) && Date.now() < deadline) await sleep(100);
  if (groupAlive(pid)) process.kill(-pid, 'SIGKILL');
}

/**
 * Starts `npm start`'s entry point on `dataDir` with free ports and waits for its READY line. The
 * child leads its own process group, so stop() reaches the JVM too, and writes to a log file rather
 * than a pipe, so nobody has to keep reading it (a full pipe would block the runtime).
 */
export async function startRuntimeProcess(
  dataDir: string,
  options: { args?: string[]; timeoutMs?: number } = {},
): Promise<RuntimeProcess> {
  mkdirSync(dataDir, { recursive: true });
  const logFile = join(dataDir, 'runtime.log');
  const offset = existsSync(logFile) ? statSync(logFile).size : 0;
  const fd = openSync(logFile, 'a');
  const args = [
    'infra/local/start.ts',
    '--ephemeral-ports',
    '--json-ready',
    '--exit-on-stdin-close',
    '--data-dir',
    dataDir,
    ...(options.args ?? []),
  ];
  let child: ChildProcess;
  try {
    // stdin is a lifeline: if this process dies without stop(), the pipe closes and the runtime stops itself.
    child = spawn(join(ROOT_DIR, 'node_modules/.bin/tsx'), args, {
      cwd: ROOT_DIR,
      detached: true,
      stdio: ['pipe', fd, fd],
    });
  } finally {
    closeSync(fd);
  }
  child.unref();
  const lifeline = child.stdin as unknown as { unref?: () => void };
  lifeline.unref?.(); // the open pipe must not keep jest alive
  const pid = child.pid as number;
  let exitCode: number | null | undefined;
  child.once('exit', (code) => {
    exitCode = code;
  });
  const output = () => readFileSync(logFile, 'utf8').slice(offset);

  const deadline = Date.now() + (options.timeoutMs ?? READY_TIMEOUT_MS);
  for (;;) {
    const ready = /^READY (.+)$/m.exec(output());
    if (ready) {
      const stop = async () => {
        await stopGroup(pid);
        child.stdin?.destroy();
      };
      return { urls: JSON.parse(ready[1]) as LocalUrls, dataDir, pid, logFile, stop };
    }
    if (exitCode !== undefined) {
      child.stdin?.destroy();
      throw new Error(`the local runtime exited (code ${exitCode}) before READY:\n${output()}`);
    }
    if (Date.now() > deadline) {
      await stopGroup(pid);
      child.stdin?.destroy();
      throw new Error(
        `the local runtime was not READY within ${(options.timeoutMs ?? READY_TIMEOUT_MS) / 1000} s:\n${output()}`,
      );
    }
    await sleep(100);
  }
}

/** The URLs of the runtime the global setup started. */
export function localUrls(): LocalUrls {
  const web = process.env.LOCAL_WEB_URL;
  if (!web) throw new Error('LOCAL_WEB_URL is not set: run through jest (the integration project starts the runtime)');
  return {
    web,
    api: `${web}/api/v1`,
    ses: process.env.LOCAL_SES_URL ?? '',
    pec: process.env.LOCAL_PEC_URL ?? '',
    sfn: process.env.LOCAL_SFN_URL ?? '',
    dynamodb: process.env.LOCAL_DYNAMODB_URL ?? '',
  };
}

// biome-ignore lint/suspicious/noExplicitAny: tests assert on bodies rather than type them; `unknown` would only add casts
export interface ApiResponse<T = any> {
  status: number;
  headers: Headers;
  /** The parsed body when it is JSON (including problem+json), else undefined. */
  json: T;
  text: string;
}

export interface ApiOptions {
  method?: string;
  /** An object is sent as JSON; a string as it is. */
  body?: unknown;
  /** A dev user id (infra/local/dev-users.ts), sent as the console's sign-in does. */
  user?: string;
  headers?: Record<string, string>;
  /** Defaults to the global runtime's web URL. */
  baseUrl?: string;
}

/** Calls the web server: `api('/api/v1/procedures', { method: 'POST', body, user: 'u-officer' })`. */
// biome-ignore lint/suspicious/noExplicitAny: as ApiResponse
export async function api<T = any>(path: string, options: ApiOptions = {}): Promise<ApiResponse<T>> {
  const headers: Record<string, string> = { ...(options.user ? devUserHeaders(options.user) : {}), ...options.headers };
  let body: string | undefined;
  if (typeof options.body === 'string') body = options.body;
  else if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers['content-type'] ??= 'application/json';
  }
  const res = await fetch(`${options.baseUrl ?? localUrls().web}${path}`, {
    method: options.method ?? (body === undefined ? 'GET' : 'POST'),
    headers,
    body,
  });
  const text = await res.text();
  let json: unknown;
  if (/json/.test(res.headers.get('content-type') ?? '') && text !== '') {
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined; // a handler may label any string JSON (the v2 default for string results)
    }
  }
  return { status: res.status, headers: res.headers, json: json as T, text };
}

async function localCall<T>(path: string, body?: unknown, baseUrl?: string): Promise<T> {
  const res = await api<T>(path, { method: body === undefined ? 'GET' : 'POST', body, baseUrl });
  if (res.status !== 200) throw new Error(`${path} answered ${res.status}: ${res.text}`);
  return res.json;
}

/** Every mail the local SES received, oldest first (optionally only those since an epoch second). */
export async function mails(options: { since?: number; sesUrl?: string } = {}): Promise<Email[]> {
  const query = options.since === undefined ? '' : `?since=${Math.floor(options.since)}`;
  const res = await fetch(`${options.sesUrl ?? localUrls().ses}/store${query}`);
  if (!res.ok) throw new Error(`SES /store answered ${res.status}`);
  return ((await res.json()) as { emails: Email[] }).emails;
}

export interface ClockState {
  now: string;
  offsetMs: number;
}

/** Moves the runtime's clock so that now = `to`. The offset persists across restarts. */
export const setClock = (to: string | Date, baseUrl?: string) =>
  localCall<ClockState>('/_local/clock', { to: typeof to === 'string' ? to : to.toISOString() }, baseUrl);

export const advanceDays = (days: number, baseUrl?: string) =>
  localCall<ClockState>('/_local/clock', { advanceDays: days }, baseUrl);

export const resetClock = (baseUrl?: string) => localCall<ClockState>('/_local/clock', { reset: true }, baseUrl);

export const getClock = (baseUrl?: string) => localCall<ClockState>('/_local/clock', undefined, baseUrl);

/** Runs a schedule now (the first of the template if none is named) and returns its target's result. */
export const sweep = <T = unknown>(schedule?: string, baseUrl?: string) =>
  localCall<T>('/_local/sweep', schedule ? { schedule } : {}, baseUrl);
