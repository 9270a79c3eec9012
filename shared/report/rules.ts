/**
 * The rules of DESIGN §5 that relate a report's numbers to each other and to the plan. They are
 * checked even on a report whose shape is wrong somewhere, on the parts that are well-formed.
 */
import * as z from 'zod/mini';
import type { Plan, Unit, ParseResult } from '../plans/plan.js';
import { hasTag, TAG_ONE_STOP_OFFICE } from '../plans/tags.js';
import { fromZodError, type PathSegment, type RawProblem } from '../words/problems.js';
import { dossierTotals } from './dossier-totals.js';
import { taskProblems } from './task-rules.js';
import { BLOCK_SCHEMAS, DossierRowSchema, OfficeSchema, ReportDataSchema, TaskSchema, type DossierRow, type ReportData } from './schema.js';

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

  if (data.tasks) problems.push(...taskProblems(data.tasks, plan));
  return problems;
}
