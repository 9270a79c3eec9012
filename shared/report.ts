/**
 * The report a unit submits (DESIGN §5, contract: `data`). The zod schema fixes the shape
 * (strict: an unknown key is an error); `validateReport` then applies the rules that relate
 * numbers to each other and to the plan, and `reportWarnings` compares with last quarter.
 */
import * as z from 'zod/mini';
import type { Plan, Unit, ParseResult } from './plan.js';
import { hasTag, TAG_ONE_STOP_OFFICE } from './tags.js';
import { fromZodError, type PathSegment, type RawProblem } from './problems.js';
import { dossierTotals } from './dossier-totals.js';

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

export const TASK_NUMBERS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] as const;
export const TASK_STATUSES = ['not-started', 'in-progress', 'done'] as const;

const TaskSchema = z.strictObject({
  task: z.int().check(z.minimum(1), z.maximum(11)),
  status: z.enum(TASK_STATUSES),
  note: z.optional(z.string().check(z.maxLength(2000))),
});

/** The blocks that are one object each; rules are checked per block when one is well-formed. */
const BLOCK_SCHEMAS = {
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
const OfficeSchema = z.strictObject({ brandIdentity: z.boolean() });

export const ReportDataSchema = z.strictObject({
  dossiers: z.array(DossierRowSchema).check(z.maxLength(200)),
  ...BLOCK_SCHEMAS,
  office: z.optional(OfficeSchema),
  tasks: z.array(TaskSchema).check(z.maxLength(11)),
});

export type DossierRow = z.infer<typeof DossierRowSchema>;
export type ReportData = z.infer<typeof ReportDataSchema>;

/**
 * The parts of a report that are well-formed on their own. Rules are checked on whatever parts
 * are, so a single check names a row that does not add up even while a blank cell elsewhere is
 * still missing. Array entries keep their index (undefined where malformed) so paths stay right.
 */
interface ReportParts {
  dossiers?: (DossierRow | undefined)[];
  procedures?: ReportData['procedures'];
  digital?: ReportData['digital'];
  satisfaction?: ReportData['satisfaction'];
  feedback?: ReportData['feedback'];
  office?: ReportData['office'];
  officeMalformed?: boolean;
  tasks?: (ReportData['tasks'][number] | undefined)[];
}

function wellFormedParts(input: unknown): ReportParts {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return {};
  const raw = input as Record<string, unknown>;
  const parse = <T,>(schema: z.ZodMiniType<T>, value: unknown): T | undefined => {
    const parsed = schema.safeParse(value);
    return parsed.success ? parsed.data : undefined;
  };
  const parts: ReportParts = {};
  if (Array.isArray(raw.dossiers)) parts.dossiers = raw.dossiers.map((row) => parse(DossierRowSchema, row));
  parts.procedures = parse(BLOCK_SCHEMAS.procedures, raw.procedures);
  parts.digital = parse(BLOCK_SCHEMAS.digital, raw.digital);
  parts.satisfaction = parse(BLOCK_SCHEMAS.satisfaction, raw.satisfaction);
  parts.feedback = parse(BLOCK_SCHEMAS.feedback, raw.feedback);
  if (raw.office !== undefined) {
    parts.office = parse(OfficeSchema, raw.office);
    parts.officeMalformed = parts.office === undefined;
  }
  if (Array.isArray(raw.tasks)) parts.tasks = raw.tasks.map((task) => parse(TaskSchema, task));
  return parts;
}

/** The numeric columns of a form-06a row, in the form's order. */
export const DOSSIER_COUNTS = ['online', 'direct', 'carriedOver', 'early', 'onTime', 'late', 'pendingOnTime', 'pendingOverdue'] as const;

/** Shape only, for data read back from storage: the rules were checked when it was stored. */
export function parseReportData(input: unknown): ReportData | null {
  const parsed = ReportDataSchema.safeParse(input);
  return parsed.success ? parsed.data : null;
}

/**
 * Checks shape, then every rule of DESIGN §5, and lists every problem with its path. When the
 * shape is wrong somewhere, the rules are still checked on the parts that are well-formed.
 */
export function validateReport(input: unknown, plan: Plan, unit: Unit): ParseResult<ReportData> {
  const parsed = ReportDataSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) {
    return { ok: false, problems: [...fromZodError(parsed.error), ...reportRuleProblems(wellFormedParts(input), plan, unit)] };
  }
  const problems = reportRuleProblems(parsed.data, plan, unit);
  return problems.length ? { ok: false, problems } : { ok: true, value: parsed.data };
}

