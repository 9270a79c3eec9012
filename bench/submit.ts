/**
 * Submit benchmark: 32 concurrent clients POST reports over HTTP to the local stack (its own
 * process), against the floor of a raw PutItem of a same-size item on the same dynalite (a third
 * process), measured in the same run.
 */
import { PutItemCommand } from '@aws-sdk/client-dynamodb';
import { performance } from 'node:perf_hooks';
import { createDynamoClient } from '../functions/runtime/deps.js';
import { startDynaliteProcess, startStackProcess } from '../test/helpers/processes.js';
import { benchPlan, benchReports } from './fixtures.js';
import { round } from './timing.js';

const CLIENTS = 32;
const PER_CLIENT = 25;
const WARMUP_PER_CLIENT = 3;
const QUARTER = '2024-Q2';

export interface SubmitResult {
  clients: number;
  submissions: number;
  p50Ms: number;
  p99Ms: number;
  throughputPerS: number;
  putItemP50Ms: number;
  putItemP99Ms: number;
  ratioVsPutItem: number;
}

export async function benchSubmit(): Promise<SubmitResult> {
  const store = await startDynaliteProcess();
  const stack = await startStackProcess({ DYNAMODB_ENDPOINT: store.endpoint, ADMIN_EMAILS: 'admin@bench.local' });
  try {
    const plan = benchPlan(CLIENTS);
    const reports = benchReports(plan, QUARTER);
    const admin = await stack.token('admin@bench.local');
    await call(stack.url, 'PUT', `/v1/plans/${plan.id}`, admin, plan, 201);
    const tokens = await Promise.all(
      plan.units.map(async (u) => {
        const email = `${u.id}@bench.local`;
        await call(stack.url, 'PUT', `/v1/plans/${plan.id}/members/${email}`, admin, { role: 'reporter', unitId: u.id }, 200);
        return stack.token(email);
      }),
    );

    // Each client is one unit's reporter, submitting corrections one after another, as the add-in would.
    const submitOnce = async (client: number, n: number) => {
      const body = { unitId: plan.units[client]!.id, period: QUARTER, data: reports[client]!.data, idempotencyKey: `bench-${client}-${n}-${Date.now()}` };
      const start = performance.now();
      await call(stack.url, 'POST', `/v1/plans/${plan.id}/reports`, tokens[client]!, body, 201);
      return performance.now() - start;
    };
    await runClients(CLIENTS, WARMUP_PER_CLIENT, submitOnce);
    const started = performance.now();
    const submitTimes = await runClients(CLIENTS, PER_CLIENT, submitOnce);
    const elapsedS = (performance.now() - started) / 1000;

    // The floor: PutItem of an item as large as a stored version, same concurrency, same dynalite.
    const client = createDynamoClient(store.endpoint);
    const dataJson = JSON.stringify(reports[0]!.data);
    const putOnce = async (c: number, n: number) => {
      const start = performance.now();
      await client.send(
        new PutItemCommand({
          TableName: 'tthc-scorecards',
          Item: { pk: { S: `BENCH#${c}` }, sk: { S: `V#${n}` }, data: { S: dataJson }, submittedAt: { S: new Date().toISOString() }, submittedBy: { S: 'bench@bench.local' }, warnings: { S: '[]' } },
        }),
      );
      return performance.now() - start;
    };
    await runClients(CLIENTS, WARMUP_PER_CLIENT, putOnce);
    const putTimes = await runClients(CLIENTS, PER_CLIENT, putOnce);
    client.destroy();

    const result: SubmitResult = {
      clients: CLIENTS,
      submissions: submitTimes.length,
      p50Ms: percentile(submitTimes, 50),
      p99Ms: percentile(submitTimes, 99),
      throughputPerS: round(submitTimes.length / elapsedS, 1),
      putItemP50Ms: percentile(putTimes, 50),
      putItemP99Ms: percentile(putTimes, 99),
      ratioVsPutItem: round(percentile(submitTimes, 50) / percentile(putTimes, 50)),
    };
    console.log(`\nSubmit over HTTP (${CLIENTS} concurrent clients × ${PER_CLIENT}) vs raw PutItem on the same dynalite`);
    console.table([result]);
    return result;
  } finally {
    await stack.stop();
    await store.stop();
  }
}

async function runClients(clients: number, perClient: number, once: (client: number, n: number) => Promise<number>): Promise<number[]> {
  const times: number[] = [];
  await Promise.all(
    Array.from({ length: clients }, async (_, c) => {
      for (let n = 0; n < perClient; n++) times.push(await once(c, n));
    }),
  );
  return times;
}

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!);
}

async function call(url: string, method: string, path: string, bearer: string, body: unknown, expected: number): Promise<unknown> {
  const res = await fetch(`${url}${path}`, { method, headers: { authorization: `Bearer ${bearer}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const text = await res.text();
  if (res.status !== expected) throw new Error(`${method} ${path} → ${res.status}: ${text.slice(0, 500)}`);
  return JSON.parse(text);
}
