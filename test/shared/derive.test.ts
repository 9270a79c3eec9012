import { describe, expect, it } from 'vitest';
import { deriveReportData } from '../../shared/engine/derive.js';
import type { ReportData } from '../../shared/report/schema.js';

// Three quarters of one unit. Field "ho-tich" first appears in Q2; "dat-dai" is missing from Q3.
const q1: ReportData = {
  dossiers: [
    { field: 'dat-dai', online: 10, direct: 5, carriedOver: 3, early: 8, onTime: 4, late: 1, pendingOnTime: 4, pendingOverdue: 1 },
    { field: 'tu-phap', online: 2, direct: 8, carriedOver: 1, early: 5, onTime: 5, late: 0, pendingOnTime: 1, pendingOverdue: 0 },
  ],
  procedures: { total: 100, oneStop: 80 },
  digital: { digitizedDossiers: 10, digitizedResults: 9, electronicResults: 8, feeDossiers: 7, paidOnline: 6, reusedData: 5, processedOnSystem: 4, certifiedCopies: 3, eCertifiedCopies: 2 },
  satisfaction: { ratings: 10, satisfied: 9, lciRatings: 4, lciSatisfied: 3 },
  feedback: { received: 2, resolved: 2, resolvedOnTime: 1 },
  office: { brandIdentity: false },
  tasks: [{ task: 1, status: 'in-progress' }],
};
const q2: ReportData = {
  dossiers: [
    { field: 'tu-phap', online: 3, direct: 7, carriedOver: 1, early: 6, onTime: 3, late: 1, pendingOnTime: 0, pendingOverdue: 1 },
    { field: 'dat-dai', online: 20, direct: 0, carriedOver: 5, early: 15, onTime: 5, late: 2, pendingOnTime: 2, pendingOverdue: 1 },
    { field: 'ho-tich', online: 1, direct: 1, carriedOver: 6, early: 4, onTime: 2, late: 0, pendingOnTime: 2, pendingOverdue: 0 },
  ],
  procedures: { total: 110, oneStop: 99 },
  digital: { digitizedDossiers: 20, digitizedResults: 18, electronicResults: 16, feeDossiers: 14, paidOnline: 12, reusedData: 10, processedOnSystem: 8, certifiedCopies: 6, eCertifiedCopies: 4 },
  satisfaction: { ratings: 20, satisfied: 15, lciRatings: 5, lciSatisfied: 5 },
  feedback: { received: 3, resolved: 3, resolvedOnTime: 3 },
  office: { brandIdentity: true },
  tasks: [{ task: 1, status: 'done' }, { task: 2, status: 'in-progress' }],
};
const q3: ReportData = {
  dossiers: [
    { field: 'ho-tich', online: 5, direct: 5, carriedOver: 2, early: 6, onTime: 3, late: 0, pendingOnTime: 3, pendingOverdue: 0 },
    { field: 'tu-phap', online: 1, direct: 1, carriedOver: 1, early: 1, onTime: 1, late: 0, pendingOnTime: 0, pendingOverdue: 1 },
  ],
  procedures: { total: 120, oneStop: 120 },
  digital: { digitizedDossiers: 1, digitizedResults: 1, electronicResults: 1, feeDossiers: 1, paidOnline: 1, reusedData: 1, processedOnSystem: 1, certifiedCopies: 1, eCertifiedCopies: 1 },
  satisfaction: { ratings: 1, satisfied: 1, lciRatings: 0, lciSatisfied: 0 },
  feedback: { received: 0, resolved: 0, resolvedOnTime: 0 },
  office: { brandIdentity: false },
  tasks: [],
};

