/** Jest globalTeardown of the 'integration' project: stops the runtime the global setup started. */
import { rmSync } from 'node:fs';
import type { RuntimeProcess } from './local';

export default async function globalTeardown(): Promise<void> {
  const runtime = (globalThis as { __localRuntime?: RuntimeProcess }).__localRuntime;
  if (!runtime) return;
  await runtime.stop();
  // KEEP_LOCAL_DATA=1 keeps the data directory (and its runtime.log) to look into a failure.
  if (process.env.KEEP_LOCAL_DATA) console.log(`local runtime data kept in ${runtime.dataDir}`);
  else rmSync(runtime.dataDir, { recursive: true, force: true });
}
