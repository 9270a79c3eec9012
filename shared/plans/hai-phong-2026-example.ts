/**
 * An EXAMPLE plan, not official data: a province in the two-tier model (DESIGN §10), shaped like
 * Hải Phòng in 2026, to show what a province's leadership sees. What is real: Hải Phòng's 114
 * commune-level units since 1 July 2025 (67 xã, 45 phường, 2 đặc khu, of which 64 from the former
 * Hải Dương province and 50 from the former Hải Phòng; Nghị quyết 1669/NQ-UBTVQH15 of 16 June 2025),
 * the former districts, the special zones Cát Hải and Bạch Long Vĩ, and the six communes of the
 * former Tứ Kỳ district (issue 12). What is made up: every other unit's name ("Xã Thanh Hà 2"),
 * how many units each former district holds, every code ("VD-…", ví dụ), the coastal cluster, and
 * the departments, which follow the usual set of Nghị định 45/2025/NĐ-CP, not the city's own list.
 */
import { foldForSearch } from '../words/fold.js';
import type { PlanInput } from './plan.js';
import { TAG_CERTIFICATION, TAG_ONE_STOP_OFFICE } from './tags.js';
import { TU_KY_2024 } from './tu-ky-2024.js';

type UnitInput = PlanInput['units'][number];
type CommuneLevelKind = 'commune' | 'ward' | 'special-zone';

const KIND_PREFIX: Record<CommuneLevelKind, { id: string; name: string }> = {
  commune: { id: 'xa', name: 'Xã' },
  ward: { id: 'phuong', name: 'Phường' },
  'special-zone': { id: 'dac-khu', name: 'Đặc khu' },
};

/** "Tứ Kỳ" → "tu-ky". */
const slugOf = (name: string) => foldForSearch(name).replace(/ /g, '-');

interface FormerDistrict {
  name: string;
  /** Per kind, real names or how many made-up ones ("<district> 1", "<district> 2", …). */
  units: Partial<Record<CommuneLevelKind, readonly string[] | number>>;
  /** Which of the district's units (1-based, in the order listed) are in the coastal cluster. */
  coastal?: readonly number[];
}

/** Former districts: 24 phường, 24 xã and 2 đặc khu of Hải Phòng, then 21 phường and 43 xã of Hải Dương. */
const FORMER_DISTRICTS: readonly FormerDistrict[] = [
  { name: 'Hồng Bàng', units: { ward: 2 } },
  { name: 'Ngô Quyền', units: { ward: 2 } },
  { name: 'Lê Chân', units: { ward: 2 } },
  { name: 'Hải An', units: { ward: 2 }, coastal: [2] },
  { name: 'Kiến An', units: { ward: 2 } },
  { name: 'Đồ Sơn', units: { ward: 2 }, coastal: [1, 2] },
  { name: 'Dương Kinh', units: { ward: 2 }, coastal: [2] },
  { name: 'An Dương', units: { ward: 3 } },
  { name: 'Thủy Nguyên', units: { ward: 7 }, coastal: [7] },
  { name: 'An Lão', units: { commune: 5 } },
  { name: 'Kiến Thụy', units: { commune: 5 }, coastal: [4, 5] },
  { name: 'Tiên Lãng', units: { commune: 7 }, coastal: [6, 7] },
  { name: 'Vĩnh Bảo', units: { commune: 7 }, coastal: [7] },
  { name: 'Cát Hải', units: { 'special-zone': ['Cát Hải'] }, coastal: [1] },
  { name: 'Bạch Long Vĩ', units: { 'special-zone': ['Bạch Long Vĩ'] }, coastal: [1] },
  { name: 'Hải Dương', units: { ward: 9 } },
  { name: 'Chí Linh', units: { ward: 6 } },
  { name: 'Kinh Môn', units: { ward: 6, commune: 2 } },
  { name: 'Tứ Kỳ', units: { commune: ['Tứ Kỳ', 'Tân Kỳ', 'Đại Sơn', 'Chí Minh', 'Lạc Phượng', 'Nguyên Giáp'] } },
  { name: 'Kim Thành', units: { commune: 4 } },
  { name: 'Nam Sách', units: { commune: 4 } },
  { name: 'Thanh Hà', units: { commune: 5 } },
  { name: 'Cẩm Giàng', units: { commune: 4 } },
  { name: 'Bình Giang', units: { commune: 4 } },
  { name: 'Gia Lộc', units: { commune: 4 } },
  { name: 'Thanh Miện', units: { commune: 5 } },
  { name: 'Ninh Giang', units: { commune: 5 } },
];

const GROUP_COASTAL = 'cum-ven-bien';
const GROUP_GENERAL = 'khoi-tong-hop';
const GROUP_ECONOMY = 'khoi-kinh-te';
const GROUP_CULTURE_SOCIETY = 'khoi-van-hoa-xa-hoi';

/** The group of a former district's area, e.g. "khu-vuc-tu-ky" for "Khu vực Tứ Kỳ cũ". */
const formerDistrictGroup = (district: string) => `khu-vuc-${slugOf(district)}`;

