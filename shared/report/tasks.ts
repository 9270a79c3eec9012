/**
 * The words for a task's status, and reading a status as a person wrote it. The tasks themselves
 * are plan data (plans/plan-tasks.ts).
 */
import type { Lang } from '../words/messages.js';
import { TASK_STATUSES } from './schema.js';

type TaskStatus = (typeof TASK_STATUSES)[number];

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
