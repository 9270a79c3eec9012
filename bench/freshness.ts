/**
 * Freshness benchmark (issue 14): how long after a 201 the quarter's scorecard includes the
 * report, with nobody pressing compute. The local stack runs in its own process, in memory with
 * its live scorecards (bench/freshness-stack.ts), on a 3,321-unit plan of which 3,001 units have
 * reported; 32 reporter clients then send the other 320 units' first reports over HTTP, while one
 * reader polls GET …/scorecards/{quarter}, a new request at most every POLL_MS, so the polling
 * does not swamp the store. A report's freshness is from its 201 to the arrival of the first
 * answer showing its unit as submitted. Each batch of the change feed counts its store requests;
 * the goals: p99 ≤ 5,000 ms, and no batch above 3 requests + one read per changed unit.
 */
import { fork } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { devToken } from '../test/helpers/processes.js';
import { benchPlan, benchReports } from './fixtures.js';
import type { FeedBatch, FreshnessStackSetup } from './freshness-stack.js';
import { call } from './submit.js';
import { percentile, round, runClients } from './timing.js';

const UNITS = 3321;
const CLIENTS = 32;
const PER_CLIENT = 10;
const SEEDED = UNITS - CLIENTS * PER_CLIENT;
const QUARTER = '2024-Q2';
const ADMIN = 'admin@bench.local';
/** A GET of a 3,321-unit scorecard (~6 MB of JSON) at most twice a second. */
const POLL_MS = 500;
/** A report not shown this long after the last 201 fails the run. */
const GIVE_UP_MS = 60_000;
const GOAL_P99_MS = 5_000;

export async function benchFreshness(): Promise<Record<string, unknown>> {
  const child = fork(new URL('./freshness-stack.ts', import.meta.url), [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  const reply = <T>() => new Promise<T>((resolve, reject) => (child.once('message', (m) => resolve(m as T)), child.once('exit', (code) => reject(new Error(`freshness stack exited with ${code}`)))));
  try {
    const started = reply<{ url: string }>();
    child.send({ units: UNITS, seededUnits: SEEDED, quarter: QUARTER, admin: ADMIN } satisfies FreshnessStackSetup);
    const { url } = await started;

    const plan = benchPlan(UNITS);
    const reports = benchReports(plan, QUARTER);
    const unitOf = (client: number, n: number) => SEEDED + client * PER_CLIENT + n;
    const admin = await devToken(url, ADMIN);
    const reporters = plan.units.slice(SEEDED).map((u) => ({ email: `${u.id}@bench.local`, role: 'reporter', unitId: u.id }));
    await call(url, 'POST', `/v1/plans/${plan.id}/members`, admin, { put: reporters, remove: [] }, 200);
    // Each client reports for PER_CLIENT units, each as that unit's reporter.
    const tokenOf = new Map(await Promise.all(reporters.map(async (r) => [r.unitId, await devToken(url, r.email)] as const)));

    /** Unit → when its 201 arrived, until an answer shows it. */
    const notYetShown = new Map<string, number>();
    const freshness: number[] = [];
    let submitting = true;
    let lastCreated = 0;
    const poller = (async () => {
      while (submitting || notYetShown.size > 0) {
        const sent = performance.now();
        const scorecard = (await call(url, 'GET', `/v1/plans/${plan.id}/scorecards/${QUARTER}`, admin, undefined, 200)) as { units: { unitId: string; submitted: boolean }[] };
        const arrived = performance.now();
        for (const unit of scorecard.units) {
          const createdAt = notYetShown.get(unit.unitId);
          if (unit.submitted && createdAt !== undefined) {
            freshness.push(arrived - createdAt);
            notYetShown.delete(unit.unitId);
          }
        }
        if (!submitting && notYetShown.size > 0 && arrived - lastCreated > GIVE_UP_MS) {
          throw new Error(`not in the scorecard ${GIVE_UP_MS} ms after the last 201: ${[...notYetShown.keys()].join(', ')}`);
        }
        await new Promise((resolve) => setTimeout(resolve, Math.max(0, POLL_MS - (arrived - sent))));
      }
    })();

    const submissions = runClients(CLIENTS, PER_CLIENT, async (client, n) => {
      const { id: unitId } = plan.units[unitOf(client, n)]!;
      const body = { unitId, period: QUARTER, data: reports[unitOf(client, n)]!.data, idempotencyKey: `freshness-${unitId}` };
      const start = performance.now();
      await call(url, 'POST', `/v1/plans/${plan.id}/reports`, tokenOf.get(unitId)!, body, 201);
      lastCreated = performance.now();
      notYetShown.set(unitId, lastCreated);
      return lastCreated - start;
    }).finally(() => (submitting = false));
    const [submitTimes] = await Promise.all([submissions, poller]);

    const batches = await (async () => {
      const answer = reply<{ batches: FeedBatch[] }>();
      child.send('batches');
      return (await answer).batches;
    })();
    const mean = (values: number[]) => round(values.reduce((a, b) => a + b, 0) / values.length, 1);
    const overBudget = batches.filter((b) => b.requests > 3 + b.changedUnits);
    const result = {
      units: UNITS,
      seededUnits: SEEDED,
      clients: CLIENTS,
      submissions: submitTimes.length,
      pollEveryMs: POLL_MS,
      p50Ms: percentile(freshness, 50),
      p99Ms: percentile(freshness, 99),
      maxMs: round(Math.max(...freshness)),
      submitP50Ms: percentile(submitTimes, 50),
      batches: batches.length,
      changedUnits: { mean: mean(batches.map((b) => b.changedUnits)), max: Math.max(...batches.map((b) => b.changedUnits)) },
      requestsPerBatch: { mean: mean(batches.map((b) => b.requests)), max: Math.max(...batches.map((b) => b.requests)) },
      batchMs: { mean: mean(batches.map((b) => b.ms)), max: round(Math.max(...batches.map((b) => b.ms))) },
      batchesOverRequestBudget: overBudget.length,
      goals: { p99Within5s: percentile(freshness, 99) <= GOAL_P99_MS, requestsWithin3PlusChangedUnits: overBudget.length === 0 },
    };
    console.log(`\nFreshness: ${CLIENTS} clients × ${PER_CLIENT} first reports into a ${UNITS}-unit plan, the scorecard polled every ${POLL_MS} ms`);
    console.log(result);
    return result;
  } finally {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.send('stop');
      await exited;
    }
  }
}
