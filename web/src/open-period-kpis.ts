/**
 * In an open period the unit-count KPIs (units that reported, on time, with brand identity,
 * issuing e-copies) are still filling up: 30 of 35 units is not yet a failure. The page shows
 * them as "for information" (neutral colour) instead of near or below, in the cards, the table,
 * the summary and the district chart; the stored scorecard is not changed.
 */
import { STATUS_COLORS } from '../../shared/charts/chart-style.js';
import type { KpiResult, Scorecard } from '../../shared/engine/scorecard-model.js';
import { UNIT_COUNT_KPI_IDS, type KpiId } from '../../shared/kpis.js';

const UNIT_COUNT: ReadonlySet<KpiId> = new Set(UNIT_COUNT_KPI_IDS);
const FAILING: ReadonlySet<string> = new Set(['near', 'below']);

const isHeldBack = (kpi: KpiResult) => UNIT_COUNT.has(kpi.id) && FAILING.has(kpi.status);
const neutral = (kpi: KpiResult): KpiResult => (isHeldBack(kpi) ? { ...kpi, status: 'info' } : kpi);

/** The scorecard as an open period should show it; a closed one as it is. */
export function openPeriodView(card: Scorecard, open: boolean): Scorecard {
  if (!open) return card;
  // The district chart colours one bar per district KPI, in the same order.
  const charts = card.charts.map((spec) => {
    if (spec.id !== 'district-kpis') return spec;
    const config = structuredClone(spec.config);
    const colors = config.data.datasets[0]?.backgroundColor;
    if (Array.isArray(colors)) card.district.kpis.forEach((kpi, i) => isHeldBack(kpi) && (colors[i] = STATUS_COLORS.info));
    return { ...spec, config };
  });
  return {
    ...card,
    district: { ...card.district, kpis: card.district.kpis.map(neutral) },
    // Units carry ratio KPIs only today; a unit is copied only if it has one to hold back.
    units: card.units.map((unit) => (unit.kpis.some(isHeldBack) ? { ...unit, kpis: unit.kpis.map(neutral) } : unit)),
    charts,
  };
}
