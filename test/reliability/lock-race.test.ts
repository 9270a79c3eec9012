/**
 * The review lock when the accept lands between the store's read and its write: the submission's
 * transaction is cancelled (its pointer condition refuses an accepted report), so nothing is
 * stored, and submit-report's rule, asked again with the report as it now stands, answers 409
 * report_locked. The accept is made, through a second store, right before the submission's
 * TransactWriteItems reaches the store, so the race happens every run.
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
let beforeTransaction: (() => Promise<unknown>) | undefined;

beforeAll(async () => {
  store = await startEmbeddedStore({});
  const client = createDynamoClient(store.endpoint);
  await ensureTable(client, TABLE);
  // The submission's one write is its transaction (version, pointer, key).
  client.middlewareStack.add(
    (next) => async (args) => {
      if ('TransactItems' in (args.input as object) && beforeTransaction) {
        const race = beforeTransaction;
        beforeTransaction = undefined;
        await race();
      }
      return next(args);
    },
    { step: 'initialize', name: 'raceBeforeTransaction' },
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

it('refuses a version whose report was accepted after the read, and stores nothing of it', async () => {
  const submit = (total: number) => submitReport(deps, admin, PLAN_ID, { unitId: UNIT.b, period: Q1, data: { ...reportB(), procedures: { total, oneStop: total } } }, 'vi');
  expect((await submit(40)).body).toMatchObject({ version: 1, status: 'submitted' });

  beforeTransaction = () => reviewReport(reviewer, admin, PLAN_ID, Q1, UNIT.b, { decision: 'accept', comment: '', version: 1 });
  const refused = await submit(41).catch((error: unknown) => error);
  expect(refused).toBeInstanceOf(AppError);
  expect(refused).toMatchObject({ kind: 'conflict', messageCode: 'report_locked' });

  const latest = await getLatestReport(deps, admin, PLAN_ID, Q1, UNIT.b, 'vi');
  expect(latest).toMatchObject({ version: 1, status: 'accepted' });
  expect(latest.history.map((h) => h.version)).toEqual([1]);
});
