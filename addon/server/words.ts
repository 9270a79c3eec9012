/**
 * What the add-in itself says (its own situations: not set up, no template, no answer from the
 * server…), in Vietnamese and English. Report rules and API errors speak through the shared
 * catalog (shared/words/messages.ts); nothing here repeats them.
 */
import type { Lang } from '../../shared/words/messages.js';

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
  template_locked: {
    vi: (p) => `Trang "${p.sheet}" đã được khóa (bảo vệ) với bạn nên không thể chèn lại mẫu. Nhờ chủ sở hữu bảng tính hoặc người được phép sửa trang này chèn lại mẫu, hoặc chuyển trang về chế độ chỉ cảnh báo.`,
    en: (p) => `The sheet "${p.sheet}" is protected from you, so the template cannot be inserted again. Ask the spreadsheet's owner, or someone who may edit that sheet, to insert it, or to make its protection warning-only.`,
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
  api_url_not_https: {
    vi: () => 'Địa chỉ API phải bắt đầu bằng https://: Apps Script chỉ gọi được địa chỉ https.',
    en: () => 'The API address must start with https://: Apps Script calls only https addresses.',
  },
  api_url_local: {
    vi: () => 'Địa chỉ này chỉ có trên máy hoặc mạng nội bộ của bạn; add-in chạy trên máy chủ của Google nên không gọi tới được. Hãy nhập địa chỉ API đã triển khai.',
    en: () => "That address exists only on your computer or local network; the add-in runs on Google's servers and cannot reach it. Enter the deployed API's address.",
  },
  api_url_not_allowed: {
    vi: (p) => `Phiên bản add-in này chỉ được phép gọi ${p.allowed} (danh sách địa chỉ trong manifest), không gọi được ${p.url}. Muốn dùng API khác, cần build lại add-in với ADDON_API_URL mới.`,
    en: (p) => `This version of the add-in may call only ${p.allowed} (the allow-list in its manifest), not ${p.url}. To use another API, rebuild the add-in with a new ADDON_API_URL.`,
  },
  api_url_replaced: {
    vi: (p) => `Địa chỉ đã lưu ${p.saved} không còn được phiên bản add-in này cho phép; add-in đang dùng ${p.used}. Bấm "Lưu" để ghi lại.`,
    en: (p) => `The saved address ${p.saved} is no longer allowed by this version of the add-in; it uses ${p.used} instead. Press "Save" to keep that.`,
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
  period_prompt: {
    vi: (p) => `Kỳ báo cáo (ví dụ ${p.example}):`,
    en: (p) => `Period (e.g. ${p.example}):`,
  },
  inserted: {
    vi: (p) => `Đã chèn mẫu báo cáo ${p.period}: nhập số liệu vào các ô màu vàng.`,
    en: (p) => `The ${p.period} template is in: type the figures into the yellow cells.`,
  },
  check_ok: {
    vi: (p) => `Báo cáo ${p.period} không có lỗi.`,
    en: (p) => `The ${p.period} report has no mistakes.`,
  },
  check_problems: {
    vi: (p) => `Báo cáo ${p.period} có ${p.count} lỗi (các ô đã được tô đỏ, xem ghi chú trên ô):`,
    en: (p) => `The ${p.period} report has ${p.count} mistakes (marked in red; see the cell notes):`,
  },
  submit_confirm: {
    vi: (p) => `Gửi báo cáo ${p.period} của ${p.unit}?`,
    en: (p) => `Submit the ${p.period} report of ${p.unit}?`,
  },
  submitted: {
    vi: (p) => `Đã gửi báo cáo ${p.period}: phiên bản ${p.version}, ${p.onTime ? 'đúng hạn' : 'trễ hạn'}.`,
    en: (p) => `The ${p.period} report was submitted: version ${p.version}, ${p.onTime ? 'on time' : 'late'}.`,
  },
  warnings: {
    vi: (p) => `Cảnh báo (không chặn việc gửi): ${p.count}`,
    en: (p) => `Warnings (not blocking): ${p.count}`,
  },
  scorecard_written: {
    vi: (p) => `Đã ghi bảng điểm ${p.period} vào trang "${p.sheet}".`,
    en: (p) => `The ${p.period} scorecard is on sheet "${p.sheet}".`,
  },
  scorecard_written_group: {
    vi: (p) => `Đã ghi bảng điểm ${p.period} của nhóm "${p.group}" vào trang "${p.sheet}".`,
    en: (p) => `The ${p.period} scorecard of group "${p.group}" is on sheet "${p.sheet}".`,
  },
  export_ready: {
    vi: (p) => `Đã tải "${p.file}" (${p.size}).`,
    en: (p) => `Downloaded "${p.file}" (${p.size}).`,
  },
  export_too_large: {
    vi: (p) => `Tệp ${p.file} quá lớn để tải qua thanh bên (${p.size}, tối đa ${p.max}): hãy tải trên trang bảng điểm.`,
    en: (p) => `The file ${p.file} is too large to download through the sidebar (${p.size}, at most ${p.max}): download it from the scorecard page.`,
  },
  unknown_export: {
    vi: (p) => `Không có loại tệp "${p.kind}" để xuất.`,
    en: (p) => `There is no "${p.kind}" file to export.`,
  },
  plan_admins_only: {
    vi: (p) => `Chỉ quản trị viên mới thiết lập và lưu được kế hoạch${p.planId ? ` "${p.planId}"` : ''}; tài khoản ${p.email || 'này'} không có quyền quản trị.`,
    en: (p) => `Only administrators set up and save plans${p.planId ? ` ("${p.planId}")` : ''}; the account ${p.email || 'in use'} is not one.`,
  },
  plan_id_prompt: {
    vi: (p) => `Mã kế hoạch cần tải vào bảng tính (ví dụ ${p.example}); để trống để lập kế hoạch mới:`,
    en: (p) => `Id of the plan to load into the spreadsheet (e.g. ${p.example}); leave empty for a new plan:`,
  },
  plan_sheets_exist: {
    vi: () => 'Bảng tính đã có các trang kế hoạch. Thiết lập lại sẽ ghi đè những gì đang nhập trên đó. Tiếp tục?',
    en: () => 'This spreadsheet already has the plan sheets. Setting up again overwrites what they hold. Continue?',
  },
  plan_sheets_inserted: {
    vi: (p) => (p.planId ? `Đã tải kế hoạch "${p.planId}": ${p.units} đơn vị, ${p.members} thành viên. Sửa trên các trang rồi chọn "Lưu kế hoạch".` : 'Đã chèn các trang kế hoạch trống: nhập kế hoạch rồi chọn "Lưu kế hoạch".'),
    en: (p) => (p.planId ? `Plan "${p.planId}" is loaded: ${p.units} units, ${p.members} members. Edit the sheets, then choose "Save the plan".` : 'Empty plan sheets are in: fill in the plan, then choose "Save the plan".'),
  },
  no_plan_sheets: {
    vi: () => 'Bảng tính chưa có các trang kế hoạch: chọn "Thiết lập kế hoạch" trước.',
    en: () => 'This spreadsheet has no plan sheets: choose "Set up a plan" first.',
  },
  plan_sheet_changed: {
    vi: (p) => `Dòng tiêu đề của trang "${p.sheet}" đã bị thay đổi; hãy thiết lập lại kế hoạch.`,
    en: (p) => `The heading row of sheet "${p.sheet}" was changed; set the plan up again.`,
  },
  plan_problems: {
    vi: (p) => `Kế hoạch có ${p.count} lỗi, chưa lưu gì (các ô đã được tô đỏ, xem ghi chú trên ô):`,
    en: (p) => `The plan has ${p.count} mistakes; nothing was saved (marked in red; see the cell notes):`,
  },
  plan_save_confirm: {
    vi: (p) => `Lưu kế hoạch "${p.planId}" (${p.units} đơn vị)? Thành viên: ${p.put} thêm hoặc đổi, ${p.remove} bị xóa.`,
    en: (p) => `Save plan "${p.planId}" (${p.units} units)? Members: ${p.put} added or changed, ${p.remove} removed.`,
  },
  members_not_saved: {
    vi: (p) => `Đã lưu kế hoạch "${p.planId}" nhưng chưa lưu thành viên: ${p.count} lỗi (các ô đã được tô đỏ):`,
    en: (p) => `Plan "${p.planId}" was saved but its members were not: ${p.count} mistakes (marked in red):`,
  },
  plan_saved: {
    vi: (p) => `Đã lưu kế hoạch "${p.planId}" (${p.units} đơn vị). Thành viên: thêm ${p.granted}, đổi ${p.changed}, xóa ${p.removed}.`,
    en: (p) => `Plan "${p.planId}" is saved (${p.units} units). Members: ${p.granted} added, ${p.changed} changed, ${p.removed} removed.`,
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
