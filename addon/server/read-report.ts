/**
 * The hidden mirror's rows (key, value) → the report's `data` as the shared validator expects it,
 * and a map from each report path (`dossiers[2].late`) to the cell a person typed it in. Nothing
 * is judged here: a blank count stays missing and text stays text, so every mistake is named by
 * validateReport, in one place. Pure.
 */
import { DOSSIER_COUNTS } from '../../shared/report/schema.js';
import { taskStatusFromLabel } from '../../shared/report/tasks.js';
import type { TemplateLayout } from './template/layout.js';
import type { Words } from '../../shared/report/report-labels.js';
import { a1, type InputCell } from './template/sheet-grid.js';

export interface CellAddress {
  sheet: string;
  row: number;
  column: number;
  a1: string;
  label: Words;
}

export type ReadResult =
  | { ok: true; data: Record<string, unknown>; cells: Map<string, CellAddress>; filled: number }
  /** The mirror does not match the layout: someone changed the template's structure. */
  | { ok: false; sheet: string };

const BLOCKS = ['procedures', 'digital', 'satisfaction', 'feedback'] as const;

export function readReport(rows: readonly (readonly unknown[])[], layout: TemplateLayout): ReadResult {
  const values = new Map<string, unknown>();
  for (const [i, input] of layout.inputs.entries()) {
    const row = rows[i];
    if (!row || row[0] !== input.key) return { ok: false, sheet: layout.mirror.name };
    values.set(input.key, valueOf(row[1], input));
  }
  const inputs = new Map(layout.inputs.map((input) => [input.key, input]));
  const cells = new Map<string, CellAddress>();
  const at = (path: string, input: InputCell | undefined, column = input?.column) => {
    if (input && column) cells.set(path, { sheet: input.sheet, row: input.row, column, a1: a1(input.row, column), label: input.label });
  };

  const dossiers: Record<string, unknown>[] = [];
  for (const fieldId of layout.record.fieldIds) {
    const keys = DOSSIER_COUNTS.map((count) => `dossiers.${fieldId}.${count}`);
    if (keys.every((key) => values.get(key) === undefined)) continue; // a field the unit did not handle
    const index = dossiers.length;
    const row: Record<string, unknown> = { field: fieldId };
    DOSSIER_COUNTS.forEach((count, c) => {
      row[count] = values.get(keys[c]!);
      at(`dossiers[${index}].${count}`, inputs.get(keys[c]!));
    });
    const first = inputs.get(keys[0]!);
    at(`dossiers[${index}]`, first, 2);
    at(`dossiers[${index}].field`, first, 2);
    dossiers.push(row);
  }

  const data: Record<string, unknown> = { dossiers };
  for (const block of BLOCKS) {
    const object: Record<string, unknown> = {};
    for (const input of layout.inputs.filter((i) => i.key.startsWith(`${block}.`))) {
      const key = input.key.slice(block.length + 1);
      object[key] = values.get(input.key);
      at(`${block}.${key}`, input);
    }
    data[block] = object;
  }
  if (layout.record.office) {
    const input = inputs.get('office.brandIdentity');
    data.office = { brandIdentity: values.get('office.brandIdentity') === true };
    at('office', input);
    at('office.brandIdentity', input);
  }

  const tasks: Record<string, unknown>[] = [];
  for (const { key } of layout.inputs.filter((i) => /^tasks\.\d+\.status$/.test(i.key))) {
    const task = Number(key.split('.')[1]);
    const [status, note, evidenceText, evidenceDate] = ['status', 'note', 'evidence', 'evidenceDate'].map((part) => values.get(`tasks.${task}.${part}`));
    if ([status, note, evidenceText, evidenceDate].every((v) => v === undefined)) continue;
    const index = tasks.length;
    const cellOfPart = (part: string) => inputs.get(`tasks.${task}.${part}`);
    for (const path of [`tasks[${index}]`, `tasks[${index}].task`, `tasks[${index}].status`]) at(path, cellOfPart('status'));
    at(`tasks[${index}].note`, cellOfPart('note'));
    for (const path of [`tasks[${index}].evidence`, `tasks[${index}].evidence.url`, `tasks[${index}].evidence.number`]) at(path, cellOfPart('evidence'));
    at(`tasks[${index}].evidence.date`, cellOfPart('evidenceDate'));
    const evidence = evidenceOf(evidenceText, evidenceDate);
    tasks.push({ task, status, ...(note === undefined ? {} : { note }), ...(evidence === undefined ? {} : { evidence }) });
  }
  data.tasks = tasks;

  const filled = [...values.values()].filter((v) => v !== undefined && v !== false).length;
  return { ok: true, data, cells, filled };
}

/**
 * The two evidence cells → the report's `evidence`, as typed: text with a scheme (or "www.") is a
 * link, anything else a document's number; a date written day first (31/8/2024) becomes ISO. A
 * link with a date, or a date without a number, is passed on as it is, for the validator to name.
 */
function evidenceOf(text: unknown, date: unknown): Record<string, unknown> | undefined {
  if (text === undefined && date === undefined) return undefined;
  const day = typeof date === 'string' ? isoDay(date) : date;
  const withDate = day === undefined ? {} : { date: day };
  if (typeof text === 'string' && /^([a-z][a-z0-9+.-]*:|www\.)/i.test(text.trim())) return { url: text.trim(), ...withDate };
  return { ...(text === undefined ? {} : { number: text }), ...withDate };
}

/** The calendar day of a cell's Date as Sheets hands it over (in the script's time zone). */
function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** "31/8/2024" or "31-08-2024" → "2024-08-31"; other text unchanged. */
function isoDay(text: string): string {
  const m = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(text);
  return m ? `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}` : text.trim();
}

/** A blank cell is missing (undefined); a checkbox is true or false; a status is read in either language. */
function valueOf(raw: unknown, input: InputCell): unknown {
  if (input.kind === 'checkbox') return raw === true;
  if (raw === '' || raw === null || raw === undefined) return undefined;
  if (input.kind === 'status') return typeof raw === 'string' ? taskStatusFromLabel(raw) : raw;
  // A cell Sheets turned into a date despite its text format (pasted) reads as its day, not as Date text.
  if (input.kind === 'text') return raw instanceof Date ? localDay(raw) : String(raw);
  return raw;
}

/** The cell of a problem's path, or of the nearest enclosing path that has one. */
export function cellOf(cells: ReadonlyMap<string, CellAddress>, path: string): CellAddress | null {
  let p = path;
  while (p !== '') {
    const cell = cells.get(p);
    if (cell) return cell;
    const parent = p.replace(/(\[\d+\]|\.[^.[\]]+|^[^.[\]]+)$/, '');
    if (parent === p) return null;
    p = parent;
  }
  return null;
}
