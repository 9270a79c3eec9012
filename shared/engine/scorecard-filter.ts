/**
 * The `group:<id>` filter of the page, the sidebar and the scorecard sheet (DESIGN §10): the
 * scorecard of one group of the plan, in the shape of the whole one, so that every view and chart
 * builder works on it unchanged. The group's own roll-up (engine, same Σ÷Σ rule) takes the place
 * of the district's; its units keep their order and are ranked 1..n among themselves.
 */
import type { ScorecardFigures, UnitScorecard } from './scorecard-model.js';
import { tasksOfUnits } from './task-progress.js';

export const GROUP_FILTER_PREFIX = 'group:';

/** `group:<id>` → the group id; null for anything else (the whole plan). */
export function groupOfFilter(filter: string | null | undefined): string | null {
  return filter?.startsWith(GROUP_FILTER_PREFIX) ? filter.slice(GROUP_FILTER_PREFIX.length) || null : null;
}

export function groupFilter(groupId: string): string {
  return `${GROUP_FILTER_PREFIX}${groupId}`;
}

/** The choices a view offers: the whole plan first (null), then each group by the plan's order of groups in the scorecard. */
export function filterChoices(figures: Pick<ScorecardFigures, 'groups'>): { filter: string; name: string }[] {
  return figures.groups.map((g) => ({ filter: groupFilter(g.groupId), name: g.name }));
}

/**
 * Null when the scorecard has no such group (a filter kept from another plan or period). Charts
 * are not carried over: build them for the result (charts/charts.ts `withCharts`).
 */
export function scorecardForGroup(figures: ScorecardFigures & { charts?: unknown }, groupId: string): ScorecardFigures | null {
  const group = figures.groups.find((g) => g.groupId === groupId);
  if (group === undefined) return null;
  let rank = 0;
  const units = figures.units
    .filter((u) => u.groups?.includes(groupId))
    .map((u): UnitScorecard => ({ ...u, rank: u.rank === null ? null : ++rank }));
  const { charts: _whole, ...rest } = figures;
  return {
    ...rest,
    district: { kpis: group.kpis, index766: group.index766 },
    completeness: group.completeness,
    trend: group.trend,
    tasks: tasksOfUnits(figures.tasks, new Set(units.map((u) => u.unitId))),
    units,
    groups: [],
  };
}