/** A former district's commune-level units, each in its area's group and, if coastal, the coastal cluster. */
function unitsOf(district: FormerDistrict): UnitInput[] {
  const listed = (Object.entries(district.units) as [CommuneLevelKind, readonly string[] | number][]).flatMap(([kind, names]) =>
    (typeof names === 'number' ? Array.from({ length: names }, (_, i) => `${district.name} ${i + 1}`) : names).map((place) => ({ kind, place })),
  );
  return listed.map(({ kind, place }, i) => ({
    id: `${KIND_PREFIX[kind].id}-${slugOf(place)}`,
    name: `${KIND_PREFIX[kind].name} ${place}`,
    kind,
    tags: [TAG_ONE_STOP_OFFICE, TAG_CERTIFICATION],
    groups: district.coastal?.includes(i + 1) ? [formerDistrictGroup(district.name), GROUP_COASTAL] : [formerDistrictGroup(district.name)],
  }));
}

// Codes in list order, VD-001 … VD-114: made up, so that no one takes them for the national list's.
const communeLevel: UnitInput[] = FORMER_DISTRICTS.flatMap(unitsOf).map((unit, i) => ({ ...unit, code: `VD-${String(i + 1).padStart(3, '0')}` }));

function agency(id: string, name: string, group: string, tags?: string[]): UnitInput {
  return tags ? { id, name, kind: 'agency', groups: [group], tags } : { id, name, kind: 'agency', groups: [group] };
}

const agencies: UnitInput[] = [
  // The city's one-stop office: every department's dossiers are received and returned there.
  agency('trung-tam-phuc-vu-hcc', 'Trung tâm Phục vụ hành chính công thành phố', GROUP_GENERAL, [TAG_ONE_STOP_OFFICE]),
  agency('van-phong-ubnd', 'Văn phòng UBND thành phố', GROUP_GENERAL),
  agency('so-noi-vu', 'Sở Nội vụ', GROUP_GENERAL),
  agency('so-tu-phap', 'Sở Tư pháp', GROUP_GENERAL),
  agency('thanh-tra-thanh-pho', 'Thanh tra thành phố', GROUP_GENERAL),
  agency('so-tai-chinh', 'Sở Tài chính', GROUP_ECONOMY),
  agency('so-xay-dung', 'Sở Xây dựng', GROUP_ECONOMY),
  agency('so-nong-nghiep-moi-truong', 'Sở Nông nghiệp và Môi trường', GROUP_ECONOMY),
  agency('so-cong-thuong', 'Sở Công Thương', GROUP_ECONOMY),
  agency('so-khoa-hoc-cong-nghe', 'Sở Khoa học và Công nghệ', GROUP_ECONOMY),
  agency('so-y-te', 'Sở Y tế', GROUP_CULTURE_SOCIETY),
  agency('so-giao-duc-dao-tao', 'Sở Giáo dục và Đào tạo', GROUP_CULTURE_SOCIETY),
  agency('so-van-hoa-the-thao-du-lich', 'Sở Văn hóa, Thể thao và Du lịch', GROUP_CULTURE_SOCIETY),
  agency('so-dan-toc-ton-giao', 'Sở Dân tộc và Tôn giáo', GROUP_CULTURE_SOCIETY),
];

export const HAI_PHONG_2026_EXAMPLE: PlanInput = {
  id: 'vd-hai-phong-2026',
  name: 'Kế hoạch kiểm soát TTHC thành phố Hải Phòng năm 2026 (ví dụ, không phải số liệu chính thức / example, not official data)',
  year: 2026,
  timezone: 'Asia/Ho_Chi_Minh',
  units: [...communeLevel, ...agencies],
  groups: [
    ...FORMER_DISTRICTS.map((d) => ({ id: formerDistrictGroup(d.name), name: `Khu vực ${d.name} cũ` })),
    { id: GROUP_COASTAL, name: 'Cụm ven biển và hải đảo (ví dụ)' },
    { id: GROUP_GENERAL, name: 'Khối tổng hợp – nội chính' },
    { id: GROUP_ECONOMY, name: 'Khối kinh tế' },
    { id: GROUP_CULTURE_SOCIETY, name: 'Khối văn hóa – xã hội' },
  ],
  // The Tứ Kỳ plan's fields (a commune now also handles what the district did), and the
  // departments' own: science, tourism, labour, fisheries.
  fields: [
    ...TU_KY_2024.fields,
    { id: 'khoa-hoc-cong-nghe', name: 'Khoa học và công nghệ', nameEn: 'Science and technology' },
    { id: 'du-lich', name: 'Du lịch', nameEn: 'Tourism' },
    { id: 'lao-dong-viec-lam', name: 'Lao động, việc làm', nameEn: 'Labour and employment' },
    { id: 'thuy-san', name: 'Thủy sản', nameEn: 'Fisheries' },
  ],
  // No `targets`: the product's defaults (shared/kpis.ts, DESIGN §6).
};
