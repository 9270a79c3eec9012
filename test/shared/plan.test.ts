import { describe, expect, it } from 'vitest';
import { parsePlan, type Plan } from '../../shared/plans/plan.js';
import { TU_KY_2024 } from '../../shared/plans/tu-ky-2024.js';
import { KPI_IDS } from '../../shared/kpis.js';
import { targetOf } from '../../shared/engine/kpi-values.js';
import { expectProblems, problemsOf, type ExpectedProblem } from './helpers/problems.js';

function shipped(): Plan {
  const parsed = parsePlan(TU_KY_2024);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.value;
}

const idsWithTag = (plan: Plan, tag: string) => plan.units.filter((u) => u.tags?.includes(tag)).map((u) => u.id);

/** ASCII slug of a Vietnamese name, done by hand here so the test does not trust the plan's own ids. */
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/\s+/g, '-');

describe('the shipped Tứ Kỳ 2024 plan', () => {
  it('validates, as tu-ky-2024 in Vietnam time', () => {
    const plan = shipped();
    expect(plan.id).toBe('tu-ky-2024');
    expect(plan.year).toBe(2024);
    expect(plan.timezone).toBe('Asia/Ho_Chi_Minh');
    expect(plan.name).toContain('huyện Tứ Kỳ năm 2024');
  });

  it('has the 23 commune-level units of PLAN-2024.md, slugs matching their names', () => {
    const communes = shipped().units.filter((u) => u.kind === 'commune');
    expect(communes.map((u) => u.name)).toEqual([
      'Thị trấn Tứ Kỳ', 'Xã Đại Sơn', 'Xã Hưng Đạo', 'Xã Ngọc Kỳ', 'Xã Bình Lãng', 'Xã Chí Minh',
      'Xã Tái Sơn', 'Xã Quang Phục', 'Xã Dân Chủ', 'Xã Tân Kỳ', 'Xã Quang Khải', 'Xã Đại Hợp',
      'Xã Quảng Nghiệp', 'Xã An Thanh', 'Xã Minh Đức', 'Xã Văn Tố', 'Xã Quang Trung', 'Xã Phượng Kỳ',
      'Xã Cộng Lạc', 'Xã Tiên Động', 'Xã Nguyên Giáp', 'Xã Hà Kỳ', 'Xã Hà Thanh',
    ]);
    expect(communes[0]!.id).toBe('tt-tu-ky');
    for (const u of communes.slice(1)) expect(u.id).toBe(fold(u.name)); // 'Xã Đại Sơn' → 'xa-dai-son'
    // Composed diacritics (NFC), so that names compare and sort like the ones people type.
    for (const u of communes) expect(u.name).toBe(u.name.normalize('NFC'));
  });

  it('has 12 district agencies', () => {
    const agencies = shipped().units.filter((u) => u.kind === 'agency');
    expect(agencies).toHaveLength(12);
    expect(agencies.map((u) => u.id)).toContain('phong-noi-vu');
    expect(agencies.find((u) => u.id === 'van-phong-hdnd-ubnd')?.name).toBe('Văn phòng HĐND và UBND huyện');
    expect(agencies.find((u) => u.id === 'phong-tu-phap')?.name).toBe('Phòng Tư pháp');
  });

  it('tags every commune and only the district office / Justice Division among agencies', () => {
    const plan = shipped();
    for (const u of plan.units.filter((x) => x.kind === 'commune')) expect(u.tags).toEqual(['one-stop-office', 'certification']);
    const agencyIds = new Set(plan.units.filter((u) => u.kind === 'agency').map((u) => u.id));
    expect(idsWithTag(plan, 'one-stop-office').filter((id) => agencyIds.has(id))).toEqual(['van-phong-hdnd-ubnd']);
    expect(idsWithTag(plan, 'certification').filter((id) => agencyIds.has(id))).toEqual(['phong-tu-phap']);
    expect(idsWithTag(plan, 'one-stop-office')).toHaveLength(24); // 23 communes + the district office
  });

  it('ships no merges or validity dates (the January 2024 plan)', () => {
    for (const u of shipped().units) expect([u.validFrom, u.validTo, u.mergedInto]).toEqual([undefined, undefined, undefined]);
  });

  it('has at least 15 bilingual fields, the common commune ones first, lci on land, construction, investment', () => {
    const { fields } = shipped();
    expect(fields.length).toBeGreaterThanOrEqual(15);
    expect(fields.slice(0, 3).map((f) => f.id)).toEqual(['ho-tich', 'chung-thuc', 'dat-dai']);
    for (const f of fields) expect(f.nameEn, f.id).toBeTruthy();
    expect(fields.filter((f) => f.group === 'lci').map((f) => f.id)).toEqual(['dat-dai', 'xay-dung', 'dau-tu', 'kinh-doanh']);
  });

  it('has the targets of the plan (the product defaults), leaving online submission to the province', () => {
    const plan = shipped();
    expect(Object.fromEntries(KPI_IDS.map((id) => [id, targetOf(plan, id)]))).toEqual({
      one_stop_coverage: 1, on_time_resolution: 1, online_submission: null, online_payment: 0.45,
      digitized_dossiers: 1, digitized_results: 1, electronic_results: 1, data_reuse: 0.5,
      electronic_processing: 1, satisfaction: 0.9, satisfaction_lci: 0.85, feedback_on_time: 1,
      e_certified_copies_share: null, brand_identity: 1, e_certification: 1,
      reporting_completeness: 1, reporting_on_time: 1,
    });
  });
});

