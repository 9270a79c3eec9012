/**
 * Loads the demo into an empty local store through the real use cases: the Tứ Kỳ 2024 plan and
 * the Hải Phòng 2026 example (demo-data.ts, demo-province.ts), each with its accounts, Q1–Q3
 * reports (a few late, a few missing, one returned and corrected), and its year's scorecard inputs
 * built by one full recompute, so the page shows scorecards at once.
 */
import { localToIso, periodInfo } from '../../shared/calendar.js';
import { parsePlan, type Plan } from '../../shared/plans/plan.js';
import type { ReportData } from '../../shared/report/schema.js';
import type { Caller } from '../access/caller.js';
import type { Deps } from '../runtime/deps.js';
import { changeMembers } from '../use-cases/change-members.js';
import { putPlan } from '../use-cases/manage-plans.js';
import { reviewReport } from '../use-cases/review-report.js';
import { rebuildYearInputs } from '../use-cases/aggregate.js';
import { submitReport } from '../use-cases/submit-report.js';
import { TU_KY_DEMO, type PlanDemo } from './demo-data.js';
import { PROVINCE_DEMO } from './demo-province.js';
import { seededRandom } from './synthetic-reports.js';

function demoAccounts(domain: string) {
  return {
    leader: `lanh-dao@${domain}`,
    reviewer: `van-phong@${domain}`,
    reporterOf: (unitId: string) => `${unitId}@${domain}`,
  };
}
export const DEMO_ACCOUNTS = demoAccounts(TU_KY_DEMO.domain);
export const PROVINCE_DEMO_ACCOUNTS = demoAccounts(PROVINCE_DEMO.domain);

/** Store calls in flight at most: the SDK client queues, and warns on the console, past 50 sockets. */
const IN_FLIGHT = 48;

/**
 * One plan after the other: the store's CPU, not waiting, bounds the time to ready. DEMO_PROVINCE=0
 * leaves the province out (three quarters of the demo's store work), as the test run does for its
 * many demo stacks that read Tứ Kỳ only.
 */
export async function loadDemo(deps: Deps): Promise<void> {
  await loadPlanDemo(deps, TU_KY_DEMO);
  if (process.env.DEMO_PROVINCE !== '0') await loadPlanDemo(deps, PROVINCE_DEMO);
}

/** `act` on every item, IN_FLIGHT at a time (each action makes one store call at a time). */
async function forEachInSlices<T>(items: readonly T[], act: (item: T) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < items.length; i += IN_FLIGHT) await Promise.all(items.slice(i, i + IN_FLIGHT).map(act));
}

async function loadPlanDemo(deps: Deps, demo: PlanDemo): Promise<void> {
  const admin: Caller = { email: [...deps.adminEmails][0] ?? 'admin@localhost', isAdmin: true };
  const parsed = parsePlan(demo.plan);
  if (!parsed.ok) throw new Error(`the shipped plan ${demo.plan.id} does not validate`);
  const plan = parsed.value;
  const accounts = demoAccounts(demo.domain);
  await putPlan(deps, admin, plan.id, plan);
  await changeMembers(deps, admin, plan.id, {
    put: [
      { email: accounts.leader, role: 'viewer' },
      { email: accounts.reviewer, role: 'reviewer' },
      ...plan.units.map((u) => ({ email: accounts.reporterOf(u.id), role: 'reporter' as const, unitId: u.id })),
    ],
    remove: [],
  });

  const reviewer: Caller = { email: accounts.reviewer, isAdmin: false };
  const reportsSoFar = new Map<string, ReportData>();
  const submit = async (unitId: string, quarter: string, index: number, correction = false): Promise<void> => {
    if (demo.missing[quarter]?.includes(unitId)) return;
    const unit = plan.units.find((u) => u.id === unitId)!;
    const rnd = seededRandom(`${unitId}/${quarter}${correction ? '/corrected' : ''}`);
    const previousQuarter = demo.quarters[index - 1];
    const data = demo.report(unit, index, previousQuarter ? reportsSoFar.get(`${unitId}/${previousQuarter}`) : undefined, rnd);
    reportsSoFar.set(`${unitId}/${quarter}`, data);
    const lateDays = demo.late[quarter]?.[unitId];
    const when = correction ? dayOf(plan, quarter, 20, '08:30:00') : lateDays ? dayOf(plan, quarter, 17 + lateDays, '09:15:00') : dayOf(plan, quarter, 8 + Math.floor(rnd() * 9), '14:20:00');
    const reporter: Caller = { email: accounts.reporterOf(unitId), isAdmin: false };
    await submitReport(atTime(deps, when), reporter, plan.id, { unitId, period: quarter, data, idempotencyKey: `demo-${unitId}-${quarter}${correction ? '-2' : ''}` }, 'vi');
  };

  for (const [index, quarter] of demo.quarters.entries()) {
    await forEachInSlices(plan.units, (unit) => submit(unit.id, quarter, index));
    if (demo.returned.period === quarter) {
      await reviewReport(atTime(deps, dayOf(plan, quarter, 19, '10:00:00')), reviewer, plan.id, quarter, demo.returned.unitId, {
        decision: 'return',
        comment: 'Số liệu hài lòng chưa khớp sổ theo dõi, đề nghị kiểm tra lại. / Satisfaction figures do not match the register; please check.',
      });
      await submit(demo.returned.unitId, quarter, index, true);
    }
    // Earlier quarters are closed: the office accepted every report.
    if (index < demo.quarters.length - 1) {
      const reported = plan.units.filter((u) => !demo.missing[quarter]?.includes(u.id));
      await forEachInSlices(reported, (u) => reviewReport(atTime(deps, dayOf(plan, quarter, 25, '15:00:00')), reviewer, plan.id, quarter, u.id, { decision: 'accept', comment: '' }));
    }
  }
  await rebuildYearInputs(deps.store, plan.id, plan.year, deps.now());
}

function dayOf(plan: Plan, quarter: string, day: number, time: string): Date {
  const month = periodInfo(quarter, plan.timezone)!.to.slice(0, 7);
  return new Date(localToIso(`${month}-${String(day).padStart(2, '0')}`, time, plan.timezone));
}

function atTime(deps: Deps, when: Date): Deps {
  return { ...deps, now: () => when };
}
