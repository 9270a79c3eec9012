/**
 * A plan (DESIGN §4, contract): one reporting organisation and year, its units, its fields of
 * procedures and its targets. `parsePlan` checks the shape with zod, then the rules that need the
 * whole plan (ids and codes unique, groups and lineage point at real entries, dates in order;
 * lineage rules in lineage.ts), listing every problem.
 */
import * as z from 'zod/mini';
import { isKpiId } from '../kpis.js';
import { fromZodError, type RawProblem } from '../words/problems.js';
import { lineageProblems } from './lineage.js';
import { MAX_PLAN_TASKS, planTaskProblems, PlanTaskSchema } from './plan-tasks.js';

const DEFAULT_TIMEZONE = 'Asia/Ho_Chi_Minh';
/** A ward (phường) and a special zone (đặc khu) are commune-level units of the two-tier model (DESIGN §10). */
export const UNIT_KINDS = ['commune', 'ward', 'special-zone', 'agency'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

const slug = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,63}$/));
const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
const name = z.string().check(z.trim(), z.minLength(1), z.maxLength(200));

/** An official administrative code (e.g. a commune's code of the national list); unique in the plan. */
const code = z.string().check(z.regex(/^[0-9A-Za-z][0-9A-Za-z.-]{0,19}$/));

/** A unit formed from the whole (share 1) or part of an earlier unit, from its `validFrom` (DESIGN §10). */
const PredecessorSchema = z.strictObject({
  id: slug,
  share: z._default(z.number().check(z.gt(0), z.lte(1)), 1),
});

const UnitSchema = z.strictObject({
  id: slug,
  name,
  kind: z.enum(UNIT_KINDS),
  code: z.optional(code),
  tags: z.optional(z.array(slug).check(z.maxLength(20))),
  /** Ids of the plan's `groups` the unit belongs to; a unit may be in several. */
  groups: z.optional(z.array(slug).check(z.maxLength(20))),
  validFrom: z.optional(isoDate),
  validTo: z.optional(isoDate),
  mergedInto: z.optional(slug),
  predecessors: z.optional(z.array(PredecessorSchema).check(z.maxLength(50))),
});

/** A cluster the organisation reports by: a former district's area, a sector, a cluster of communes. */
const GroupSchema = z.strictObject({ id: slug, name });

const FieldSchema = z.strictObject({
  id: slug,
  name,
  /** English name, shown beside the Vietnamese one (extension). */
  nameEn: z.optional(name),
  group: z.optional(slug),
});

/** Reminder mails before each quarter's deadline (extension, issue 15); on unless `enabled: false`. */
const RemindersSchema = z.strictObject({
  enabled: z._default(z.boolean(), true),
  daysBefore: z._default(z.array(z.int().check(z.minimum(1), z.maximum(30))).check(z.maxLength(10)), [7, 2]),
});

export const PlanSchema = z.strictObject({
  id: slug,
  name,
  year: z.int().check(z.minimum(2000), z.maximum(2100)),
  timezone: z._default(z.string().check(z.minLength(1), z.maxLength(64)), DEFAULT_TIMEZONE),
  units: z.array(UnitSchema).check(z.minLength(1), z.maxLength(20_000)),
  groups: z.optional(z.array(GroupSchema).check(z.maxLength(500))),
  fields: z.array(FieldSchema).check(z.minLength(1), z.maxLength(200)),
  // Keys are checked against the KPI catalog below, so that an unknown id gets its own message.
  targets: z.optional(z.record(z.string(), z.nullable(z.number().check(z.minimum(0), z.maximum(1))))),
  reminders: z.optional(RemindersSchema),
  /** The plan's tasks (plan-tasks.ts); without them reports number tasks 1..11. */
  tasks: z.optional(z.array(PlanTaskSchema).check(z.maxLength(MAX_PLAN_TASKS))),
});

