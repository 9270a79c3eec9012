/**
 * The words of the narrative report draft (issue 13), Vietnamese first and English for
 * `Accept-Language: en`. The Vietnamese follows the usual administrative report (Nghị định
 * 30/2020/NĐ-CP layout: issuing body and number left, national motto and place/date right, title,
 * numbered sections, recipients and signature); dotted gaps are left for the office to fill.
 * KPI names, statuses and task titles come from their shared catalogs; numbers are formatted by
 * the caller (shared/words/format.ts).
 */
import type { Lang } from '../../../shared/words/messages.js';

export interface ReportWords {
  issuer: string;
  number: string;
  nation: string;
  motto: string;
  placeAndDate: (month: number, year: number) => string;
  title: string;
  subtitle: (period: string) => string;
  scope: (group: string) => string;
  window: (from: string, to: string) => string;
  opening: (plan: string) => string;
  situation: string;
  dossiers: (received: string, online: string, resolved: string, inTime: string) => string;
  reporting: (submitted: string, expected: string, onTime: string, late: string, missing: string) => string;
  kpisIntro: string;
  kpiLine: (kpi: string, value: string, fraction: string, target: string, status: string) => string;
  kpiNoData: (kpi: string, target: string) => string;
  noTarget: string;
  previous: (period: string, value: string) => string;
  noPrevious: string;
  lastYear: (period: string, value: string) => string;
  noData: string;
  change: (points: string, up: boolean) => string;
  unchanged: string;
  belowTarget: string;
  belowKpi: (kpi: string, count: string, names: string) => string;
  andOthers: (count: string) => string;
  noneBelow: string;
  bottomFive: (shown: number, ranked: string) => string;
  bottomColumns: [rank: string, unit: string, score: string, belowKpis: string];
  noScores: string;
  reportsHeading: string;
  missing: (count: string, names: string) => string;
  late: (count: string, names: string) => string;
  allOnTime: string;
  tasksHeading: string;
  taskColumns: [no: string, task: string, due: string, notStated: string];
  noTasks: string;
  tasksNote: (reporting: string) => string;
  assessmentHeading: string;
  assessmentParts: string[];
  placeholder: string;
  recipientsHeading: string;
  recipients: string[];
  signatureFor: string;
  signatureRole: string;
  signatureHint: string;
  signerName: string;
}

