/**
 * A plan and its members as the data rows of the plan sheets (layout.ts). A new plan is the same
 * with nothing in it (a blank time zone or target is the plan's default). Lists are written the way a person types them:
 * groups and tags comma-separated, predecessors as `xa-a:1; xa-b:0.5`. Pure.
 */
import type { RouteResponse } from '../../../shared/api/contract.js';
import { DEFAULT_TARGETS, KPI_IDS, KPI_LABELS } from '../../../shared/kpis.js';
import type { Plan, Unit } from '../../../shared/plans/plan.js';
import type { CellInput } from '../safe-text.js';
import { FIELDS_TABLE, GROUPS_TABLE, MEMBERS_TABLE, PLAN_FIELDS, PLAN_TABLE, UNITS_TABLE } from './layout.js';

export type Member = RouteResponse<'listMembers'>['members'][number];

/** The word a target of `null` (no target) is written as; "none" reads the same. */
export const NO_TARGET = 'không';

/** What the plan sheets hold; every table's rows in its columns' order. */
export type PlanRows = Map<string, CellInput[][]>;

export function planRows(plan: Plan | null, members: readonly Member[]): PlanRows {
  const rows: PlanRows = new Map();
  rows.set(PLAN_TABLE.name, planFieldRows(plan));
  rows.set(UNITS_TABLE.name, (plan?.units ?? []).map(unitRow));
  rows.set(GROUPS_TABLE.name, (plan?.groups ?? []).map((g) => [g.id, g.name]));
  rows.set(FIELDS_TABLE.name, (plan?.fields ?? []).map((f) => [f.id, f.name, f.nameEn ?? null, f.group ?? null]));
  rows.set(MEMBERS_TABLE.name, members.map((m) => [m.email, m.role, m.unitId ?? null]));
  return rows;
}

/** label, English label, value, default, key. */
function planFieldRows(plan: Plan | null): CellInput[][] {
  const fields = PLAN_FIELDS.map(({ key, words }): CellInput[] => {
    return [words.vi, words.en, plan ? plan[key] : null, null, key];
  });
  const targets = KPI_IDS.map((id): CellInput[] => {
    const target = plan?.targets?.[id];
    return [`Chỉ tiêu: ${KPI_LABELS[id].vi}`, `Target: ${KPI_LABELS[id].en}`, target === null ? NO_TARGET : (target ?? null), DEFAULT_TARGETS[id] ?? NO_TARGET, id];
  });
  return [...fields, ...targets];
}

function unitRow(unit: Unit): CellInput[] {
  const list = (items: readonly string[] | undefined) => (items?.length ? items.join(', ') : null);
  const predecessors = unit.predecessors?.length ? unit.predecessors.map((p) => `${p.id}:${p.share}`).join('; ') : null;
  return [unit.id, unit.name, unit.kind, unit.code ?? null, list(unit.groups), unit.validFrom ?? null, unit.validTo ?? null, unit.mergedInto ?? null, predecessors, list(unit.tags)];
}
