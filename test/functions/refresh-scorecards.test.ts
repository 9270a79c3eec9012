/**
 * The scorecard inputs against dynalite, through the use cases: the incremental refresh (its
 * requests counted, run twice, raced by another refresh and by a full recompute) and the nightly
 * drift check (a tampered row found, logged, counted and repaired; a clean store left unwritten).
 * Units a, b, d report 2024-Q1 (fixtures.ts); c never does.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { parsePlan, type Plan } from '../../shared/plans/plan.js';
import { periodInfo } from '../../shared/calendar.js';
import type { Caller } from '../../functions/access/caller.js';
import { startEmbeddedStore, type EmbeddedStore } from '../../functions/local/embedded-store.js';
import { ensureTable } from '../../functions/local/table-setup.js';
import { createDynamoClient, type Deps } from '../../functions/runtime/deps.js';
import { logger } from '../../functions/runtime/logger.js';
import { metrics } from '../../functions/runtime/metrics.js';
import { createDynamoStore } from '../../functions/store/dynamo-store.js';
import type { Store } from '../../functions/use-cases/ports/store.port.js';
import { aggregate } from '../../functions/use-cases/aggregate.js';
import { putPlan } from '../../functions/use-cases/manage-plans.js';
import { refreshQuarter } from '../../functions/use-cases/refresh-scorecards.js';
import { repairDrift } from '../../functions/use-cases/scheduled-aggregation.js';
import { submitReport } from '../../functions/use-cases/submit-report.js';
import { PLAN_ID, Q1, UNIT, planDefinition, reportA, reportB, reportD } from '../helpers/fixtures.js';

const TABLE = 'refresh-scorecards';
const admin: Caller = { email: 'admin@test.local', isAdmin: true };
const NOW = new Date('2024-03-10T09:00:00+07:00');
const now = () => NOW;

let embedded: EmbeddedStore;
/** Through a client that counts its requests, and can run something just before one is sent. */
let store: Store;
/** The same table through a second client: the other writer of a race. */
let other: Store;
let deps: Deps;
let plan: Plan;
const sent: string[] = [];
let beforeInputsWrite: (() => Promise<unknown>) | undefined;

beforeAll(async () => {
  embedded = await startEmbeddedStore({});
  const client = createDynamoClient(embedded.endpoint);
  await ensureTable(client, TABLE);
  client.middlewareStack.add(
    (next, context) => async (args) => {
      sent.push(context.commandName!);
      const input = args.input as { ConditionExpression?: string };
      if (input.ConditionExpression?.includes('revision = :seen') && beforeInputsWrite) {
        const race = beforeInputsWrite;
        beforeInputsWrite = undefined;
        await race();
      }
      return next(args);
    },
    { step: 'initialize', name: 'countAndRace' },
  );
  store = createDynamoStore(client, TABLE);
  other = createDynamoStore(createDynamoClient(embedded.endpoint), TABLE);
  deps = { store: other, adminEmails: new Set([admin.email]), now };
  const parsed = parsePlan(planDefinition());
  if (!parsed.ok) throw new Error('fixture plan does not validate');
  plan = parsed.value;
  await putPlan(deps, admin, PLAN_ID, plan);
  for (const [unitId, data] of [[UNIT.a, reportA()], [UNIT.b, reportB()], [UNIT.d, reportD()]] as const) await submit(unitId, data);
});
afterAll(() => embedded?.close());
beforeEach(() => {
  sent.length = 0;
});

async function submit(unitId: string, data: ReturnType<typeof reportA>): Promise<void> {
  const res = await submitReport(deps, admin, PLAN_ID, { unitId, period: Q1, data }, 'vi');
  expect(res.created).toBe(true);
}

const versions = async () => Object.fromEntries((await store.quarterInputs(PLAN_ID, Q1))!.reports.map((r) => [r.unitId, r.version]));

