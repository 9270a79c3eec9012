/**
 * The eleven tasks of the 2024 plan (section II of the plan; PLAN-2024 "The eleven tasks"), which
 * a report's `tasks` block numbers 1..11, and the words for a task's status. Headings follow the
 * plan's own wording; English is our translation.
 */
import type { Lang } from '../words/messages.js';
import { TASK_NUMBERS, TASK_STATUSES } from './schema.js';

type TaskNumber = (typeof TASK_NUMBERS)[number];
type TaskStatus = (typeof TASK_STATUSES)[number];

interface PlanTask {
  task: TaskNumber;
  title: Record<Lang, string>;
  lead: Record<Lang, string>;
  due: Record<Lang, string>;
}

const DISTRICT_OFFICE = { vi: 'Văn phòng HĐND và UBND huyện', en: 'District office' };
const AGENCIES_COMMUNES = { vi: 'Các cơ quan chuyên môn, UBND các xã, thị trấn', en: 'Agencies and communes' };
const ALL_YEAR = { vi: 'Cả năm', en: 'All year' };

export const PLAN_TASKS: readonly PlanTask[] = [
  {
    task: 1,
    title: { vi: 'Công tác chỉ đạo, điều hành', en: 'Direction and administration: plans, guidance, one-stop staffing' },
    lead: DISTRICT_OFFICE,
    due: ALL_YEAR,
  },
  {
    task: 2,
    title: { vi: 'Rà soát, đơn giản hóa thủ tục hành chính (mẫu 02/RS-KSTT)', en: 'Review and simplify procedures (form 02/RS-KSTT)' },
    lead: AGENCIES_COMMUNES,
    due: { vi: '31/8/2024', en: '31 Aug 2024' },
  },
  {
    task: 3,
    title: { vi: 'Công khai thủ tục hành chính, danh mục TTHC', en: 'Publish procedures and their lists' },
    lead: AGENCIES_COMMUNES,
    due: ALL_YEAR,
  },
  {
    task: 4,
    title: { vi: 'Thực hiện cơ chế một cửa, một cửa liên thông', en: 'Run the one-stop and inter-agency one-stop mechanism' },
    lead: AGENCIES_COMMUNES,
    due: ALL_YEAR,
  },
  { task: 5, title: { vi: 'Nâng cao năng lực của cán bộ, công chức', en: 'Train staff' }, lead: DISTRICT_OFFICE, due: ALL_YEAR },
  {
    task: 6,
    title: { vi: 'Ứng dụng công nghệ thông tin trong giải quyết TTHC', en: 'IT in handling procedures' },
    lead: AGENCIES_COMMUNES,
    due: ALL_YEAR,
  },
  {
    task: 7,
    title: { vi: 'Tiếp nhận, xử lý phản ánh, kiến nghị về quy định hành chính', en: 'Receive and handle feedback on regulations' },
    lead: DISTRICT_OFFICE,
    due: ALL_YEAR,
  },
  {
    task: 8,
    title: { vi: 'Kiểm tra kiểm soát TTHC và thực hiện cơ chế một cửa', en: 'Inspect procedure control and the one-stop mechanism' },
    lead: DISTRICT_OFFICE,
    due: ALL_YEAR,
  },
  {
    task: 9,
    title: { vi: 'Tuyên truyền về cải cách TTHC', en: 'Communication about procedure reform' },
    lead: { vi: 'Phòng Văn hóa và Thông tin, Đài Phát thanh huyện', en: 'Culture and information division, district radio' },
    due: ALL_YEAR,
  },
  {
    task: 10,
    title: { vi: 'Sáng kiến cải cách TTHC; áp dụng ISO 9001:2015', en: 'Reform initiatives; ISO 9001:2015 in handling procedures' },
    lead: AGENCIES_COMMUNES,
    due: ALL_YEAR,
  },
  {
    task: 11,
    title: { vi: 'Chế độ thông tin báo cáo; lưu trữ hồ sơ', en: 'Periodic reporting; keep dossier archives' },
    lead: { vi: 'Tất cả các cơ quan, đơn vị', en: 'All units' },
    due: { vi: 'Hằng quý', en: 'Quarterly' },
  },
];

export const TASK_STATUS_LABELS: Readonly<Record<TaskStatus, Record<Lang, string>>> = {
  'not-started': { vi: 'Chưa thực hiện', en: 'Not started' },
  'in-progress': { vi: 'Đang thực hiện', en: 'In progress' },
  done: { vi: 'Hoàn thành', en: 'Done' },
};

/**
 * A status as a person wrote it (either language, any case, or the id itself) → its id; other
 * text is returned as it is, so that the report's validator names it.
 */
export function taskStatusFromLabel(text: string): TaskStatus | string {
  const wanted = text.trim().toLowerCase();
  for (const status of TASK_STATUSES) {
    const labels = TASK_STATUS_LABELS[status];
    if (wanted === status || wanted === labels.vi.toLowerCase() || wanted === labels.en.toLowerCase()) return status;
  }
  return text;
}
