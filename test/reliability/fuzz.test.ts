/**
 * Hostile input, generated: more than 1,000 malformed reports and plans, cut-off bodies and
 * oversized ones. Every request gets a 4xx, none a 5xx; nothing is stored; the server stays up.
 * Each mutation is built to break a rule (a wrong type, a negative or fractional count, a missing
 * or unknown key, a broken plan rule), so a 2xx would be a validation hole, not luck.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedPlan, startApiStack, type ApiStack } from '../helpers/api-stack.js';
import { PLAN_ID, Q1, UNIT, planDefinition, reportA } from '../helpers/fixtures.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

let s: ApiStack;
let admin: string;
let reporter: string;
const statuses = new Map<number, number>();

beforeAll(async () => {
  s = await startApiStack();
  admin = await seedPlan(s, planDefinition(), [{ email: 'a@test.local', role: 'reporter', unitId: UNIT.a }]);
  reporter = await s.token('a@test.local');
});

afterAll(() => s?.close());

/** Every path to a leaf of a JSON value, e.g. ['dossiers', 1, 'late']. */
function leaves(value: Json, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, [...path, i]));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => leaves(v, [...path, k]));
  return [path];
}

function withLeaf(value: Json, path: (string | number)[], replace: (old: Json) => Json | undefined): Json {
  const copy = structuredClone(value);
  let parent: any = copy;
  for (const segment of path.slice(0, -1)) parent = parent[segment];
  const last = path[path.length - 1]!;
  const next = replace(parent[last]);
  if (next === undefined) {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete parent[last];
  } else parent[last] = next;
  return copy;
}

/** A value that no leaf of a report may hold: not a whole number ≥ 0 where counts go, and so on. */
const wrongValue = fc.oneof(
  fc.integer({ max: -1 }),
  fc.double({ noInteger: true, noNaN: true }),
  fc.string(),
  fc.constant(null),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.dictionary(fc.string(), fc.integer(), { maxKeys: 2 }),
);

/** Keys whose absence is allowed, and free text where any string is allowed. */
const OPTIONAL = new Set(['tags', 'validFrom', 'validTo', 'mergedInto', 'group', 'nameEn', 'targets', 'timezone', 'note']);
const FREE_TEXT = new Set(['name', 'nameEn', 'note', 'comment']);

/** Mutations of a sound document that make it unsound. */
function mutations(sound: Json) {
  const paths = leaves(sound);
  // An id or enum string spoiled by a suffix is unknown; free text gets a number instead.
  const spoil = (path: (string | number)[], bad: Json) => (old: Json) =>
    typeof old !== 'string' || typeof bad !== 'string' ? bad : FREE_TEXT.has(String(path.at(-1))) ? 42 : `${old}!${bad}`;
  return fc.oneof(
    // A leaf gets a value of the wrong kind (booleans and enum strings included: a number is wrong for them).
    fc.tuple(fc.constantFrom(...paths), wrongValue).map(([path, bad]) => withLeaf(sound, path, spoil(path, bad))),
    // A required key goes missing.
    fc.constantFrom(...paths.filter((p) => typeof p.at(-1) === 'string' && !OPTIONAL.has(p.at(-1) as string))).map((path) => withLeaf(sound, path, () => undefined)),
    // An unknown key appears, at the top or inside an object.
    fc.tuple(fc.constantFrom(...paths), fc.string({ minLength: 1 })).map(([path, key]) => addKey(sound, path.slice(0, -1), `x-${key}`)),
  );
}

function addKey(value: Json, objectPath: (string | number)[], key: string): Json {
  const copy: any = structuredClone(value);
  let target = objectPath.reduce((v, k) => v[k], copy);
  if (Array.isArray(target) || typeof target !== 'object' || target === null) target = copy;
  target[key] = 1;
  return copy;
}

async function expect4xx(method: string, path: string, options: Parameters<ApiStack['api']>[2]) {
  const res = await s.api(method, path, options);
  statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
  expect(res.status, `${method} ${path} → ${res.status} ${res.text.slice(0, 300)}`).toBeGreaterThanOrEqual(400);
  expect(res.status).toBeLessThan(500);
  expect(res.body?.error?.code, res.text.slice(0, 300)).toBeTypeOf('string');
}