describe('the incremental refresh', () => {
  it('writes the changed units’ rows: 1 Query + 1 BatchGetItem + 1 PutItem for three units', async () => {
    await refreshQuarter(store, PLAN_ID, Q1, [UNIT.a, UNIT.b, UNIT.d], now);
    expect(sent).toEqual(['QueryCommand', 'BatchGetItemCommand', 'PutItemCommand']);
    const inputs = await other.quarterInputs(PLAN_ID, Q1);
    expect(inputs).toMatchObject({ quarter: Q1, revision: 1, updatedAt: NOW.toISOString(), corrupt: [] });
    expect(inputs!.reports.map((r) => [r.unitId, r.version])).toEqual([[UNIT.d, 1], [UNIT.a, 1], [UNIT.b, 1]]); // in unit id order
    expect(inputs!.reports[1]!.data).toEqual(reportA());
  });

  it('asks BatchGetItem once per 100 units: 150 changed units (147 never reported) are 1 + 2 + 1 requests', async () => {
    const unitIds = [UNIT.a, UNIT.b, UNIT.d, ...Array.from({ length: 147 }, (_, i) => `nobody-${i}`)];
    await refreshQuarter(store, PLAN_ID, Q1, unitIds, now);
    expect(sent).toEqual(['QueryCommand', 'BatchGetItemCommand', 'BatchGetItemCommand', 'PutItemCommand']);
    expect(await versions()).toEqual({ [UNIT.a]: 1, [UNIT.b]: 1, [UNIT.d]: 1 });
  });

  it('run twice, changes nothing but the revision and the time', async () => {
    const before = (await store.quarterInputs(PLAN_ID, Q1))!;
    const later = () => new Date('2024-03-10T10:00:00+07:00');
    await refreshQuarter(store, PLAN_ID, Q1, [UNIT.b], later);
    const after = (await store.quarterInputs(PLAN_ID, Q1))!;
    expect(after).toEqual({ ...before, revision: before.revision + 1, updatedAt: later().toISOString() });
  });

  it('two refreshes of the quarter racing, for different units, both land (the later one reads again and redoes)', async () => {
    await submit(UNIT.a, { ...reportA(), office: { brandIdentity: false } }); // a: version 2
    await submit(UNIT.d, { ...reportD(), procedures: { total: 40, oneStop: 40 } }); // d: version 2
    const start = (await store.quarterInputs(PLAN_ID, Q1))!.revision;
    // The refresh of a has read revision `start` and is about to write; the refresh of d writes first.
    beforeInputsWrite = () => refreshQuarter(other, PLAN_ID, Q1, [UNIT.d], now);
    await refreshQuarter(store, PLAN_ID, Q1, [UNIT.a], now);
    expect(await versions()).toEqual({ [UNIT.a]: 2, [UNIT.b]: 1, [UNIT.d]: 2 });
    // d's write, a's refused write (no revision), a's redone write.
    expect((await store.quarterInputs(PLAN_ID, Q1))!.revision).toBe(start + 2);
    expect(sent.filter((c) => c === 'PutItemCommand')).toHaveLength(2);
  });

  it('a full recompute never puts older rows over a refresh that landed after its read', async () => {
    const period = periodInfo(Q1, plan.timezone)!;
    // The recompute has read the year's reports (b at version 1); b's version 2 and its refresh land before its write.
    beforeInputsWrite = async () => {
      await submit(UNIT.b, { ...reportB(), office: { brandIdentity: true } });
      await refreshQuarter(other, PLAN_ID, Q1, [UNIT.b], now);
    };
    const figures = await aggregate(store, plan, period, NOW);
    expect(await versions()).toEqual({ [UNIT.a]: 2, [UNIT.b]: 2, [UNIT.d]: 2 });
    // The answer is computed from what was written: both one-stop offices (a no, b yes) → 1 ÷ 2.
    expect(figures.district.kpis.find((k) => k.id === 'brand_identity')).toMatchObject({ numerator: 1, denominator: 2 });
  });
});

describe('the nightly drift check', () => {
  it('finds a tampered row, logs and counts it, and repairs it from the full read', async () => {
    const stored = (await store.quarterInputs(PLAN_ID, Q1))!;
    // b's row loses its review status and its data changes; c gets a row it never sent.
    const tampered = stored.reports.map((r) => (r.unitId === UNIT.b ? { ...r, status: 'accepted' as const, data: reportA() } : r));
    const phantom = { ...stored.reports[0]!, unitId: UNIT.c };
    expect(await other.putQuarterInputs(PLAN_ID, { quarter: Q1, reports: [...tampered, phantom], corrupt: [] }, stored.revision, NOW.toISOString())).toBe(true);
    const warn = vi.spyOn(logger, 'warn');
    const metric = vi.spyOn(metrics, 'addMetric');

    expect(await repairDrift(store, PLAN_ID, Q1, NOW)).toBe(true);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('drifted'), { planId: PLAN_ID, quarter: Q1, unitIds: [UNIT.b, UNIT.c] });
    expect(metric).toHaveBeenCalledWith('ScorecardDrift', 'Count', 2);
    const repaired = (await store.quarterInputs(PLAN_ID, Q1))!;
    expect(repaired.reports).toEqual(stored.reports);
    warn.mockRestore();
    metric.mockRestore();
  });

  it('on a clean store reports nothing and writes nothing', async () => {
    const metric = vi.spyOn(metrics, 'addMetric');
    expect(await repairDrift(store, PLAN_ID, Q1, NOW)).toBe(false);
    expect(sent).toEqual(['QueryCommand', 'QueryCommand']);
    expect(metric).not.toHaveBeenCalledWith('ScorecardDrift', expect.anything(), expect.anything());
    metric.mockRestore();
  });
});
