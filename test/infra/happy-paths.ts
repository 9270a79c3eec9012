/**
 * One happy path for each route of the route table, in an order where each finds what it needs:
 * the plan before its members, a report before its review, a scorecard computed before it is
 * read. test/infra/shipped-bundles.test.ts runs them against the functions in cdk.out and against
 * the local stack, and compares the answers.
 */
import { PLAN_ID, Q1, UNIT, planDefinition, reportA } from '../helpers/fixtures.js';

export const REPORTER = 'can-bo.xa-a@thu.vn';
/** A "+" and an "@" in a path parameter: decoded once, on either stack. */
export const VIEWER = 'lanh.dao+q1@thu.vn';

export interface HappyPath {
  routeKey: string;
  /** Who calls; null for the public route. */
  as: 'admin' | 'reporter' | null;
  params?: Record<string, string>;
  body?: unknown;
  status: number;
}

const plan = { planId: PLAN_ID };
const report = { ...plan, period: Q1, unitId: UNIT.a };

export const HAPPY_PATHS: readonly HappyPath[] = [
  { routeKey: 'PUT /v1/plans/{planId}', as: 'admin', params: plan, body: planDefinition(), status: 201 },
  { routeKey: 'PUT /v1/plans/{planId}/members/{email}', as: 'admin', params: { ...plan, email: REPORTER }, body: { role: 'reporter', unitId: UNIT.a }, status: 200 },
  { routeKey: 'PUT /v1/plans/{planId}/members/{email}', as: 'admin', params: { ...plan, email: VIEWER }, body: { role: 'viewer' }, status: 200 },
  { routeKey: 'GET /v1/me', as: 'reporter', status: 200 },
  { routeKey: 'GET /v1/plans', as: 'reporter', status: 200 },
  { routeKey: 'GET /v1/plans/{planId}', as: 'reporter', params: plan, status: 200 },
  { routeKey: 'GET /v1/plans/{planId}/members', as: 'admin', params: plan, status: 200 },
  { routeKey: 'GET /v1/plans/{planId}/members/audit', as: 'admin', params: plan, status: 200 },
  { routeKey: 'POST /v1/plans/{planId}/reports', as: 'reporter', params: plan, body: { unitId: UNIT.a, period: Q1, data: reportA(), idempotencyKey: 'shipped-bundle-1' }, status: 201 },
  { routeKey: 'GET /v1/plans/{planId}/reports/{period}/{unitId}', as: 'reporter', params: report, status: 200 },
  { routeKey: 'GET /v1/plans/{planId}/reports/{period}/{unitId}/versions/{version}', as: 'reporter', params: { ...report, version: '1' }, status: 200 },
  { routeKey: 'POST /v1/plans/{planId}/reports/{period}/{unitId}/review', as: 'admin', params: report, body: { decision: 'accept' }, status: 200 },
  { routeKey: 'GET /v1/plans/{planId}/periods/{period}/status', as: 'admin', params: { ...plan, period: Q1 }, status: 200 },
  { routeKey: 'POST /v1/plans/{planId}/scorecards/{period}/compute', as: 'admin', params: { ...plan, period: Q1 }, status: 200 },
  { routeKey: 'GET /v1/plans/{planId}/scorecards/{period}', as: 'reporter', params: { ...plan, period: Q1 }, status: 200 },
  { routeKey: 'DELETE /v1/plans/{planId}/members/{email}', as: 'admin', params: { ...plan, email: VIEWER }, status: 204 },
  { routeKey: 'GET /openapi.json', as: null, status: 200 },
];

/** The path a client requests: each parameter percent-encoded, as encodeURIComponent does. */
export function requestPath(step: HappyPath): string {
  return step.routeKey.split(' ')[1]!.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(step.params![name]!));
}
