/**
 * The words of the report template: form 06a's columns (Circular 01/2020/TT-VPCP, numbered as on
 * the form) and the rows of the other blocks (DESIGN §5). Vietnamese is shown in the cells,
 * English goes into notes; problems are told with the same words.
 */
import type { Lang } from '../words/messages.js';
import type { DOSSIER_COUNTS } from './schema.js';

export type Words = Record<Lang, string>;
export type DossierCount = (typeof DOSSIER_COUNTS)[number];

/** Input columns of form 06a; `column` is both the form's column number and the sheet column. */
export const DOSSIER_INPUT_COLUMNS: readonly { key: DossierCount; column: number; words: Words }[] = [
  { key: 'online', column: 4, words: { vi: 'Trực tuyến', en: 'Online' } },
  { key: 'direct', column: 5, words: { vi: 'Trực tiếp, dịch vụ bưu chính', en: 'In person or by post' } },
  { key: 'carriedOver', column: 6, words: { vi: 'Từ kỳ trước chuyển qua', en: 'Carried over from the last period' } },
  { key: 'early', column: 8, words: { vi: 'Trước hạn', en: 'Early' } },
  { key: 'onTime', column: 9, words: { vi: 'Đúng hạn', en: 'On time' } },
  { key: 'late', column: 10, words: { vi: 'Quá hạn', en: 'Late' } },
  { key: 'pendingOnTime', column: 12, words: { vi: 'Trong hạn', en: 'Pending, within time' } },
  { key: 'pendingOverdue', column: 13, words: { vi: 'Quá hạn', en: 'Pending, overdue' } },
];

/** Groups of the form's header: received (3 = 4+5+6), resolved (7 = 8+9+10), pending (11 = 12+13). */
export const DOSSIER_GROUPS: readonly { column: number; parts: [number, number]; words: Words }[] = [
  { column: 3, parts: [4, 6], words: { vi: 'Số hồ sơ nhận giải quyết', en: 'Dossiers received' } },
  { column: 7, parts: [8, 10], words: { vi: 'Số hồ sơ đã giải quyết', en: 'Dossiers resolved' } },
  { column: 11, parts: [12, 13], words: { vi: 'Số hồ sơ đang giải quyết', en: 'Dossiers pending' } },
];

export type BlockName = 'procedures' | 'digital' | 'satisfaction' | 'feedback' | 'office';

export interface BlockRow {
  block: BlockName;
  key: string;
  words: Words;
}

const row = (block: BlockName, key: string, vi: string, en: string): BlockRow => ({ block, key, words: { vi, en } });

export const PROCEDURE_ROWS: readonly BlockRow[] = [
  row('procedures', 'total', 'Tổng số TTHC thuộc thẩm quyền giải quyết của đơn vị', 'Procedures under the unit\'s authority'),
  row('procedures', 'oneStop', 'Số TTHC giải quyết qua Bộ phận Một cửa', 'Procedures handled through the one-stop office'),
];

export const DIGITAL_ROWS: readonly BlockRow[] = [
  row('digital', 'digitizedDossiers', 'Số hồ sơ TTHC được số hóa', 'Dossiers digitized'),
  row('digital', 'digitizedResults', 'Số kết quả giải quyết TTHC được số hóa', 'Results digitized'),
  row('digital', 'electronicResults', 'Số kết quả giải quyết TTHC điện tử', 'Electronic results issued'),
  row('digital', 'feeDossiers', 'Số hồ sơ có phí, lệ phí', 'Dossiers with fees'),
  row('digital', 'paidOnline', 'Số hồ sơ thanh toán phí, lệ phí trực tuyến', 'Dossiers paid online'),
  row('digital', 'reusedData', 'Số hồ sơ tái sử dụng dữ liệu số hóa', 'Dossiers reusing digitized data'),
  row('digital', 'processedOnSystem', 'Số hồ sơ tiếp nhận, xử lý trên Hệ thống một cửa điện tử', 'Dossiers handled on the electronic one-stop system'),
  row('digital', 'certifiedCopies', 'Số bản sao chứng thực từ bản chính', 'Certified copies from originals'),
  row('digital', 'eCertifiedCopies', 'Trong đó: bản sao chứng thực điện tử', 'Of which electronic certified copies'),
];

export const SATISFACTION_ROWS: readonly BlockRow[] = [
  row('satisfaction', 'ratings', 'Số lượt đánh giá', 'Ratings received'),
  row('satisfaction', 'satisfied', 'Số lượt đánh giá hài lòng', 'Satisfied ratings'),
  row('satisfaction', 'lciRatings', 'Lượt đánh giá lĩnh vực đất đai, xây dựng, đầu tư', 'Ratings in land, construction, investment'),
  row('satisfaction', 'lciSatisfied', 'Trong đó: hài lòng', 'Of which satisfied'),
];

export const FEEDBACK_ROWS: readonly BlockRow[] = [
  row('feedback', 'received', 'Số phản ánh, kiến nghị tiếp nhận', 'Feedback and petitions received'),
  row('feedback', 'resolved', 'Số phản ánh, kiến nghị đã xử lý', 'Feedback and petitions handled'),
  row('feedback', 'resolvedOnTime', 'Trong đó: xử lý đúng hạn', 'Of which handled on time'),
];

export const OFFICE_ROW = row('office', 'brandIdentity', 'Bộ phận Một cửa đã áp dụng bộ nhận diện thương hiệu mới', 'The one-stop office uses the new brand identity');

/** Totals that rule messages name instead of a path (shared/report/rules.ts `partOf`). */
export const TOTAL_WORDS: Readonly<Record<string, Words>> = {
  resolved: { vi: 'tổng số hồ sơ đã giải quyết (cột 7)', en: 'all dossiers resolved (column 7)' },
  'online+direct': { vi: 'số hồ sơ tiếp nhận trực tuyến và trực tiếp (cột 4 + 5)', en: 'dossiers received online and in person (columns 4 + 5)' },
};
