/**
 * The route table of HTTP API v1 (DESIGN §3). The CDK stack and the local stack both build
 * their routing from it, so a route exists in both or in neither. `access` is what the
 * function's IAM role may do to the table (least privilege).
 */
export type TableAccess = 'none' | 'read' | 'write-reports' | 'write-plans' | 'aggregate';

export interface RouteDef {
  method: 'GET' | 'PUT' | 'POST';
  /** API Gateway path syntax: `{name}` is a path parameter. */
  path: string;
  /** The file in functions/handlers/ that exports `handler`. */
  handler: string;
  access: TableAccess;
  /** Routes without a token (the OpenAPI document). */
  public?: boolean;
}

export const ROUTES: readonly RouteDef[] = [
  { method: 'GET', path: '/v1/me', handler: 'me', access: 'read' },
  { method: 'GET', path: '/v1/plans', handler: 'list-plans', access: 'read' },
  { method: 'GET', path: '/v1/plans/{planId}', handler: 'get-plan', access: 'read' },
  { method: 'PUT', path: '/v1/plans/{planId}', handler: 'put-plan', access: 'write-plans' },
  { method: 'PUT', path: '/v1/plans/{planId}/members/{email}', handler: 'put-member', access: 'write-plans' },
  { method: 'POST', path: '/v1/plans/{planId}/reports', handler: 'submit-report', access: 'write-reports' },
  { method: 'GET', path: '/v1/plans/{planId}/reports/{period}/{unitId}', handler: 'get-report', access: 'read' },
  { method: 'GET', path: '/v1/plans/{planId}/reports/{period}/{unitId}/versions/{version}', handler: 'get-report-version', access: 'read' },
  { method: 'POST', path: '/v1/plans/{planId}/reports/{period}/{unitId}/review', handler: 'review-report', access: 'write-reports' },
  { method: 'GET', path: '/v1/plans/{planId}/periods/{period}/status', handler: 'period-status', access: 'read' },
  { method: 'POST', path: '/v1/plans/{planId}/scorecards/{period}/compute', handler: 'compute-scorecard', access: 'aggregate' },
  { method: 'GET', path: '/v1/plans/{planId}/scorecards/{period}', handler: 'get-scorecard', access: 'read' },
  { method: 'GET', path: '/openapi.json', handler: 'openapi', access: 'none', public: true },
];

/** The scheduled aggregation is a function without a route. */
export const SCHEDULED_HANDLER = { handler: 'scheduled-aggregate', access: 'aggregate' as TableAccess };
