/**
 * The scored indicators of the 766 index (Decision 766/QĐ-TTg; reference: INDEX-766.md §2, whose
 * ceilings sum to 100) and, for the ones a unit's form-06 figures can approach, OUR estimate: each
 * as numerator ÷ denominator of the report's counts, sums of counts over units, so that a roll-up
 * is estimated from its summed counts. Beside each: the source's rule, our approximation and its
 * known bias (INDEX-766.md §3). Unscored indicators (2.2, 3.1, 3.2, 3.3, 5.1: no ceiling) are not
 * listed; 3.3's rate is the same online ÷ received as `G3-online`'s.
 * Rules the source does not give ("none" in the reference) are our assumption: full points at
 * 100%, otherwise rate × ceiling. docs/index-766.md and the help text (engine/index766/words.ts) say so.
 */
import type { Fraction } from '../kpi-values.js';
import { dossierTotals } from '../../report/dossier-totals.js';
import type { ReportData } from '../../report/schema.js';

/** Needs the national portal's per-dossier data: shown, but in neither points nor max. */
interface PortalIndicator {
  id: string;
  max: number;
  basis: 'portal';
}

export interface EstimatedIndicator {
  id: string;
  max: number;
  basis: 'form-06';
  /** Full points at rate ≥ threshold, otherwise rate × max ÷ threshold. */
  threshold: number;
  /** True when the source gives no rule and `threshold` 1 (rate × max) is our assumption. */
  assumed: boolean;
  /** `dossiers`: dossierTotals(data.dossiers), summed once per report for every indicator. */
  fraction: (data: ReportData, dossiers: DossierTotals) => Fraction;
}

type DossierTotals = ReturnType<typeof dossierTotals>;

export type Index766IndicatorRule = PortalIndicator | EstimatedIndicator;

const portal = (id: string, max: number): PortalIndicator => ({ id, max, basis: 'portal' });
const plain = (id: string, max: number, fraction: EstimatedIndicator['fraction']): EstimatedIndicator =>
  ({ id, max, basis: 'form-06', threshold: 1, assumed: true, fraction });
const atLeast = (threshold: number, id: string, max: number, fraction: EstimatedIndicator['fraction']): EstimatedIndicator =>
  ({ id, max, basis: 'form-06', threshold, assumed: false, fraction });

/** All five buckets of form 06a: dossiers received or processed in the period (= online + direct + carriedOver). */
function allDossiers(t: DossierTotals): { all: number; inTime: number; late: number } {
  return {
    all: t.resolved + t.pendingOnTime + t.pendingOverdue,
    inTime: t.resolvedInTime + t.pendingOnTime,
    late: t.resolved - t.resolvedInTime + t.pendingOverdue,
  };
}

/** In reference order. */
export const INDEX_766_INDICATORS: readonly Index766IndicatorRule[] = [
  // G1 Công khai, minh bạch (18): TTHC publication dates and portal sync, none in our reports.
  portal('1.1', 6),
  portal('1.2', 4),
  portal('1.3', 2),
  portal('1.4', 6),
  // G2 (20). Source: dossiers finished or open within time ÷ dossiers received or processed; no
  // rule ("rate × 20" unconfirmed). Ours: (early + onTime + pendingOnTime) ÷ all five buckets, as
  // the portal's end-of-period rule; no supplement time, second requests, rejected or withdrawn dossiers.
  plain('2.1', 20, (_, t) => {
    const { all, inTime } = allDossiers(t);
    return { numerator: inTime, denominator: all };
  }),
  // G3 (12), on full-online dossiers ÷ dossiers of eligible TTHC; no rule. Ours: online ÷
  // (online + direct), rough: partial-online dossiers and ineligible TTHC skew it both ways.
  plain('G3-online', 12, (_, t) => ({ numerator: t.online, denominator: t.received })),
  // G3p thanh toán trực tuyến (10). 3.5 and 3.5b count TTHC with fees on CSDL QG.
  portal('3.5', 2),
  portal('3.5b', 2),
  // 3.6: dossiers paid online ÷ dossiers of fee-bearing TTHC; no rule. Ours: paidOnline ÷
  // feeDossiers, the unit's own base, not CSDL QG's fee data: direction of the error unknown.
  plain('3.6', 6, (d) => ({ numerator: d.digital.paidOnline, denominator: d.digital.feeDossiers })),
  // G4 Số hóa hồ sơ (22). 4.1: e-results ÷ dossiers of TTHC needing a paper result; no rule.
  // Ours: electronicResults ÷ resolved, whose base also holds TTHC without a paper result: low.
  plain('4.1', 6, (d, t) => ({ numerator: d.digital.electronicResults, denominator: t.resolved })),
  // 4.2: dossiers digitized AND with the required e-result ÷ all, full at ≥ 80%. Ours:
  // digitizedDossiers ÷ received; both conditions cannot be tested together: an upper bound.
  atLeast(0.8, '4.2', 4, (d, t) => ({ numerator: d.digital.digitizedDossiers, denominator: t.received })),
  // Electronic certified copies from originals (2), not in the formula doc; no rule. Ours:
  // eCertifiedCopies ÷ certifiedCopies (the service used, rather than merely offered).
  plain('G4-e-copies', 2, (d) => ({ numerator: d.digital.eCertifiedCopies, denominator: d.digital.certifiedCopies })),
  // 4.3: dossiers reusing ≥ 1 digitized component ÷ received, full at ≥ 80%. Ours: reusedData ÷
  // received. The plan defines reusedData through the data store (closer to 4.4): fed to 4.3 only.
  atLeast(0.8, '4.3', 2, (d, t) => ({ numerator: d.digital.reusedData, denominator: t.received })),
  portal('4.4', 4),
  portal('4.5a', 2),
  portal('4.5b', 2),
  // G5 Mức độ hài lòng (18). 5.2: feedback handled on time or still in time ÷ feedback in the
  // period; no rule. Ours: the reference's lower bound resolvedOnTime ÷ received (open items
  // counted as late; items resolved from earlier periods may push it over 1, capped).
  plain('5.2', 6, (d) => ({ numerator: d.feedback.resolvedOnTime, denominator: d.feedback.received })),
  portal('5.3', 6),
  // 5.4: 100% − (late-dossier rate + rate of dossiers with feedback or dislike), full at ≥ 90%.
  // Ours: late ≈ (late + pendingOverdue) ÷ all dossiers; dislike ≈ (ratings − satisfied) ÷ all
  // dossiers, one rating per dossier assumed (not satisfied ÷ ratings); floored at 0.
  atLeast(0.9, '5.4', 6, (d, t) => {
    const { all, late } = allDossiers(t);
    return { numerator: all - late - (d.satisfaction.ratings - d.satisfaction.satisfied), denominator: all };
  }),
];

export const ESTIMATED_INDICATORS = INDEX_766_INDICATORS.filter((i): i is EstimatedIndicator => i.basis === 'form-06');

/** What form 06 can estimate at most: 64 of the 100 points (INDEX-766.md §3, "Coverage"). */
export const ESTIMATED_MAX = ESTIMATED_INDICATORS.reduce((sum, i) => sum + i.max, 0);