/** A valid plan with a merger: xa-d (index 3) merged into xa-e (index 4) on 1 Nov 2024. */
function basePlan(): any {
  return {
    id: 'demo-2024',
    name: 'Kế hoạch thử',
    year: 2024,
    timezone: 'Asia/Ho_Chi_Minh',
    units: [
      { id: 'xa-a', name: 'Xã A', kind: 'commune', tags: ['one-stop-office'] },
      { id: 'xa-b', name: 'Xã B', kind: 'commune' },
      { id: 'phong-c', name: 'Phòng C', kind: 'agency' },
      { id: 'xa-d', name: 'Xã D', kind: 'commune', validTo: '2024-10-31', mergedInto: 'xa-e' },
      { id: 'xa-e', name: 'Xã E', kind: 'commune', validFrom: '2024-11-01' },
    ],
    fields: [{ id: 'ho-tich', name: 'Hộ tịch' }, { id: 'dat-dai', name: 'Đất đai', group: 'lci' }],
    targets: { satisfaction: 0.9 },
  };
}

describe('parsePlan rules', () => {
  it('accepts the base plan and defaults the time zone to Vietnam', () => {
    expect(parsePlan(basePlan()).ok).toBe(true);
    const { timezone: _, ...withoutZone } = basePlan();
    const parsed = parsePlan(withoutZone);
    expect(parsed.ok && parsed.value.timezone).toBe('Asia/Ho_Chi_Minh');
  });

  const cases: [string, (p: any) => void, ExpectedProblem][] = [
    ['an unknown key', (p) => (p.units[3].colour = 'red'),
      { path: 'units[3].colour', code: 'unknown_key', vi: 'không được phép', en: 'Unknown field "units[3].colour"' }],
    ['a missing key', (p) => delete p.units[1].name,
      { path: 'units[1].name', code: 'required', vi: 'Thiếu trường bắt buộc "units[1].name"', en: 'is missing' }],
    ['a duplicate unit id', (p) => (p.units[2].id = 'xa-a'),
      { path: 'units[2].id', code: 'duplicate_id', vi: 'Mã "xa-a" bị trùng', en: 'Duplicate id "xa-a"' }],
    ['a duplicate field id', (p) => (p.fields[1].id = 'ho-tich'),
      { path: 'fields[1].id', code: 'duplicate_id', vi: 'Mã "ho-tich" bị trùng', en: 'Duplicate id "ho-tich"' }],
    ['an unknown unit kind', (p) => (p.units[2].kind = 'department'),
      { path: 'units[2].kind', code: 'invalid_value', vi: 'không hợp lệ (chọn một trong: commune, ward, special-zone, agency)', en: 'invalid value (one of: commune, ward, special-zone, agency)' }],
    ['mergedInto naming no unit', (p) => (p.units[3].mergedInto = 'xa-z'),
      { path: 'units[3].mergedInto', code: 'unknown_unit', vi: 'Không có đơn vị "xa-z"', en: 'No unit "xa-z"' }],
    ['a unit merged into itself', (p) => (p.units[3].mergedInto = 'xa-d'),
      { path: 'units[3].mergedInto', code: 'merged_into_self', vi: 'sáp nhập vào chính nó', en: 'merged into itself' }],
    ['a merged unit without validTo', (p) => delete p.units[3].validTo,
      { path: 'units[3].validTo', code: 'merged_without_end', vi: 'phải có ngày kết thúc', en: 'needs an end date' }],
    ['validFrom after validTo', (p) => (p.units[4].validTo = '2024-10-01'),
      { path: 'units[4].validFrom', code: 'valid_from_after_valid_to', vi: 'Ngày bắt đầu 2024-11-01 sau ngày kết thúc 2024-10-01', en: 'Start date 2024-11-01 is after end date 2024-10-01' }],
    ['an impossible date', (p) => (p.units[3].validTo = '2024-02-30'),
      { path: 'units[3].validTo', code: 'invalid_date', vi: '"2024-02-30" không phải ngày hợp lệ', en: '"2024-02-30" is not a valid date' }],
    ['an unknown KPI id in targets', (p) => (p.targets.speed = 0.5),
      { path: 'targets.speed', code: 'unknown_kpi', vi: 'Không có chỉ tiêu "speed"', en: 'Unknown KPI "speed"' }],
    ['an unknown time zone', (p) => (p.timezone = 'Mars/Olympus_Mons'),
      { path: 'timezone', code: 'unknown_timezone', vi: 'Múi giờ "Mars/Olympus_Mons" không tồn tại', en: 'Unknown time zone "Mars/Olympus_Mons"' }],
    ['a target above 100%', (p) => (p.targets.satisfaction = 1.5),
      { path: 'targets.satisfaction', code: 'too_big', vi: 'phải ≤ 1', en: 'must be ≤ 1' }],
    ['a negative target', (p) => (p.targets.data_reuse = -0.1),
      { path: 'targets.data_reuse', code: 'negative', vi: 'không được âm', en: 'must not be negative' }],
  ];

  it.each(cases)('rejects %s, naming the path', (_, breakIt, expected) => {
    const plan = basePlan();
    breakIt(plan);
    expectProblems(problemsOf(parsePlan(plan)), [expected]);
  });

  it('lists every rule problem of one plan, not just the first', () => {
    const plan = basePlan();
    plan.timezone = 'Nowhere/Atlantis';
    plan.units[2].id = 'xa-b';
    plan.units[3].mergedInto = 'xa-z';
    plan.targets.speed = 1;
    expectProblems(problemsOf(parsePlan(plan)), [
      { path: 'timezone', code: 'unknown_timezone', vi: 'Nowhere/Atlantis', en: 'Nowhere/Atlantis' },
      { path: 'units[2].id', code: 'duplicate_id', vi: '"xa-b"', en: '"xa-b"' },
      { path: 'units[3].mergedInto', code: 'unknown_unit', vi: '"xa-z"', en: '"xa-z"' },
      { path: 'targets.speed', code: 'unknown_kpi', vi: '"speed"', en: '"speed"' },
    ]);
  });

  it('lists every shape problem of one plan, not just the first', () => {
    const plan = basePlan();
    delete plan.year;
    plan.units[0].colour = 'red';
    plan.targets.satisfaction = 2;
    expectProblems(problemsOf(parsePlan(plan)), [
      { path: 'year', code: 'required', vi: '"year"', en: '"year"' },
      { path: 'units[0].colour', code: 'unknown_key', vi: '"units[0].colour"', en: '"units[0].colour"' },
      { path: 'targets.satisfaction', code: 'too_big', vi: '≤ 1', en: '≤ 1' },
    ]);
  });
});
