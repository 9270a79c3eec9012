/**
 * How a scorecard is stored. Most of a large scorecard is its units' KPI objects (3,321 units ×
 * 13 KPIs of a province), and all of each object but numerator, denominator and previous follows
 * from the district's targets by the shared rules. Storing those three numbers (the KPI ids once)
 * cuts the stored JSON by more than half; reading rebuilds each object with the same kpiResult the
 * engine used, so the result is identical.
 */
import { kpiResult } from '../../shared/engine/kpi-values.js';
import type { KpiId } from '../../shared/kpis.js';
import type { ScorecardFigures, UnitScorecard } from '../../shared/engine/scorecard-model.js';

type CompactKpi = [numerator: number, denominator: number, previous: number | null];

export interface StoredScorecardBody extends Omit<ScorecardFigures, 'units'> {
  /** The KPI ids of every unit's `kpis`, in order. */
  unitKpiIds: KpiId[];
  units: (Omit<UnitScorecard, 'kpis'> & { kpis: CompactKpi[] })[];
}

export function compactScorecard(scorecard: ScorecardFigures): StoredScorecardBody {
  const unitKpiIds = scorecard.units[0]?.kpis.map((k) => k.id) ?? [];
  return {
    ...scorecard,
    unitKpiIds,
    units: scorecard.units.map((u) => {
      if (u.kpis.some((k, i) => k.id !== unitKpiIds[i])) throw new Error(`unit ${u.unitId} lists its KPIs in another order`);
      return { ...u, kpis: u.kpis.map((k): CompactKpi => [k.numerator, k.denominator, k.previous]) };
    }),
  };
}

/** Scorecards stored before issue 11 also hold Vietnamese charts: dropped, charts are built per answer. */
export function expandScorecard({ unitKpiIds, charts: _built, ...stored }: StoredScorecardBody & { charts?: unknown }): ScorecardFigures {
  const targets = new Map<KpiId, number | null>(stored.district.kpis.map((k) => [k.id, k.target]));
  return {
    ...stored,
    units: stored.units.map((u) => ({
      ...u,
      kpis: u.kpis.map(([numerator, denominator, previous], i) => {
        const id = unitKpiIds[i]!;
        return kpiResult(id, { numerator, denominator }, targets.get(id) ?? null, previous);
      }),
    })),
  };
}
