/**
 * `npm run audit:verify [-- --data-dir .local]`: checks every hash chain in the local runtime's table
 * (which must be running). Exit 0 when all chains verify, 1 otherwise, with one line per procedure.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

async function main() {
  const i = process.argv.indexOf('--data-dir');
  const dataDir = resolve(i > 0 ? process.argv[i + 1] : '.local');
  let info: { urls: { dynamodb: string }; tableName: string };
  try {
    info = JSON.parse(readFileSync(resolve(dataDir, 'runtime.json'), 'utf8'));
  } catch {
    console.error(`No running local runtime found in ${dataDir} (runtime.json missing): start it with npm start.`);
    process.exit(1);
  }
  process.env.DYNAMODB_ENDPOINT = info.urls.dynamodb;
  process.env.TABLE_NAME = info.tableName;
  process.env.AWS_REGION ??= 'eu-south-1';
  const { verifyAll } = await import('../../shared/audit/verify-store');
  const results = await verifyAll();
  let failed = 0;
  for (const r of results) {
    const ok = r.problems.length === 0;
    if (!ok) failed += 1;
    console.log(
      `${ok ? 'OK  ' : 'FAIL'} ${r.procedure}: ${r.events} events, ${r.applications} applications${ok ? '' : `\n     ${r.problems.join('\n     ')}`}`,
    );
  }
  console.log(`${results.length} procedures checked, ${failed} with broken chains.`);
  process.exit(failed ? 1 : 0);
}

main().catch((error) => {
  console.error(`audit:verify failed: ${(error as Error).message}`);
  process.exit(1);
});
