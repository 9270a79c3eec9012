/**
 * Loads the demo into an empty local store through the real use cases: the Tứ Kỳ 2024 plan, demo
 * accounts, Q1–Q3 reports (a few late, one missing, one returned and corrected), and scorecards.
 */
import { localToIso, periodInfo } from '../../shared/calendar.js';
import { parsePlan, type Plan } from '../../shared/plans/plan.js';
import { TU_KY_2024 } from '../../shared/plans/tu-ky-2024.js';
import type { ReportData } from '../../shared/report/schema.js';
import type { Caller } from '../access/caller.js';
import type { Deps } from '../runtime/deps.js';
import { putMember } from '../use-cases/manage-members.js';
import { putPlan } from '../use-cases/manage-plans.js';
import { reviewReport } from '../use-cases/review-report.js';
import { computeScorecardNow } from '../use-cases/scorecards.js';
import { submitReport } from '../use-cases/submit-report.js';
import { demoReport } from './demo-data.js';
import { seededRandom } from './synthetic-reports.js';

const DEMO_DOMAIN = 'tuky.local';
export const DEMO_ACCOUNTS = {
  leader: `lanh-dao@${DEMO_DOMAIN}`,
  reviewer: `van-phong@${DEMO_DOMAIN}`,
  reporterOf: (unitId: string) => `${unitId}@${DEMO_DOMAIN}`,
};

const QUARTERS = ['2024-Q1', '2024-Q2', '2024-Q3'] as const;
/** Who is late (days after the deadline), who is missing, and who was returned, per quarter. */
const LATE: Record<string, Record<string, number>> = {
  '2024-Q1': { 'xa-quang-khai': 2, 'phong-y-te': 4, 'xa-van-to': 1 },
  '2024-Q2': { 'xa-ha-ky': 3, 'phong-nong-nghiep-ptnt': 1 },
  '2024-Q3': { 'xa-tan-ky': 2, 'xa-quang-khai': 5 },
};
const MISSING: Record<string, string[]> = { '2024-Q3': ['xa-ha-thanh'] };
const RETURNED = { period: '2024-Q2', unitId: 'xa-dai-hop' };

export async function loadDemo(deps: Deps): Promise<void> {
  const admin: Caller = { email: [...deps.adminEmails][0] ?? 'admin@localhost', isAdmin: true };
  const parsed = parsePlan(TU_KY_2024);
  if (!parsed.ok) throw new Error('the shipped Tứ Kỳ plan does not validate');
  const plan = parsed.value;
  await putPlan(deps, admin, plan.id, plan);
  await putMember(deps, admin, plan.id, DEMO_ACCOUNTS.leader, { role: 'viewer' });
  await putMember(deps, admin, plan.id, DEMO_ACCOUNTS.reviewer, { role: 'reviewer' });
  await Promise.all(plan.units.map((u) => putMember(deps, admin, plan.id, DEMO_ACCOUNTS.reporterOf(u.id), { role: 'reporter', unitId: u.id })));

  const reviewer: Caller = { email: DEMO_ACCOUNTS.reviewer, isAdmin: false };
  for (const [index, quarter] of QUARTERS.entries()) {
    await Promise.all(plan.units.map((unit) => submitDemo(deps, plan, unit.id, quarter, index)));
    const returned = RETURNED.period === quarter ? RETURNED.unitId : null;
    if (returned) {
      await reviewReport(atTime(deps, dayOf(plan, quarter, 19, '10:00:00')), reviewer, plan.id, quarter, returned, {
        decision: 'return',
        comment: 'Số liệu hài lòng chưa khớp sổ theo dõi, đề nghị kiểm tra lại. / Satisfaction figures do not match the register; please check.',
      });
      await submitDemo(deps, plan, returned, quarter, index, true);
    }
    // Earlier quarters are closed: the district office accepted every report.
    if (index < QUARTERS.length - 1) {
      await Promise.all(
        plan.units
          .filter((u) => !MISSING[quarter]?.includes(u.id))
          .map((u) => reviewReport(atTime(deps, dayOf(plan, quarter, 25, '15:00:00')), reviewer, plan.id, quarter, u.id, { decision: 'accept', comment: '' })),
      );
    }
  }
  for (const period of [...QUARTERS, '2024-H1', '2024-9M']) await computeScorecardNow(deps, admin, plan.id, period, 'vi');
}

const reportsSoFar = new Map<string, ReportData>();

async function submitDemo(deps: Deps, plan: Plan, unitId: string, quarter: string, index: number, correction = false): Promise<void> {
  if (MISSING[quarter]?.includes(unitId)) return;
  const unit = plan.units.find((u) => u.id === unitId)!;
  const rnd = seededRandom(`${unitId}/${quarter}${correction ? '/corrected' : ''}`);
  const previousQuarter = QUARTERS[index - 1];
  const data = demoReport(unit, index, previousQuarter ? reportsSoFar.get(`${unitId}/${previousQuarter}`) : undefined, rnd);
  reportsSoFar.set(`${unitId}/${quarter}`, data);
  const lateDays = LATE[quarter]?.[unitId];
  const when = correction ? dayOf(plan, quarter, 20, '08:30:00') : lateDays ? dayOf(plan, quarter, 17 + lateDays, '09:15:00') : dayOf(plan, quarter, 8 + Math.floor(rnd() * 9), '14:20:00');
  const reporter: Caller = { email: DEMO_ACCOUNTS.reporterOf(unitId), isAdmin: false };
  await submitReport(atTime(deps, when), reporter, plan.id, { unitId, period: quarter, data, idempotencyKey: `demo-${unitId}-${quarter}${correction ? '-2' : ''}` }, 'vi');
}

function dayOf(plan: Plan, quarter: string, day: number, time: string): Date {
  const month = periodInfo(quarter, plan.timezone)!.to.slice(0, 7);
  return new Date(localToIso(`${month}-${String(day).padStart(2, '0')}`, time, plan.timezone));
}

function atTime(deps: Deps, when: Date): Deps {
  return { ...deps, now: () => when };
}
