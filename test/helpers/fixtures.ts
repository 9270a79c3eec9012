/**
 * A small plan for the API suites and valid 2024-Q1 reports of three of its four units, written
 * out literally so that every expected number can be checked by hand. Each function returns a
 * fresh object, so a test may break one copy without touching the next.
 * Q1 2024 is due 2024-03-17T23:59:59+07:00 (Asia/Ho_Chi_Minh, the plan's default zone).
 */
import type { PlanInput } from '../../shared/plans/plan.js';
import type { ReportData } from '../../shared/report/schema.js';

export const PLAN_ID = 'thu-api-2024';
export const Q1 = '2024-Q1';
export const Q1_DEADLINE = '2024-03-17T23:59:59+07:00';

export const UNIT = { a: 'xa-a', b: 'xa-b', c: 'xa-c', d: 'phong-d' } as const;

export function planDefinition(): PlanInput & { id: string } {
  return {
    id: PLAN_ID,
    name: 'Huyện Thử 2024',
    year: 2024,
    units: [
      { id: UNIT.a, name: 'Xã A', kind: 'commune', tags: ['one-stop-office', 'certification'] },
      { id: UNIT.b, name: 'Xã B', kind: 'commune', tags: ['one-stop-office'] },
      // c issues certified copies but never reports in these suites: it counts against.
      { id: UNIT.c, name: 'Xã C', kind: 'commune', tags: ['certification'] },
      { id: UNIT.d, name: 'Phòng D', kind: 'agency' },
    ],
    fields: [
      { id: 'ho-tich', name: 'Hộ tịch' },
      { id: 'dat-dai', name: 'Đất đai', group: 'lci' },
      { id: 'chung-thuc', name: 'Chứng thực' },
    ],
  };
}

/**
 * xa-a meets every target (score 100). Rows balance (online+direct+carriedOver = resolved+pending):
 *   ho-tich  40+60+0  = 100 = 60+40+0 + 0+0
 *   dat-dai  20+30+10 = 60  = 30+20+0 + 10+0
 * received = 100+50 = 150, online = 60, resolved = 100+50 = 150, early+onTime = 150.
 */
export function reportA(): ReportData {
  return {
    dossiers: [
      { field: 'ho-tich', online: 40, direct: 60, carriedOver: 0, early: 60, onTime: 40, late: 0, pendingOnTime: 0, pendingOverdue: 0 },
      { field: 'dat-dai', online: 20, direct: 30, carriedOver: 10, early: 30, onTime: 20, late: 0, pendingOnTime: 10, pendingOverdue: 0 },
    ],
    procedures: { total: 100, oneStop: 100 },
    digital: {
      digitizedDossiers: 150, digitizedResults: 150, electronicResults: 150, feeDossiers: 100, paidOnline: 50,
      reusedData: 75, processedOnSystem: 150, certifiedCopies: 40, eCertifiedCopies: 10,
    },
    satisfaction: { ratings: 100, satisfied: 90, lciRatings: 20, lciSatisfied: 17 },
    feedback: { received: 4, resolved: 4, resolvedOnTime: 4 },
    office: { brandIdentity: true },
    tasks: [{ task: 11, status: 'done' }],
  };
}

/**
 * xa-b, one row: ho-tich 20+80+0 = 100 = 40+40+20 + 0+0, so received = resolved = 100,
 * online = 20, early+onTime = 80. No land dossiers rated (lciRatings 0): satisfaction_lci has no data.
 * No brand identity yet.
 */
export function reportB(): ReportData {
  return {
    dossiers: [{ field: 'ho-tich', online: 20, direct: 80, carriedOver: 0, early: 40, onTime: 40, late: 20, pendingOnTime: 0, pendingOverdue: 0 }],
    procedures: { total: 50, oneStop: 50 },
    digital: {
      digitizedDossiers: 100, digitizedResults: 90, electronicResults: 80, feeDossiers: 80, paidOnline: 18,
      reusedData: 50, processedOnSystem: 100, certifiedCopies: 0, eCertifiedCopies: 0,
    },
    satisfaction: { ratings: 50, satisfied: 45, lciRatings: 0, lciSatisfied: 0 },
    feedback: { received: 2, resolved: 2, resolvedOnTime: 2 },
    office: { brandIdentity: false },
    tasks: [],
  };
}

/**
 * phong-d, one row: dat-dai 0+50+10 = 60 = 20+20+10 + 5+5, so received = resolved = 50,
 * online = 0, early+onTime = 40. No fee dossiers and no feedback: two KPIs without data.
 */
export function reportD(): ReportData {
  return {
    dossiers: [{ field: 'dat-dai', online: 0, direct: 50, carriedOver: 10, early: 20, onTime: 20, late: 10, pendingOnTime: 5, pendingOverdue: 5 }],
    procedures: { total: 40, oneStop: 32 },
    digital: {
      digitizedDossiers: 40, digitizedResults: 35, electronicResults: 25, feeDossiers: 0, paidOnline: 0,
      reusedData: 25, processedOnSystem: 30, certifiedCopies: 0, eCertifiedCopies: 0,
    },
    satisfaction: { ratings: 20, satisfied: 18, lciRatings: 20, lciSatisfied: 17 },
    feedback: { received: 0, resolved: 0, resolvedOnTime: 0 },
    tasks: [{ task: 2, status: 'in-progress', note: 'Rà soát TTHC' }],
  };
}
