/**
 * What the scorecard sidebar draws, for the whole plan or one group (scope.ts): the Chart.js
 * configurations, the district's (or the group's) KPIs with their status colours, and the 766
 * estimate (index766-view.ts), the reader's own unit's too when the settings name one. The
 * per-unit detail stays on the server: the sidebar does not need it, and google.script.run
 * carries less.
 */
import { statusColor } from '../../../shared/charts/chart-style.js';
import { KPI_LABELS } from '../../../shared/kpis.js';
import { periodLabel, STATUS_LABELS } from '../../../shared/charts/labels.js';
import type { Lang } from '../../../shared/words/messages.js';
import type { ChartSpec, Completeness, KpiStatus, Scorecard } from '../../../shared/engine/scorecard-model.js';
import { index766Panel, type Index766Panel } from './index766-view.js';
import { scopedScorecard, type ScopeChoice } from './scope.js';

export interface KpiLine {
  id: string;
  label: string;
  value: number | null;
  target: number | null;
  status: KpiStatus;
  statusLabel: string;
  color: string;
}

export interface ScorecardView {
  period: string;
  periodLabel: string;
  computedAt: string;
  stale: boolean;
  completeness: Omit<Completeness, 'lateUnits'>;
  district: KpiLine[];
  charts: ChartSpec[];
  units: number;
  /** The filter shown: `group:<id>`, or '' for the whole plan. */
  scope: string;
  /** The chosen group's name; null for the whole plan. */
  scopeName: string | null;
  scopes: ScopeChoice[];
  index766: Index766Panel;
}

/**
 * `filter`: the scope asked for (`group:<id>`); anything the scorecard has no group for shows the
 * whole plan. `unitId`: the reader's unit (settings), shown when it is in the scope.
 */
export function scorecardView(whole: Scorecard, lang: Lang, filter: string | null = null, unitId: string | null = null): ScorecardView {
  const { card, group, filter: scope, choices } = scopedScorecard(whole, filter, lang);
  const { expected, submitted, onTime, late, missing } = card.completeness;
  return {
    period: card.period,
    periodLabel: periodLabel(card.period, lang),
    computedAt: card.computedAt,
    stale: card.stale,
    completeness: { expected, submitted, onTime, late, missing },
    district: card.district.kpis.map((k) => ({
      id: k.id,
      label: KPI_LABELS[k.id][lang],
      value: k.value,
      target: k.target,
      status: k.status,
      statusLabel: STATUS_LABELS[k.status][lang],
      color: statusColor(k.status),
    })),
    charts: card.charts,
    units: card.units.length,
    scope,
    scopeName: group?.name ?? null,
    scopes: choices,
    index766: index766Panel(card, lang, unitId),
  };
}
