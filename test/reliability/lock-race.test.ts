/**
 * The review lock when the accept lands between the store's read and its write: submit-report's
 * rule still refuses the new version (409 report_locked), the accepted version stays current, and
 * the refused one stays in the history. The accept is made, through a second store, right before
 * the submission's pointer update reaches dynalite, so the race happens every run.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { parsePlan } from '../../shared/plans/plan.js';
import type { Caller } from '../../functions/access/caller.js';
import { AppError } from '../../functions/errors.js';
import { startEmbeddedStore, type EmbeddedStore } from '../../functions/local/embedded-store.js';
import { ensureTable } from '../../functions/local/table-setup.js';
import { createDynamoClient, type Deps } from '../../functions/runtime/deps.js';
import { createDynamoStore } from '../../functions/store/dynamo-store.js';
import { putPlan } from '../../functions/use-cases/manage-plans.js';
import { reviewReport } from '../../functions/use-cases/review-report.js';
import { submitReport } from '../../functions/use-cases/submit-report.js';
import { getLatestReport } from '../../functions/use-cases/read-report.js';
import { PLAN_ID, Q1, UNIT, planDefinition, reportB } from '../helpers/fixtures.js';

const TABLE = 'lock-race';
const admin: Caller = { email: 'admin@test.local', isAdmin: true };
let store: EmbeddedStore;
let deps: Deps;
let reviewer: Deps;
let beforePointerUpdate: (() => Promise<unknown>) | undefined;

beforeAll(async () => {
  store = await startEmbeddedStore({});
  const client = createDynamoClient(store.endpoint);
  await ensureTable(client, TABLE);
  // The pointer update is the one write whose condition names the accepted status.
  client.middlewareStack.add(
    (next) => async (args) => {
      const input = args.input as { ConditionExpression?: string };
      if (input.ConditionExpression?.includes(':accepted') && beforePointerUpdate) {
        const race = beforePointerUpdate;
        beforePointerUpdate = undefined;
        await race();
      }
      return next(args);
    },
    { step: 'initialize', name: 'raceBeforePointerUpdate' },
  );
  const now = () => new Date('2024-03-10T09:00:00+07:00');
  deps = { store: createDynamoStore(client, TABLE), adminEmails: new Set([admin.email]), now };
  reviewer = { ...deps, store: createDynamoStore(createDynamoClient(store.endpoint), TABLE) };
  const plan = parsePlan(planDefinition());
  if (!plan.ok) throw new Error('fixture plan does not validate');
  await putPlan(deps, admin, PLAN_ID, plan.value);
});

afterAll(async () => {
  await store?.close();
});

it('refuses a version whose report was accepted after the read, and keeps it out of the current report', async () => {
  const submit = (total: number) => submitReport(deps, admin, PLAN_ID, { unitId: UNIT.b, period: Q1, data: { ...reportB(), procedures: { total, oneStop: total } } }, 'vi');
  expect((await submit(40)).body).toMatchObject({ version: 1, status: 'submitted' });

  beforePointerUpdate = () => reviewReport(reviewer, admin, PLAN_ID, Q1, UNIT.b, { decision: 'accept', comment: '', version: 1 });
  const refused = await submit(41).catch((error: unknown) => error);
  expect(refused).toBeInstanceOf(AppError);
  expect(refused).toMatchObject({ kind: 'conflict', messageCode: 'report_locked' });

  const latest = await getLatestReport(deps, admin, PLAN_ID, Q1, UNIT.b, 'vi');
  expect(latest).toMatchObject({ version: 1, status: 'accepted' });
  expect(latest.history.map((h) => h.version)).toEqual([1, 2]);
});