const REPORTS = `/v1/plans/${PLAN_ID}/reports`;
const FUZZ_PLAN = 'fuzz-plan';

describe('generated hostile input', () => {
  it('answers 700 malformed reports with a 4xx and stores none of them', async () => {
    const sound = reportA() as unknown as Json;
    await fc.assert(
      fc.asyncProperty(mutations(sound), async (data) => {
        await expect4xx('POST', REPORTS, { token: reporter, body: { unitId: UNIT.a, period: Q1, data } });
      }),
      { numRuns: 700 },
    );
  });

  it('answers 300 malformed plans with a 4xx and creates none of them', async () => {
    const sound = { ...planDefinition(), id: FUZZ_PLAN } as unknown as Json;
    const brokenRules = fc.constantFrom<(p: any) => void>(
      (p) => p.units.push({ ...p.units[0] }), // duplicate unit id
      (p) => (p.units[1].mergedInto = 'khong-co'), // lineage to nowhere
      (p) => Object.assign(p.units[0], { validFrom: '2024-12-01', validTo: '2024-01-01' }),
      (p) => (p.targets = { not_a_kpi: 0.5 }),
      (p) => (p.timezone = 'Mars/Olympus_Mons'),
      (p) => (p.fields = []),
    );
    const planMutations = fc.oneof(mutations(sound), brokenRules.map((breakIt) => {
      const copy = structuredClone(sound) as any;
      breakIt(copy);
      return copy as Json;
    }));
    await fc.assert(
      fc.asyncProperty(planMutations, async (plan) => {
        await expect4xx('PUT', `/v1/plans/${FUZZ_PLAN}`, { token: admin, body: plan });
      }),
      { numRuns: 300 },
    );
  });

  it('answers 200 cut-off bodies on every body route with 400', async () => {
    const bodies: [string, string, string][] = [
      ['POST', REPORTS, JSON.stringify({ unitId: UNIT.a, period: Q1, data: reportA() })],
      ['PUT', `/v1/plans/${FUZZ_PLAN}`, JSON.stringify({ ...planDefinition(), id: FUZZ_PLAN })],
      ['PUT', `/v1/plans/${PLAN_ID}/members/x%40test.local`, JSON.stringify({ role: 'viewer' })],
      ['POST', `/v1/plans/${PLAN_ID}/reports/${Q1}/${UNIT.a}/review`, JSON.stringify({ decision: 'return', comment: 'xem lại' })],
    ];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...bodies), fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), async ([method, path, text], cut) => {
        // A proper prefix of a JSON object is never valid JSON: its closing brace is missing.
        await expect4xx(method, path, { token: admin, rawBody: text.slice(0, Math.floor(cut * text.length)) });
      }),
      { numRuns: 200 },
    );
  });

  it('answers oversized bodies with 413', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 256 * 1024 + 1, max: 2 * 1024 * 1024 }), async (size) => {
        const res = await s.api('POST', REPORTS, { token: reporter, rawBody: `{"unitId":"${'x'.repeat(size)}"}` });
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        expect(res.status).toBe(413);
      }),
      { numRuns: 10 },
    );
  });

  it('is still up afterwards, with nothing stored', async () => {
    expect([...statuses.values()].reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(1_200);
    expect([...statuses.keys()].every((status) => status >= 400 && status < 500)).toBe(true);
    expect((await s.api('GET', '/openapi.json')).status).toBe(200);
    expect((await s.api('GET', `/v1/plans/${PLAN_ID}/reports/${Q1}/${UNIT.a}`, { token: admin })).status).toBe(404);
    expect((await s.api('GET', `/v1/plans/${FUZZ_PLAN}`, { token: admin })).status).toBe(404);
    const plan = await s.api('GET', `/v1/plans/${PLAN_ID}`, { token: admin });
    expect(plan.body.units).toEqual(planDefinition().units);
  });
});
