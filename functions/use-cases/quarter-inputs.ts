/**
 * The rows of a quarter's scorecard inputs (one latest report per unit, in unit order) and how
 * they are written: conditional on the revision read, and on a conflict read again and redone, a
 * bounded number of times. Whoever writes reads the revision before the reports it writes, so a
 * write that lands never replaces newer rows with older ones.
 */
import type { SubmittedReport } from '../../shared/engine/scorecard-model.js';
import { AppError } from '../errors.js';
import { logger } from '../runtime/logger.js';
import { metrics, MetricUnit } from '../runtime/metrics.js';
import type { QuarterInputs } from './ports/quarter-inputs.port.js';
import type { CorruptReport, LatestReports } from './ports/reports.port.js';

const MAX_CONFLICTS = 8;

/** `attempt` reads, builds and writes conditionally (true: written); redone after a pause while another writer comes first. */
export async function untilWritten(what: string, attempt: () => Promise<boolean>): Promise<void> {
  for (let round = 1; round <= MAX_CONFLICTS; round++) {
    if (await attempt()) return;
    metrics.addMetric('ScorecardInputsConflict', MetricUnit.Count, 1);
    logger.info('scorecard inputs changed meanwhile; redoing', { inputs: what, round });
    // Spread out the writers that collided, so the next round has one winner and not the same race.
    await new Promise((resolve) => setTimeout(resolve, 10 * round * Math.random()));
  }
  throw new AppError('unavailable', 'service_unavailable', [], { message: `${what}: ${MAX_CONFLICTS} conflicting writes in a row` });
}

const byUnit = (a: { unitId: string }, b: { unitId: string }) => (a.unitId < b.unitId ? -1 : a.unitId > b.unitId ? 1 : 0);

/** Rows in the stored order, whoever built them. */
export function inOrder(found: LatestReports): LatestReports {
  return { reports: [...found.reports].sort(byUnit), corrupt: [...found.corrupt].sort(byUnit) };
}

/** The stored rows with the changed units' rows replaced; a unit the read did not find loses its row. */
export function withChangedUnits(stored: LatestReports | null, unitIds: readonly string[], changed: LatestReports): LatestReports {
  const ids = new Set(unitIds);
  const kept = <T extends { unitId: string }>(rows: readonly T[] = []) => rows.filter((row) => !ids.has(row.unitId));
  return inOrder({ reports: [...kept(stored?.reports), ...changed.reports], corrupt: [...kept(stored?.corrupt), ...changed.corrupt] });
}

/** A year's latest reports as its four quarters' inputs (a quarter without reports has empty rows). */
export function quartersOfYear(year: number, found: LatestReports): QuarterInputs[] {
  return [1, 2, 3, 4].map((n) => {
    const quarter = `${year}-Q${n}`;
    const inQuarter = <T extends { period: string }>(rows: T[]) => rows.filter((row) => row.period === quarter);
    return { quarter, ...inOrder({ reports: inQuarter(found.reports), corrupt: inQuarter(found.corrupt) }) };
  });
}

/** The units whose rows differ: one side lacks it, or its version, status, first submission or data differ. */
export function driftedUnits(expected: LatestReports, stored: LatestReports): string[] {
  const rowsOf = ({ reports, corrupt }: LatestReports) =>
    new Map<string, string>([...reports.map((r): [string, string] => [r.unitId, rowSignature(r)]), ...corrupt.map((c): [string, string] => [c.unitId, corruptSignature(c)])]);
  const [want, have] = [rowsOf(expected), rowsOf(stored)];
  return [...new Set([...want.keys(), ...have.keys()])].filter((unitId) => want.get(unitId) !== have.get(unitId)).sort();
}

const rowSignature = (r: SubmittedReport) => JSON.stringify([r.version, r.status, r.firstSubmittedAt, r.data]);
const corruptSignature = (c: CorruptReport) => JSON.stringify(['corrupt', c.reason]);
