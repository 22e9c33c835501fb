/**
 * Jest globalSetup of the 'integration' project: one local runtime for the whole run (DESIGN.md §8),
 * started as `npm start` would be, on a fresh data directory and free ports. Its URLs reach the test
 * workers through the environment, which they inherit.
 *
 * LOCAL_RUNTIME_STACK=<module> runs another stack (e.g. the runtime's fixture) instead of the product's.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startRuntimeProcess } from './local';

export default async function globalSetup(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'procedimenti-it-'));
  const stack = process.env.LOCAL_RUNTIME_STACK;
  // --no-cron: schedules run only when a test calls sweep(), so a background run never races a test.
  const runtime = await startRuntimeProcess(dataDir, { args: ['--no-cron', ...(stack ? ['--stack', stack] : [])] });
  Object.assign(process.env, {
    LOCAL_WEB_URL: runtime.urls.web,
    LOCAL_SES_URL: runtime.urls.ses,
    LOCAL_PEC_URL: runtime.urls.pec,
    LOCAL_SFN_URL: runtime.urls.sfn,
    LOCAL_DYNAMODB_URL: runtime.urls.dynamodb,
    LOCAL_DATA_DIR: dataDir,
  });
  // globalSetup and globalTeardown share this process: hand the handle over.
  (globalThis as { __localRuntime?: typeof runtime }).__localRuntime = runtime;
}
