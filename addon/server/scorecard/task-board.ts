/**
 * The plan's tasks on the leadership sheet (DESIGN §10 `tasks`), a block under the tables: the
 * tasks by number with their titles; units × tasks with each task's due date and counts above
 * the units, each cell the unit's status, overdue in words and in red as the scorecard says; then
 * the evidence the units reported, one line each, as text. It starts in column B: column A stays
 * empty, so the traffic lights (write-sheet.ts) never light a count. Pure.
 */
import type { TaskEvidence, TaskProgress, TaskUnitProgress, UnitScorecard } from '../../../shared/engine/scorecard-model.js';
import { TASK_STATUS_LABELS } from '../../../shared/report/tasks.js';
import type { Lang } from '../../../shared/words/messages.js';
import { pageText } from '../../../shared/words/page-words.js';
import type { CellInput } from '../safe-text.js';
import { COLORS, blank } from '../template/sheet-grid.js';

/** Light enough for black text, so no font colour call is needed. */
export const OVERDUE_COLOR = '#ef9a9a';

const WORDS = {
  vi: { task: 'Nhiệm vụ', due: 'Hạn', evidence: 'Minh chứng đơn vị đã báo cáo' },
  en: { task: 'Task', due: 'Due', evidence: 'Evidence the units reported' },
};

export interface SheetBlock {
  cells: CellInput[][];
  numberFormats: string[][];
  backgrounds: (string | null)[][];
  /** 0-based rows of the block drawn bold. */
  boldRows: number[];
}

/** The block's width, counted from column B. */
export function taskBoardColumns(tasks: readonly TaskProgress[]): number {
  return 1 + tasks.length;
}

/** Rows follow `units` (the table's order); a unit the tasks do not list is left out. */
export function taskBoard(tasks: readonly TaskProgress[], units: readonly Pick<UnitScorecard, 'unitId' | 'name'>[], lang: Lang): SheetBlock {
  const w = WORDS[lang];
  const byTask = tasks.map((task) => new Map(task.units.map((u) => [u.unitId, u])));
  const rows = units.filter((u) => byTask.some((cells) => cells.has(u.unitId)));
  const evidence = rows.flatMap((unit) =>
    tasks.flatMap((task, i) => {
      const found = byTask[i]!.get(unit.unitId)?.evidence;
      return found ? [[unit.name, `${w.task} ${task.id}`, evidenceText(found, lang)]] : [];
    }),
  );
  const head = (task: TaskProgress) => `${w.task} ${task.id}`;
  const statuses: [string, (t: TaskProgress) => number][] = [
    [TASK_STATUS_LABELS.done[lang], (t) => t.done],
    [TASK_STATUS_LABELS['in-progress'][lang], (t) => t.inProgress],
    [TASK_STATUS_LABELS['not-started'][lang], (t) => t.notStarted],
    [pageText(lang, 'taskOverdue'), (t) => t.overdue],
  ];
  const lines: CellInput[][] = [
    [pageText(lang, 'tasksHeading')],
    ...tasks.map((task) => [head(task), task.title]),
    [],
    [pageText(lang, 'unit'), ...tasks.map(head)],
    [w.due, ...tasks.map((task) => (task.due === null ? pageText(lang, 'taskNoDue') : dayFirst(task.due)))],
    ...statuses.map(([label, count]) => [label, ...tasks.map(count)]),
    ...rows.map((unit) => [unit.name, ...byTask.map((cells) => statusText(cells.get(unit.unitId), lang))]),
    ...(evidence.length === 0 ? [] : [[], [w.evidence], ...evidence]),
  ];
  const columns = taskBoardColumns(tasks);
  const cells = blank<CellInput>(lines.length, columns, null);
  lines.forEach((line, r) => line.forEach((value, c) => (cells[r]![c] = value)));
  const numberFormats = blank(lines.length, columns, '@');
  const backgrounds = blank<string | null>(lines.length, columns, null);
  const header = tasks.length + 2;
  const counts = header + 2;
  const firstUnit = counts + statuses.length;
  for (let c = 0; c < columns; c++) [0, header].forEach((r) => (backgrounds[r]![c] = COLORS.heading));
  tasks.forEach((task, i) => {
    for (let r = counts; r < firstUnit; r++) numberFormats[r]![i + 1] = '0';
    if (task.overdue > 0) backgrounds[firstUnit - 1]![i + 1] = OVERDUE_COLOR;
    rows.forEach((unit, k) => {
      if (byTask[i]!.get(unit.unitId)?.overdue) backgrounds[firstUnit + k]![i + 1] = OVERDUE_COLOR;
    });
  });
  const evidenceTitle = evidence.length === 0 ? [] : [firstUnit + rows.length + 1];
  return { cells, numberFormats, backgrounds, boldRows: [0, header, ...evidenceTitle] };
}

/** "Quá hạn · Đang thực hiện": overdue first, so a narrow column still shows it. */
function statusText(cell: TaskUnitProgress | undefined, lang: Lang): string | null {
  if (!cell) return null;
  const status = cell.status === null ? pageText(lang, 'taskNoReport') : TASK_STATUS_LABELS[cell.status][lang];
  return cell.overdue ? `${pageText(lang, 'taskOverdue')} · ${status}` : status;
}

/** A document by its number and date, or the link as it was reported: text either way (safe-text.ts). */
function evidenceText(evidence: TaskEvidence, lang: Lang): string {
  return 'url' in evidence ? evidence.url : pageText(lang, 'taskDocument', { number: evidence.number, date: dayFirst(evidence.date) });
}

/** "2024-08-31" → "31/08/2024", as both languages write a date. */
function dayFirst(ymd: string): string {
  return ymd.split('-').reverse().join('/');
}
