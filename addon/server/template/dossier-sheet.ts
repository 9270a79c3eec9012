/**
 * Form 06a (Biểu số 06a/VPCP/KSTT) as a sheet: one row per field of the plan, the form's thirteen
 * columns in the form's order (sheet column n is form column n), totals as formulas, a total row,
 * and a last column that shows whether (3) = (7) + (11) holds.
 */
import type { CellInput } from '../safe-text.js';
import type { TemplateContext } from './heading.js';
import { headingRows } from './heading.js';
import { DOSSIER_GROUPS, DOSSIER_INPUT_COLUMNS } from '../../../shared/report/report-labels.js';
import { a1, blank, type InputCell, type SheetGrid } from './sheet-grid.js';

const WIDTH = 14;
const FIRST_ROW = 6;
const TITLE = {
  vi: 'BIỂU SỐ 06a/VPCP/KSTT — TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC TẠI CƠ QUAN, ĐƠN VỊ TRỰC TIẾP GIẢI QUYẾT TTHC',
  en: 'Form 06a: procedures handled by the unit (dossiers received, resolved and pending)',
};
const CHECK = { vi: 'Kiểm tra (3) = (7) + (11)', en: 'Check: (3) = (7) + (11)' };

export function dossierSheet(name: string, ctx: TemplateContext): SheetGrid {
  const heading = headingRows(TITLE, ctx, WIDTH);
  const cells: CellInput[][] = [...heading.cells, ...blank<CellInput>(3, WIDTH, null)];
  const notes: string[][] = [...heading.notes, ...blank(3, WIDTH, '')];
  const put = (row: number, column: number, vi: CellInput, en = '') => {
    cells[row - 1]![column - 1] = vi;
    notes[row - 1]![column - 1] = en;
  };

  put(3, 1, 'STT', 'No.');
  put(3, 2, 'Lĩnh vực giải quyết', 'Field of procedures');
  for (const group of DOSSIER_GROUPS) {
    put(3, group.column, group.words.vi, group.words.en);
    put(4, group.column, 'Tổng số', `Total = (${group.parts[0]})…(${group.parts[1]})`);
  }
  for (const { column, words } of DOSSIER_INPUT_COLUMNS) put(4, column, words.vi, words.en);
  put(3, WIDTH, CHECK.vi, CHECK.en);
  for (let column = 1; column < WIDTH; column++) put(5, column, `(${column})`);

  const inputs: InputCell[] = [];
  ctx.fields.forEach((field, i) => {
    const row = FIRST_ROW + i;
    const line: CellInput[] = [i + 1, field.name];
    for (const group of DOSSIER_GROUPS) line[group.column - 1] = { formula: `=SUM(${a1(row, group.parts[0])}:${a1(row, group.parts[1])})` };
    for (const { key, column, words } of DOSSIER_INPUT_COLUMNS) {
      line[column - 1] = null;
      inputs.push({
        sheet: name, row, column, key: `dossiers.${field.id}.${key}`, kind: 'count',
        label: { vi: `${field.name} — ${words.vi} (cột ${column})`, en: `${field.nameEn ?? field.name} — ${words.en} (column ${column})` },
      });
    }
    line[WIDTH - 1] = { formula: `=IF(${a1(row, 3)}=${a1(row, 7)}+${a1(row, 11)},"✓","≠")` };
    cells.push(line);
    notes.push(Array.from({ length: WIDTH }, (_, c) => (c === 1 ? `${field.nameEn ?? field.name} (${field.id})` : '')));
  });

  const total = FIRST_ROW + ctx.fields.length;
  const last = Math.max(FIRST_ROW, total - 1);
  const totalLine: CellInput[] = [null, 'Tổng cộng'];
  for (let column = 3; column < WIDTH; column++) totalLine[column - 1] = { formula: `=SUM(${a1(FIRST_ROW, column)}:${a1(last, column)})` };
  totalLine[WIDTH - 1] = { formula: `=IF(${a1(total, 3)}=${a1(total, 7)}+${a1(total, 11)},"✓","≠")` };
  cells.push(totalLine);
  notes.push(Array.from({ length: WIDTH }, (_, c) => (c === 1 ? 'Total' : '')));

  return {
    name, cells, notes, inputs,
    headingRows: [3, 4, 5],
    boldRows: [1, total],
    frozenRows: 5,
    columnWidths: [[1, 40], [2, 240], ...Array.from({ length: WIDTH - 2 }, (_, i): [number, number] => [i + 3, 90])],
  };
}
