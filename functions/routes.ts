/**
 * The route table of HTTP API v1 (DESIGN §3). The CDK stack and the local stack both build
 * their routing from it, so a route exists in both or in neither. `access` is what the
 * function's IAM role may do to the table (least privilege); `throttle` and
 * `reservedConcurrency` are its share of the deadline evening (docs/deploy.md, "Throttling").
 */
export type TableAccess = 'none' | 'read' | 'write-reports' | 'review' | 'write-plans' | 'remove-members' | 'aggregate';

/** API Gateway's token bucket for one route: steady requests per second, and the burst above it. */
export interface Throttle {
  rateLimit: number;
  burstLimit: number;
}

/** Every unit of a district may submit in the same minute of the deadline evening. */
const SUBMIT: Throttle = { rateLimit: 50, burstLimit: 100 };
/** Opening the add-in or the page reads a few routes at once, for every person at once. */
const READ: Throttle = { rateLimit: 25, burstLimit: 50 };
/** A reviewer's clicks, an administrator's scripts. */
const MANAGE: Throttle = { rateLimit: 10, burstLimit: 20 };
/** Aggregation reads a year of reports: a few at a time, within its reserved concurrency. */
const COMPUTE: Throttle = { rateLimit: 1, burstLimit: 3 };
/** Open to anyone without a token: the smallest bucket. */
const PUBLIC: Throttle = { rateLimit: 5, burstLimit: 10 };
/** At most this many aggregations run at once, so they never take the capacity submissions need. */
const COMPUTE_CONCURRENCY = 5;

export interface RouteDef {
  method: 'GET' | 'PUT' | 'POST' | 'DELETE';
  /** API Gateway path syntax: `{name}` is a path parameter. */
  path: string;
  /** The file in functions/handlers/ that exports `handler`. */
  handler: string;
  access: TableAccess;
  /** Routes without a token (the OpenAPI document). */
  public?: boolean;
  throttle: Throttle;
  /** Lambda reserved concurrency: both a cap and a guarantee; unset shares the account's pool. */
  reservedConcurrency?: number;
}

export const ROUTES: readonly RouteDef[] = [
  { method: 'GET', path: '/v1/me', handler: 'me', access: 'read', throttle: READ },
  { method: 'GET', path: '/v1/plans', handler: 'list-plans', access: 'read', throttle: READ },
  { method: 'GET', path: '/v1/plans/{planId}', handler: 'get-plan', access: 'read', throttle: READ },
  { method: 'PUT', path: '/v1/plans/{planId}', handler: 'put-plan', access: 'write-plans', throttle: MANAGE },
  { method: 'PUT', path: '/v1/plans/{planId}/members/{email}', handler: 'put-member', access: 'write-plans', throttle: MANAGE },
  { method: 'DELETE', path: '/v1/plans/{planId}/members/{email}', handler: 'delete-member', access: 'remove-members', throttle: MANAGE },
  { method: 'GET', path: '/v1/plans/{planId}/members', handler: 'list-members', access: 'read', throttle: READ },
  { method: 'GET', path: '/v1/plans/{planId}/members/audit', handler: 'membership-audit', access: 'read', throttle: READ },
  { method: 'POST', path: '/v1/plans/{planId}/reports', handler: 'submit-report', access: 'write-reports', throttle: SUBMIT },
  { method: 'GET', path: '/v1/plans/{planId}/reports/{period}/{unitId}', handler: 'get-report', access: 'read', throttle: READ },
  { method: 'GET', path: '/v1/plans/{planId}/reports/{period}/{unitId}/versions/{version}', handler: 'get-report-version', access: 'read', throttle: READ },
  { method: 'POST', path: '/v1/plans/{planId}/reports/{period}/{unitId}/review', handler: 'review-report', access: 'review', throttle: MANAGE },
  { method: 'GET', path: '/v1/plans/{planId}/periods/{period}/status', handler: 'period-status', access: 'read', throttle: READ },
  { method: 'POST', path: '/v1/plans/{planId}/scorecards/{period}/compute', handler: 'compute-scorecard', access: 'aggregate', throttle: COMPUTE, reservedConcurrency: COMPUTE_CONCURRENCY },
  { method: 'GET', path: '/v1/plans/{planId}/scorecards/{period}', handler: 'get-scorecard', access: 'read', throttle: READ },
  { method: 'GET', path: '/openapi.json', handler: 'openapi', access: 'none', public: true, throttle: PUBLIC },
];

/** The scheduled aggregation is a function without a route; one run at a time covers every plan. */
export const SCHEDULED_HANDLER = { handler: 'scheduled-aggregate', access: 'aggregate' as TableAccess, reservedConcurrency: 1 };
