/**
 * The plan sheets' values (one `getValues` each, headings included) → the plan as typed and the
 * member rows, and a map from each plan path (`units[3].groups`) to the cell it was typed in.
 * Nothing is judged here: text stays text and a blank stays missing, so every mistake is named by
 * `parsePlan` (shared) or the server, with a path this map turns into a cell. Blank rows are
 * skipped. Pure.
 */
import type { CellAddress } from '../read-report.js';
import { safeText } from '../safe-text.js';
import { a1 } from '../template/sheet-grid.js';
import { FIELDS_TABLE, FIRST_DATA_ROW, GROUPS_TABLE, headingRows, MEMBERS_TABLE, PLAN_FIELDS, PLAN_TABLE, PLAN_TABLES, UNITS_TABLE, type PlanTable } from './layout.js';
import { NO_TARGET } from './to-rows.js';

export interface SheetMember {
  email: string;
  role: string;
  unitId?: string;
}

export type PlanSheetRead =
  | { ok: true; plan: Record<string, unknown>; members: SheetMember[]; cells: Map<string, CellAddress> }
  /** A heading row is not as written: someone moved or renamed a column. */
  | { ok: false; sheet: string };

type Row = Record<string, string | number | undefined>;

export function readPlanRows(values: ReadonlyMap<string, readonly (readonly unknown[])[]>): PlanSheetRead {
  const cells = new Map<string, CellAddress>();
  const tables = new Map<string, Row[]>();
  for (const table of PLAN_TABLES) {
    const grid = values.get(table.name) ?? [];
    const headings = headingRows(table)[0]!;
    if (!headings.every((heading, c) => String(grid[0]?.[c] ?? '').trim() === heading)) return { ok: false, sheet: table.name };
    tables.set(table.name, dataRows(table, grid));
  }

  const plan: Record<string, unknown> = {};
  const targets: Record<string, number | string | null> = {};
  for (const row of tables.get(PLAN_TABLE.name)!) {
    const key = String(row.key ?? '');
    if (PLAN_FIELDS.some((field) => field.key === key)) {
      if (row.value !== undefined) plan[key] = key === 'year' ? numeric(row.value) : String(row.value);
      cells.set(key, cellAt(PLAN_TABLE, row, 'value', String(row.label ?? key), String(row.labelEn ?? key)));
    } else if (key !== '' && row.value !== undefined) {
      targets[key] = target(row.value);
      cells.set(`targets.${key}`, cellAt(PLAN_TABLE, row, 'value', String(row.label ?? key), String(row.labelEn ?? key)));
    }
  }
  const list = (text: string | number | undefined, separator: string) =>
    text === undefined ? undefined : String(text).split(separator).map((s) => s.trim()).filter(Boolean);

  plan.units = listOf('units', tables, cells, (row) => ({
    id: text(row.id), name: text(row.name), kind: text(row.kind), code: text(row.code), groups: list(row.groups, ','),
    validFrom: text(row.validFrom), validTo: text(row.validTo), mergedInto: text(row.mergedInto),
    predecessors: list(row.predecessors, ';')?.map(predecessor), tags: list(row.tags, ','),
  }));
  const groups = listOf('groups', tables, cells, (row) => ({ id: text(row.id), name: text(row.name) }));
  if (groups.length > 0) plan.groups = groups;
  plan.fields = listOf('fields', tables, cells, (row) => ({ id: text(row.id), name: text(row.name), nameEn: text(row.nameEn), group: text(row.group) }));
  if (Object.keys(targets).length > 0) plan.targets = targets;

  const members: SheetMember[] = listOf('members', tables, cells, (row) => ({ email: text(row.email) ?? '', role: text(row.role) ?? '', unitId: text(row.unitId) }));
  return { ok: true, plan, members, cells };
}

const TABLE_OF_LIST = { units: UNITS_TABLE, groups: GROUPS_TABLE, fields: FIELDS_TABLE, members: MEMBERS_TABLE } as const;

/** One list of the plan (or the members): each row an item without its blank keys, and the item's cells. */
function listOf<T extends object>(list: keyof typeof TABLE_OF_LIST, tables: Map<string, Row[]>, cells: Map<string, CellAddress>, item: (row: Row) => T): T[] {
  const table = TABLE_OF_LIST[list];
  const rows = tables.get(table.name)!;
  cells.set(list, { sheet: table.name, row: FIRST_DATA_ROW, column: 1, a1: a1(FIRST_DATA_ROW, 1), label: table.words });
  return rows.map((row, i) => {
    for (const column of table.columns) {
      cells.set(`${list}[${i}]${column.key === 'id' || column.key === 'email' ? '' : `.${column.key}`}`, cellAt(table, row, column.key, column.words.vi, column.words.en));
    }
    return Object.fromEntries(Object.entries(item(row)).filter(([, value]) => value !== undefined)) as T;
  });
}

/** The rows below the headings that hold something, each with its sheet row number. */
function dataRows(table: PlanTable, grid: readonly (readonly unknown[])[]): Row[] {
  const rows: Row[] = [];
  grid.slice(FIRST_DATA_ROW - 1).forEach((cells, i) => {
    const row: Row = { row: FIRST_DATA_ROW + i };
    table.columns.forEach((column, c) => (row[column.key] = cellText(cells[c])));
    if (table.columns.some((column) => row[column.key] !== undefined)) rows.push(row);
  });
  return rows;
}

/**
 * A cell's value: numbers stay numbers (a year, a target); text is trimmed; blank is undefined.
 * The add-in writes text that could read as a formula with a leading apostrophe (safe-text.ts);
 * a plain-text cell may keep it as part of the value, so it is taken off again here.
 */
function cellText(value: unknown): string | number | undefined {
  if (typeof value === 'number') return value;
  if (value === null || value === undefined || typeof value === 'boolean') return value === true ? 'TRUE' : undefined;
  const text = String(value);
  const unescaped = text.startsWith("'") && safeText(text.slice(1)) === text ? text.slice(1) : text;
  return unescaped.trim() === '' ? undefined : unescaped.trim();
}

const text = (value: string | number | undefined) => (value === undefined ? undefined : String(value));

/** A whole number typed as text still counts as one; anything else is left for parsePlan to name. */
function numeric(value: string | number): string | number {
  return typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value;
}

function target(value: string | number): number | string | null {
  if (typeof value === 'string' && [NO_TARGET, 'none'].includes(value.toLowerCase())) return null;
  return numeric(typeof value === 'string' ? value.replace(',', '.') : value);
}

/** `xa-a:0.5` (or `xa-a:0,5`, or `xa-a` for the whole unit) → `{id, share}`. */
function predecessor(typed: string): { id: string; share?: number | string } {
  const [id, share] = typed.split(':').map((s) => s.trim());
  return share === undefined || share === '' ? { id: id! } : { id: id!, share: numeric(share.replace(',', '.')) };
}

function cellAt(table: PlanTable, row: Row, key: string, vi: string, en: string): CellAddress {
  const column = table.columns.findIndex((c) => c.key === key) + 1;
  const line = row.row as number;
  const label = table === PLAN_TABLE ? { vi: `${table.words.vi}: ${vi}`, en: `${table.words.en}: ${en}` } : { vi: `${table.words.vi}, dòng ${line}, ${vi}`, en: `${table.words.en}, row ${line}, ${en}` };
  return { sheet: table.name, row: line, column, a1: a1(line, column), label };
}
