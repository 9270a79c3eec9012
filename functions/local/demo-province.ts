/**
 * The demo of the Hải Phòng 2026 example plan (an example, not official data): 114 commune-level
 * units and 14 departments reporting 2026 Q1–Q3, as the demo stands in December 2026, when Q3 is
 * the latest quarter due. Since the two-tier reform a commune also does what the district did
 * (land, construction, household businesses), so its intake is larger than a 2024 commune's.
 */
import { HAI_PHONG_2026_EXAMPLE } from '../../shared/plans/hai-phong-2026-example.js';
import type { UnitKind } from '../../shared/plans/plan.js';
import type { PlanDemo } from './demo-data.js';
import { lciFieldsOf, syntheticReport, type FieldIntake } from './synthetic-reports.js';

const COMMUNE_LEVEL_FIELDS: Record<Exclude<UnitKind, 'agency'>, FieldIntake[]> = {
  commune: [
    ['ho-tich', 80, 260], ['chung-thuc', 100, 420], ['dat-dai', 30, 140], ['xay-dung', 5, 30], ['kinh-doanh', 15, 60],
    ['bao-tro-xa-hoi', 10, 50], ['nguoi-co-cong', 3, 20], ['nong-nghiep', 2, 15],
  ],
  ward: [
    ['ho-tich', 120, 380], ['chung-thuc', 250, 800], ['dat-dai', 20, 110], ['xay-dung', 15, 70], ['kinh-doanh', 40, 160],
    ['bao-tro-xa-hoi', 8, 40], ['nguoi-co-cong', 3, 20],
  ],
  'special-zone': [
    ['ho-tich', 20, 90], ['chung-thuc', 30, 150], ['dat-dai', 5, 40], ['xay-dung', 2, 15], ['kinh-doanh', 5, 30],
    ['bao-tro-xa-hoi', 2, 12], ['thuy-san', 5, 25],
  ],
};
const DEPARTMENT_FIELDS: Record<string, FieldIntake[]> = {
  'trung-tam-phuc-vu-hcc': [['tiep-cong-dan', 20, 60]],
  'van-phong-ubnd': [['tiep-cong-dan', 5, 20]],
  'so-noi-vu': [['thi-dua-khen-thuong', 20, 80], ['lao-dong-viec-lam', 40, 150]],
  'so-tu-phap': [['ho-tich', 20, 60], ['nuoi-con-nuoi', 2, 10], ['hoa-giai', 1, 6]],
  'thanh-tra-thanh-pho': [['khieu-nai-to-cao', 5, 25], ['tiep-cong-dan', 10, 40]],
  'so-tai-chinh': [['dau-tu', 30, 90], ['kinh-doanh', 300, 700], ['tai-chinh', 10, 40]],
  'so-xay-dung': [['xay-dung', 80, 250], ['giao-thong-van-tai', 400, 1200]],
  'so-nong-nghiep-moi-truong': [['dat-dai', 200, 600], ['moi-truong', 20, 80], ['nong-nghiep', 20, 60], ['thuy-san', 10, 40]],
  'so-cong-thuong': [['cong-thuong', 60, 200]],
  'so-khoa-hoc-cong-nghe': [['khoa-hoc-cong-nghe', 10, 40]],
  'so-y-te': [['y-te', 150, 400]],
  'so-giao-duc-dao-tao': [['giao-duc-dao-tao', 40, 120]],
  'so-van-hoa-the-thao-du-lich': [['van-hoa', 20, 60], ['du-lich', 30, 90]],
  'so-dan-toc-ton-giao': [['ton-giao', 5, 25]],
};
const LCI_FIELDS = lciFieldsOf(HAI_PHONG_2026_EXAMPLE);

export const PROVINCE_DEMO: PlanDemo = {
  plan: HAI_PHONG_2026_EXAMPLE,
  domain: 'haiphong.local',
  quarters: ['2026-Q1', '2026-Q2', '2026-Q3'],
  late: {
    '2026-Q1': { 'xa-tien-lang-3': 2, 'so-y-te': 3, 'phuong-thuy-nguyen-4': 1, 'xa-gia-loc-2': 4 },
    '2026-Q2': { 'dac-khu-bach-long-vi': 5, 'xa-thanh-mien-1': 2, 'so-xay-dung': 1 },
    '2026-Q3': { 'xa-nguyen-giap': 3, 'phuong-chi-linh-5': 2, 'xa-an-lao-2': 6, 'so-tai-chinh': 1, 'xa-vinh-bao-4': 2 },
  },
  missing: {
    '2026-Q2': ['xa-ninh-giang-5'],
    '2026-Q3': ['xa-ninh-giang-5', 'phuong-an-duong-3', 'so-dan-toc-ton-giao'],
  },
  returned: { period: '2026-Q2', unitId: 'xa-tan-ky' },
  report(unit, quarterIndex, previous, rnd) {
    const intakes = unit.kind === 'agency' ? (DEPARTMENT_FIELDS[unit.id] ?? []) : COMMUNE_LEVEL_FIELDS[unit.kind];
    return syntheticReport(unit, { intakes, lciFields: LCI_FIELDS }, quarterIndex, previous, rnd);
  },
};
