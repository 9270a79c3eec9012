/** The eleven tasks of the plan (shared/report/tasks.ts), each with a status to choose and a note. */
import { PLAN_TASKS } from '../../../shared/report/tasks.js';
import type { CellInput } from '../safe-text.js';
import { headingRows, type TemplateContext } from './heading.js';
import type { InputCell, SheetGrid } from './sheet-grid.js';

const WIDTH = 6;
const STATUS_COLUMN = 5;
const NOTE_COLUMN = 6;

export function tasksSheet(name: string, ctx: TemplateContext): SheetGrid {
  const heading = headingRows({ vi: 'KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ CỦA KẾ HOẠCH', en: 'Progress on the tasks of the plan' }, ctx, WIDTH);
  const cells: CellInput[][] = [...heading.cells, ['STT', 'Nhiệm vụ', 'Chủ trì', 'Thời hạn', 'Tình trạng', 'Ghi chú']];
  const notes: string[][] = [...heading.notes, ['No.', 'Task', 'Lead', 'Due', 'Status', 'Note']];
  const inputs: InputCell[] = [];
  for (const task of PLAN_TASKS) {
    const row = cells.length + 1;
    cells.push([task.task, task.title.vi, task.lead.vi, task.due.vi, null, null]);
    notes.push(['', task.title.en, task.lead.en, task.due.en, '', '']);
    const label = (vi: string, en: string) => ({ vi: `Nhiệm vụ ${task.task} — ${vi}`, en: `Task ${task.task} — ${en}` });
    inputs.push({ sheet: name, row, column: STATUS_COLUMN, key: `tasks.${task.task}.status`, kind: 'status', label: label('Tình trạng', 'status') });
    inputs.push({ sheet: name, row, column: NOTE_COLUMN, key: `tasks.${task.task}.note`, kind: 'text', label: label('Ghi chú', 'note') });
  }
  return {
    name, cells, notes, inputs,
    headingRows: [3],
    boldRows: [1],
    frozenRows: 3,
    columnWidths: [[1, 40], [2, 340], [3, 200], [4, 90], [5, 130], [6, 260]],
  };
}
