/**
 * What the API answers (DESIGN §3, contract), as zod schemas: the OpenAPI document is generated
 * from them and the conformance test parses live answers with them. Code names them only through
 * types (contract.ts), so no Lambda or add-in bundle carries them.
 */
import * as z from 'zod/mini';
import { PERIOD_KINDS } from '../calendar.js';
import { PlanSchema, UNIT_KINDS } from '../plans/plan.js';
import { ReportDataSchema } from '../report/schema.js';
import { ROLES } from './roles.js';
import { LANGS } from '../words/messages.js';
import { ReviewStatusSchema } from './scorecard-schema.js';

/** A problem in the reader's language; `path` names the field, e.g. `dossiers[2].late`. */
const ProblemSchema = z.strictObject({ path: z.string(), code: z.string(), message: z.string() });
const problems = z.array(ProblemSchema);

/** Every 4xx and 5xx of our handlers. */
export const ErrorSchema = z.strictObject({
  error: z.strictObject({ code: z.string(), message: z.string(), issues: z.optional(problems) }),
});

/**
 * What API Gateway answers itself, before any handler: 401 when its JWT authorizer refuses the
 * token, 429 when the route's throttle is exceeded (docs.aws.amazon.com/apigateway/latest/
 * developerguide/http-api-troubleshooting-jwt.html). The local stack answers 401 in our shape.
 */
export const GatewayErrorSchema = z.strictObject({ message: z.string() });
export const UnauthorizedSchema = z.union([ErrorSchema, GatewayErrorSchema]);

const GrantSchema = z.strictObject({ role: z.enum(ROLES), unitId: z.optional(z.string()) });

export const MeSchema = z.strictObject({
  email: z.string(),
  admin: z.boolean(),
  memberships: z.array(z.extend(GrantSchema, { planId: z.string() })),
});

const PeriodSchema = z.strictObject({
  id: z.string(),
  year: z.int(),
  kind: z.enum(PERIOD_KINDS),
  derived: z.boolean(),
  quarters: z.array(z.string()),
  from: z.string(),
  to: z.string(),
  deadline: z.string(),
});

export const PlanViewSchema = z.extend(PlanSchema, { periods: z.array(PeriodSchema) });
export const PlanListSchema = z.strictObject({ plans: z.array(PlanViewSchema) });

const MemberLangSchema = z.optional(z.enum(LANGS));
export const MemberAnswerSchema = z.extend(GrantSchema, { planId: z.string(), email: z.string(), lang: MemberLangSchema, warnings: problems });
/** What POST …/members did: counts of each kind of change, and warnings with their paths (`put[3].role`). */
export const MemberChangesSchema = z.strictObject({
  planId: z.string(),
  granted: z.int(),
  changed: z.int(),
  removed: z.int(),
  unchanged: z.int(),
  warnings: problems,
});
export const MembersSchema = z.strictObject({ planId: z.string(), members: z.array(z.extend(GrantSchema, { email: z.string(), lang: MemberLangSchema })) });
export const MembershipAuditSchema = z.strictObject({
  planId: z.string(),
  events: z.array(z.strictObject({
    email: z.string(),
    at: z.string(),
    by: z.string(),
    action: z.enum(['granted', 'changed', 'removed']),
    from: z.nullable(GrantSchema),
    to: z.nullable(GrantSchema),
  })),
});

export const SubmitAnswerSchema = z.strictObject({
  unitId: z.string(),
  period: z.string(),
  version: z.int(),
  submittedAt: z.string(),
  onTime: z.boolean(),
  status: ReviewStatusSchema,
  warnings: problems,
});

const ReviewRecordSchema = z.strictObject({ decision: z.enum(['accept', 'return']), comment: z.string(), by: z.string(), at: z.string(), version: z.int() });

export const ReportVersionSchema = z.strictObject({
  planId: z.string(),
  unitId: z.string(),
  period: z.string(),
  version: z.int(),
  submittedAt: z.string(),
  submittedBy: z.string(),
  data: ReportDataSchema,
  warnings: problems,
});

export const LatestReportSchema = z.extend(ReportVersionSchema, {
  firstSubmittedAt: z.string(),
  status: ReviewStatusSchema,
  onTime: z.boolean(),
  lastReview: z.nullable(ReviewRecordSchema),
  history: z.array(z.strictObject({ version: z.int(), submittedAt: z.string(), submittedBy: z.string() })),
});

export const ReviewAnswerSchema = z.strictObject({
  planId: z.string(),
  unitId: z.string(),
  period: z.string(),
  version: z.int(),
  status: ReviewStatusSchema,
  review: ReviewRecordSchema,
});

const count = z.int();
export const PeriodStatusSchema = z.strictObject({
  planId: z.string(),
  period: z.string(),
  deadline: z.string(),
  expected: z.array(z.string()),
  summary: z.strictObject({ expected: count, submitted: count, onTime: count, late: count, missing: count }),
  units: z.array(z.strictObject({
    unitId: z.string(),
    name: z.string(),
    kind: z.enum(UNIT_KINDS),
    submitted: z.boolean(),
    onTime: z.nullable(z.boolean()),
    late: z.boolean(),
    missing: z.boolean(),
    status: z.union([ReviewStatusSchema, z.literal('missing')]),
    version: z.nullable(z.int()),
    submittedAt: z.nullable(z.string()),
    firstSubmittedAt: z.nullable(z.string()),
    /** Extension (issue 15): when the unit was last mailed a reminder about this period. */
    lastRemindedAt: z.nullable(z.string()),
  })),
});

export const OpenApiSchema = z.looseObject({
  openapi: z.literal('3.1.0'),
  info: z.looseObject({ title: z.string(), version: z.string() }),
  paths: z.record(z.string(), z.record(z.string(), z.unknown())),
});
