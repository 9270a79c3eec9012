/**
 * The blocks of the report that are one object each (DESIGN §5): procedures, digital,
 * satisfaction with feedback, and the one-stop office. Each is a two-column sheet: what is
 * counted (Vietnamese, English in the note), and the number.
 */
import type { CellInput } from '../safe-text.js';
import { headingRows, type TemplateContext } from './heading.js';
import {
  DIGITAL_ROWS, FEEDBACK_ROWS, OFFICE_ROW, PROCEDURE_ROWS, SATISFACTION_ROWS, type BlockRow, type Words,
} from '../../../shared/report/report-labels.js';
import type { InputCell, InputKind, SheetGrid } from './sheet-grid.js';

const WIDTH = 2;
type Line = { section: Words } | { row: BlockRow; kind: InputKind } | { text: Words };

function blockSheet(name: string, title: Words, ctx: TemplateContext, lines: Line[]): SheetGrid {
  const heading = headingRows(title, ctx, WIDTH);
  const cells: CellInput[][] = [...heading.cells, ['Chỉ tiêu', 'Số liệu']];
  const notes: string[][] = [...heading.notes, ['Item', 'Value']];
  const headings = [3];
  const inputs: InputCell[] = [];
  for (const line of lines) {
    const row = cells.length + 1;
    if ('section' in line) {
      cells.push([line.section.vi, null]);
      notes.push([line.section.en, '']);
      headings.push(row);
    } else if ('text' in line) {
      cells.push([line.text.vi, null]);
      notes.push([line.text.en, '']);
    } else {
      const { row: item, kind } = line;
      cells.push([item.words.vi, kind === 'checkbox' ? false : null]);
      notes.push([item.words.en, '']);
      inputs.push({ sheet: name, row, column: 2, key: `${item.block}.${item.key}`, kind, label: item.words });
    }
  }
  return { name, cells, notes, inputs, headingRows: headings, boldRows: [1], frozenRows: 3, columnWidths: [[1, 420], [2, 110]] };
}

const counts = (rows: readonly BlockRow[]): Line[] => rows.map((row) => ({ row, kind: 'count' }));

export function proceduresSheet(name: string, ctx: TemplateContext): SheetGrid {
  return blockSheet(name, { vi: 'THỦ TỤC HÀNH CHÍNH THUỘC THẨM QUYỀN', en: 'Procedures under the unit\'s authority' }, ctx, counts(PROCEDURE_ROWS));
}

export function digitalSheet(name: string, ctx: TemplateContext): SheetGrid {
  return blockSheet(name, { vi: 'SỐ HÓA, THANH TOÁN TRỰC TUYẾN, CHỨNG THỰC ĐIỆN TỬ', en: 'Digitization, online payment, electronic certification' }, ctx, counts(DIGITAL_ROWS));
}

export function satisfactionSheet(name: string, ctx: TemplateContext): SheetGrid {
  return blockSheet(name, { vi: 'MỨC ĐỘ HÀI LÒNG; PHẢN ÁNH, KIẾN NGHỊ', en: 'Satisfaction; feedback and petitions' }, ctx, [
    { section: { vi: 'Mức độ hài lòng của người dân, doanh nghiệp', en: 'Satisfaction of citizens and businesses' } },
    ...counts(SATISFACTION_ROWS),
    { section: { vi: 'Phản ánh, kiến nghị về quy định hành chính', en: 'Feedback and petitions on regulations' } },
    ...counts(FEEDBACK_ROWS),
  ]);
}

export function officeSheet(name: string, ctx: TemplateContext): SheetGrid {
  const title = { vi: 'BỘ PHẬN MỘT CỬA', en: 'One-stop office' };
  if (ctx.office) return blockSheet(name, title, ctx, [{ row: OFFICE_ROW, kind: 'checkbox' }]);
  return blockSheet(name, title, ctx, [{ text: { vi: 'Không áp dụng: đơn vị không có Bộ phận Một cửa.', en: 'Not applicable: the unit has no one-stop office.' } }]);
}