export type Unit = z.infer<typeof UnitSchema>;
export type Group = z.infer<typeof GroupSchema>;
export type Predecessor = z.infer<typeof PredecessorSchema>;
export type Field = z.infer<typeof FieldSchema>;
export type Plan = z.infer<typeof PlanSchema>;
export type PlanInput = z.input<typeof PlanSchema>;

export type ParseResult<T> = { ok: true; value: T } | { ok: false; problems: RawProblem[] };

export function parsePlan(input: unknown): ParseResult<Plan> {
  return checkPlan(input, isTimeZone);
}

/**
 * parsePlan with the time-zone test passed in: Apps Script documents no Intl time zones, so the
 * add-in passes its own (and the server, running parsePlan, checks the zone again).
 */
export function checkPlan(input: unknown, isKnownTimeZone: (tz: string) => boolean): ParseResult<Plan> {
  const parsed = PlanSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) return { ok: false, problems: fromZodError(parsed.error) };
  const problems = planRuleProblems(parsed.data, isKnownTimeZone);
  return problems.length ? { ok: false, problems } : { ok: true, value: parsed.data };
}

function planRuleProblems(plan: Plan, isKnownTimeZone: (tz: string) => boolean): RawProblem[] {
  const problems: RawProblem[] = [];
  if (!isKnownTimeZone(plan.timezone)) problems.push({ path: ['timezone'], code: 'unknown_timezone', params: { value: plan.timezone } });

  const groups = plan.groups ?? [];
  problems.push(...duplicateIds(plan.units, 'units'), ...duplicateIds(plan.fields, 'fields'), ...duplicateIds(groups, 'groups'));
  const groupIds = new Set(groups.map((g) => g.id));
  const codes = new Set<string>();
  plan.units.forEach((unit, i) => {
    for (const key of ['validFrom', 'validTo'] as const) {
      const value = unit[key];
      if (value !== undefined && !isRealDate(value)) problems.push({ path: ['units', i, key], code: 'invalid_date', params: { value } });
    }
    if (unit.validFrom && unit.validTo && unit.validFrom > unit.validTo) {
      problems.push({ path: ['units', i, 'validFrom'], code: 'valid_from_after_valid_to', params: { from: unit.validFrom, to: unit.validTo } });
    }
    if (unit.code !== undefined) {
      if (codes.has(unit.code)) problems.push({ path: ['units', i, 'code'], code: 'duplicate_code', params: { value: unit.code } });
      codes.add(unit.code);
    }
    const listed = new Set<string>();
    unit.groups?.forEach((id, j) => {
      if (listed.has(id)) problems.push({ path: ['units', i, 'groups', j], code: 'duplicate_id', params: { id } });
      else if (!groupIds.has(id)) problems.push({ path: ['units', i, 'groups', j], code: 'unknown_group', params: { id } });
      listed.add(id);
    });
  });
  problems.push(...lineageProblems(plan.units));
  problems.push(...planTaskProblems(plan.tasks ?? [], plan.year, isRealDate));
  plan.reminders?.daysBefore.forEach((days, i, all) => {
    if (all.indexOf(days) < i) problems.push({ path: ['reminders', 'daysBefore', i], code: 'duplicate_value', params: { value: days } });
  });
  for (const kpiId of Object.keys(plan.targets ?? {})) {
    if (!isKpiId(kpiId)) problems.push({ path: ['targets', kpiId], code: 'unknown_kpi', params: { id: kpiId } });
  }
  return problems;
}

function duplicateIds(items: readonly { id: string }[], list: 'units' | 'fields' | 'groups'): RawProblem[] {
  const seen = new Set<string>();
  const problems: RawProblem[] = [];
  items.forEach((item, i) => {
    if (seen.has(item.id)) problems.push({ path: [list, i, 'id'], code: 'duplicate_id', params: { id: item.id } });
    seen.add(item.id);
  });
  return problems;
}

export function isRealDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number);
  const date = new Date(Date.UTC(y!, m! - 1, d!));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m! - 1 && date.getUTCDate() === d;
}

function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}
