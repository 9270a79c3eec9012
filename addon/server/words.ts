/**
 * What the add-in itself says (its own situations: not set up, no template, no answer from the
 * server…), in Vietnamese and English. Report rules and API errors speak through the shared
 * catalog (shared/messages.ts); nothing here repeats them.
 */
import type { Lang } from '../../shared/messages.js';

type Params = Record<string, string | number>;
type Say = (p: Params) => string;

const catalog = {
  not_configured: {
    vi: () => 'Chưa cài đặt: mở "Cài đặt" để nhập địa chỉ API và chọn kế hoạch.',
    en: () => 'Not set up yet: open "Settings" to enter the API address and choose the plan.',
  },
  no_unit: {
    vi: () => 'Tài khoản này không báo cáo cho đơn vị nào của kế hoạch; chọn đơn vị trong "Cài đặt".',
    en: () => 'This account reports for no unit of the plan; choose a unit in "Settings".',
  },
  not_a_quarter: {
    vi: (p) => `Báo cáo được lập theo quý (ví dụ ${p.example}); "${p.period}" không phải một quý của kế hoạch.`,
    en: (p) => `Reports are made per quarter (e.g. ${p.example}); "${p.period}" is not a quarter of the plan.`,
  },
  no_template: {
    vi: (p) => `Bảng tính chưa có mẫu báo cáo ${p.period}: hãy chèn mẫu trước.`,
    en: (p) => `This spreadsheet has no report template for ${p.period}: insert it first.`,
  },
  template_changed: {
    vi: (p) => `Mẫu báo cáo ${p.period} đã bị thay đổi cấu trúc (trang "${p.sheet}"); hãy chèn lại mẫu.`,
    en: (p) => `The ${p.period} template was changed (sheet "${p.sheet}"); insert it again.`,
  },
  typed_data_exists: {
    vi: (p) => `Mẫu ${p.period} đã có ${p.count} ô được nhập. Chèn lại sẽ xóa các số liệu này. Tiếp tục?`,
    en: (p) => `The ${p.period} template already has ${p.count} filled cells. Inserting again erases them. Continue?`,
  },
  retry_safe: {
    vi: () => 'Báo cáo có thể đã đến hoặc chưa: bấm "Gửi" lại, hệ thống không ghi trùng.',
    en: () => 'The report may or may not have arrived: press "Submit" again, it will not be stored twice.',
  },
  unreachable: {
    vi: (p) => `Không kết nối được máy chủ (${p.detail}).`,
    en: (p) => `Could not reach the server (${p.detail}).`,
  },
  server_busy: {
    vi: (p) => `Máy chủ đang gặp sự cố (mã ${p.status}); vui lòng thử lại sau ít phút.`,
    en: (p) => `The server has a problem (status ${p.status}); please try again in a few minutes.`,
  },
  refused: {
    vi: (p) => `Máy chủ từ chối yêu cầu (mã ${p.status}).`,
    en: (p) => `The server refused the request (status ${p.status}).`,
  },
  bad_answer: {
    vi: (p) => `Máy chủ trả lời không đúng định dạng (mã ${p.status}).`,
    en: (p) => `The server's answer was not understood (status ${p.status}).`,
  },
  no_scorecard: {
    vi: (p) => `Chưa có bảng điểm kỳ ${p.period}: Văn phòng cần bấm "Tính bảng điểm".`,
    en: (p) => `There is no scorecard for ${p.period} yet: the district office must press "Compute scorecard".`,
  },
  invalid_api_url: {
    vi: () => 'Địa chỉ API không hợp lệ (ví dụ https://abc.execute-api.ap-southeast-1.amazonaws.com).',
    en: () => 'The API address is not valid (e.g. https://abc.execute-api.ap-southeast-1.amazonaws.com).',
  },
  no_plans: {
    vi: (p) => `Tài khoản ${p.email} chưa được cấp quyền vào kế hoạch nào.`,
    en: (p) => `The account ${p.email} belongs to no plan yet.`,
  },
  not_member: {
    vi: (p) => `Tài khoản ${p.email} không thuộc kế hoạch "${p.planId}".`,
    en: (p) => `The account ${p.email} is not a member of plan "${p.planId}".`,
  },
  unknown_sheet: {
    vi: (p) => `Không tìm thấy trang "${p.sheet}".`,
    en: (p) => `There is no sheet "${p.sheet}".`,
  },
  busy: {
    vi: () => 'Một thao tác khác đang chạy trên bảng tính này; vui lòng thử lại.',
    en: () => 'Another operation is running on this spreadsheet; please try again.',
  },
  unexpected: {
    vi: (p) => `Đã có lỗi: ${p.detail}`,
    en: (p) => `Something went wrong: ${p.detail}`,
  },
} satisfies Record<string, Record<Lang, Say>>;

export type WordCode = keyof typeof catalog;

export function say(code: WordCode, lang: Lang, params: Params = {}): string {
  return catalog[code][lang](params);
}
