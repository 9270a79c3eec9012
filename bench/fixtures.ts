/**
 * Synthetic but valid input for benchmarks: a plan of N units and 16 fields (or as asked), and one quarter's
 * reports with 16 field rows each, built by the demo's generator (functions/local/synthetic-reports.ts).
 * Seeded, so every run measures the same data.
 */
import type { Plan, Unit } from '../shared/plans/plan.js';
import { GROUP_LCI, TAG_CERTIFICATION, TAG_ONE_STOP_OFFICE } from '../shared/plans/tags.js';
import type { SubmittedReport } from '../shared/engine/scorecard-model.js';
import { lciFieldsOf, seededRandom, syntheticReport, type FieldIntake } from '../functions/local/synthetic-reports.js';

export const BENCH_FIELDS = 16;

export interface BenchPlanOptions {
  /** Plan groups (former districts, clusters); each unit is in one, round robin. Default none. */
  groups?: number;
  fields?: number;
  /** How many units are agencies, the last ones; default one in ten (every tenth unit). */
  agencies?: number;
}

export function benchPlan(units: number, options: BenchPlanOptions = {}): Plan {
  const { groups = 0, fields = BENCH_FIELDS, agencies } = options;
  const isAgency = (i: number) => (agencies === undefined ? i % 10 === 9 : i >= units - agencies);
  const list: Unit[] = Array.from({ length: units }, (_, i) => {
    const agency = isAgency(i);
    return {
      id: `u-${i}`,
      name: agency ? `Phòng ${i}` : `Xã ${i}`,
      kind: agency ? 'agency' : 'commune',
      tags: agency ? [TAG_CERTIFICATION] : [TAG_ONE_STOP_OFFICE, TAG_CERTIFICATION],
      ...(groups > 0 ? { groups: [`g-${i % groups}`] } : {}),
    };
  });
  const fieldList = Array.from({ length: fields }, (_, i) => ({ id: `field-${i}`, name: `Lĩnh vực ${i}`, ...(i < 3 ? { group: GROUP_LCI } : {}) }));
  const groupList = Array.from({ length: groups }, (_, i) => ({ id: `g-${i}`, name: `Cụm ${i}` }));
  return { id: 'bench-2024', name: 'Bench', year: 2024, timezone: 'Asia/Ho_Chi_Minh', units: list, fields: fieldList, ...(groups > 0 ? { groups: groupList } : {}) };
}

/** Every unit reports every field, 20 to 320 dossiers each; one in ten late, a third accepted. */
export function benchReports(plan: Plan, quarter: string, seed = 1): SubmittedReport[] {
  const rnd = seededRandom(`${plan.id}/${quarter}/${seed}`);
  const shape = { intakes: plan.fields.map((f): FieldIntake => [f.id, 20, 320]), lciFields: lciFieldsOf(plan) };
  const quarterIndex = Number(quarter.slice(-1)) - 1;
  return plan.units.map((unit, i) => {
    const firstSubmittedAt = rnd() < 0.1 ? '2024-06-20T02:00:00Z' : '2024-06-12T02:00:00Z';
    return {
      unitId: unit.id,
      period: quarter,
      version: 1 + Math.floor(rnd() * 3),
      data: syntheticReport(unit, shape, quarterIndex, undefined, rnd),
      firstSubmittedAt,
      submittedAt: firstSubmittedAt,
      status: i % 3 === 0 ? 'accepted' : 'submitted',
    };
  });
}

/** The part of the store the benches seed through: what a submission stores, without the HTTP. */
interface VersionStore {
  appendVersion(input: {
    planId: string; period: string; unitId: string; dataJson: string; previousPeriod: null; admit: () => [];
    submittedBy: string; submittedAt: string; requestHash: string;
  }): Promise<unknown>;
}

/** Stores one quarter's bench reports through the real store (not timed), 64 at a time. */
export async function storeBenchReports(store: VersionStore, plan: Plan, quarter: string, by: string): Promise<void> {
  const reports = benchReports(plan, quarter);
  for (let i = 0; i < reports.length; i += 64) {
    await Promise.all(
      reports.slice(i, i + 64).map((r) =>
        store.appendVersion({
          planId: plan.id, period: quarter, unitId: r.unitId, dataJson: JSON.stringify(r.data),
          previousPeriod: null, admit: () => [],
          submittedBy: by, submittedAt: r.submittedAt, requestHash: `${quarter}/${r.unitId}`,
        }),
      ),
    );
  }
}
