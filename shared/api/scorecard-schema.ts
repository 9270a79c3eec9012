/**
 * The scorecard as the API answers it (DESIGN §6, contract), for the OpenAPI document and the
 * conformance test; code names the same shape through the types of engine/scorecard-model.ts.
 */
import * as z from 'zod/mini';
import { KPI_IDS } from '../kpis.js';
import { UNIT_KINDS } from '../plans/plan.js';

const KpiResultSchema = z.strictObject({
  id: z.enum(KPI_IDS),
  value: z.nullable(z.number()),
  target: z.nullable(z.number()),
  status: z.enum(['met', 'near', 'below', 'info', 'no-data']),
  numerator: z.number(),
  denominator: z.number(),
  previous: z.nullable(z.number()),
});

export const ReviewStatusSchema = z.enum(['submitted', 'accepted', 'returned']);

const Index766Schema = z.strictObject({
  points: z.number(),
  max: z.number(),
  indicators: z.array(
    z.strictObject({ id: z.string(), rate: z.nullable(z.number()), points: z.nullable(z.number()), max: z.number(), basis: z.enum(['form-06', 'portal']) }),
  ),
  gains: z.array(z.strictObject({ indicatorId: z.string(), points: z.number(), dossiers: z.nullable(z.int()) })),
});

const TaskStatusSchema = z.enum(['not-started', 'in-progress', 'done']);
export const TaskEvidenceSchema = z.union([z.strictObject({ number: z.string(), date: z.string() }), z.strictObject({ url: z.string() })]);

const TaskProgressSchema = z.strictObject({
  id: z.int(),
  title: z.string(),
  due: z.nullable(z.string()),
  done: z.int(),
  inProgress: z.int(),
  notStarted: z.int(),
  overdue: z.int(),
  units: z.array(z.strictObject({ unitId: z.string(), status: z.nullable(TaskStatusSchema), overdue: z.boolean(), evidence: z.optional(TaskEvidenceSchema) })),
});

const UnitScorecardSchema = z.strictObject({
  unitId: z.string(),
  name: z.string(),
  kind: z.enum(UNIT_KINDS),
  score: z.nullable(z.number()),
  rank: z.nullable(z.int()),
  kpis: z.array(KpiResultSchema),
  submitted: z.boolean(),
  onTime: z.nullable(z.boolean()),
  reviewStatus: z.nullable(ReviewStatusSchema),
  groups: z.optional(z.array(z.string())),
  previousFrom: z.optional(z.array(z.strictObject({ unitId: z.string(), share: z.number() }))),
  index766: Index766Schema,
});

const CompletenessSchema = z.strictObject({
  expected: z.int(),
  submitted: z.int(),
  onTime: z.int(),
  late: z.int(),
  missing: z.array(z.string()),
  lateUnits: z.array(z.string()),
});

const TrendPointSchema = z.strictObject({ period: z.string(), kpis: z.partialRecord(z.enum(KPI_IDS), z.nullable(z.number())) });

const GroupScorecardSchema = z.strictObject({
  groupId: z.string(),
  name: z.string(),
  kpis: z.array(KpiResultSchema),
  completeness: CompletenessSchema,
  score: z.nullable(z.number()),
  rank: z.nullable(z.int()),
  trend: z.array(TrendPointSchema),
  index766: Index766Schema,
});

const colors = z.optional(z.union([z.string(), z.array(z.string())]));

/** A plain-JSON Chart.js configuration, built in the language the request asked for. */
const ChartSpecSchema = z.strictObject({
  id: z.string(),
  title: z.string(),
  config: z.strictObject({
    type: z.enum(['bar', 'line', 'doughnut']),
    data: z.strictObject({
      labels: z.array(z.string()),
      datasets: z.array(z.looseObject({ type: z.optional(z.enum(['bar', 'line'])), label: z.string(), data: z.array(z.nullable(z.number())), backgroundColor: colors, borderColor: colors })),
    }),
    options: z.record(z.string(), z.unknown()),
  }),
});

export const ScorecardSchema = z.strictObject({
  planId: z.string(),
  period: z.string(),
  computedAt: z.string(),
  stale: z.boolean(),
  district: z.strictObject({ kpis: z.array(KpiResultSchema), index766: Index766Schema }),
  units: z.array(UnitScorecardSchema),
  completeness: CompletenessSchema,
  groups: z.array(GroupScorecardSchema),
  charts: z.array(ChartSpecSchema),
  provisional: z.boolean(),
  tasks: z.array(TaskProgressSchema),
  trend: z.array(TrendPointSchema),
  problems: z.array(z.strictObject({ code: z.string(), message: z.string(), unitId: z.optional(z.string()), period: z.optional(z.string()) })),
});
