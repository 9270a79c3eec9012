/**
 * The one catalog of messages a person reads: validation problems, warnings and API errors,
 * in Vietnamese (the default) and English. Codes are stable and part of the API's error shape.
 */
export const LANGS = ['vi', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export type MessageParams = Record<string, string | number>;

type Template = (p: MessageParams) => string;

const catalog = {
  // Shape of the input
  required: { vi: (p) => `Thiếu trường bắt buộc "${p.path}".`, en: (p) => `Required field "${p.path}" is missing.` },
  unknown_key: { vi: (p) => `Trường "${p.path}" không được phép.`, en: (p) => `Unknown field "${p.path}".` },
  invalid_type: {
    vi: (p) => `"${p.path}" sai kiểu dữ liệu (cần ${p.expected}).`,
    en: (p) => `"${p.path}" has the wrong type (expected ${p.expected}).`,
  },
  not_integer: { vi: (p) => `"${p.path}" phải là số nguyên.`, en: (p) => `"${p.path}" must be a whole number.` },
  negative: { vi: (p) => `"${p.path}" không được âm.`, en: (p) => `"${p.path}" must not be negative.` },
  too_small: { vi: (p) => `"${p.path}" phải ≥ ${p.minimum}.`, en: (p) => `"${p.path}" must be ≥ ${p.minimum}.` },
  too_big: { vi: (p) => `"${p.path}" phải ≤ ${p.maximum}.`, en: (p) => `"${p.path}" must be ≤ ${p.maximum}.` },
  too_short: {
    vi: (p) => `"${p.path}" cần ít nhất ${p.minimum} phần tử/ký tự.`,
    en: (p) => `"${p.path}" needs at least ${p.minimum} items or characters.`,
  },
  too_long: {
    vi: (p) => `"${p.path}" dài quá ${p.maximum} phần tử/ký tự.`,
    en: (p) => `"${p.path}" is longer than ${p.maximum} items or characters.`,
  },
  invalid_value: {
    vi: (p) => `"${p.path}" có giá trị không hợp lệ${p.allowed ? ` (chọn một trong: ${p.allowed})` : ''}.`,
    en: (p) => `"${p.path}" has an invalid value${p.allowed ? ` (one of: ${p.allowed})` : ''}.`,
  },
  invalid_format: {
    vi: (p) => `"${p.path}" sai định dạng (${p.format}).`,
    en: (p) => `"${p.path}" is not in the expected format (${p.format}).`,
  },

  // Plan rules
  duplicate_id: { vi: (p) => `Mã "${p.id}" bị trùng.`, en: (p) => `Duplicate id "${p.id}".` },
  unknown_unit: {
    vi: (p) => `Không có đơn vị "${p.id}" trong kế hoạch.`,
    en: (p) => `No unit "${p.id}" in the plan.`,
  },
  merged_into_self: { vi: () => `Đơn vị không thể sáp nhập vào chính nó.`, en: () => `A unit cannot be merged into itself.` },
  merged_without_end: {
    vi: () => `Đơn vị đã sáp nhập phải có ngày kết thúc (validTo).`,
    en: () => `A merged unit needs an end date (validTo).`,
  },
  valid_from_after_valid_to: {
    vi: (p) => `Ngày bắt đầu ${p.from} sau ngày kết thúc ${p.to}.`,
    en: (p) => `Start date ${p.from} is after end date ${p.to}.`,
  },
  duplicate_code: {
    vi: (p) => `Mã hành chính "${p.value}" đã dùng cho đơn vị khác.`,
    en: (p) => `Official code "${p.value}" is already used by another unit.`,
  },
  unknown_group: { vi: (p) => `Không có nhóm "${p.id}" trong kế hoạch.`, en: (p) => `No group "${p.id}" in the plan.` },
  duplicate_value: { vi: (p) => `Giá trị ${p.value} bị trùng.`, en: (p) => `The value ${p.value} appears more than once.` },
  merged_into_not_successor: {
    vi: (p) => `Đơn vị "${p.id}" có danh sách đơn vị tiền thân (predecessors) nhưng thiếu "${p.value}".`,
    en: (p) => `Unit "${p.id}" lists its predecessors but not "${p.value}".`,
  },
  predecessor_is_self: {
    vi: () => `Đơn vị không thể là tiền thân của chính nó.`,
    en: () => `A unit cannot be its own predecessor.`,
  },
  successor_without_start: {
    vi: () => `Đơn vị hình thành từ đơn vị khác phải có ngày bắt đầu (validFrom), là ngày sáp nhập.`,
    en: () => `A unit formed from other units needs a start date (validFrom), the merger date.`,
  },
  predecessor_without_end: {
    vi: (p) => `Đơn vị tiền thân "${p.id}" phải có ngày kết thúc (validTo) trước ${p.from}.`,
    en: (p) => `Predecessor "${p.id}" needs an end date (validTo) before ${p.from}.`,
  },
  predecessor_ends_late: {
    vi: (p) => `Đơn vị tiền thân "${p.id}" kết thúc ngày ${p.to}, không trước ngày bắt đầu ${p.from} của đơn vị mới.`,
    en: (p) => `Predecessor "${p.id}" ends on ${p.to}, not before the new unit starts on ${p.from}.`,
  },
  shares_over_one: {
    vi: (p) => `Tổng tỷ lệ (share) chia từ đơn vị "${p.id}" là ${p.value}, vượt quá 1.`,
    en: (p) => `The shares taken from unit "${p.id}" add up to ${p.value}, more than 1.`,
  },
  lineage_cycle: {
    vi: (p) => `Quan hệ sáp nhập tạo thành vòng lặp: ${p.value}.`,
    en: (p) => `The merger lineage goes round in a cycle: ${p.value}.`,
  },
  invalid_date: { vi: (p) => `"${p.value}" không phải ngày hợp lệ (YYYY-MM-DD).`, en: (p) => `"${p.value}" is not a valid date (YYYY-MM-DD).` },
  unknown_timezone: { vi: (p) => `Múi giờ "${p.value}" không tồn tại.`, en: (p) => `Unknown time zone "${p.value}".` },
  unknown_kpi: { vi: (p) => `Không có chỉ tiêu "${p.id}".`, en: (p) => `Unknown KPI "${p.id}".` },
  due_outside_plan_year: {
    vi: (p) => `Thời hạn ${p.value} nằm ngoài khoảng ${p.from} – ${p.to} của kế hoạch.`,
    en: (p) => `Due date ${p.value} is outside the plan's range ${p.from} – ${p.to}.`,
  },

  // Report rules
  unknown_field: {
    vi: (p) => `Lĩnh vực "${p.id}" không có trong kế hoạch.`,
    en: (p) => `Field "${p.id}" is not in the plan.`,
  },
  duplicate_field: {
    vi: (p) => `Lĩnh vực "${p.id}" xuất hiện nhiều lần.`,
    en: (p) => `Field "${p.id}" appears more than once.`,
  },
  duplicate_task: {
    vi: (p) => `Nhiệm vụ số ${p.id} xuất hiện nhiều lần.`,
    en: (p) => `Task ${p.id} appears more than once.`,
  },
  unknown_task: {
    vi: (p) => `Kế hoạch không có nhiệm vụ số ${p.id}.`,
    en: (p) => `The plan has no task ${p.id}.`,
  },
  evidence_not_https: {
    vi: () => `Đường dẫn minh chứng phải là địa chỉ https:// đầy đủ (ví dụ https://tuky.haiduong.gov.vn/...).`,
    en: () => `The evidence link must be a full https:// address (e.g. https://tuky.haiduong.gov.vn/...).`,
  },
  evidence_kind_mismatch: {
    vi: (p) => `Nhiệm vụ số ${p.id} cần minh chứng là ${p.expected === 'document' ? 'văn bản (số và ngày)' : 'đường dẫn https'}.`,
    en: (p) => `Task ${p.id} asks for ${p.expected === 'document' ? 'a document (number and date)' : 'an https link'} as evidence.`,
  },
  dossier_balance: {
    vi: (p) =>
      `Số hồ sơ nhận (${p.received} = trực tuyến + trực tiếp + kỳ trước) phải bằng đã giải quyết + đang giải quyết (${p.accounted}).`,
    en: (p) =>
      `Dossiers received (${p.received} = online + direct + carried over) must equal resolved + pending (${p.accounted}).`,
  },
  part_exceeds_whole: {
    vi: (p) => `"${p.part}" (${p.partValue}) không được lớn hơn "${p.whole}" (${p.wholeValue}).`,
    en: (p) => `"${p.part}" (${p.partValue}) cannot exceed "${p.whole}" (${p.wholeValue}).`,
  },
  office_not_applicable: {
    vi: () => `Khối "office" chỉ dành cho đơn vị có Bộ phận Một cửa.`,
    en: () => `The "office" block is only for units with a one-stop office.`,
  },
  unit_not_active: {
    vi: (p) => `Đơn vị "${p.id}" không hoạt động trong kỳ ${p.period}.`,
    en: (p) => `Unit "${p.id}" is not active in period ${p.period}.`,
  },

  // Warnings (stored with the report, never blocking)
  carried_over_mismatch: {
    vi: (p) => `Số kỳ trước chuyển sang (${p.value}) khác số đang giải quyết cuối quý trước (${p.previous}).`,
    en: (p) => `Carried over (${p.value}) differs from last quarter's pending (${p.previous}).`,
  },
  sharp_change: {
    vi: (p) => `"${p.path}" thay đổi bất thường so với quý trước (${p.previous} → ${p.value}).`,
    en: (p) => `"${p.path}" changed sharply from last quarter (${p.previous} → ${p.value}).`,
  },

  // A warning in the answer of PUT …/members/{email}, never blocking
  role_widens_access: {
    vi: (p) =>
      `Vai trò "${p.value}" xem được mọi đơn vị, không chỉ đơn vị "${p.id}" như trước. Muốn thu hồi quyền, hãy xóa thành viên thay vì đổi vai trò.`,
    en: (p) => `Role "${p.value}" sees every unit, not only unit "${p.id}" as before. To take rights away, remove the member instead.`,
  },

  // API errors
  bad_json: { vi: () => `Nội dung gửi lên không phải JSON hợp lệ.`, en: () => `The request body is not valid JSON.` },
  payload_too_large: {
    vi: () => `Nội dung gửi lên vượt quá 256 KiB.`,
    en: () => `The request body is larger than 256 KiB.`,
  },
  unpacked_too_large: {
    vi: () => `Nội dung gửi lên sau khi giải nén vượt quá 8 MiB.`,
    en: () => `The request body is larger than 8 MiB once decompressed.`,
  },
  bad_gzip: {
    vi: () => `Nội dung gửi lên không phải dữ liệu gzip hợp lệ (Content-Encoding: gzip).`,
    en: () => `The request body is not valid gzip data (Content-Encoding: gzip).`,
  },
  unsupported_encoding: {
    vi: (p) => `Không hỗ trợ Content-Encoding "${p.value}" (chỉ gzip).`,
    en: (p) => `Content-Encoding "${p.value}" is not supported (gzip only).`,
  },
  unauthorized: {
    vi: () => `Chưa đăng nhập hoặc mã xác thực không hợp lệ.`,
    en: () => `Not signed in, or the token is not valid.`,
  },
  forbidden: { vi: () => `Bạn không có quyền thực hiện thao tác này.`, en: () => `You are not allowed to do this.` },
  not_found: { vi: () => `Không tìm thấy.`, en: () => `Not found.` },
  not_a_member: {
    vi: (p) => `"${p.value}" không phải thành viên của kế hoạch này.`,
    en: (p) => `"${p.value}" is not a member of this plan.`,
  },
  duplicate_email: {
    vi: (p) => `Email "${p.value}" xuất hiện hơn một lần.`,
    en: (p) => `The email "${p.value}" appears more than once.`,
  },
  put_and_removed: {
    vi: (p) => `"${p.value}" vừa được cấp quyền vừa bị xóa trong cùng một yêu cầu.`,
    en: (p) => `"${p.value}" is both granted and removed in the same request.`,
  },
  method_not_allowed: { vi: () => `Phương thức không được hỗ trợ ở địa chỉ này.`, en: () => `Method not allowed here.` },
  invalid_period: {
    vi: (p) => `Kỳ "${p.value}" không hợp lệ (ví dụ 2024-Q1, 2024-H1, 2024-9M, 2024-Y).`,
    en: (p) => `Period "${p.value}" is not valid (e.g. 2024-Q1, 2024-H1, 2024-9M, 2024-Y).`,
  },
  report_locked: {
    vi: () => `Báo cáo đã được chấp nhận và khóa; cần trả lại trước khi gửi lại.`,
    en: () => `The report was accepted and is locked; it must be returned before resubmitting.`,
  },
  idempotency_mismatch: {
    vi: () => `Mã idempotencyKey này đã được dùng cho một báo cáo khác.`,
    en: () => `This idempotencyKey was already used for a different report.`,
  },
  version_mismatch: {
    vi: (p) => `Báo cáo đã có phiên bản mới hơn (${p.version}); vui lòng xem lại.`,
    en: (p) => `The report has a newer version (${p.version}); please review it again.`,
  },
  validation_failed: { vi: () => `Dữ liệu không hợp lệ.`, en: () => `The data is not valid.` },
  service_unavailable: {
    vi: () => `Hệ thống đang bận, vui lòng thử lại sau.`,
    en: () => `The service is busy; please try again shortly.`,
  },
  internal: { vi: () => `Lỗi hệ thống.`, en: () => `Internal error.` },

  // The local stack only (npm start)
  starting: {
    vi: () => `Máy chủ đang khởi động, vui lòng thử lại sau giây lát.`,
    en: () => `The server is starting; please try again in a moment.`,
  },
  host_not_allowed: {
    vi: () => `Máy chủ cục bộ chỉ trả lời địa chỉ localhost, 127.0.0.1 hoặc [::1]; hãy mở bằng một trong các địa chỉ đó.`,
    en: () => `The local server answers only to localhost, 127.0.0.1 or [::1]; open it by one of those names.`,
  },
} satisfies Record<string, { vi: Template; en: Template }>;

export type MessageCode = keyof typeof catalog;

export function formatMessage(code: MessageCode, lang: Lang, params: MessageParams = {}): string {
  return catalog[code][lang](params);
}

/** Every code in the catalog, e.g. for an API document's enum or a test that renders them all. */
export const MESSAGE_CODES = Object.keys(catalog) as MessageCode[];

export function isMessageCode(code: string): code is MessageCode {
  return Object.hasOwn(catalog, code);
}

/** `Accept-Language: en-US,en;q=0.9` → `en`; anything else → `vi`, the product's default. */
export function pickLang(acceptLanguage: string | undefined | null): Lang {
  if (!acceptLanguage) return 'vi';
  const ranked = acceptLanguage
    .split(',')
    .map((part) => {
      const [tag = '', ...rest] = part.trim().split(';');
      const q = rest.find((r) => r.trim().startsWith('q='));
      return { tag: tag.trim().toLowerCase(), q: q ? Number(q.trim().slice(2)) : 1 };
    })
    // q=0 means "not acceptable" (RFC 9110 §12.4.2); NaN fails the test too.
    .filter((x) => x.tag && x.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    if (tag === 'vi' || tag.startsWith('vi-')) return 'vi';
    if (tag === 'en' || tag.startsWith('en-')) return 'en';
  }
  return 'vi';
}
