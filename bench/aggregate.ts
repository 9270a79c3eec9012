/**
 * Aggregate benchmark: one plan-period scorecard over 3,321 stored reports (one per commune-level
 * unit of Vietnam since July 2025; BENCH_UNITS changes it), against the floor of a bare paginated Query of the same items.
 * Every DynamoDB request is counted by a client middleware: the floor is the pages needed to read
 * the items once plus the writes needed to store the result.
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { createDynamoClient } from '../functions/runtime/deps.js';
import { createDynamoStore } from '../functions/store/dynamo-store.js';
import { queryAll } from '../functions/store/dynamo-query.js';
import { keys } from '../functions/store/table.js';
import { quarterInputsItems } from '../functions/store/dynamo-quarter-inputs.js';
import { aggregate } from '../functions/use-cases/aggregate.js';
import { startDynaliteProcess } from '../test/helpers/processes.js';
import { ensureTable } from '../functions/local/table-setup.js';
import { periodInfo } from '../shared/calendar.js';
import { benchPlan, storeBenchReports } from './fixtures.js';
import { round, timeMedianAsync } from './timing.js';

/** 3,321 by default; the nightly-size run sets BENCH_UNITS=10000 (docs/performance.md). */
const UNITS = Number(process.env.BENCH_UNITS ?? 3321);
const QUARTER = '2024-Q2';
const TABLE = 'bench';

export async function benchAggregate(): Promise<Record<string, unknown>> {
  // The store in its own process, as DynamoDB is its own service: reading the next page and
  // working on the last one can then overlap, as they do in AWS.
  const storeProcess = await startDynaliteProcess();
  const client = createDynamoClient(storeProcess.endpoint);
  const requests = countRequests(client);
  try {
    await ensureTable(client, TABLE);
    const store = createDynamoStore(client, TABLE);
    const plan = benchPlan(UNITS);
    await seed(store, plan);
    const period = periodInfo(QUARTER, plan.timezone)!;

    // The floor: read every latest report of the year once, page by page.
    const rawQuery = () =>
      queryAll(client, {
        TableName: TABLE,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': { S: keys.plan(plan.id) }, ':prefix': { S: keys.latestOfYear(2024) } },
      });
    requests.reset();
    const items = await rawQuery();
    const pages = requests.count;

    requests.reset();
    await aggregate(store, plan, period, new Date('2024-06-20T00:00:00Z'));
    const used = requests.count;
    // The full recompute stores the year's four quarters of scorecard inputs (issue 14).
    const stored = (await store.inputsOfYear(plan.id, period.year, '2024-Q4')).map((q) => quarterInputsItems(plan.id, q, q.revision, q.updatedAt, 'bench'));
    const writes = stored.reduce((sum, { parts }) => sum + 1 + parts.length, 0);
    const storedBytes = stored.flatMap(({ head, parts }) => [head, ...parts]).reduce((sum, item) => sum + (item.body?.B?.length ?? 0), 0);

    const raw = await timeMedianAsync(rawQuery, { warmup: 1, runs: 5 });
    const agg = await timeMedianAsync(() => aggregate(store, plan, period, new Date('2024-06-20T00:00:00Z')), { warmup: 1, runs: 5 });
    const result = {
      reports: items.length,
      requests: used,
      minRequests: pages + writes,
      pages,
      storedKB: round(storedBytes / 1024, 1),
      ms: agg.medianMs,
      rawQueryMs: raw.medianMs,
      ratioVsRawQuery: round(agg.medianMs / raw.medianMs),
    };
    console.log(`\nAggregate: ${UNITS} reports → one stored scorecard, vs a bare paginated Query of the same items (median of 5)`);
    console.table([result]);
    return result;
  } finally {
    client.destroy();
    await storeProcess.stop();
  }
}

/** The plan and one version per unit, through the real store (not timed). */
async function seed(store: ReturnType<typeof createDynamoStore>, plan: ReturnType<typeof benchPlan>): Promise<void> {
  await store.putPlan(plan, 'bench@bench.local', '2024-06-01T00:00:00Z');
  await storeBenchReports(store, plan, QUARTER, 'bench@bench.local');
}

/** Counts every HTTP request the client sends, retries included. */
function countRequests(client: DynamoDBClient) {
  const counter = { count: 0, reset: () => (counter.count = 0) };
  client.middlewareStack.add(
    (next) => async (args) => {
      counter.count++;
      return next(args);
    },
    { step: 'finalizeRequest', priority: 'low', name: 'countRequests' },
  );
  return counter;
}
