/**
 * A scorecard of the 35 units of the shipped Tứ Kỳ plan (23 communes, 12 agencies with names up
 * to 41 characters), computed by the real engine from the demo's seeded Q1 and Q2 reports, all on
 * time. `computedAt` is 07:42 UTC, which is 14:42 in Vietnam (UTC+7).
 */
import { demoReport } from '../../../functions/local/demo-data.js';
import { seededRandom } from '../../../functions/local/synthetic-reports.js';
import { parsePlan, type Plan } from '../../../shared/plans/plan.js';
import { TU_KY_2024 } from '../../../shared/plans/tu-ky-2024.js';
import type { Lang } from '../../../shared/words/messages.js';
import { withCharts } from '../../../shared/charts/charts.js';
import { computeScorecard } from '../../../shared/engine/scorecard.js';
import type { Scorecard, SubmittedReport } from '../../../shared/engine/scorecard-model.js';

export const COMPUTED_AT = '2024-06-20T07:42:00Z';

const parsed = parsePlan(TU_KY_2024);
if (!parsed.ok) throw new Error('the shipped Tứ Kỳ plan does not validate');
export const tuKy = parsed.value;

/** Each quarter's reports arrive on the 10th of its last month, a week before the deadline. */
const reports: SubmittedReport[] = ['2024-Q1', '2024-Q2'].flatMap((period, index) => {
  const at = `2024-0${3 * index + 3}-10T02:00:00Z`;
  return tuKy.units.map((unit) => ({
    unitId: unit.id,
    period,
    version: 1,
    data: demoReport(unit, index, undefined, seededRandom(`${unit.id}/${period}`)),
    firstSubmittedAt: at,
    submittedAt: at,
    status: 'accepted' as const,
  }));
});

/** `plan`: Tứ Kỳ itself, or the same units arranged otherwise (e.g. in groups). */
export function tuKyScorecard(lang: Lang, plan: Plan = tuKy): Scorecard {
  return withCharts(computeScorecard({ plan, period: '2024-Q2', reports, computedAt: COMPUTED_AT }), lang);
}
