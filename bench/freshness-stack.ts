/**
 * The local stack of the freshness bench, in its own process (forked by bench/freshness.ts): as
 * `npm start` runs it, in memory with its live scorecards on, the plan and most units' reports
 * already stored. The change feed's handler is the real one, wrapped to count what each batch
 * costs: every HTTP request the store client starts while that batch's refresh runs (retries
 * included) is counted, through Node's diagnostics channel, in the batch's async context.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { subscribe } from 'node:diagnostics_channel';
import { performance } from 'node:perf_hooks';
import type { Context, DynamoDBStreamEvent } from 'aws-lambda';
import { benchPlan, storeBenchReports } from './fixtures.js';

/** What one batch of the change feed cost. */
export interface FeedBatch {
  /** Latest-pointer records in the batch. */
  changes: number;
  /** Distinct plan, quarter and unit among them: the rows the refresh reads again. */
  changedUnits: number;
  /** Store requests the refresh sent for the batch. */
  requests: number;
  ms: number;
}

/** From the bench: what to seed. */
export interface FreshnessStackSetup {
  units: number;
  seededUnits: number;
  quarter: string;
  admin: string;
}

// As functions/local/main.ts: metric lines would only clutter the output. Set before the handlers load.
process.env.POWERTOOLS_METRICS_DISABLED ??= 'true';
const { startLocalStack } = await import('../functions/local/server.js');
const { handler: refresh } = await import('../functions/handlers/refresh-scorecards.js');
const { isPointerChange, pointerChangeOf } = await import('../functions/store/stream-filter.js');

const inBatch = new AsyncLocalStorage<FeedBatch>();
subscribe('http.client.request.start', () => {
  const batch = inBatch.getStore();
  if (batch) batch.requests++;
});

const batches: FeedBatch[] = [];
async function countedRefresh(event: DynamoDBStreamEvent, context: Context) {
  const pointers = event.Records.filter(isPointerChange).map(pointerChangeOf);
  const batch: FeedBatch = { changes: pointers.length, changedUnits: new Set(pointers.map((p) => JSON.stringify(p))).size, requests: 0, ms: 0 };
  const start = performance.now();
  try {
    return await inBatch.run(batch, () => refresh(event, context));
  } finally {
    batch.ms = performance.now() - start;
    batches.push(batch);
  }
}

const setup = await new Promise<FreshnessStackSetup>((resolve) => process.once('message', (m) => resolve(m as FreshnessStackSetup)));
const stack = await startLocalStack({ port: 0, dataDir: '', memory: true, demo: false, adminEmails: setup.admin, liveScorecards: { handler: countedRefresh } });
const plan = benchPlan(setup.units);
await stack.deps.store.putPlan(plan, setup.admin, new Date().toISOString());
await storeBenchReports(stack.deps.store, { ...plan, units: plan.units.slice(0, setup.seededUnits) }, setup.quarter, setup.admin);
await stack.changeFeed!.settled();
// The seeding's batches are not the bench's.
batches.length = 0;
process.send!({ url: stack.url });

process.on('message', (message) => {
  if (message === 'batches') process.send!({ batches });
  if (message === 'stop') void stack.close().then(() => process.exit(0));
});
