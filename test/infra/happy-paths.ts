/**
 * One happy path for each route of the contract (shared/api/routes.ts), in an order where each
 * finds what it needs: the plan before its members, a report before its review, a scorecard
 * computed before it is read. test/infra/shipped-bundles.test.ts runs them against the functions
 * in cdk.out and against the local stack and compares the answers; test/api/contract.test.ts
 * checks each answer against the contract.
 */
import { API_ROUTES, pathOf, type RouteId } from '../../shared/api/routes.js';
import { PLAN_ID, Q1, UNIT, planDefinition, reportA } from '../helpers/fixtures.js';

export const REPORTER = 'can-bo.xa-a@thu.vn';
/** A "+" and an "@" in a path parameter: decoded once, on either stack. */
export const VIEWER = 'lanh.dao+q1@thu.vn';

export interface HappyPath {
  route: RouteId;
  /** `METHOD /path`, as API Gateway names the route. */
  routeKey: string;
  /** Who calls; null for the public route. */
  as: 'admin' | 'reporter' | null;
  params?: Record<string, string>;
  body?: unknown;
  status: number;
}

const plan = { planId: PLAN_ID };
const report = { ...plan, period: Q1, unitId: UNIT.a };

function step(route: RouteId, as: HappyPath['as'], status: number, params?: Record<string, string>, body?: unknown): HappyPath {
  const { method, path } = API_ROUTES[route];
  return { route, routeKey: `${method} ${path}`, as, status, ...(params ? { params } : {}), ...(body === undefined ? {} : { body }) };
}

export const HAPPY_PATHS: readonly HappyPath[] = [
  step('putPlan', 'admin', 201, plan, planDefinition()),
  step('putMember', 'admin', 200, { ...plan, email: REPORTER }, { role: 'reporter', unitId: UNIT.a }),
  step('putMember', 'admin', 200, { ...plan, email: VIEWER }, { role: 'viewer' }),
  step('changeMembers', 'admin', 200, plan, { put: [{ email: 'chuyen-vien@thu.vn', role: 'viewer' }], remove: [] }),
  step('getMe', 'reporter', 200),
  step('listPlans', 'reporter', 200),
  step('getPlan', 'reporter', 200, plan),
  step('listMembers', 'admin', 200, plan),
  step('membershipAudit', 'admin', 200, plan),
  step('submitReport', 'reporter', 201, plan, { unitId: UNIT.a, period: Q1, data: reportA(), idempotencyKey: 'shipped-bundle-1' }),
  step('getReport', 'reporter', 200, report),
  step('getReportVersion', 'reporter', 200, { ...report, version: '1' }),
  step('reviewReport', 'admin', 200, report, { decision: 'accept' }),
  step('periodStatus', 'admin', 200, { ...plan, period: Q1 }),
  step('computeScorecard', 'admin', 200, { ...plan, period: Q1 }),
  step('getScorecard', 'reporter', 200, { ...plan, period: Q1 }),
  step('exportForm06', 'reporter', 200, { ...plan, period: Q1 }),
  step('exportReportDocx', 'admin', 200, { ...plan, period: Q1 }),
  step('deleteMember', 'admin', 204, { ...plan, email: VIEWER }),
  step('openapi', null, 200),
];

/** The path a client requests: each parameter percent-encoded, as encodeURIComponent does. */
export function requestPath(step: HappyPath): string {
  return pathOf(step.route, (step.params ?? {}) as never);
}
