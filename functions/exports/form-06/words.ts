/**
 * The words of the form 06 workbook. The form is sent upward in Vietnamese, so Vietnamese is
 * always written; with `Accept-Language: en` the English stands beside it. `{name}` marks a slot.
 */
import type { Lang } from '../../../shared/words/messages.js';

interface Words {
  vi: string;
  en: string;
}

export const FORM_WORDS = {
  formNumber: { vi: 'Biểu số 06/VPCP/KSTT', en: 'Form 06/VPCP/KSTT' },
  formNumberUnit: { vi: 'Biểu số 06a/VPCP/KSTT', en: 'Form 06a/VPCP/KSTT' },
  issuedWith: { vi: 'Ban hành kèm theo Thông tư số 01/2020/TT-VPCP', en: 'Issued with Circular 01/2020/TT-VPCP' },
  receivedBy: { vi: 'Ngày nhận báo cáo: {date}', en: 'Report due: {date}' },
  title: { vi: 'TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH', en: 'ADMINISTRATIVE PROCEDURES: DOSSIERS RECEIVED AND RESOLVED' },
  titleUnit: { vi: 'TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC TẠI CƠ QUAN, ĐƠN VỊ TRỰC TIẾP GIẢI QUYẾT TTHC', en: 'DOSSIERS AT THE UNIT THAT RESOLVES THEM' },
  periodLine: { vi: 'Kỳ báo cáo: {period}', en: 'Reporting period: {period}' },
  window: { vi: '(Từ ngày {from} đến ngày {to})', en: '(From {from} to {to})' },
  reportingBody: { vi: 'Đơn vị báo cáo: {name}', en: 'Reporting body: {name}' },
  receivingBody: { vi: 'Đơn vị nhận báo cáo: Văn phòng UBND cấp trên', en: 'Receiving body: the office of the People’s Committee above' },
  unitOfCount: { vi: 'Đơn vị tính: Số hồ sơ TTHC', en: 'Unit: dossiers' },
  no: { vi: 'STT', en: 'No.' },
  field: { vi: 'Lĩnh vực giải quyết', en: 'Field' },
  received: { vi: 'Số hồ sơ nhận giải quyết', en: 'Dossiers to resolve' },
  resultGroup: { vi: 'Kết quả giải quyết', en: 'Results' },
  total: { vi: 'Tổng số', en: 'Total' },
  inPeriod: { vi: 'Trong kỳ', en: 'In the period' },
  online: { vi: 'Trực tuyến', en: 'Online' },
  direct: { vi: 'Trực tiếp, dịch vụ bưu chính', en: 'In person, by post' },
  carriedOver: { vi: 'Từ kỳ trước', en: 'Carried over' },
  resolved: { vi: 'Số hồ sơ đã giải quyết', en: 'Resolved' },
  early: { vi: 'Trước hạn', en: 'Early' },
  onTime: { vi: 'Đúng hạn', en: 'On time' },
  late: { vi: 'Quá hạn', en: 'Late' },
  pending: { vi: 'Số hồ sơ đang giải quyết', en: 'Pending' },
  pendingOnTime: { vi: 'Trong hạn', en: 'Within time' },
  pendingOverdue: { vi: 'Quá hạn', en: 'Overdue' },
  grandTotal: { vi: 'TỔNG SỐ', en: 'TOTAL' },
  agencyLevel: { vi: 'Tại cơ quan, đơn vị cấp {level}', en: 'Agencies of the {levelEn} level' },
  communeLevel: { vi: 'Tại UBND cấp xã', en: 'Commune-level People’s Committees' },
  levelReported: { vi: '{reported}/{units} đơn vị đã báo cáo', en: '{reported} of {units} units reported' },
  noReports: { vi: 'Chưa có đơn vị nào báo cáo trong kỳ: các số liệu bằng 0.', en: 'No unit has reported in this period: every figure is 0.' },
  completeness: { vi: 'Đơn vị đã báo cáo: {submitted}/{expected} (đúng hạn {onTime}, muộn {late}); chưa báo cáo: {missing}', en: 'Units reported: {submitted} of {expected} ({onTime} on time, {late} late); not reported: {missing}' },
  footnote: {
    vi: 'Ghi chú: (3) = (4) + (5) + (6); (7) = (8) + (9) + (10); (11) = (12) + (13); (3) = (7) + (11). Số liệu tổng hợp từ báo cáo mới nhất của từng đơn vị (biểu 06a); kỳ 6 tháng, 9 tháng, năm cộng các quý, số đang giải quyết lấy ở quý cuối.',
    en: 'Note: (3) = (4) + (5) + (6); (7) = (8) + (9) + (10); (11) = (12) + (13); (3) = (7) + (11). From each unit’s latest report (form 06a); 6-month, 9-month and year periods add the quarters, pending counts are the last quarter’s.',
  },
  placeDate: { vi: '……, ngày {day} tháng {month} năm {year}', en: '……, {year}-{month}-{day}' },
  preparer: { vi: 'NGƯỜI LẬP BIỂU', en: 'PREPARED BY' },
  head: { vi: 'THỦ TRƯỞNG CƠ QUAN', en: 'HEAD OF THE BODY' },
  signHint: { vi: '(Ký, ghi rõ họ tên)', en: '(Signature, full name)' },
  signSealHint: { vi: '(Ký, họ tên, đóng dấu)', en: '(Signature, full name, seal)' },
  sheetForm: { vi: 'Biểu 06', en: 'Form 06' },
  sheetKpis: { vi: 'Chỉ số KPI', en: 'KPIs' },
  sheetUnits: { vi: 'Các đơn vị (06a)', en: 'Units (06a)' },
  unitNoReport: { vi: 'Đơn vị chưa gửi báo cáo kỳ này.', en: 'This unit has not reported for the period.' },
  unitNoRows: { vi: 'Báo cáo không có hồ sơ theo lĩnh vực.', en: 'The report has no dossiers by field.' },
  kpiTitle: { vi: 'CÁC CHỈ SỐ SO VỚI CHỈ TIÊU KẾ HOẠCH', en: 'KPIs AGAINST THE PLAN’S TARGETS' },
  kpi: { vi: 'Chỉ số', en: 'KPI' },
  numerator: { vi: 'Tử số', en: 'Numerator' },
  denominator: { vi: 'Mẫu số', en: 'Denominator' },
  value: { vi: 'Kết quả', en: 'Value' },
  target: { vi: 'Chỉ tiêu', en: 'Target' },
  status: { vi: 'Đánh giá', en: 'Status' },
  previous: { vi: 'Kỳ trước', en: 'Previous period' },
  unitsTitle: { vi: 'ĐIỂM VÀ XẾP HẠNG CÁC ĐƠN VỊ', en: 'UNIT SCORES AND RANKS' },
  unit: { vi: 'Đơn vị', en: 'Unit' },
  score: { vi: 'Điểm (0–100)', en: 'Score (0–100)' },
  rank: { vi: 'Hạng', en: 'Rank' },
  reported: { vi: 'Đã báo cáo', en: 'Reported' },
  onTimeReport: { vi: 'Đúng hạn', en: 'On time' },
  yes: { vi: 'Có', en: 'Yes' },
  no_: { vi: 'Không', en: 'No' },
} satisfies Record<string, Words>;

export type FormWord = keyof typeof FORM_WORDS;

/** The word in the workbook's language(s), its slots filled. */
export function say(word: FormWord, lang: Lang, params: Record<string, string | number> = {}): string {
  const fill = (text: string) => text.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? ''));
  const { vi, en } = FORM_WORDS[word];
  return lang === 'vi' ? fill(vi) : `${fill(vi)} (${fill(en)})`;
}
