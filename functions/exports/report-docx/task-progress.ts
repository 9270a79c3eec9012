/**
 * Section IV of the draft: each of the plan's tasks (its own titles and due dates, in plan order)
 * with the number of reporting units in scope that call it done, in progress or not started, and
 * those whose report does not mention it. A plan that lists no tasks gets a sentence saying so.
 */
import type { PlanTask } from '../../../shared/plans/plan-tasks.js';
import type { ReportData } from '../../../shared/report/schema.js';
import { TASK_STATUS_LABELS } from '../../../shared/report/tasks.js';
import { formatNumber } from '../../../shared/words/format.js';
import type { Lang } from '../../../shared/words/messages.js';
import type { Block } from './draft-model.js';
import { dayMonthYear, type ReportWords } from './report-words.js';

type TaskStatus = ReportData['tasks'][number]['status'];
/** Column order; their heads are the add-in's and the page's status words (TASK_STATUS_LABELS). */
const STATUS_COLUMNS: readonly TaskStatus[] = ['done', 'in-progress', 'not-started'];

export function taskSection(planTasks: readonly PlanTask[] | undefined, unitTasks: readonly ReportData['tasks'][], w: ReportWords, lang: Lang): Block[] {
  if (!planTasks?.length) return [{ kind: 'paragraph', text: w.noTasks, italic: true }];
  const counts = new Map<number, Record<TaskStatus, number>>();
  for (const { id } of planTasks) counts.set(id, { done: 0, 'in-progress': 0, 'not-started': 0 });
  for (const tasks of unitTasks) for (const { task, status } of tasks) {
    const count = counts.get(task);
    if (count) count[status]++;
  }

  const n = (value: number) => formatNumber(value, lang);
  const [no, title, due, notStated] = w.taskColumns;
  return [
    { kind: 'paragraph', text: w.tasksNote(n(unitTasks.length)), italic: true },
    {
      kind: 'table',
      columns: [
        { title: no, share: 0.06, numeric: true },
        { title, share: 0.36 },
        { title: due, share: 0.1 },
        ...STATUS_COLUMNS.map((status) => ({ title: TASK_STATUS_LABELS[status][lang], share: 0.12, numeric: true })),
        { title: notStated, share: 0.12, numeric: true },
      ],
      rows: planTasks.map((task) => {
        const c = counts.get(task.id)!;
        const stated = STATUS_COLUMNS.reduce((sum, status) => sum + c[status], 0);
        const name = lang === 'en' ? (task.titleEn ?? task.title) : task.title;
        return [n(task.id), name, task.due ? dayMonthYear(task.due) : '—', ...STATUS_COLUMNS.map((status) => n(c[status])), n(unitTasks.length - stated)];
      }),
    },
  ];
}
