/**
 * What one submission costs the store, counted by a proxy in front of it: at most 3 requests in at
 * most 2 sequential round trips (issue 14). The plan and the membership come from the function's
 * cache once warm, as in a warm Lambda, so what is counted is the submit protocol itself:
 * one BatchGetItem (pointers and the key's record), then one TransactWriteItems.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedStore, type EmbeddedStore } from '../../functions/local/embedded-store.js';
import { startApiStack, seedPlan, type ApiStack } from '../helpers/api-stack.js';
import { startFaultProxy, type FaultProxy } from '../helpers/fault-proxy.js';
import { PLAN_ID, Q1, UNIT, planDefinition, reportA, reportB } from '../helpers/fixtures.js';

let store: EmbeddedStore;
let proxy: FaultProxy;
let s: ApiStack;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  store = await startEmbeddedStore({});
  proxy = await startFaultProxy(store.endpoint);
  s = await startApiStack({ dynamoEndpoint: proxy.endpoint });
  await seedPlan(s, planDefinition(), [
    { email: 'b@test.local', role: 'reporter', unitId: UNIT.b },
    { email: 'a@test.local', role: 'reporter', unitId: UNIT.a },
  ]);
  for (const [unit, email] of [[UNIT.b, 'b@test.local'], [UNIT.a, 'a@test.local']] as const) {
    tokens[unit] = await s.token(email);
    // Warms the plan and membership cache, as a Lambda's earlier requests would.
    await s.api('GET', `/v1/plans/${PLAN_ID}/reports/${Q1}/${unit}`, { token: tokens[unit] });
  }
});

afterAll(async () => {
  await s?.close();
  await proxy?.close();
  await store?.close();
});

/** The store requests one submission makes, and how many sequential round trips they took. */
async function measure(unitId: string, idempotencyKey?: string, total = 40) {
  const from = proxy.stats.timeline.length;
  const res = await s.api('POST', `/v1/plans/${PLAN_ID}/reports`, {
    token: tokens[unitId],
    body: { unitId, period: Q1, data: { ...(unitId === UNIT.a ? reportA() : reportB()), procedures: { total, oneStop: total } }, ...(idempotencyKey ? { idempotencyKey } : {}) },
  });
  const calls = proxy.stats.timeline.slice(from);
  return { status: res.status, version: res.body?.version, commands: calls.map((c) => c.command), roundTrips: roundTrips(calls) };
}

/** A request is one round later than the latest round whose answer it waited for (started after). */
function roundTrips(calls: { start: number; end: number }[]): number {
  const round: number[] = [];
  for (const [i, call] of calls.entries()) {
    round[i] = 1 + Math.max(0, ...calls.slice(0, i).filter((earlier) => earlier.end <= call.start).map((earlier) => round[calls.indexOf(earlier)]!));
  }
  return Math.max(0, ...round);
}

describe('the store requests of one submission', () => {
  it.each([
    ['a first submission without a key', UNIT.b, undefined, 1],
    ['a correction without a key', UNIT.b, undefined, 2],
    ['a first submission with a key', UNIT.a, 'requests-a-0001', 1],
    ['a correction with a key', UNIT.a, 'requests-a-0002', 2],
  ])('%s: 2 requests in 2 round trips', async (_name, unitId, key, version) => {
    const measured = await measure(unitId, key, 40 + version);
    expect(measured.status).toBe(201);
    expect(measured.version).toBe(version);
    expect(measured.commands).toEqual(['BatchGetItem', 'TransactWriteItems']);
    expect(measured.roundTrips).toBe(2);
  });

  it('a replayed key: the read, then the stored version, 2 requests in 2 round trips', async () => {
    // Same key and same content as the correction above (total 40 + 2 = 42).
    const measured = await measure(UNIT.a, 'requests-a-0002', 42);
    expect(measured.status).toBe(200);
    expect(measured.version).toBe(2);
    expect(measured.commands).toEqual(['BatchGetItem', 'GetItem']);
    expect(measured.roundTrips).toBe(2);
  });
});

describe('counting round trips', () => {
  it('counts requests sent together as one round and a request sent after an answer as the next', () => {
    // a and b overlap (round 1); c starts after a's answer (round 2); d after c's (round 3).
    expect(roundTrips([{ start: 0, end: 5 }, { start: 1, end: 9 }, { start: 6, end: 8 }, { start: 8.5, end: 12 }])).toBe(3);
    expect(roundTrips([{ start: 0, end: 5 }, { start: 1, end: 9 }])).toBe(1);
  });
});
