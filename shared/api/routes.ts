/**
 * The routes of HTTP API v1 (DESIGN §3, a contract: extend, never rename), each declared once by
 * id: method, path and who may call it. Plain data without zod, so the add-in, the page and every
 * Lambda may import it at no cost; bodies are in requests.ts and responses.ts under the same ids.
 */
import { ROLES, type Role } from './roles.js';

export interface ApiRoute {
  method: 'GET' | 'PUT' | 'POST' | 'DELETE';
  /** API Gateway path syntax: `{name}` is a path parameter. */
  path: string;
  /** Who may call it; an empty list means anyone, without a token. */
  roles: readonly Role[];
}

const ADMIN = ['admin'] as const;
const OFFICE = ['reviewer', 'admin'] as const;

export const API_ROUTES = {
  getMe: { method: 'GET', path: '/v1/me', roles: ROLES },
  listPlans: { method: 'GET', path: '/v1/plans', roles: ROLES },
  getPlan: { method: 'GET', path: '/v1/plans/{planId}', roles: ROLES },
  putPlan: { method: 'PUT', path: '/v1/plans/{planId}', roles: ADMIN },
  putMember: { method: 'PUT', path: '/v1/plans/{planId}/members/{email}', roles: ADMIN },
  /** Extension: many grants, changes and removals in one request (a plan sheet of 3,321 units). */
  changeMembers: { method: 'POST', path: '/v1/plans/{planId}/members', roles: ADMIN },
  deleteMember: { method: 'DELETE', path: '/v1/plans/{planId}/members/{email}', roles: ADMIN },
  listMembers: { method: 'GET', path: '/v1/plans/{planId}/members', roles: ADMIN },
  membershipAudit: { method: 'GET', path: '/v1/plans/{planId}/members/audit', roles: ADMIN },
  submitReport: { method: 'POST', path: '/v1/plans/{planId}/reports', roles: ['reporter', 'admin'] },
  getReport: { method: 'GET', path: '/v1/plans/{planId}/reports/{period}/{unitId}', roles: ROLES },
  getReportVersion: { method: 'GET', path: '/v1/plans/{planId}/reports/{period}/{unitId}/versions/{version}', roles: ROLES },
  reviewReport: { method: 'POST', path: '/v1/plans/{planId}/reports/{period}/{unitId}/review', roles: OFFICE },
  periodStatus: { method: 'GET', path: '/v1/plans/{planId}/periods/{period}/status', roles: ROLES },
  computeScorecard: { method: 'POST', path: '/v1/plans/{planId}/scorecards/{period}/compute', roles: OFFICE },
  getScorecard: { method: 'GET', path: '/v1/plans/{planId}/scorecards/{period}', roles: ROLES },
  /** DESIGN §10: files for the level above; a reporter gets its own unit's (exports use case), `?group=` a group's. */
  exportForm06: { method: 'GET', path: '/v1/plans/{planId}/exports/{period}/form-06.xlsx', roles: ROLES },
  exportReportDocx: { method: 'GET', path: '/v1/plans/{planId}/exports/{period}/report.docx', roles: ROLES },
  openapi: { method: 'GET', path: '/openapi.json', roles: [] },
} as const satisfies Record<string, ApiRoute>;

export type RouteId = keyof typeof API_ROUTES;
export const ROUTE_IDS = Object.keys(API_ROUTES) as RouteId[];

type ParamNames<P extends string> = P extends `${string}{${infer Name}}${infer Rest}` ? Name | ParamNames<Rest> : never;
/** `{ planId: string; period: string }` for `/v1/plans/{planId}/periods/{period}/status`. */
export type PathParams<Id extends RouteId> = { [K in ParamNames<(typeof API_ROUTES)[Id]['path']>]: string };

/** The path a client requests: each parameter percent-encoded, as API Gateway decodes it once. */
export function pathOf<Id extends RouteId>(id: Id, params: PathParams<Id>): string {
  const values = params as Record<string, string>;
  return API_ROUTES[id].path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(values[name]!));
}
