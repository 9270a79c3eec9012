/**
 * The plan's tasks (plan data, shared/plans/plan-tasks.ts), each with its due date and the proof
 * it asks for, a status to choose, a note, and its evidence: a document's number (or an https
 * link) and the document's date. Columns E (status) and F (note) are where they always were.
 */
import type { EvidenceKind } from '../../../shared/plans/plan-tasks.js';
import type { Words } from '../../../shared/report/report-labels.js';
import type { CellInput } from '../safe-text.js';
import { dayMonthYear, headingRows, type TemplateContext } from './heading.js';
import type { InputCell, SheetGrid } from './sheet-grid.js';

const WIDTH = 8;
const STATUS_COLUMN = 5;
const NOTE_COLUMN = 6;
const EVIDENCE_COLUMN = 7;
const EVIDENCE_DATE_COLUMN = 8;

const EVIDENCE_ASKED: Record<EvidenceKind, Words> = {
  document: { vi: 'Văn bản (số, ngày)', en: 'A document (number, date)' },
  link: { vi: 'Đường dẫn https', en: 'An https link' },
  none: { vi: 'Không bắt buộc', en: 'Optional' },
};

export function tasksSheet(name: string, ctx: TemplateContext): SheetGrid {
  const heading = headingRows({ vi: 'KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ CỦA KẾ HOẠCH', en: 'Progress on the tasks of the plan' }, ctx, WIDTH);
  const cells: CellInput[][] = [
    ...heading.cells,
    ['STT', 'Nhiệm vụ', 'Thời hạn', 'Minh chứng cần có', 'Tình trạng', 'Ghi chú', 'Số văn bản hoặc đường dẫn https', 'Ngày văn bản (dd/mm/yyyy)'],
  ];
  const notes: string[][] = [...heading.notes, ['No.', 'Task', 'Due', 'Evidence asked for', 'Status', 'Note', 'Document number or https link', 'Document date']];
  const inputs: InputCell[] = [];
  for (const task of ctx.tasks) {
    const row = cells.length + 1;
    // "Hạn …" keeps the date text: a bare 01/08/2024 would be read as a date, month first in some locales.
    const due: Words = task.due ? { vi: `Hạn ${dayMonthYear(task.due)}`, en: `By ${task.due}` } : { vi: '—', en: '' };
    const asked = EVIDENCE_ASKED[task.evidence];
    cells.push([task.id, task.title, due.vi, asked.vi, null, null, null, null]);
    notes.push(['', task.titleEn ?? '', due.en, asked.en, '', '', '', '']);
    const label = (vi: string, en: string) => ({ vi: `Nhiệm vụ ${task.id} — ${vi}`, en: `Task ${task.id} — ${en}` });
    const input = (column: number, key: string, kind: InputCell['kind'], words: Words) =>
      inputs.push({ sheet: name, row, column, key: `tasks.${task.id}.${key}`, kind, label: label(words.vi, words.en) });
    input(STATUS_COLUMN, 'status', 'status', { vi: 'Tình trạng', en: 'status' });
    input(NOTE_COLUMN, 'note', 'text', { vi: 'Ghi chú', en: 'note' });
    input(EVIDENCE_COLUMN, 'evidence', 'text', { vi: 'Minh chứng', en: 'evidence' });
    input(EVIDENCE_DATE_COLUMN, 'evidenceDate', 'text', { vi: 'Ngày văn bản', en: 'document date' });
  }
  return {
    name, cells, notes, inputs,
    headingRows: [3],
    boldRows: [1],
    frozenRows: 3,
    columnWidths: [[1, 40], [2, 320], [3, 110], [4, 140], [5, 130], [6, 220], [7, 240], [8, 130]],
  };
}