describe('deriveReportData', () => {
  it('H1: sums the flows, takes stocks from Q2 and carriedOver from Q1', () => {
    const h1 = deriveReportData([q1, q2]);
    expect(h1.dossiers).toEqual([
      // online 10+20, direct 5+0, early 8+15, onTime 4+5, late 1+2; carriedOver Q1's 3; pending Q2's 2 and 1.
      { field: 'dat-dai', online: 30, direct: 5, carriedOver: 3, early: 23, onTime: 9, late: 3, pendingOnTime: 2, pendingOverdue: 1 },
      // online 2+3, direct 8+7, early 5+6, onTime 5+3, late 0+1; carriedOver Q1's 1; pending Q2's 0 and 1.
      { field: 'tu-phap', online: 5, direct: 15, carriedOver: 1, early: 11, onTime: 8, late: 1, pendingOnTime: 0, pendingOverdue: 1 },
      // First seen in Q2: its carriedOver is Q2's 6.
      { field: 'ho-tich', online: 1, direct: 1, carriedOver: 6, early: 4, onTime: 2, late: 0, pendingOnTime: 2, pendingOverdue: 0 },
    ]);
    expect(h1.procedures).toEqual({ total: 110, oneStop: 99 });
    expect(h1.office).toEqual({ brandIdentity: true });
    expect(h1.tasks).toEqual(q2.tasks);
    // 10+20, 9+18, 8+16, 7+14, 6+12, 5+10, 4+8, 3+6, 2+4
    expect(h1.digital).toEqual({ digitizedDossiers: 30, digitizedResults: 27, electronicResults: 24, feeDossiers: 21, paidOnline: 18, reusedData: 15, processedOnSystem: 12, certifiedCopies: 9, eCertifiedCopies: 6 });
    expect(h1.satisfaction).toEqual({ ratings: 30, satisfied: 24, lciRatings: 9, lciSatisfied: 8 });
    expect(h1.feedback).toEqual({ received: 5, resolved: 5, resolvedOnTime: 4 });
  });

  it('9M: a field missing from the last quarter has nothing pending; stocks are those of Q3', () => {
    const nineMonths = deriveReportData([q1, q2, q3]);
    expect(nineMonths.dossiers).toEqual([
      // Not in Q3: flows of Q1+Q2, pending 0 (the last report lists nothing pending for it).
      { field: 'dat-dai', online: 30, direct: 5, carriedOver: 3, early: 23, onTime: 9, late: 3, pendingOnTime: 0, pendingOverdue: 0 },
      // online 2+3+1, direct 8+7+1, early 5+6+1, onTime 5+3+1, late 0+1+0; pending Q3's 0 and 1.
      { field: 'tu-phap', online: 6, direct: 16, carriedOver: 1, early: 12, onTime: 9, late: 1, pendingOnTime: 0, pendingOverdue: 1 },
      // online 1+5, direct 1+5, early 4+6, onTime 2+3; carriedOver Q2's 6; pending Q3's 3.
      { field: 'ho-tich', online: 6, direct: 6, carriedOver: 6, early: 10, onTime: 5, late: 0, pendingOnTime: 3, pendingOverdue: 0 },
    ]);
    expect(nineMonths.procedures).toEqual({ total: 120, oneStop: 120 });
    expect(nineMonths.office).toEqual({ brandIdentity: false });
    expect(nineMonths.tasks).toEqual([]);
    expect(nineMonths.feedback).toEqual({ received: 5, resolved: 5, resolvedOnTime: 4 }); // 2+3+0, 2+3+0, 1+3+0
    expect(nineMonths.digital.eCertifiedCopies).toBe(7); // 2+4+1
  });

  it('keeps a unit without an office block without one', () => {
    const { office: _dropped, ...noOffice } = q2;
    const derived = deriveReportData([q1, noOffice]);
    expect('office' in derived).toBe(false);
  });

  it('returns an equal copy of a single quarter and never changes its inputs', () => {
    const before = JSON.stringify([q1, q2, q3]);
    expect(deriveReportData([q1])).toEqual(q1);
    deriveReportData([q1, q2, q3]);
    expect(JSON.stringify([q1, q2, q3])).toBe(before);
  });

  it('refuses an empty list', () => {
    expect(() => deriveReportData([])).toThrow(RangeError);
  });
});
