/**
 * The deployment facts of each route of the contract (shared/api/routes.ts): the CDK stack and
 * the local stack both build their routing from ROUTES, so a route exists in both or in neither.
 * `access` is what the function's IAM role may do to the table (least privilege); `throttle` and
 * `reservedConcurrency` are its share of the deadline evening (docs/deploy.md, "Throttling").
 */
import { API_ROUTES, ROUTE_IDS, type ApiRoute, type RouteId } from '../shared/api/routes.js';

export type TableAccess = 'none' | 'read' | 'write-reports' | 'review' | 'write-plans' | 'remove-members' | 'change-members' | 'aggregate' | 'refresh' | 'remind';

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

/** Where and how a route of the contract (shared/api/routes.ts) runs. */
interface Deployment {
  /** The file in functions/handlers/ that exports `handler`. */
  handler: string;
  access: TableAccess;
  throttle: Throttle;
  /** Lambda reserved concurrency: both a cap and a guarantee; unset shares the account's pool. */
  reservedConcurrency?: number;
  /** Reads a year of reports and computes over them: gets the aggregation's time and memory. */
  heavy?: true;
}

const DEPLOYMENT: Record<RouteId, Deployment> = {
  getMe: { handler: 'me', access: 'read', throttle: READ },
  listPlans: { handler: 'list-plans', access: 'read', throttle: READ },
  getPlan: { handler: 'get-plan', access: 'read', throttle: READ },
  putPlan: { handler: 'put-plan', access: 'write-plans', throttle: MANAGE },
  putMember: { handler: 'put-member', access: 'write-plans', throttle: MANAGE },
  changeMembers: { handler: 'change-members', access: 'change-members', throttle: MANAGE },
  deleteMember: { handler: 'delete-member', access: 'remove-members', throttle: MANAGE },
  listMembers: { handler: 'list-members', access: 'read', throttle: READ },
  membershipAudit: { handler: 'membership-audit', access: 'read', throttle: READ },
  submitReport: { handler: 'submit-report', access: 'write-reports', throttle: SUBMIT },
  getReport: { handler: 'get-report', access: 'read', throttle: READ },
  getReportVersion: { handler: 'get-report-version', access: 'read', throttle: READ },
  reviewReport: { handler: 'review-report', access: 'review', throttle: MANAGE },
  periodStatus: { handler: 'period-status', access: 'read', throttle: READ },
  computeScorecard: { handler: 'compute-scorecard', access: 'aggregate', throttle: COMPUTE, reservedConcurrency: COMPUTE_CONCURRENCY, heavy: true },
  // A read computes the scorecard from the year's stored inputs: the aggregation's memory, a reader's throttle.
  getScorecard: { handler: 'get-scorecard', access: 'read', throttle: READ, heavy: true },
  // An export reads a year of reports and builds a file, as heavy as an aggregation (but stores nothing).
  exportForm06: { handler: 'export-form-06', access: 'read', throttle: COMPUTE, heavy: true },
  exportReportDocx: { handler: 'export-report-docx', access: 'read', throttle: COMPUTE, heavy: true },
  openapi: { handler: 'openapi', access: 'none', throttle: PUBLIC },
};

export interface RouteDef extends Deployment {
  id: RouteId;
  method: ApiRoute['method'];
  path: string;
  /** Routes without a token (the OpenAPI document). */
  public: boolean;
}

export const ROUTES: readonly RouteDef[] = ROUTE_IDS.map((id) => {
  const { method, path, roles } = API_ROUTES[id];
  return { id, method, path, public: roles.length === 0, ...DEPLOYMENT[id] };
});

/** The scheduled aggregation is a function without a route; one run at a time covers every plan. */
export const SCHEDULED_HANDLER = { handler: 'scheduled-aggregate', access: 'aggregate' as TableAccess, reservedConcurrency: 1 };
/** Fed by the table's stream (infra/constructs/scorecard-refresh.ts): updates the changed units' rows. */
export const REFRESH_HANDLER = { handler: 'refresh-scorecards', access: 'refresh' as TableAccess };

/** The morning reminder mails (infra/constructs/reminders.ts); one run at a time, so no two claim the same day. */
export const REMINDERS_HANDLER = { handler: 'send-reminders', access: 'remind' as TableAccess, reservedConcurrency: 1 };

/** Every handler that becomes a function: each route's, the schedules' and the stream's. */
export const FUNCTION_HANDLERS: readonly string[] = [...ROUTES.map((r) => r.handler), SCHEDULED_HANDLER.handler, REFRESH_HANDLER.handler, REMINDERS_HANDLER.handler];