function reportRuleProblems(data: ReportParts, plan: Plan, unit: Unit): RawProblem[] {
  const problems: RawProblem[] = [];
  const partOf = (partPath: PathSegment[], partValue: number, wholePath: string, wholeValue: number) => {
    if (partValue > wholeValue) {
      problems.push({
        path: partPath,
        code: 'part_exceeds_whole',
        params: { part: partPath.join('.'), partValue, whole: wholePath, wholeValue },
      });
    }
  };

  const fieldIds = new Set(plan.fields.map((f) => f.id));
  const seenFields = new Set<string>();
  data.dossiers?.forEach((row, i) => {
    if (row === undefined) return;
    if (!fieldIds.has(row.field)) problems.push({ path: ['dossiers', i, 'field'], code: 'unknown_field', params: { id: row.field } });
    else if (seenFields.has(row.field)) problems.push({ path: ['dossiers', i, 'field'], code: 'duplicate_field', params: { id: row.field } });
    seenFields.add(row.field);
    const received = row.online + row.direct + row.carriedOver;
    const accounted = row.early + row.onTime + row.late + row.pendingOnTime + row.pendingOverdue;
    if (received !== accounted) {
      // Point at the resolved/pending side: that is where a typo usually is.
      problems.push({ path: ['dossiers', i, 'late'], code: 'dossier_balance', params: { received, accounted } });
    }
  });

  const { procedures: pr, digital: dg, satisfaction: sa, feedback: fb } = data;
  if (pr) partOf(['procedures', 'oneStop'], pr.oneStop, 'procedures.total', pr.total);
  if (dg) {
    partOf(['digital', 'paidOnline'], dg.paidOnline, 'digital.feeDossiers', dg.feeDossiers);
    partOf(['digital', 'eCertifiedCopies'], dg.eCertifiedCopies, 'digital.certifiedCopies', dg.certifiedCopies);
  }
  // The sums over the rows are only known when every row is well-formed.
  const rows = data.dossiers?.every((row) => row !== undefined) ? (data.dossiers as DossierRow[]) : undefined;
  if (dg && rows) {
    const totals = dossierTotals(rows);
    for (const key of ['digitizedResults', 'electronicResults'] as const) partOf(['digital', key], dg[key], 'resolved', totals.resolved);
    for (const key of ['digitizedDossiers', 'reusedData', 'processedOnSystem'] as const) partOf(['digital', key], dg[key], 'online+direct', totals.received);
  }
  if (sa) {
    partOf(['satisfaction', 'satisfied'], sa.satisfied, 'satisfaction.ratings', sa.ratings);
    partOf(['satisfaction', 'lciSatisfied'], sa.lciSatisfied, 'satisfaction.lciRatings', sa.lciRatings);
    partOf(['satisfaction', 'lciRatings'], sa.lciRatings, 'satisfaction.ratings', sa.ratings);
    partOf(['satisfaction', 'lciSatisfied'], sa.lciSatisfied, 'satisfaction.satisfied', sa.satisfied);
  }
  if (fb) partOf(['feedback', 'resolvedOnTime'], fb.resolvedOnTime, 'feedback.resolved', fb.resolved);

  if (data.office !== undefined && !hasTag(unit, TAG_ONE_STOP_OFFICE)) problems.push({ path: ['office'], code: 'office_not_applicable' });
  if (data.office === undefined && !data.officeMalformed && hasTag(unit, TAG_ONE_STOP_OFFICE)) problems.push({ path: ['office'], code: 'required' });

  const seenTasks = new Set<number>();
  data.tasks?.forEach((t, i) => {
    if (t === undefined) return;
    if (seenTasks.has(t.task)) problems.push({ path: ['tasks', i, 'task'], code: 'duplicate_task', params: { id: t.task } });
    seenTasks.add(t.task);
  });
  return problems;
}

/** Counts below this on both sides are too small for a "sharp change" to mean anything. */
const SHARP_CHANGE_FLOOR = 10;
const SHARP_CHANGE_FACTOR = 3;

/**
 * Warnings against the previous quarter's latest report (stored, never blocking): carriedOver
 * that differs from last quarter's pending, and counts that grew over 3× or shrank below ⅓.
 */
export function reportWarnings(data: ReportData, previous: ReportData | undefined): RawProblem[] {
  if (!previous) return [];
  const warnings: RawProblem[] = [];
  const sharp = (path: PathSegment[], value: number, before: number) => {
    if (Math.max(value, before) < SHARP_CHANGE_FLOOR) return;
    if (value > before * SHARP_CHANGE_FACTOR || value * SHARP_CHANGE_FACTOR < before) {
      warnings.push({ path, code: 'sharp_change', params: { value, previous: before } });
    }
  };

  const previousRows = new Map(previous.dossiers.map((r) => [r.field, r]));
  data.dossiers.forEach((row, i) => {
    const before = previousRows.get(row.field);
    const pendingBefore = before ? before.pendingOnTime + before.pendingOverdue : 0;
    if (row.carriedOver !== pendingBefore) {
      warnings.push({ path: ['dossiers', i, 'carriedOver'], code: 'carried_over_mismatch', params: { value: row.carriedOver, previous: pendingBefore } });
    }
    if (before) {
      sharp(['dossiers', i, 'online'], row.online, before.online);
      sharp(['dossiers', i, 'direct'], row.direct, before.direct);
    }
  });
  for (const block of ['procedures', 'digital', 'satisfaction', 'feedback'] as const) {
    const now = data[block] as Record<string, number>;
    const before = previous[block] as Record<string, number>;
    for (const key of Object.keys(now)) sharp([block, key], now[key]!, before[key]!);
  }
  return warnings;
}
