/**
 * The hidden mirror's rows (key, value) → the report's `data` as the shared validator expects it,
 * and a map from each report path (`dossiers[2].late`) to the cell a person typed it in. Nothing
 * is judged here: a blank count stays missing and text stays text, so every mistake is named by
 * validateReport, in one place. Pure.
 */
import { DOSSIER_COUNTS } from '../../shared/report/schema.js';
import { TASK_NUMBERS } from '../../shared/report/schema.js';
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
  for (const task of TASK_NUMBERS) {
    const status = values.get(`tasks.${task}.status`);
    const note = values.get(`tasks.${task}.note`);
    if (status === undefined && note === undefined) continue;
    const index = tasks.length;
    const statusInput = inputs.get(`tasks.${task}.status`);
    for (const path of [`tasks[${index}]`, `tasks[${index}].task`, `tasks[${index}].status`]) at(path, statusInput);
    at(`tasks[${index}].note`, inputs.get(`tasks.${task}.note`));
    tasks.push({ task, status, ...(note === undefined ? {} : { note }) });
  }
  data.tasks = tasks;

  const filled = [...values.values()].filter((v) => v !== undefined && v !== false).length;
  return { ok: true, data, cells, filled };
}

/** A blank cell is missing (undefined); a checkbox is true or false; a status is read in either language. */
function valueOf(raw: unknown, input: InputCell): unknown {
  if (input.kind === 'checkbox') return raw === true;
  if (raw === '' || raw === null || raw === undefined) return undefined;
  if (input.kind === 'status') return typeof raw === 'string' ? taskStatusFromLabel(raw) : raw;
  if (input.kind === 'text') return String(raw);
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
