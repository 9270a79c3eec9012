/**
 * A province-sized plan for the page's performance test: the bench plan's 3,321 units (one in ten
 * an agency) renamed with Vietnamese place names, one of them "Thị trấn Tứ Kỳ", and its Q2 2024
 * reports. Both go through the real use cases in the stack's process: the plan (~330 KB of JSON)
 * is over the API's 256 KiB body limit, and 3,188 HTTP round trips would be most of the test's
 * time and measure the API, not the page.
 */
import { benchPlan, benchReports } from '../../../bench/fixtures.js';
import type { Caller } from '../../../functions/access/caller.js';
import type { Deps } from '../../../functions/runtime/deps.js';
import { submitReport } from '../../../functions/use-cases/submit-report.js';
import { putPlan } from '../../../functions/use-cases/manage-plans.js';
import type { Plan } from '../../../shared/plans/plan.js';

export const PROVINCE_UNITS = 3_321;
export const PROVINCE_QUARTER = '2024-Q2';
/** Deep in the list, far beyond the first page. */
export const TU_KY_INDEX = 2_024;

// No syllable folds to "tu" or "ky": only the one unit named so answers a search for "tu ky".
const FIRST = ['Tân', 'Phú', 'Hòa', 'An', 'Bình', 'Đông', 'Tây', 'Nam', 'Bắc', 'Thạnh', 'Long', 'Vĩnh', 'Hưng', 'Quang', 'Đức', 'Minh', 'Thuận', 'Hải', 'Sơn', 'Lạc'];
const SECOND = ['Lợi', 'Hiệp', 'Thành', 'Mỹ', 'Phước', 'Khánh', 'Điền', 'Xuân', 'Trung', 'Hồng', 'Lâm', 'Thủy', 'Cường', 'Định', 'Nghĩa', 'Hội', 'Yên', 'Lộc', 'Ninh', 'Châu'];

export function provincePlan(): Plan {
  const plan = benchPlan(PROVINCE_UNITS);
  const units = plan.units.map((unit, i) => {
    const place = `${FIRST[i % FIRST.length]} ${SECOND[Math.floor(i / FIRST.length) % SECOND.length]}`;
    const name = i === TU_KY_INDEX ? 'Thị trấn Tứ Kỳ' : unit.kind === 'agency' ? `Phòng Nội vụ ${place} ${i}` : `Xã ${place} ${i}`;
    return { ...unit, name };
  });
  return { ...plan, id: 'tinh-2024', name: 'Tỉnh mẫu 2024', units };
}

/**
 * Units that never report: every 25th from u-9, 133 of them (i = 9, 34, …, 3,309). Agencies are
 * i ≡ 9 (mod 10), so the missing agencies are i ≡ 9 (mod 50): 9 … 3,309, 67 of them; the missing
 * communes i ≡ 34 (mod 50): 34 … 3,284, 66 of them.
 */
export const isMissing = (i: number) => i % 25 === 9;
/** Units that report after the deadline: every 10th from u-3, 332 communes (none is missing). */
export const isLate = (i: number) => i % 10 === 3;

/** Stores the plan, then Q2 2024's reports: its deadline is 17 Jun 2024 23:59 in Vietnam; on time on the 10th, late on the 20th. */
export async function seedProvince(deps: Deps, plan: Plan, admin: Caller, concurrency = 16): Promise<number> {
  await putPlan(deps, admin, plan.id, plan);
  const reports = benchReports(plan, PROVINCE_QUARTER);
  const due = plan.units.flatMap((unit, i) => (isMissing(i) ? [] : [{ unit, i }]));
  let next = 0;
  const worker = async () => {
    while (next < due.length) {
      const { unit, i } = due[next++]!;
      const at = new Date(isLate(i) ? '2024-06-20T02:00:00Z' : '2024-06-10T02:00:00Z');
      await submitReport({ ...deps, now: () => at }, admin, plan.id, { unitId: unit.id, period: PROVINCE_QUARTER, data: reports[i]!.data }, 'vi');
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return due.length;
}
