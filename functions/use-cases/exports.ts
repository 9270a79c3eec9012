/**
 * What an export (the form 06 workbook, the narrative report) needs, gathered once for both:
 * the plan, the period, its figures computed by the same engine as the compute route (not stored:
 * an export only reads), and each unit's data for the period (a derived period's is derived from
 * its quarters, as the engine does). Narrowed to a group (`?group=`) or a unit (`?unit=`); a
 * reporter gets its own unit's export, and a 403 for anything wider.
 */
import { API_ROUTES } from '../../shared/api/routes.js';
import type { Period } from '../../shared/calendar.js';
import { evaluatePeriod, indexReports } from '../../shared/engine/period-evaluation.js';
import { scorecardForGroup } from '../../shared/engine/scorecard-filter.js';
import { tasksOfUnits } from '../../shared/engine/task-progress.js';
import { rollupIndex766 } from '../../shared/engine/index766/estimate.js';
import type { ScorecardFigures, UnitScorecard } from '../../shared/engine/scorecard-model.js';
import type { Plan } from '../../shared/plans/plan.js';
import type { ReportData } from '../../shared/report/schema.js';
import type { Caller } from '../access/caller.js';
import { forbidden, notFound } from '../errors.js';
import type { Deps } from '../runtime/deps.js';
import { computeFromStore } from './aggregate.js';
import { loadPlanFor, periodOf, requireUnit } from './plan-access.js';

/** What the export covers: the whole plan, one of its groups, or one unit. */
export type ExportScope = { kind: 'plan' } | { kind: 'group'; id: string; name: string } | { kind: 'unit'; id: string; name: string };

export interface ExportInputs {
  plan: Plan;
  period: Period;
  scope: ExportScope;
  /** The scope's figures: `district` is the scope's roll-up, `units` its expected units only. */
  figures: ScorecardFigures;
  /** Each unit of `figures.units` → its data for the period; null when it sent no report. */
  unitData: Map<string, ReportData | null>;
}

export async function exportInputs(
  deps: Deps,
  caller: Caller,
  planId: string,
  periodId: string,
  groupId: string | null,
  unitId: string | null = null,
): Promise<ExportInputs> {
  const { plan, membership } = await loadPlanFor(deps.store, caller, planId, API_ROUTES.exportForm06.roles);
  if (membership.role === 'reporter' && (groupId !== null || (unitId !== null && unitId !== membership.unitId))) throw forbidden();
  const ownUnit = membership.role === 'reporter' ? (membership.unitId ?? null) : unitId;
  const period = periodOf(plan, periodId);
  const group = groupId === null ? null : (plan.groups ?? []).find((g) => g.id === groupId);
  if (group === undefined) throw notFound();
  const unit = ownUnit === null ? null : requireUnit(plan, ownUnit);

  const { scorecard, reports } = await computeFromStore(deps.store, plan, period, deps.now());
  const byUnit = evaluatePeriod(plan, period.id, indexReports(reports)).byUnit;
  const scope: ExportScope = unit ? { kind: 'unit', id: unit.id, name: unit.name } : group ? { kind: 'group', id: group.id, name: group.name } : { kind: 'plan' };
  const figures = unit ? scorecardForUnit(scorecard, unit.id) : group ? scorecardForGroup(scorecard, group.id)! : scorecard;
  const unitData = new Map(figures.units.map((u) => [u.unitId, byUnit.get(u.unitId)?.data ?? null]));
  return { plan, period, scope, figures, unitData };
}

/**
 * One unit's figures in the shape of the whole: its KPIs stand in the roll-up's place, so the
 * export shows a reporter nothing of other units. A unit not expected in the period has no row.
 */
function scorecardForUnit(figures: ScorecardFigures, unitId: string): ScorecardFigures {
  const units: UnitScorecard[] = figures.units.filter((u) => u.unitId === unitId).map((u) => ({ ...u, rank: null }));
  const own = units[0];
  return {
    ...figures,
    // The unit's own estimate is its scope's; a roll-up shows no points to gain.
    district: { kpis: own?.kpis ?? [], index766: own ? { ...own.index766, gains: [] } : rollupIndex766([]) },
    units,
    completeness: {
      expected: units.length,
      submitted: own?.submitted ? 1 : 0,
      onTime: own?.submitted && own.onTime ? 1 : 0,
      late: own?.submitted && !own.onTime ? 1 : 0,
      missing: own && !own.submitted ? [unitId] : [],
      lateUnits: own?.submitted && !own.onTime ? [unitId] : [],
    },
    groups: [],
    trend: [],
    tasks: tasksOfUnits(figures.tasks, new Set([unitId])),
  };
}
