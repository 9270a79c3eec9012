/**
 * Section IV of the draft: where each of the plan's tasks stands, as the number of reporting units
 * that call it done, in progress or not started, and those whose report does not mention it. A
 * task's due date is left out: the catalog's dates are the 2024 plan's (shared/report/tasks.ts).
 */
import { PLAN_TASKS, TASK_STATUS_LABELS } from '../../../shared/report/tasks.js';
import type { ReportData } from '../../../shared/report/schema.js';
import { formatNumber } from '../../../shared/words/format.js';
import type { Lang } from '../../../shared/words/messages.js';
import type { Block } from './draft-model.js';
import type { ReportWords } from './report-words.js';

type TaskStatus = ReportData['tasks'][number]['status'];
/** Column order; their heads are the add-in's and the page's status words (TASK_STATUS_LABELS). */
const STATUS_COLUMNS: readonly TaskStatus[] = ['done', 'in-progress', 'not-started'];

export function taskSection(unitTasks: readonly ReportData['tasks'][], w: ReportWords, lang: Lang): Block[] {
  const counts = new Map<number, Record<TaskStatus, number>>();
  for (const { task } of PLAN_TASKS) counts.set(task, { done: 0, 'in-progress': 0, 'not-started': 0 });
  for (const tasks of unitTasks) for (const { task, status } of tasks) counts.get(task)![status]++;

  const n = (value: number) => formatNumber(value, lang);
  const [no, title, notStated] = w.taskColumns;
  return [
    { kind: 'paragraph', text: w.tasksNote(n(unitTasks.length)), italic: true },
    {
      kind: 'table',
      columns: [
        { title: no, share: 0.07, numeric: true },
        { title, share: 0.45 },
        ...STATUS_COLUMNS.map((status) => ({ title: TASK_STATUS_LABELS[status][lang], share: 0.12, numeric: true })),
        { title: notStated, share: 0.12, numeric: true },
      ],
      rows: PLAN_TASKS.map(({ task, title: words }) => {
        const c = counts.get(task)!;
        const stated = STATUS_COLUMNS.reduce((sum, status) => sum + c[status], 0);
        return [n(task), words[lang], ...STATUS_COLUMNS.map((status) => n(c[status])), n(unitTasks.length - stated)];
      }),
    },
  ];
}
