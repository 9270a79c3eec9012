/**
 * Submit benchmark: 32 concurrent clients POST reports over HTTP to the local stack (its own
 * process), against the floor of a raw PutItem of a same-size item on the same dynalite (a third
 * process), measured in the same run. Then the store requests of a submission are counted, not
 * assumed: a second stack stores through a counting proxy (test/helpers/fault-proxy.ts) in front
 * of the same dynalite (the timed stack has no extra hop), one submission at a time, so its
 * requests and how many of them had to wait for another (round trips) are its own.
 */
import { PutItemCommand } from '@aws-sdk/client-dynamodb';
import { performance } from 'node:perf_hooks';
import { createDynamoClient } from '../functions/runtime/deps.js';
import { startFaultProxy } from '../test/helpers/fault-proxy.js';
import { startDynaliteProcess, startStackProcess } from '../test/helpers/processes.js';
import { benchPlan, benchReports } from './fixtures.js';
import { percentile, round, runClients } from './timing.js';

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
  /** Store requests per submission, counted (a correction, warm caches); goal ≤ 3. */
  requests: number;
  /** Sequential round trips to the store per submission (the most any counted one needed); goal ≤ 2. */
  roundTrips: number;
  /** The commands of one submission, e.g. "BatchGetItem+TransactWriteItems". */
  commands: string;
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
      ...(await countRequests(store.endpoint, plan, reports)),
    };
    console.log(`\nSubmit over HTTP (${CLIENTS} concurrent clients × ${PER_CLIENT}) vs raw PutItem on the same dynalite`);
    console.table([result]);
    return result;
  } finally {
    await stack.stop();
    await store.stop();
  }
}

/** Each of the plan's units submits once to warm the second stack's caches, then twice more, counted. */
async function countRequests(storeEndpoint: string, plan: ReturnType<typeof benchPlan>, reports: ReturnType<typeof benchReports>): Promise<Pick<SubmitResult, 'requests' | 'roundTrips' | 'commands'>> {
  const proxy = await startFaultProxy(storeEndpoint);
  const stack = await startStackProcess({ DYNAMODB_ENDPOINT: proxy.endpoint, ADMIN_EMAILS: 'admin@bench.local' });
  try {
    const submitAs = async (i: number, key: string) => {
      const body = { unitId: plan.units[i]!.id, period: QUARTER, data: reports[i]!.data, idempotencyKey: `count-${key}-${i}-${Date.now()}` };
      await call(stack.url, 'POST', `/v1/plans/${plan.id}/reports`, await stack.token(`${plan.units[i]!.id}@bench.local`), body, 201);
    };
    for (let i = 0; i < plan.units.length; i++) await submitAs(i, 'warm');
    const perSubmission: { command: string; start: number; end: number }[][] = [];
    for (const pass of ['a', 'b']) {
      for (let i = 0; i < plan.units.length; i++) {
        const from = proxy.stats.timeline.length;
        await submitAs(i, pass);
        perSubmission.push(proxy.stats.timeline.slice(from));
      }
    }
    const requests = perSubmission.reduce((sum, calls) => sum + calls.length, 0) / perSubmission.length;
    return {
      requests: round(requests),
      roundTrips: Math.max(...perSubmission.map(roundTrips)),
      commands: [...new Set(perSubmission.map((calls) => calls.map((c) => c.command).sort().join('+')))].join(' | '),
    };
  } finally {
    await stack.stop();
    await proxy.close();
  }
}

/** Requests that overlap in time are one round trip; one that starts after all before it ended is the next. */
function roundTrips(calls: { start: number; end: number }[]): number {
  let trips = 0;
  let busyUntil = -Infinity;
  for (const call of [...calls].sort((a, b) => a.start - b.start)) {
    if (call.start >= busyUntil) trips++;
    busyUntil = Math.max(busyUntil, call.end);
  }
  return trips;
}

/** One JSON request with a bearer token; anything but the expected status throws with the answer. */
export async function call(url: string, method: string, path: string, bearer: string, body: unknown, expected: number): Promise<unknown> {
  const res = await fetch(`${url}${path}`, { method, headers: { authorization: `Bearer ${bearer}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const text = await res.text();
  if (res.status !== expected) throw new Error(`${method} ${path} → ${res.status}: ${text.slice(0, 500)}`);
  return JSON.parse(text);
}
