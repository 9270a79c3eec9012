/**
 * The shape of the report a unit submits (DESIGN §5, contract: `data`). The zod schema is strict:
 * an unknown key is an error. The rules that relate numbers to each other and to the plan are in
 * rules.ts; the comparison with last quarter in warnings.ts.
 */
import * as z from 'zod/mini';
import { MAX_PLAN_TASKS } from '../plans/plan-tasks.js';

const count = z.int().check(z.minimum(0), z.maximum(1_000_000_000));

export const DossierRowSchema = z.strictObject({
  field: z.string().check(z.minLength(1), z.maxLength(64)),
  online: count,
  direct: count,
  carriedOver: count,
  early: count,
  onTime: count,
  late: count,
  pendingOnTime: count,
  pendingOverdue: count,
});

export const TASK_STATUSES = ['not-started', 'in-progress', 'done'] as const;

/**
 * A task's proof (extension, issue 15): an official document (its number as written, e.g.
 * "125/BC-UBND", and its date) or a link. The link's https scheme and the date's day are checked
 * in rules.ts, so each gets its own message.
 */
export const TaskEvidenceSchema = z.union([
  z.strictObject({ number: z.string().check(z.trim(), z.minLength(1), z.maxLength(100)), date: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)) }),
  z.strictObject({ url: z.string().check(z.trim(), z.minLength(1), z.maxLength(2000)) }),
]);

/** `task` names one of the plan's tasks, or 1..11 for a plan that lists none (rules.ts). */
export const TaskSchema = z.strictObject({
  task: z.int().check(z.minimum(1), z.maximum(999)),
  status: z.enum(TASK_STATUSES),
  note: z.optional(z.string().check(z.maxLength(2000))),
  evidence: z.optional(TaskEvidenceSchema),
});

/** The blocks that are one object each; rules are checked per block when one is well-formed. */
export const BLOCK_SCHEMAS = {
  procedures: z.strictObject({ total: count, oneStop: count }),
  digital: z.strictObject({
    digitizedDossiers: count,
    digitizedResults: count,
    electronicResults: count,
    feeDossiers: count,
    paidOnline: count,
    reusedData: count,
    processedOnSystem: count,
    certifiedCopies: count,
    eCertifiedCopies: count,
  }),
  satisfaction: z.strictObject({ ratings: count, satisfied: count, lciRatings: count, lciSatisfied: count }),
  feedback: z.strictObject({ received: count, resolved: count, resolvedOnTime: count }),
};
export const OfficeSchema = z.strictObject({ brandIdentity: z.boolean() });

export const ReportDataSchema = z.strictObject({
  dossiers: z.array(DossierRowSchema).check(z.maxLength(200)),
  ...BLOCK_SCHEMAS,
  office: z.optional(OfficeSchema),
  tasks: z.array(TaskSchema).check(z.maxLength(MAX_PLAN_TASKS)),
});

export type DossierRow = z.infer<typeof DossierRowSchema>;
export type ReportData = z.infer<typeof ReportDataSchema>;

/** The numeric columns of a form-06a row, in the form's order. */
export const DOSSIER_COUNTS = ['online', 'direct', 'carriedOver', 'early', 'onTime', 'late', 'pendingOnTime', 'pendingOverdue'] as const;

/** Shape only, for data read back from storage: the rules were checked when it was stored. */
export function parseReportData(input: unknown): ReportData | null {
  const parsed = ReportDataSchema.safeParse(input);
  return parsed.success ? parsed.data : null;
}
