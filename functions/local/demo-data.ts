/**
 * Believable demo reports for Tứ Kỳ 2024, Q1–Q3: a commune handles tens to hundreds of dossiers a
 * quarter, mostly hộ tịch, chứng thực and đất đai. Deterministic (seeded per unit), so every
 * laptop shows the same scorecard; the reports themselves are built by synthetic-reports.ts.
 */
import type { ReportData } from '../../shared/report/schema.js';
import type { Unit } from '../../shared/plans/plan.js';
import { TU_KY_2024 } from '../../shared/plans/tu-ky-2024.js';
import { lciFieldsOf, syntheticReport, type FieldIntake, type Random } from './synthetic-reports.js';

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
