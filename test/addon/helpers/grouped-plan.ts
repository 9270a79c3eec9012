/**
 * A small plan of communes in groups and one commune's quarterly report, for the add-in's group
 * and export suites, which each work their expected sums out by hand from these figures.
 */
import { TU_KY_2024 } from '../../../shared/plans/tu-ky-2024.js';
import type { ReportData } from '../../../shared/report/schema.js';

export function commune(id: string, name: string, groups: string[]) {
  return { id, name, kind: 'commune' as const, tags: ['one-stop-office', 'certification'], groups };
}

/** The Tứ Kỳ plan's fields and targets with these groups and units. */
export function groupedPlan(id: string, name: string, groups: { id: string; name: string }[], units: ReturnType<typeof commune>[]) {
  return { ...TU_KY_2024, id, name, groups, units };
}

/**
 * One commune's report: 30 dossiers received (10 online), 27 resolved (25 early or on time),
 * 20 with a fee of which `paidOnline` paid online, 20 ratings of which `satisfied` satisfied.
 */
export function communeReport(paidOnline: number, satisfied = 15): ReportData {
  return {
    dossiers: [{ field: 'ho-tich', online: 10, direct: 20, carriedOver: 0, early: 15, onTime: 10, late: 2, pendingOnTime: 3, pendingOverdue: 0 }],
    procedures: { total: 100, oneStop: 90 },
    digital: { digitizedDossiers: 25, digitizedResults: 20, electronicResults: 18, feeDossiers: 20, paidOnline, reusedData: 12, processedOnSystem: 28, certifiedCopies: 10, eCertifiedCopies: 2 },
    satisfaction: { ratings: 20, satisfied, lciRatings: 5, lciSatisfied: 4 },
    feedback: { received: 2, resolved: 2, resolvedOnTime: 1 },
    office: { brandIdentity: true },
    tasks: [{ task: 11, status: 'done' }],
  };
}