const ROMAN = ['', 'I', 'II', 'III', 'IV'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export const REPORT_WORDS: Readonly<Record<Lang, ReportWords>> = {
  vi: {
    issuer: 'ỦY BAN NHÂN DÂN ……………',
    number: 'Số: ……/BC-UBND',
    nation: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    motto: 'Độc lập - Tự do - Hạnh phúc',
    placeAndDate: (month, year) => `……………, ngày …… tháng ${month} năm ${year}`,
    title: 'BÁO CÁO',
    subtitle: (period) => `Kết quả kiểm soát thủ tục hành chính, thực hiện cơ chế một cửa, một cửa liên thông ${period}`,
    scope: (group) => `(${group})`,
    window: (from, to) => `(Số liệu từ ngày ${from} đến ngày ${to})`,
    opening: (plan) => `Thực hiện ${plan}, Ủy ban nhân dân ……………… báo cáo kết quả như sau:`,
    situation: 'I. TÌNH HÌNH, KẾT QUẢ THỰC HIỆN',
    dossiers: (received, online, resolved, inTime) =>
      `Tổng số hồ sơ tiếp nhận trong kỳ: ${received} hồ sơ, trong đó trực tuyến ${online} hồ sơ. Đã giải quyết ${resolved} hồ sơ, trong đó trước hạn và đúng hạn ${inTime} hồ sơ.`,
    reporting: (submitted, expected, onTime, late, missing) =>
      `Có ${submitted}/${expected} đơn vị gửi báo cáo (${onTime} đúng hạn, ${late} trễ hạn); ${missing} đơn vị chưa gửi báo cáo.`,
    kpisIntro: 'Kết quả thực hiện các chỉ tiêu so với mục tiêu của Kế hoạch:',
    kpiLine: (kpi, value, fraction, target, status) => `${kpi}: ${value} (${fraction}); mục tiêu ${target}: ${status}`,
    kpiNoData: (kpi, target) => `${kpi}: không có số liệu; mục tiêu ${target}`,
    noTarget: 'không giao',
    previous: (period, value) => `so với ${period}: ${value}`,
    noPrevious: 'kỳ trước: không có số liệu',
    lastYear: (period, value) => `cùng kỳ năm trước (${period}): ${value}`,
    noData: 'không có số liệu',
    change: (points, up) => `${up ? 'tăng' : 'giảm'} ${points} điểm phần trăm`,
    unchanged: 'không đổi',
    belowTarget: 'II. ĐƠN VỊ CHƯA ĐẠT MỤC TIÊU',
    belowKpi: (kpi, count, names) => `${kpi}: ${count} đơn vị chưa đạt (${names}).`,
    andOthers: (count) => `và ${count} đơn vị khác`,
    noneBelow: 'Tất cả các đơn vị có số liệu đều đạt các mục tiêu được giao.',
    bottomFive: (shown, ranked) => `${shown} đơn vị có điểm thấp nhất (trong ${ranked} đơn vị được xếp hạng):`,
    bottomColumns: ['Hạng', 'Đơn vị', 'Điểm', 'Chỉ tiêu chưa đạt'],
    noScores: 'Chưa có đơn vị nào đủ số liệu để chấm điểm.',
    reportsHeading: 'III. TÌNH HÌNH GỬI BÁO CÁO',
    missing: (count, names) => `Chưa gửi báo cáo (${count} đơn vị): ${names}.`,
    late: (count, names) => `Gửi báo cáo trễ hạn (${count} đơn vị): ${names}.`,
    allOnTime: 'Tất cả các đơn vị đã gửi báo cáo đúng hạn.',
    tasksHeading: 'IV. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ CỦA KẾ HOẠCH',
    taskColumns: ['STT', 'Nhiệm vụ', 'Thời hạn', 'Không nêu'],
    noTasks: 'Kế hoạch không liệt kê nhiệm vụ.',
    tasksNote: (reporting) => `Số đơn vị theo tình trạng mỗi nhiệm vụ, trong ${reporting} đơn vị đã gửi báo cáo.`,
    assessmentHeading: 'V. ĐÁNH GIÁ CHUNG VÀ ĐỀ XUẤT, KIẾN NGHỊ',
    assessmentParts: [
      '1. Đánh giá chung',
      '2. Tồn tại, hạn chế và nguyên nhân',
      '3. Phương hướng, nhiệm vụ kỳ tới',
      '4. Đề xuất, kiến nghị',
    ],
    placeholder: '………………………………………………………………………………………',
    recipientsHeading: 'Nơi nhận:',
    recipients: ['- Ủy ban nhân dân cấp trên (để báo cáo);', '- Lãnh đạo Ủy ban nhân dân;', '- Lưu: VT.'],
    signatureFor: 'TM. ỦY BAN NHÂN DÂN',
    signatureRole: 'CHỦ TỊCH',
    signatureHint: '(Ký, ghi rõ họ tên, đóng dấu)',
    signerName: '…………………………',
  },
  en: {
    issuer: 'PEOPLE’S COMMITTEE OF ……………',
    number: 'No.: ……/BC-UBND',
    nation: 'SOCIALIST REPUBLIC OF VIETNAM',
    motto: 'Independence - Freedom - Happiness',
    placeAndDate: (month, year) => `……………, …… ${MONTHS[month - 1]} ${year}`,
    title: 'REPORT',
    subtitle: (period) => `Results of administrative procedure control and the one-stop mechanism, ${period}`,
    scope: (group) => `(${group})`,
    window: (from, to) => `(Figures from ${from} to ${to})`,
    opening: (plan) => `Under the plan “${plan}”, the People’s Committee of ……………… reports as follows:`,
    situation: 'I. SITUATION AND RESULTS',
    dossiers: (received, online, resolved, inTime) =>
      `Dossiers received in the period: ${received}, of which ${online} online. Dossiers resolved: ${resolved}, of which ${inTime} early or on time.`,
    reporting: (submitted, expected, onTime, late, missing) =>
      `Units that sent their report: ${submitted} of ${expected} (${onTime} on time, ${late} late); not reported yet: ${missing}.`,
    kpisIntro: 'Each KPI against the plan’s target:',
    kpiLine: (kpi, value, fraction, target, status) => `${kpi}: ${value} (${fraction}); target ${target}: ${status}`,
    kpiNoData: (kpi, target) => `${kpi}: no data; target ${target}`,
    noTarget: 'none set',
    previous: (period, value) => `against ${period}: ${value}`,
    noPrevious: 'previous period: no data',
    lastYear: (period, value) => `same period last year (${period}): ${value}`,
    noData: 'no data',
    change: (points, up) => `${up ? 'up' : 'down'} ${points} percentage points`,
    unchanged: 'unchanged',
    belowTarget: 'II. UNITS BELOW TARGET',
    belowKpi: (kpi, count, names) => `${kpi}: below target in ${count} (${names}).`,
    andOthers: (count) => `and ${count} more`,
    noneBelow: 'Every unit with data meets its targets.',
    bottomFive: (shown, ranked) => `Lowest scores (${shown} of ${ranked} ranked units):`,
    bottomColumns: ['Rank', 'Unit', 'Score', 'KPIs below target'],
    noScores: 'No unit has enough data for a score yet.',
    reportsHeading: 'III. REPORTS MISSING OR LATE',
    missing: (count, names) => `Not reported (${count}): ${names}.`,
    late: (count, names) => `Reported late (${count}): ${names}.`,
    allOnTime: 'Every unit reported on time.',
    tasksHeading: 'IV. THE PLAN’S TASKS AND WHERE THEY STAND',
    taskColumns: ['No.', 'Task', 'Due', 'Not stated'],
    noTasks: 'The plan lists no tasks.',
    tasksNote: (reporting) => `Units by the status of each task; units that reported: ${reporting}.`,
    assessmentHeading: 'V. ASSESSMENT AND PROPOSALS',
    assessmentParts: ['1. Overall assessment', '2. Shortcomings and their causes', '3. Directions for the next period', '4. Proposals'],
    placeholder: '………………………………………………………………………………………',
    recipientsHeading: 'To:',
    recipients: ['- The People’s Committee above (for report);', '- Committee leadership;', '- Archive.'],
    signatureFor: 'ON BEHALF OF THE PEOPLE’S COMMITTEE',
    signatureRole: 'CHAIRPERSON',
    signatureHint: '(Signature, full name, seal)',
    signerName: '…………………………',
  },
};

/**
 * The period as an official title writes it: "quý I năm 2024", "6 tháng đầu năm 2024" (vi);
 * "Q1 2024", "the first half of 2024" (en).
 */
export function periodInTitle(kind: string, year: number, lang: Lang): string {
  const quarter = /^Q([1-4])$/.exec(kind);
  if (lang === 'vi') {
    if (quarter) return `quý ${ROMAN[Number(quarter[1])]} năm ${year}`;
    return kind === 'H1' ? `6 tháng đầu năm ${year}` : kind === '9M' ? `9 tháng năm ${year}` : `năm ${year}`;
  }
  if (quarter) return `Q${quarter[1]} ${year}`;
  return kind === 'H1' ? `the first half of ${year}` : kind === '9M' ? `the first nine months of ${year}` : `the year ${year}`;
}

/** "2023-12-15" → "15/12/2023", day first as Vietnamese documents write it. */
export function dayMonthYear(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  return `${day}/${month}/${year}`;
}
