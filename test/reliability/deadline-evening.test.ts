/**
 * Deadline evening: every unit submits on the same night while the store crashes twice.
 * 50 concurrent clients send 500 submissions in all, each retrying with the same idempotency key
 * after a timeout, a refused connection or a 503, as the add-in does. The store (dynalite, its own
 * process, persisted to disk) is killed with SIGKILL and restarted twice during the run, so some
 * transactions die before they reach it and some answers are lost after they committed.
 * Afterwards: every acknowledged submission is readable with the data that was sent, no key made
 * two versions, and each unit's versions run 1..n with no gap.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDynaliteProcess, startStackProcess, type DynaliteProcess, type StackProcess } from '../helpers/processes.js';
import { smallPlan, validReport } from './reliability-fixtures.js';

const CLIENTS = 50;
const PER_CLIENT = 10;
const CLIENT_TIMEOUT_MS = 4_000;
/** A client gives up after this long on one submission; far longer than a store restart. */
const GIVE_UP_MS = 60_000;

let dir: string;
let store: DynaliteProcess;
let stack: StackProcess;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'deadline-'));
  store = await startDynaliteProcess({ dataDir: join(dir, 'store') });
  stack = await startStackProcess({ DYNAMODB_ENDPOINT: store.endpoint, ADMIN_EMAILS: 'admin@test.local' });
}, 120_000);

afterAll(async () => {
  await stack?.stop();
  await store?.stop();
  rmSync(dir, { recursive: true, force: true });
});

interface Ack {
  unitId: string;
  key: string;
  version: number;
  sent: unknown;
}

describe('deadline evening', () => {
  it('keeps every acknowledged submission through two store crashes, without duplicates or gaps', async () => {
    const plan = smallPlan(CLIENTS);
    const admin = await stack.token('admin@test.local');
    expect((await call('PUT', `/v1/plans/${plan.id}`, admin, plan)).status).toBe(201);
    const tokens = await Promise.all(
      plan.units.map(async (u) => {
        const email = `${u.id}@test.local`;
        expect((await call('PUT', `/v1/plans/${plan.id}/members/${email}`, admin, { role: 'reporter', unitId: u.id })).status).toBe(200);
        return stack.token(email);
      }),
    );

    let done = 0;
    const acks: Ack[] = [];
    const retried = { count: 0 };
    const crashes = (async () => {
      for (const at of [0.3, 0.65]) {
        while (done < CLIENTS * PER_CLIENT * at) await sleep(20);
        await store.kill();
        await sleep(700);
        await store.restart();
      }
    })();

    await Promise.all(
      plan.units.map(async (unit, c) => {
        for (let n = 0; n < PER_CLIENT; n++) {
          const sent = validReport(n);
          const key = `evening-${unit.id}-${n}`;
          const body = await submitWithRetries(plan.id, tokens[c]!, { unitId: unit.id, period: '2024-Q4', data: sent, idempotencyKey: key }, retried);
          acks.push({ unitId: unit.id, key, version: body.version, sent });
          done++;
        }
      }),
    );
    await crashes;
    expect(acks).toHaveLength(CLIENTS * PER_CLIENT);
    // The run must actually have met faults, or it proves nothing about them.
    expect(retried.count).toBeGreaterThan(0);

    const reviewer = admin;
    for (const unit of plan.units) {
      const mine = acks.filter((a) => a.unitId === unit.id);
      // No key made two versions: ten keys, ten distinct versions, and nothing else stored.
      expect(new Set(mine.map((a) => a.version)).size).toBe(PER_CLIENT);
      const latest = await call('GET', `/v1/plans/${plan.id}/reports/2024-Q4/${unit.id}`, reviewer);
      expect(latest.status).toBe(200);
      const versions = (latest.body.history as { version: number }[]).map((h) => h.version);
      expect(versions).toEqual(Array.from({ length: PER_CLIENT }, (_, i) => i + 1));
      for (const ack of mine) {
        const stored = await call('GET', `/v1/plans/${plan.id}/reports/2024-Q4/${unit.id}/versions/${ack.version}`, reviewer);
        expect(stored.status).toBe(200);
        expect(stored.body.data).toEqual(ack.sent);
      }
    }
  }, 300_000);
});

async function submitWithRetries(planId: string, bearer: string, body: unknown, retried: { count: number }): Promise<{ version: number }> {
  const giveUp = Date.now() + GIVE_UP_MS;
  for (let attempt = 0; ; attempt++) {
    try {
      const res = await call('POST', `/v1/plans/${planId}/reports`, bearer, body, AbortSignal.timeout(CLIENT_TIMEOUT_MS));
      if (res.status === 200 || res.status === 201) return res.body;
      expect(res.status, JSON.stringify(res.body)).toBe(503); // the only answer worth retrying
      expect(res.headers.get('retry-after')).toBeTruthy();
    } catch (error) {
      if ((error as Error).name === 'AssertionError') throw error;
      // A timeout or a dropped connection: the answer was lost, the same key makes it safe to retry.
    }
    retried.count++;
    if (Date.now() > giveUp) throw new Error(`gave up after ${attempt + 1} attempts`);
    await sleep(Math.min(2_000, 100 * 2 ** attempt));
  }
}

async function call(method: string, path: string, bearer: string, body?: unknown, signal?: AbortSignal) {
  const res = await fetch(`${stack.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${bearer}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    ...(signal ? { signal } : {}),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : null };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
