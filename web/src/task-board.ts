/**
 * The plan's tasks, units × tasks in plan order (DESIGN §10 `tasks`): each cell the unit's status,
 * "overdue" in words and in red once the scorecard finds the due date passed (engine/task-progress.ts),
 * and the evidence it reported. A row of counts under the task names, over the scope's units. A page of units at a time, like the traffic-light table, with
 * the unit column sticky so that a phone scrolls the tasks sideways inside the board only.
 */
import type { TaskEvidence, TaskProgress, TaskUnitProgress } from '../../shared/engine/scorecard-model.js';
import { TASK_STATUS_LABELS } from '../../shared/report/tasks.js';
import { formatNumber } from '../../shared/words/format.js';
import type { Lang } from '../../shared/words/messages.js';
import { el, fill } from './dom.js';
import { localDate, t } from './i18n.js';
import { PAGE_SIZE, pageLinks, pageOf } from './table-pager.js';

export interface TaskBoardOptions {
  /** The scope's units: the board shows these rows only, in the plan's order. */
  unitIds: readonly string[];
  unitName: (unitId: string) => string;
  pageSize?: number;
}

export function taskBoard(tasks: readonly TaskProgress[], lang: Lang, options: TaskBoardOptions): HTMLElement {
  const inScope = new Set(options.unitIds);
  const columns = tasks.map((task) => {
    const cells = new Map(task.units.filter((u) => inScope.has(u.unitId)).map((u) => [u.unitId, u]));
    return { task, cells };
  });
  const rows = [...new Set(columns.flatMap((c) => [...c.cells.keys()]))];
  const head = el(
    'thead',
    {},
    el('tr', {}, el('th', { scope: 'col', class: 'sticky-col', text: t(lang, 'unit') }), columns.map(({ task }) => taskHeading(task, lang))),
    el('tr', { class: 'task-counts' }, el('th', { scope: 'row', class: 'sticky-col', text: t(lang, 'taskCounts') }), columns.map(({ task, cells }) => countsCell(task, [...cells.values()], lang))),
  );
  const body = el('tbody');
  const links = el('div', { class: 'pager-box' });
  const render = (index: number) => {
    const page = pageOf(rows, index, options.pageSize ?? PAGE_SIZE);
    fill(body, page.items.map((unitId) => el('tr', { 'data-unit': unitId }, el('th', { scope: 'row', class: 'sticky-col', text: options.unitName(unitId) }), columns.map(({ cells }) => statusCell(cells.get(unitId), lang)))));
    fill(links, pageLinks(page, lang, render));
  };
  render(0);
  return el('div', { class: 'task-board' }, el('div', { id: 'task-board-box', class: 'table-scroll', tabindex: 0 }, el('table', { id: 'task-board', class: 'traffic-table task-table' }, head, body)), links);
}

function taskHeading(task: TaskProgress, lang: Lang): HTMLElement {
  return el(
    'th',
    { scope: 'col', class: 'task-col', 'data-task': task.id },
    el('span', { class: 'task-title', text: `${task.id}. ${task.title}` }),
    el('span', { class: 'task-due', text: task.due === null ? t(lang, 'taskNoDue') : t(lang, 'taskDue', { date: localDate(task.due) }) }),
  );
}

/** Counted over the rows in scope (a group's are not the plan's); a unit without a report is in none of the three. */
function countsCell(task: TaskProgress, cells: readonly TaskUnitProgress[], lang: Lang): HTMLElement {
  const count = (keep: (cell: TaskUnitProgress) => boolean) => formatNumber(cells.filter(keep).length, lang);
  const overdue = cells.filter((c) => c.overdue).length;
  return el(
    'td',
    { class: 'task-count-cell', 'data-task': task.id },
    el('span', { class: 'count-done', text: t(lang, 'taskCountDone', { count: count((c) => c.status === 'done') }) }),
    el('span', { class: 'count-in-progress', text: t(lang, 'taskCountInProgress', { count: count((c) => c.status === 'in-progress') }) }),
    el('span', { class: 'count-not-started', text: t(lang, 'taskCountNotStarted', { count: count((c) => c.status === 'not-started') }) }),
    el('span', { class: overdue > 0 ? 'count-overdue task-overdue' : 'count-overdue', text: t(lang, 'taskCountOverdue', { count: formatNumber(overdue, lang) }) }),
  );
}

function statusCell(cell: TaskUnitProgress | undefined, lang: Lang): HTMLElement {
  if (!cell) return el('td', { class: 'task-cell' });
  const status = cell.status ? TASK_STATUS_LABELS[cell.status][lang] : t(lang, 'taskNoReport');
  return el(
    'td',
    { class: cell.overdue ? 'task-cell task-late' : 'task-cell', 'data-status': cell.status ?? 'no-report', 'data-overdue': String(cell.overdue) },
    el('span', { class: 'task-status', text: status }),
    cell.overdue ? el('span', { class: 'task-overdue', text: t(lang, 'taskOverdue') }) : null,
    cell.evidence ? evidenceLine(cell.evidence, lang) : null,
  );
}

/** A document by number and date, or a link: https only, opened without access to this page; anything else stays text. */
export function evidenceLine(evidence: TaskEvidence, lang: Lang): HTMLElement {
  if ('number' in evidence) return el('span', { class: 'task-evidence', text: t(lang, 'taskDocument', { number: evidence.number, date: localDate(evidence.date) }) });
  const url = URL.canParse(evidence.url) ? new URL(evidence.url) : null;
  if (url?.protocol !== 'https:') return el('span', { class: 'task-evidence', text: evidence.url });
  return el('a', { class: 'task-evidence', href: url.href, target: '_blank', rel: 'noopener noreferrer', text: `${url.host}${url.pathname === '/' ? '' : url.pathname}` });
}
