/**
 * `npm run bench`: applications accepted per second through the local HTTP API with 20 concurrent
 * clients, next to the floor measured in the same run: the same DynamoDB writes an application makes,
 * sent straight to DynamoDB Local by 20 concurrent clients. Prints throughput, p50/p99 and the ratio.
 * Target (foundation issue): the application path reaches at least 50% of the floor.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, PutCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { bando, candidate } from '../test/support/fixtures';
import { api, setClock, startRuntimeProcess } from '../test/support/local';

const CLIENTS = 20;
const N = Number(process.env.BENCH_APPLICATIONS ?? 1000);
const WARMUP = 100;

interface Run {
  label: string;
  perSecond: number;
  p50: number;
  p99: number;
  errors: number;
}

async function drive(label: string, total: number, one: (i: number) => Promise<boolean>): Promise<Run> {
  const latencies: number[] = [];
  let next = 0;
  let errors = 0;
  const began = performance.now();
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      for (let i = next++; i < total; i = next++) {
        const t = performance.now();
        if (!(await one(i))) errors += 1;
        latencies.push(performance.now() - t);
      }
    }),
  );
  const seconds = (performance.now() - began) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))];
  return { label, perSecond: (total - errors) / seconds, p50: at(0.5), p99: at(0.99), errors };
}

async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-'));
  const rt = await startRuntimeProcess(dataDir, { args: ['--no-cron'] });
  try {
    const web = rt.urls.web;
    await setClock('2026-03-02T08:00:00.000Z', web);
    const created = await api('/api/v1/procedures', { body: bando(), user: 'hr.stresa', baseUrl: web });
    const id = created.json.id as string;
    const pub = await api(`/api/v1/procedures/${id}/actions/publish-guri`, {
      body: { expectedVersion: 1, guriPublicationDate: '2026-03-02', guriReference: 'GU' },
      user: 'hr.stresa',
      baseUrl: web,
    });
    if (pub.status !== 200) throw new Error(`publish failed: ${pub.text}`);

    const apply = async (i: number) => {
      const r = await api(`/api/v1/public/concorsi/${id}/applications`, { body: candidate(i), baseUrl: web });
      return r.status === 201;
    };
    await drive('warm-up', WARMUP, (i) => apply(100_000 + i));
    const path = await drive('application path (HTTP → handler → DynamoDB + SES)', N, apply);

    // The floor: per application, the protocol counter, the five-item transaction and the outbox mark.
    const ddb = DynamoDBDocumentClient.from(
      new DynamoDBClient({
        endpoint: rt.urls.dynamodb,
        region: 'eu-south-1',
        credentials: { accessKeyId: 'x', secretAccessKey: 'y' },
      }),
    );
    const TableName = (JSON.parse(readFileSync(join(dataDir, 'runtime.json'), 'utf8')) as { tableName: string })
      .tableName;
    const pk = 'E#bench#PROC#floor';
    await ddb.send(new PutCommand({ TableName, Item: { pk, sk: 'META', phase: 'PUBLISHED' } }));
    const write = async (i: number) => {
      const app = candidate(i);
      await ddb.send(
        new UpdateCommand({
          TableName,
          Key: { pk, sk: 'COUNTER#protocol' },
          UpdateExpression: 'ADD seq :one',
          ExpressionAttributeValues: { ':one': 1 },
        }),
      );
      await ddb.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              ConditionCheck: {
                TableName,
                Key: { pk, sk: 'META' },
                ConditionExpression: '#p IN (:p)',
                ExpressionAttributeNames: { '#p': 'phase' },
                ExpressionAttributeValues: { ':p': 'PUBLISHED' },
              },
            },
            {
              Put: {
                TableName,
                Item: { pk, sk: `TAX#${app.taxCode}`, n: i },
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
            {
              Put: { TableName, Item: { pk, sk: `APP#${i}`, ...app }, ConditionExpression: 'attribute_not_exists(pk)' },
            },
            {
              Put: {
                TableName,
                Item: { pk, sk: `APPEVT#${i}#000001`, type: 'APPLICATION_RECEIVED', payload: { n: i } },
              },
            },
            {
              Put: {
                TableName,
                Item: {
                  pk,
                  sk: `MSG#${i}`,
                  status: 'PENDING',
                  text: 'x'.repeat(1500),
                  duePk: 'DUE#0',
                  dueSk: `2026#${i}`,
                },
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
          ],
        }),
      );
      await ddb.send(
        new UpdateCommand({
          TableName,
          Key: { pk, sk: `MSG#${i}` },
          UpdateExpression: 'SET #s = :s REMOVE duePk, dueSk',
          ExpressionAttributeNames: { '#s': 'status' },
          ExpressionAttributeValues: { ':s': 'SENT' },
        }),
      );
      return true;
    };
    await drive('warm-up', WARMUP, (i) => write(100_000 + i));
    const floor = await drive('floor (same DynamoDB writes, direct)', N, write);

    const fmt = (r: Run) =>
      `${r.label.padEnd(52)} ${r.perSecond.toFixed(1).padStart(8)} /s   p50 ${r.p50.toFixed(1).padStart(6)} ms   p99 ${r.p99.toFixed(1).padStart(6)} ms   errors ${r.errors}`;
    console.log(`\n${N} applications, ${CLIENTS} concurrent clients, DynamoDB Local (Java), one machine`);
    console.log(fmt(path));
    console.log(fmt(floor));
    const ratio = path.perSecond / floor.perSecond;
    console.log(`ratio application path / floor: ${(ratio * 100).toFixed(0)}% (target ≥ 50%)`);
    if (path.errors || floor.errors) process.exitCode = 1;
  } finally {
    await rt.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
