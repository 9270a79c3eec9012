/**
 * The whole contract of one route, by the ids of routes.ts: its body, and for each status it can
 * answer, the body of that answer (`null`: no body). The OpenAPI document and the conformance
 * test read it at run time; use cases and clients only through the types below.
 */
import * as z from 'zod/mini';
import { PlanSchema } from '../plans/plan.js';
import { ReportDataSchema } from '../report/schema.js';
import { ChangeMembersSchema, MemberSchema, ReviewSchema, SlugSchema, SubmitReportSchema } from './requests.js';
import * as R from './responses.js';
import type { RouteId } from './routes.js';
import { ScorecardSchema } from './scorecard-schema.js';

/** An answer that is a file, not JSON: its media type; the body is the file's bytes. */
export interface BinaryAnswer {
  binary: string;
}
type Answers = Record<number, z.ZodMiniType | null | BinaryAnswer>;

export const XLSX = { binary: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } as const satisfies BinaryAnswer;
export const DOCX = { binary: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' } as const satisfies BinaryAnswer;

/** The query of an export: `group` narrows it to one of the plan's groups, `unit` to one unit (a reporter's own). */
const EXPORT_QUERY = { group: SlugSchema, unit: SlugSchema };

function errors<S extends number>(...statuses: S[]): Record<S, typeof R.ErrorSchema> {
  return Object.fromEntries(statuses.map((s) => [s, R.ErrorSchema])) as Record<S, typeof R.ErrorSchema>;
}

/** Every route: the gateway's throttle (429), an unexpected fault. */
const ANY = { 429: R.GatewayErrorSchema, ...errors(500) };
/** Every route with a token: no or a bad token, the store busy (retry). */
const SIGNED_IN = { ...ANY, 401: R.UnauthorizedSchema, ...errors(503) };
/** Plus a plan in the path: not a member (or not this role), unknown plan/period/unit, a malformed %XX. */
const IN_PLAN = { ...SIGNED_IN, ...errors(400, 403, 404) };
/** Plus a body: invalid (issues name each path), over 256 KiB. */
const WITH_BODY = { ...IN_PLAN, ...errors(413) };

export const CONTRACT = {
  getMe: { responses: { 200: R.MeSchema, ...SIGNED_IN } },
  listPlans: { responses: { 200: R.PlanListSchema, ...SIGNED_IN } },
  getPlan: { responses: { 200: R.PlanViewSchema, ...IN_PLAN } },
  putPlan: { body: PlanSchema, responses: { 200: R.PlanViewSchema, 201: R.PlanViewSchema, ...WITH_BODY } },
  putMember: { body: MemberSchema, responses: { 200: R.MemberAnswerSchema, ...WITH_BODY } },
  changeMembers: { body: ChangeMembersSchema, responses: { 200: R.MemberChangesSchema, ...WITH_BODY } },
  deleteMember: { responses: { 204: null, ...IN_PLAN } },
  listMembers: { responses: { 200: R.MembersSchema, ...IN_PLAN } },
  membershipAudit: { responses: { 200: R.MembershipAuditSchema, ...IN_PLAN } },
  submitReport: {
    body: z.extend(SubmitReportSchema, { data: ReportDataSchema }),
    responses: { 200: R.SubmitAnswerSchema, 201: R.SubmitAnswerSchema, ...WITH_BODY, ...errors(409) },
  },
  getReport: { responses: { 200: R.LatestReportSchema, ...IN_PLAN } },
  getReportVersion: { responses: { 200: R.ReportVersionSchema, ...IN_PLAN } },
  reviewReport: { body: ReviewSchema, responses: { 200: R.ReviewAnswerSchema, ...WITH_BODY, ...errors(409) } },
  periodStatus: { responses: { 200: R.PeriodStatusSchema, ...IN_PLAN } },
  computeScorecard: { responses: { 200: ScorecardSchema, ...IN_PLAN } },
  getScorecard: { responses: { 200: ScorecardSchema, ...IN_PLAN } },
  exportForm06: { query: EXPORT_QUERY, responses: { 200: XLSX, ...IN_PLAN } },
  exportReportDocx: { query: EXPORT_QUERY, responses: { 200: DOCX, ...IN_PLAN } },
  openapi: { responses: { 200: R.OpenApiSchema, ...ANY } },
} satisfies Record<RouteId, { body?: z.ZodMiniType; query?: Record<string, z.ZodMiniType>; responses: Answers }>;

type Responses<Id extends RouteId> = (typeof CONTRACT)[Id]['responses'];
type SuccessStatus = 200 | 201 | 204;
type BodyOf<S> = S extends BinaryAnswer ? Uint8Array : S extends z.ZodMiniType ? z.infer<S> : void;

/** What a route answers with `status`; `void` for 204. */
export type RouteAnswer<Id extends RouteId, S extends keyof Responses<Id>> = BodyOf<Responses<Id>[S]>;
/** What a route answers when it succeeds: a use case returns exactly this. */
export type RouteResponse<Id extends RouteId> = { [S in keyof Responses<Id> & SuccessStatus]: RouteAnswer<Id, S> }[keyof Responses<Id> & SuccessStatus];
/** The body a client sends, as it writes it (defaults may be left out). */
export type RouteRequest<Id extends RouteId> = (typeof CONTRACT)[Id] extends { body: infer B extends z.ZodMiniType } ? z.input<B> : never;
export type ErrorBody = z.infer<typeof R.ErrorSchema>;
