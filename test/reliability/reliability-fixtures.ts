/** A small plan of N communes and a valid report that differs by `n`, for the reliability suites. */
import type { Plan } from '../../shared/plans/plan.js';
import type { ReportData } from '../../shared/report/schema.js';

export function smallPlan(units: number): Plan {
  return {
    id: 'reliability-2024',
    name: 'Reliability',
    year: 2024,
    timezone: 'Asia/Ho_Chi_Minh',
    units: Array.from({ length: units }, (_, i) => ({ id: `xa-${i}`, name: `Xã ${i}`, kind: 'commune' as const })),
    fields: [
      { id: 'ho-tich', name: 'Hộ tịch' },
      { id: 'dat-dai', name: 'Đất đai', group: 'lci' },
    ],
  };
}

/** Valid for the plan above; `n` changes the numbers so each version's data is distinct. */
export function validReport(n: number): ReportData {
  // received 40 + n = early 20 + n, onTime 15, late 2, pending 3 + 0
  return {
    dossiers: [
      { field: 'ho-tich', online: 10 + n, direct: 25, carriedOver: 5, early: 20 + n, onTime: 15, late: 2, pendingOnTime: 3, pendingOverdue: 0 },
      { field: 'dat-dai', online: 2, direct: 6, carriedOver: 0, early: 3, onTime: 4, late: 1, pendingOnTime: 0, pendingOverdue: 0 },
    ],
    procedures: { total: 120, oneStop: 118 },
    digital: { digitizedDossiers: 40, digitizedResults: 40, electronicResults: 30, feeDossiers: 20, paidOnline: 9, reusedData: 20, processedOnSystem: 43, certifiedCopies: 100, eCertifiedCopies: 10 },
    satisfaction: { ratings: 30, satisfied: 28, lciRatings: 5, lciSatisfied: 4 },
    feedback: { received: 2, resolved: 2, resolvedOnTime: 2 },
    tasks: [{ task: 11, status: 'in-progress' }],
  };
}
