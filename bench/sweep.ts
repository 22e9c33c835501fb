/**
 * Sweep cost against stored volume (DESIGN.md §4: cost grows with due items, not with stored items):
 * 100,000 open deadlines stored in the due index, none due → one sweep; then 100 deadlines of real
 * concorsi fall due → one sweep. Prints items read and time for each: the read must follow the due count.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { BatchWriteCommand, DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { dueKeys } from '../shared/store/keys';
import { bando } from '../test/support/fixtures';
import { api, setClock, startRuntimeProcess, sweep } from '../test/support/local';

const STORED = Number(process.env.BENCH_STORED_DEADLINES ?? 100_000);
const DUE = Number(process.env.BENCH_DUE_DEADLINES ?? 100);

interface SweepReport {
  due: number;
  expired: number;
  failed: number;
}

async function timedSweep(web: string) {
  const t = performance.now();
  const report = await sweep<SweepReport>(undefined, web);
  return { report, ms: performance.now() - t };
}

async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-sweep-'));
  const rt = await startRuntimeProcess(dataDir, { args: ['--no-cron'] });
  try {
    const web = rt.urls.web;
    const TableName = (JSON.parse(readFileSync(join(dataDir, 'runtime.json'), 'utf8')) as { tableName: string })
      .tableName;
    const ddb = DynamoDBDocumentClient.from(
      new DynamoDBClient({
        endpoint: rt.urls.dynamodb,
        region: 'eu-south-1',
        credentials: { accessKeyId: 'x', secretAccessKey: 'y' },
      }),
    );
    await setClock('2026-03-02T08:00:00.000Z', web);

    // 100 concorsi published on 2 March 2026: their application terms fall due on 1 April 2026.
    for (let i = 0; i < DUE; i++) {
      const id = (await api('/api/v1/procedures', { body: bando(), user: 'hr.stresa', baseUrl: web })).json.id;
      const pub = await api(`/api/v1/procedures/${id}/actions/publish-guri`, {
        body: { expectedVersion: 1, guriPublicationDate: '2026-03-02', guriReference: 'GU' },
        user: 'hr.stresa',
        baseUrl: web,
      });
      if (pub.status !== 200) throw new Error(pub.text);
    }
    // 100,000 open terms due in 2027–2036, stored in the same sparse index.
    const began = performance.now();
    const rows = Array.from({ length: STORED }, (_, i) => {
      const pk = `E#bench#PROC#bench.${Math.floor(i / 10)}`;
      const key = `DL#term${i % 10}`;
      const dueAt = new Date(Date.UTC(2027 + (i % 10), i % 12, 1 + (i % 28), 21, 59, 59, 999)).toISOString();
      return { pk, sk: key, status: 'OPEN', dueAt, ...dueKeys(pk, key, dueAt) };
    });
    let next = 0;
    await Promise.all(
      Array.from({ length: 16 }, async () => {
        for (let start = next; start < rows.length; start = next) {
          next += 25;
          await ddb.send(
            new BatchWriteCommand({
              RequestItems: { [TableName]: rows.slice(start, start + 25).map((Item) => ({ PutRequest: { Item } })) },
            }),
          );
        }
      }),
    );
    console.log(`stored ${STORED} open deadlines in ${((performance.now() - began) / 1000).toFixed(1)} s`);

    await setClock('2026-03-20T08:00:00.000Z', web);
    const none = await timedSweep(web);
    await setClock('2026-04-02T08:00:00.000Z', web);
    const some = await timedSweep(web);

    console.log(`\nsweep over ${STORED + DUE} open deadlines in the due index (DynamoDB Local)`);
    console.log(`  0 due:   items read ${String(none.report.due).padStart(5)}   ${none.ms.toFixed(0).padStart(6)} ms`);
    console.log(
      `  ${DUE} due: items read ${String(some.report.due).padStart(5)}   ${some.ms.toFixed(0).padStart(6)} ms   expired ${some.report.expired}, failed ${some.report.failed}`,
    );
    console.log(
      `  per due item: ${(some.ms / Math.max(1, some.report.expired)).toFixed(1)} ms (each a full expiry transition through the state machine)`,
    );
    if (none.report.due !== 0 || some.report.due !== DUE || some.report.expired !== DUE) process.exitCode = 1;
  } finally {
    await rt.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
