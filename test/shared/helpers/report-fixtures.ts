/**
 * A small plan and two consecutive quarterly reports of its commune, written out literally so
 * that every expected number in the tests can be checked by hand.
 */
import { parsePlan, type Plan } from '../../../shared/plans/plan.js';

export function smallPlan(): Plan {
  const parsed = parsePlan({
    id: 'demo-2024',
    name: 'Kế hoạch thử',
    year: 2024,
    units: [
      { id: 'xa-a', name: 'Xã A', kind: 'commune', tags: ['one-stop-office', 'certification'] },
      { id: 'phong-b', name: 'Phòng B', kind: 'agency' },
    ],
    fields: [
      { id: 'ho-tich', name: 'Hộ tịch' },
      { id: 'chung-thuc', name: 'Chứng thực' },
      { id: 'dat-dai', name: 'Đất đai', group: 'lci' },
      { id: 'xay-dung', name: 'Xây dựng', group: 'lci' },
    ],
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.value;
}

/**
 * Q1 of commune xa-a. Rows balance: online+direct+carriedOver = early+onTime+late+pending
 *   ho-tich     30+50+5  = 85  = 20+55+2  + 6+2
 *   chung-thuc  10+120+0 = 130 = 100+30+0 + 0+0
 *   dat-dai     4+16+10  = 30  = 2+12+1   + 12+3
 * received (online+direct) = 80+130+20 = 230; resolved (early+onTime+late) = 77+130+15 = 222.
 */
export function q1Report() {
  return {
    dossiers: [
      { field: 'ho-tich', online: 30, direct: 50, carriedOver: 5, early: 20, onTime: 55, late: 2, pendingOnTime: 6, pendingOverdue: 2 },
      { field: 'chung-thuc', online: 10, direct: 120, carriedOver: 0, early: 100, onTime: 30, late: 0, pendingOnTime: 0, pendingOverdue: 0 },
      { field: 'dat-dai', online: 4, direct: 16, carriedOver: 10, early: 2, onTime: 12, late: 1, pendingOnTime: 12, pendingOverdue: 3 },
    ],
    procedures: { total: 120, oneStop: 118 },
    digital: {
      digitizedDossiers: 200, // ≤ received 230
      digitizedResults: 180, // ≤ resolved 222
      electronicResults: 150,
      feeDossiers: 60,
      paidOnline: 30,
      reusedData: 90,
      processedOnSystem: 230, // = received, the largest allowed
      certifiedCopies: 400,
      eCertifiedCopies: 40,
    },
    satisfaction: { ratings: 100, satisfied: 95, lciRatings: 20, lciSatisfied: 17 },
    feedback: { received: 3, resolved: 2, resolvedOnTime: 2 },
    office: { brandIdentity: true },
    tasks: [
      { task: 1, status: 'done' },
      { task: 2, status: 'in-progress', note: 'Rà soát quý 1' },
      { task: 11, status: 'not-started' },
    ],
  };
}

/**
 * Q2, consistent with Q1: carriedOver is Q1's pending (6+2 = 8, 0, 12+3 = 15), rows balance
 *   ho-tich     30+50+8  = 88  = 20+58+2  + 6+2
 *   chung-thuc  10+120+0 = 130 = 100+30+0 + 0+0
 *   dat-dai     4+16+15  = 35  = 2+17+1   + 12+3
 * and every other count equals Q1's.
 */
export function q2Report() {
  const report = q1Report();
  report.dossiers = [
    { field: 'ho-tich', online: 30, direct: 50, carriedOver: 8, early: 20, onTime: 58, late: 2, pendingOnTime: 6, pendingOverdue: 2 },
    { field: 'chung-thuc', online: 10, direct: 120, carriedOver: 0, early: 100, onTime: 30, late: 0, pendingOnTime: 0, pendingOverdue: 0 },
    { field: 'dat-dai', online: 4, direct: 16, carriedOver: 15, early: 2, onTime: 17, late: 1, pendingOnTime: 12, pendingOverdue: 3 },
  ];
  return report;
}
