/**
 * Live answers of the local stack against the contract (shared/api/contract.ts): every route's
 * happy path, and the errors a client meets most, each parsed with the schema the contract
 * declares for that route and status. A status the contract does not declare fails too.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as z from 'zod/mini';
import { CONTRACT, type BinaryAnswer } from '../../shared/api/contract.js';
import { ROUTE_IDS, pathOf, type RouteId } from '../../shared/api/routes.js';
import { ADMIN_EMAIL, startApiStack, type ApiResponse, type ApiStack } from '../helpers/api-stack.js';
import { PLAN_ID, Q1, UNIT, reportA } from '../helpers/fixtures.js';
import { HAPPY_PATHS, REPORTER, requestPath } from '../infra/happy-paths.js';

let s: ApiStack;
const tokens: Record<string, string> = {};
const happy: { route: RouteId; res: ApiResponse }[] = [];

beforeAll(async () => {
  s = await startApiStack({ now: 'real' });
  tokens.admin = await s.token(ADMIN_EMAIL);
  tokens.reporter = await s.token(REPORTER);
  for (const step of HAPPY_PATHS) {
    const method = step.routeKey.split(' ')[0]!;
    const res = await s.api(method, requestPath(step), { ...(step.as ? { token: tokens[step.as] } : {}), ...(step.body === undefined ? {} : { body: step.body }) });
    expect(res.status, `${step.routeKey}: ${res.text}`).toBe(step.status);
    happy.push({ route: step.route, res });
  }
}, 120_000);
afterAll(() => s?.close());

/** The problems of `res` against the contract of `route`: empty when the answer conforms. */
function violations(route: RouteId, res: ApiResponse): string[] {
  const responses: Record<number, z.ZodMiniType | null | BinaryAnswer> = CONTRACT[route].responses;
  if (!(res.status in responses)) return [`status ${res.status} is not declared for ${route}`];
  const schema = responses[res.status]!;
  if (schema === null) return res.text === '' ? [] : [`${route} ${res.status} must have no body, has ${res.text}`];
  if ('binary' in schema) {
    const type = res.headers.get('content-type');
    return type === schema.binary && res.text !== '' ? [] : [`${route} ${res.status} must be a non-empty ${schema.binary}, is ${type}`];
  }
  const parsed = schema.safeParse(res.body);
  return parsed.success ? [] : parsed.error.issues.map((i) => `${route} ${res.status} ${i.path.join('.')}: ${i.code}`);
}

describe('the contract, against live answers', () => {
  it('has a happy path for every route', () => {
    expect([...new Set(happy.map((h) => h.route))].sort()).toEqual([...ROUTE_IDS].sort());
  });

  it.each(HAPPY_PATHS.map((step, i) => [step.routeKey, i] as const))('%s answers what the contract declares', (_key, i) => {
    const { route, res } = happy[i]!;
    expect(violations(route, res)).toEqual([]);
  });

  it('catches an answer that strays from the contract', () => {
    const report = happy.find((h) => h.route === 'getReport')!.res;
    const { firstSubmittedAt: _dropped, ...rest } = report.body;
    expect(violations('getReport', { ...report, body: { ...rest, extra: 1 } })).toEqual([
      'getReport 200 firstSubmittedAt: invalid_type',
      'getReport 200 : unrecognized_keys',
    ]);
    expect(violations('getReport', { ...report, status: 418 })).toEqual(['status 418 is not declared for getReport']);
    // API Gateway's own refusal of a token, as the deployed stack answers it, is declared too.
    const gateway = { ...report, status: 401, body: { message: 'Unauthorized' }, text: '{"message":"Unauthorized"}' };
    expect(violations('getReport', gateway)).toEqual([]);
  });

  const plan = { planId: PLAN_ID };
  const errors: [name: string, route: RouteId, call: () => Promise<ApiResponse>, status: number][] = [
    ['no token', 'getMe', () => s.api('GET', pathOf('getMe', {})), 401],
    ['a reporter reading the members', 'listMembers', () => s.api('GET', pathOf('listMembers', plan), { token: tokens.reporter }), 403],
    ['an unknown plan', 'getPlan', () => s.api('GET', pathOf('getPlan', { planId: 'no-such-plan' }), { token: tokens.admin }), 404],
    ['an unknown period', 'getScorecard', () => s.api('GET', pathOf('getScorecard', { ...plan, period: '2031-Q1' }), { token: tokens.reporter }), 404],
    ['an invalid role', 'putMember', () => s.api('PUT', pathOf('putMember', { ...plan, email: 'x@thu.vn' }), { token: tokens.admin, body: { role: 'chief' } }), 400],
    ['malformed JSON', 'reviewReport', () => s.api('POST', pathOf('reviewReport', { ...plan, period: Q1, unitId: UNIT.a }), { token: tokens.admin, rawBody: '{' }), 400],
    ['a report accepted and locked', 'submitReport', () => s.api('POST', pathOf('submitReport', plan), { token: tokens.reporter, body: { unitId: UNIT.a, period: Q1, data: reportA() } }), 409],
    ['a removed member', 'deleteMember', () => s.api('DELETE', pathOf('deleteMember', { ...plan, email: 'lanh.dao+q1@thu.vn' }), { token: tokens.admin }), 404],
    ['a body over 256 KiB', 'putPlan', () => s.api('PUT', pathOf('putPlan', plan), { token: tokens.admin, rawBody: `"${'x'.repeat(256 * 1024)}"` }), 413],
  ];

  it.each(errors)('%s: answers the declared error shape', async (_name, route, call, status) => {
    const res = await call();
    expect(res.status, res.text).toBe(status);
    expect(violations(route, res)).toEqual([]);
    expect(res.body.error.message).toEqual(expect.any(String));
  });
});
