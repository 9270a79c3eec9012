/**
 * What a demo plan holds, and the Tứ Kỳ 2024 demo: Q1–Q3 reports of a district where a commune
 * handles tens to hundreds of dossiers a quarter, mostly hộ tịch, chứng thực and đất đai. Reports
 * are deterministic (seeded per unit and quarter), so every laptop shows the same scorecard; they
 * are built by synthetic-reports.ts.
 */
import type { PlanInput, Unit } from '../../shared/plans/plan.js';
import type { ReportData } from '../../shared/report/schema.js';
import { TU_KY_2024 } from '../../shared/plans/tu-ky-2024.js';
import { lciFieldsOf, syntheticReport, type FieldIntake, type Random } from './synthetic-reports.js';

/** A plan with its demo accounts and reports, as demo.ts loads it (its scorecards follow from them). */
export interface PlanDemo {
  plan: PlanInput;
  /** Accounts are lanh-dao@, van-phong@ and <unit id>@ this domain. */
  domain: string;
  quarters: readonly string[];
  /** Who is late (days after the deadline), per quarter. */
  late: Readonly<Record<string, Readonly<Record<string, number>>>>;
  /** Who never reports, per quarter. */
  missing: Readonly<Record<string, readonly string[]>>;
  /** The one report the office returns, corrected the next day. */
  returned: { period: string; unitId: string };
  /** One quarter's report of a unit (`quarterIndex` 0 for Q1); `previous` supplies carriedOver. */
  report(unit: Unit, quarterIndex: number, previous: ReportData | undefined, rnd: Random): ReportData;
}

/** Fields each kind of unit handles, with a typical quarterly intake range. */
const COMMUNE_FIELDS: FieldIntake[] = [
  ['ho-tich', 40, 160], ['chung-thuc', 60, 300], ['dat-dai', 10, 60], ['bao-tro-xa-hoi', 5, 30], ['nguoi-co-cong', 2, 15], ['nong-nghiep', 0, 8],
];
const AGENCY_FIELDS: Record<string, FieldIntake[]> = {
  'van-phong-hdnd-ubnd': [['tiep-cong-dan', 5, 20]],
  'phong-noi-vu': [['ton-giao', 2, 10], ['thi-dua-khen-thuong', 10, 40]],
  'phong-tu-phap': [['ho-tich', 10, 40], ['chung-thuc', 30, 90], ['nuoi-con-nuoi', 0, 4]],
  'phong-tai-chinh-ke-hoach': [['dau-tu', 2, 10], ['kinh-doanh', 40, 120], ['tai-chinh', 5, 20]],
  'phong-tai-nguyen-moi-truong': [['dat-dai', 150, 400], ['moi-truong', 3, 15]],
  'phong-lao-dong-tbxh': [['bao-tro-xa-hoi', 30, 90], ['nguoi-co-cong', 10, 40]],
  'phong-van-hoa-thong-tin': [['van-hoa', 3, 15]],
  'phong-giao-duc-dao-tao': [['giao-duc-dao-tao', 10, 40]],
  'phong-y-te': [['y-te', 3, 15]],
  'thanh-tra-huyen': [['khieu-nai-to-cao', 1, 8], ['tiep-cong-dan', 5, 25]],
  'phong-kinh-te-ha-tang': [['xay-dung', 30, 90], ['giao-thong-van-tai', 2, 10], ['cong-thuong', 2, 12]],
  'phong-nong-nghiep-ptnt': [['nong-nghiep', 5, 25]],
};
const LCI_FIELDS = lciFieldsOf(TU_KY_2024);

/** One quarter's report of a Tứ Kỳ unit; `previous` supplies carriedOver. */
export function demoReport(unit: Unit, quarterIndex: number, previous: ReportData | undefined, rnd: Random): ReportData {
  const intakes = unit.kind === 'commune' ? COMMUNE_FIELDS : (AGENCY_FIELDS[unit.id] ?? []);
  return syntheticReport(unit, { intakes, lciFields: LCI_FIELDS }, quarterIndex, previous, rnd);
}

export const TU_KY_DEMO: PlanDemo = {
  plan: TU_KY_2024,
  domain: 'tuky.local',
  quarters: ['2024-Q1', '2024-Q2', '2024-Q3'],
  late: {
    '2024-Q1': { 'xa-quang-khai': 2, 'phong-y-te': 4, 'xa-van-to': 1 },
    '2024-Q2': { 'xa-ha-ky': 3, 'phong-nong-nghiep-ptnt': 1 },
    '2024-Q3': { 'xa-tan-ky': 2, 'xa-quang-khai': 5 },
  },
  missing: { '2024-Q3': ['xa-ha-thanh'] },
  returned: { period: '2024-Q2', unitId: 'xa-dai-hop' },
  report: demoReport,
};
