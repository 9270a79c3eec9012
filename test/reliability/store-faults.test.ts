/**
 * Throttling and transient store errors, injected by a proxy between the handlers and dynalite:
 * the SDK retries them with backoff, a bounded number of times (4 attempts); when the faults
 * outlast that, the caller gets a clear 503 with Retry-After, never a 500, and nothing is stored.
 * A submission's one write is a transaction, so its crash points are two: before it (nothing is
 * stored, a retry works) and after it committed with the answer lost (a retry replays it).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startEmbeddedStore, type EmbeddedStore } from '../../functions/local/embedded-store.js';
import { startApiStack, seedPlan, type ApiStack } from '../helpers/api-stack.js';
import { startFaultProxy, type Fault, type FaultProxy } from '../helpers/fault-proxy.js';
import { PLAN_ID, Q1, UNIT, planDefinition, reportB } from '../helpers/fixtures.js';

const MAX_ATTEMPTS = 4; // functions/runtime/deps.ts

let store: EmbeddedStore;
let proxy: FaultProxy;
let s: ApiStack;
let reporter: string;

beforeAll(async () => {
  store = await startEmbeddedStore({});
  proxy = await startFaultProxy(store.endpoint);
  s = await startApiStack({ dynamoEndpoint: proxy.endpoint });
  await seedPlan(s, planDefinition(), [{ email: 'b@test.local', role: 'reporter', unitId: UNIT.b }]);
  reporter = await s.token('b@test.local');
});

afterAll(async () => {
  await s?.close();
  await proxy?.close();
  await store?.close();
});

beforeEach(() => proxy.clear());

const submit = (key: string) => s.api('POST', `/v1/plans/${PLAN_ID}/reports`, { token: reporter, body: { unitId: UNIT.b, period: Q1, data: reportB(), idempotencyKey: key } });
const latest = () => s.api('GET', `/v1/plans/${PLAN_ID}/reports/${Q1}/${UNIT.b}`, { token: reporter });

describe('transient store faults', () => {
  it.each<[Fault]>([['throttle'], ['internal-error'], ['drop-connection']])('retries %s and then succeeds', async (fault) => {
    const before = (await latest()).body?.version ?? 0;
    proxy.inject(fault, MAX_ATTEMPTS - 1); // every attempt but the last fails, for the first request
    const res = await submit(`transient-${fault}-0001`);
    expect(res.status, res.text).toBe(201);
    expect(res.body.version).toBe(before + 1);
    expect(proxy.stats.faulted).toBeGreaterThanOrEqual(MAX_ATTEMPTS - 1);
  });
});

describe('faults that outlast the retries', () => {
  it.each<[Fault]>([['throttle'], ['internal-error'], ['drop-connection']])('answers %s with 503 and Retry-After, and stores nothing', async (fault) => {
    const before = await latest();
    const faultedBefore = proxy.stats.faulted;
    proxy.inject(fault, Infinity);
    const res = await submit(`persistent-${fault}-0001`);
    proxy.clear();
    expect(res.status, res.text).toBe(503);
    expect(res.headers.get('retry-after')).toBe('1');
    expect(res.body.error.code).toBe('service_unavailable');
    expect(res.text).not.toMatch(/at .*\.ts|Exception/);
    // Bounded: each request the handler made was tried at most MAX_ATTEMPTS times.
    expect(proxy.stats.faulted - faultedBefore).toBeLessThanOrEqual(3 * MAX_ATTEMPTS);
    const after = await latest();
    expect(after.text).toBe(before.text);
  });

  it('replays the same key once the store is back, as a retrying client expects', async () => {
    proxy.inject('throttle', Infinity);
    expect((await submit('comes-back-0001')).status).toBe(503);
    proxy.clear();
    const first = await submit('comes-back-0001');
    const again = await submit('comes-back-0001');
    expect(first.status, first.text).toBe(201);
    expect(again.status).toBe(200);
    expect(again.body.version).toBe(first.body.version);
  });
});

describe('an answer lost after the transaction committed', () => {
  const history = async () => ((await latest()).body.history as { version: number }[]).map((h) => h.version);

  it('is retried by the SDK with the same ClientRequestToken, and stored once', async () => {
    const before = await history();
    const faultedBefore = proxy.stats.faulted;
    proxy.inject('drop-answer', 1, 'TransactWriteItems');
    const res = await submit('answer-lost-once-0001');
    expect(res.status, res.text).toBe(201);
    // The first attempt committed version n; the retry was answered without writing n + 1.
    expect(res.body.version).toBe(before.length + 1);
    expect(await history()).toEqual([...before, before.length + 1]);
    expect(proxy.stats.faulted - faultedBefore).toBe(1);
  });

  it('answers 503 when every answer is lost, and the client\'s retry with the same key replays the stored version', async () => {
    const before = await history();
    proxy.inject('drop-answer', Infinity, 'TransactWriteItems');
    expect((await submit('answer-lost-always-0001')).status).toBe(503);
    proxy.clear();
    const again = await submit('answer-lost-always-0001');
    expect(again.status, again.text).toBe(200);
    expect(again.body.version).toBe(before.length + 1);
    expect(await history()).toEqual([...before, before.length + 1]);
  });
});
