/**
 * The plan sheets: one sheet per table of a plan (DESIGN §4, §10) and one for its members, each
 * with a Vietnamese heading row and an English one under it, data from row 3. The columns carry
 * the plan's own keys, so reading a sheet back is a lookup, not a guess. Pure.
 */
import { ROLES } from '../../../shared/api/roles.js';
import { UNIT_KINDS } from '../../../shared/plans/plan.js';
import type { Words } from '../../../shared/report/report-labels.js';

export interface PlanColumn {
  key: string;
  words: Words;
  /** How to type it, as a note on the heading (vi / en). */
  hint?: string;
  width: number;
  /** The only values allowed: a dropdown. */
  list?: readonly string[];
}

export interface PlanTable {
  name: string;
  words: Words;
  columns: readonly PlanColumn[];
}

/** Rows 1–2 are headings; rows from 3 hold data. */
export const FIRST_DATA_ROW = 3;

const col = (key: string, vi: string, en: string, width: number, extra: Partial<PlanColumn> = {}): PlanColumn => ({ key, words: { vi, en }, width, ...extra });

/** The plan's own fields and its targets, one per row: the `key` column says which. */
export const PLAN_TABLE: PlanTable = {
  name: 'Kế hoạch',
  words: { vi: 'Kế hoạch', en: 'Plan' },
  columns: [
    col('label', 'Mục', 'Item', 260),
    col('labelEn', 'Tên tiếng Anh', 'Item (English)', 220),
    col('value', 'Giá trị', 'Value', 200, { hint: 'Chỉ tiêu: số từ 0 đến 1 (0.45 = 45%), "không" = không đặt chỉ tiêu, để trống = mặc định. / Targets: 0 to 1 (0.45 = 45%), "none" = no target, empty = the default.' }),
    col('default', 'Mặc định', 'Default', 90),
    col('key', 'Mã mục', 'Key', 180),
  ],
};

export const UNITS_TABLE: PlanTable = {
  name: 'Đơn vị',
  words: { vi: 'Đơn vị', en: 'Units' },
  columns: [
    col('id', 'Mã đơn vị', 'Id', 140, { hint: 'Chữ thường, số và dấu gạch ngang, ví dụ xa-dai-son. / Lower-case letters, digits and hyphens.' }),
    col('name', 'Tên đơn vị', 'Name', 220),
    col('kind', 'Loại', 'Kind', 110, { list: UNIT_KINDS, hint: 'commune = xã, ward = phường, special-zone = đặc khu, agency = cơ quan (sở, trung tâm).' }),
    col('code', 'Mã hành chính', 'Official code', 110),
    col('groups', 'Nhóm', 'Groups', 160, { hint: 'Mã nhóm (trang "Nhóm"), cách nhau bằng dấu phẩy. / Group ids, comma-separated.' }),
    col('validFrom', 'Hiệu lực từ', 'Valid from', 100, { hint: 'YYYY-MM-DD' }),
    col('validTo', 'Hiệu lực đến', 'Valid to', 100, { hint: 'YYYY-MM-DD' }),
    col('mergedInto', 'Sáp nhập vào', 'Merged into', 140),
    col('predecessors', 'Hình thành từ', 'Predecessors', 200, { hint: 'mã:tỷ lệ, cách nhau bằng dấu chấm phẩy, ví dụ xa-a:1; xa-b:0.5 (tỷ lệ trong (0, 1], mặc định 1). / id:share; id:share.' }),
    col('tags', 'Nhãn', 'Tags', 200, { hint: 'Cách nhau bằng dấu phẩy, ví dụ one-stop-office, certification. / Comma-separated.' }),
  ],
};

export const GROUPS_TABLE: PlanTable = {
  name: 'Nhóm',
  words: { vi: 'Nhóm', en: 'Groups' },
  columns: [col('id', 'Mã nhóm', 'Id', 160), col('name', 'Tên nhóm', 'Name', 280)],
};

export const FIELDS_TABLE: PlanTable = {
  name: 'Lĩnh vực',
  words: { vi: 'Lĩnh vực', en: 'Fields' },
  columns: [
    col('id', 'Mã lĩnh vực', 'Id', 180),
    col('name', 'Tên lĩnh vực', 'Name', 260),
    col('nameEn', 'Tên tiếng Anh', 'English name', 240),
    col('group', 'Nhóm lĩnh vực', 'Field group', 120, { hint: 'lci = đất đai, xây dựng, đầu tư / land, construction, investment' }),
  ],
};

export const MEMBERS_TABLE: PlanTable = {
  name: 'Thành viên',
  words: { vi: 'Thành viên', en: 'Members' },
  columns: [
    col('email', 'Email', 'Email', 260),
    col('role', 'Vai trò', 'Role', 110, { list: ROLES, hint: 'reporter = báo cáo cho một đơn vị, reviewer = văn phòng duyệt, viewer = xem, admin = quản trị.' }),
    col('unitId', 'Mã đơn vị', 'Unit id', 160, { hint: 'Bắt buộc với reporter. / Required for a reporter.' }),
  ],
};

export const PLAN_TABLES = [PLAN_TABLE, UNITS_TABLE, GROUPS_TABLE, FIELDS_TABLE, MEMBERS_TABLE] as const;

/** The plan's own fields on the plan sheet, before the targets. */
export const PLAN_FIELDS: readonly { key: 'id' | 'name' | 'year' | 'timezone'; words: Words }[] = [
  { key: 'id', words: { vi: 'Mã kế hoạch', en: 'Plan id' } },
  { key: 'name', words: { vi: 'Tên kế hoạch', en: 'Plan name' } },
  { key: 'year', words: { vi: 'Năm', en: 'Year' } },
  { key: 'timezone', words: { vi: 'Múi giờ', en: 'Time zone' } },
];

export function columnOf(table: PlanTable, key: string): number {
  return table.columns.findIndex((c) => c.key === key) + 1;
}

/** The two heading rows as written. */
export function headingRows(table: PlanTable): string[][] {
  return [table.columns.map((c) => c.words.vi), table.columns.map((c) => c.words.en)];
}
