/**
 * The form 06 workbook (issue 13, docs/exports.md): sheet 1 the consolidated form at the compiling
 * level, then each unit's form 06a, then the KPIs against target. Numbers are numbers; the only
 * formulas are the form's own totals, built from cell addresses and never from user text (names
 * are written as strings, so a name starting with "=" stays text). exceljs is loaded on the
 * first export, so a refused request (403, 404) does not pay for it.
 */
import type ExcelJS from 'exceljs';
import { STATUS_LABELS, periodLabel } from '../../../shared/charts/labels.js';
import { localDate } from '../../../shared/calendar.js';
import { KPI_LABELS } from '../../../shared/kpis.js';
import type { Lang } from '../../../shared/words/messages.js';
import type { ExportInputs } from '../../use-cases/exports.js';
import { consolidate, unitRows, type Counts, type DossierCount, type FieldRow } from './form-rows.js';
import { say, type FormWord } from './words.js';

type Sheet = ExcelJS.Worksheet;

/**
 * Above this many units, one sheet holds a row of 06a totals per unit instead of a sheet each:
 * every unit's field rows for 3,321 units are 750,000 cells, 30 s to write and 4.7 MB, over
 * Lambda's response limit once base64-encoded (docs/exports.md). `?unit=` gives one unit's whole 06a.
 */
export const UNIT_SHEETS_MAX = 300;

/** Where each count of a row goes: the form's columns (4)–(6), (8)–(10), (12)–(13). */
const COLUMN_OF: Readonly<Record<DossierCount, string>> = {
  online: 'D', direct: 'E', carriedOver: 'F', early: 'H', onTime: 'I', late: 'J', pendingOnTime: 'L', pendingOverdue: 'M',
};
/** The form's totals, (3), (7), (11): each the sum of the columns beside it. */
const TOTALS: readonly { column: string; of: readonly DossierCount[] }[] = [
  { column: 'C', of: ['online', 'direct', 'carriedOver'] },
  { column: 'G', of: ['early', 'onTime', 'late'] },
  { column: 'K', of: ['pendingOnTime', 'pendingOverdue'] },
];
const VALUE_COLUMNS = ['C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M'] as const;
const HEADER_FIRST_ROW = 5;
const FIRST_DATA_ROW = 9;

const FONT = { name: 'Times New Roman', size: 11 } as const;
const BOLD = { ...FONT, bold: true } as const;
const THIN = { style: 'thin' } as const;
const BOX = { top: THIN, left: THIN, bottom: THIN, right: THIN } as const;
const CENTER = { horizontal: 'center', vertical: 'middle', wrapText: true } as const;
const WRAP = { vertical: 'middle', wrapText: true } as const;
const MIDDLE = { vertical: 'middle' } as const;
const COUNT_FORMAT = '#,##0';

export async function form06Workbook(inputs: ExportInputs, lang: Lang): Promise<Uint8Array> {
  const { default: Excel } = await import('exceljs');
  const book = new Excel.Workbook();
  book.creator = 'TTHC one-stop KPI scorecards';
  book.created = new Date(inputs.figures.computedAt);
  writeConsolidatedForm(book.addWorksheet(say('sheetForm', lang)), inputs, lang);
  writeKpis(book.addWorksheet(say('sheetKpis', lang)), inputs, lang);
  writeUnits(book, inputs, lang);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/** `bieu-06-<plan>-<period>[-<group or unit>].xlsx` */
export function form06Filename({ plan, period, scope }: Pick<ExportInputs, 'plan' | 'period' | 'scope'>): string {
  return `${['bieu-06', plan.id, period.id, ...(scope.kind === 'plan' ? [] : [scope.id])].join('-')}.xlsx`;
}

function reportingBody({ plan, scope }: ExportInputs): string {
  return scope.kind === 'plan' ? plan.name : `${scope.name} (${plan.name})`;
}

/** dd/mm/yyyy, as official documents write dates. */
function vnDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-');
  return `${d}/${m}/${y}`;
}

/**
 * The level the compiling agencies belong to: district (huyện) until the two-tier model took
 * effect on 1 July 2025, province (tỉnh) after it; a plan's agencies report to its compiling office.
 */
function agencyLevelOf(period: ExportInputs['period']): { level: string; levelEn: string } {
  return period.to < TWO_TIER_FROM ? { level: 'huyện', levelEn: 'district' } : { level: 'tỉnh', levelEn: 'province' };
}
const TWO_TIER_FROM = '2025-07-01';

function writeConsolidatedForm(sheet: Sheet, inputs: ExportInputs, lang: Lang): void {
  const { plan, figures, unitData } = inputs;
  const unitsById = new Map(plan.units.map((u) => [u.id, u]));
  const sections = consolidate(plan, figures.units.map((u) => ({ unitId: u.unitId, kind: unitsById.get(u.unitId)!.kind, data: unitData.get(u.unitId) ?? null })));
  writeHeader(sheet, inputs, lang, 'formNumber', 'title', reportingBody(inputs));

  let row = FIRST_DATA_ROW;
  const totalRow = row++;
  const subtotalRows: number[] = [];
  const sectionTotals: Counts[] = [];
  sections.forEach((section, i) => {
    const subtotalRow = row++;
    const first = row;
    section.fields.forEach((f, j) => writeCounts(sheet, row++, j + 1, f.name, f.counts));
    const label = `${say(section.level === 'agency' ? 'agencyLevel' : 'communeLevel', lang, agencyLevelOf(inputs.period))} (${say('levelReported', lang, { reported: section.reported, units: section.units })})`;
    const totals = sumCounts(section.fields.map((f) => f.counts));
    writeSums(sheet, subtotalRow, ROMAN[i]!, label, totals, (col) => `SUM(${col}${first}:${col}${row - 1})`);
    subtotalRows.push(subtotalRow);
    sectionTotals.push(totals);
  });
  const grand = sumCounts(sectionTotals);
  // The total adds the levels' subtotals, never the field rows twice.
  writeSums(sheet, totalRow, '', say('grandTotal', lang), grand, (col) => (subtotalRows.length ? `SUM(${subtotalRows.map((r) => `${col}${r}`).join(',')})` : null));

  row++;
  const c = figures.completeness;
  if (c.submitted === 0) note(sheet, row++, say('noReports', lang), true);
  const missingNames = c.missing.slice(0, 20).map((id) => unitsById.get(id)?.name ?? id).join(', ') + (c.missing.length > 20 ? ', …' : '');
  note(sheet, row++, say('completeness', lang, { expected: c.expected, submitted: c.submitted, onTime: c.onTime, late: c.late, missing: c.missing.length ? `${c.missing.length} (${missingNames})` : '0' }));
  note(sheet, row++, say('footnote', lang));
  writeSignatures(sheet, row + 1, figures.computedAt, plan.timezone, lang);
}

/** Title block and the numbered column headers, rows 1–8; every sheet of the form starts so. */
function writeHeader(sheet: Sheet, inputs: ExportInputs, lang: Lang, formNumber: FormWord, title: FormWord, body: string): void {
  const { period } = inputs;
  sheet.columns = [{ width: 6 }, { width: 34 }, ...VALUE_COLUMNS.map(() => ({ width: 10.5 }))];
  const due = vnDate(period.deadline.slice(0, 10));
  text(sheet, 'A1:C1', say(formNumber, lang), BOLD);
  text(sheet, 'A2:C2', say('issuedWith', lang), { ...FONT, italic: true });
  text(sheet, 'A3:C3', say('receivedBy', lang, { date: due }), FONT);
  text(sheet, 'D1:J1', say(title, lang), { ...BOLD, size: 12 }, CENTER);
  text(sheet, 'D2:J2', say('periodLine', lang, { period: periodLabel(period.id, 'vi') }), BOLD, CENTER);
  text(sheet, 'D3:J3', say('window', lang, { from: vnDate(period.from), to: vnDate(period.to) }), { ...FONT, italic: true }, CENTER);
  text(sheet, 'K1:M1', say('reportingBody', lang, { name: body }), FONT, WRAP);
  text(sheet, 'K2:M3', say('receivingBody', lang), FONT, WRAP);
  text(sheet, 'K4:M4', say('unitOfCount', lang), { ...FONT, italic: true }, { horizontal: 'right' });
  sheet.getRow(1).height = 30;

  const r = HEADER_FIRST_ROW;
  const heads: [string, FormWord][] = [
    [`A${r}:A${r + 2}`, 'no'], [`B${r}:B${r + 2}`, 'field'], [`C${r}:F${r}`, 'received'], [`G${r}:M${r}`, 'resultGroup'],
    [`C${r + 1}:C${r + 2}`, 'total'], [`D${r + 1}:E${r + 1}`, 'inPeriod'], [`F${r + 1}:F${r + 2}`, 'carriedOver'],
    [`G${r + 1}:J${r + 1}`, 'resolved'], [`K${r + 1}:M${r + 1}`, 'pending'],
    [`D${r + 2}`, 'online'], [`E${r + 2}`, 'direct'], [`G${r + 2}`, 'total'], [`H${r + 2}`, 'early'], [`I${r + 2}`, 'onTime'],
    [`J${r + 2}`, 'late'], [`K${r + 2}`, 'total'], [`L${r + 2}`, 'pendingOnTime'], [`M${r + 2}`, 'pendingOverdue'],
  ];
  for (const [range, word] of heads) boxed(sheet, range, say(word, lang));
  ['A', 'B', ...VALUE_COLUMNS].forEach((col, i) => boxed(sheet, `${col}${r + 3}`, `(${i + 1})`));
  sheet.getRow(r + 2).height = 45;
  printOnA4(sheet, `${r}:${r + 3}`);
}

/** A field row: its eight counts as numbers, the three totals as the form's formulas. */
function writeCounts(sheet: Sheet, row: number, no: number | string, label: string, counts: Counts): void {
  writeSums(sheet, row, no, label, counts, () => null, false);
}

/**
 * A row whose counts are `formulaOf(column)` (with the value as its cached result) or, when that
 * is null, plain numbers; its totals (3), (7), (11) are always the form's formulas.
 */
function writeSums(sheet: Sheet, row: number, no: number | string, label: string, counts: Counts, formulaOf: (col: string) => string | null, bold = true): void {
  const font = bold ? BOLD : FONT;
  cell(sheet, `A${row}`, no, font, CENTER);
  cell(sheet, `B${row}`, label, font, WRAP);
  // Spreadsheets do not grow a row to fit wrapped text they did not lay out themselves.
  if (label.length > 36) sheet.getRow(row).height = 15 * Math.ceil(label.length / 36);
  for (const [key, col] of Object.entries(COLUMN_OF) as [DossierCount, string][]) {
    const formula = formulaOf(col);
    cell(sheet, `${col}${row}`, formula === null ? counts[key] : { formula, result: counts[key] }, font);
  }
  for (const t of TOTALS) {
    const cols = t.of.map((k) => COLUMN_OF[k]);
    const result = t.of.reduce((s, k) => s + counts[k], 0);
    cell(sheet, `${t.column}${row}`, { formula: `SUM(${cols[0]}${row}:${cols[cols.length - 1]}${row})`, result }, font);
  }
}

function sumCounts(list: readonly Counts[]): Counts {
  const total = Object.fromEntries(Object.keys(COLUMN_OF).map((k) => [k, 0])) as Counts;
  for (const counts of list) for (const k of Object.keys(total) as DossierCount[]) total[k] += counts[k];
  return total;
}

function writeSignatures(sheet: Sheet, row: number, computedAt: string, timezone: string, lang: Lang): void {
  const [year, month, day] = localDate(new Date(computedAt), timezone).split('-');
  text(sheet, `J${row}:M${row}`, say('placeDate', lang, { day: day!, month: month!, year: year! }), { ...FONT, italic: true }, CENTER);
  text(sheet, `A${row + 1}:D${row + 1}`, say('preparer', lang), BOLD, CENTER);
  text(sheet, `A${row + 2}:D${row + 2}`, say('signHint', lang), { ...FONT, italic: true }, CENTER);
  text(sheet, `J${row + 1}:M${row + 1}`, say('head', lang), BOLD, CENTER);
  text(sheet, `J${row + 2}:M${row + 2}`, say('signSealHint', lang), { ...FONT, italic: true }, CENTER);
}

/** Each unit's form 06a: a sheet each for a plan of a district's size, one long sheet for a province's. */
function writeUnits(book: ExcelJS.Workbook, inputs: ExportInputs, lang: Lang): void {
  const { plan, figures } = inputs;
  const names = new Map(plan.units.map((u) => [u.id, u.name]));
  if (figures.units.length <= UNIT_SHEETS_MAX) {
    const taken = new Set<string>();
    figures.units.forEach(({ unitId }, i) => {
      const sheet = book.addWorksheet(sheetName(`${i + 1} ${names.get(unitId) ?? unitId}`, taken));
      writeHeader(sheet, inputs, lang, 'formNumberUnit', 'titleUnit', names.get(unitId) ?? unitId);
      writeUnitBlock(sheet, FIRST_DATA_ROW, inputs, unitId, say('grandTotal', lang), lang);
    });
    return;
  }
  const sheet = book.addWorksheet(say('sheetUnits', lang));
  writeHeader(sheet, inputs, lang, 'formNumberUnit', 'titleUnit', reportingBody(inputs));
  figures.units.forEach(({ unitId }, i) => {
    const data = inputs.unitData.get(unitId) ?? null;
    const name = names.get(unitId) ?? unitId;
    const totals = sumCounts(data === null ? [] : unitRows(plan, data).map((f) => f.counts));
    writeCounts(sheet, FIRST_DATA_ROW + i, i + 1, data === null ? `${name}: ${say('unitNoReport', lang)}` : name, totals);
  });
}

/** One unit's total row (the sum of its field rows), then its field rows; answers the next free row. */
function writeUnitBlock(sheet: Sheet, row: number, { plan, unitData }: ExportInputs, unitId: string, label: string, lang: Lang): number {
  const data = unitData.get(unitId) ?? null;
  const rows: FieldRow[] = data === null ? [] : unitRows(plan, data);
  const totalRow = row++;
  const first = row;
  rows.forEach((f, j) => writeCounts(sheet, row++, j + 1, f.name, f.counts));
  const totals = sumCounts(rows.map((f) => f.counts));
  writeSums(sheet, totalRow, '', label, totals, (col) => (rows.length ? `SUM(${col}${first}:${col}${row - 1})` : null));
  if (rows.length === 0) note(sheet, row++, say(data === null ? 'unitNoReport' : 'unitNoRows', lang));
  return row;
}

/** Excel's rules: at most 31 characters, none of []:*?/\, unique without regard to case. */
function sheetName(wanted: string, taken: Set<string>): string {
  const base = wanted.replace(/[[\]:*?/\\]/g, ' ').replace(/^'+|'+$/g, '').slice(0, 31).trim();
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base.slice(0, 31 - String(n).length - 1)}~${n}`;
  taken.add(name.toLowerCase());
  return name;
}

function writeKpis(sheet: Sheet, inputs: ExportInputs, lang: Lang): void {
  const { figures, period, plan } = inputs;
  sheet.columns = [{ width: 6 }, { width: 44 }, { width: 12 }, { width: 12 }, { width: 11 }, { width: 11 }, { width: 18 }, { width: 12 }];
  text(sheet, 'A1:H1', say('kpiTitle', lang), { ...BOLD, size: 12 }, CENTER);
  text(sheet, 'A2:H2', `${reportingBody(inputs)} · ${say('periodLine', lang, { period: periodLabel(period.id, 'vi') })} ${say('window', lang, { from: vnDate(period.from), to: vnDate(period.to) })}`, FONT, CENTER);
  const heads: FormWord[] = ['no', 'kpi', 'numerator', 'denominator', 'value', 'target', 'status', 'previous'];
  heads.forEach((w, i) => boxed(sheet, `${COLUMNS[i]}4`, say(w, lang)));
  sheet.getRow(4).height = 30;
  let row = 5;
  figures.district.kpis.forEach((k, i) => {
    const label = lang === 'vi' ? KPI_LABELS[k.id].vi : `${KPI_LABELS[k.id].vi} (${KPI_LABELS[k.id].en})`;
    const status = lang === 'vi' ? STATUS_LABELS[k.status].vi : `${STATUS_LABELS[k.status].vi} (${STATUS_LABELS[k.status].en})`;
    const values: (string | number | null)[] = [i + 1, label, k.numerator, k.denominator, k.value, k.target, status, k.previous];
    values.forEach((v, j) => cell(sheet, `${COLUMNS[j]}${row}`, v, FONT, j === 0 ? CENTER : j === 1 || j === 6 ? WRAP : MIDDLE, j >= 4 && j !== 6 ? '0.0%' : COUNT_FORMAT));
    row++;
  });

  row++;
  text(sheet, `A${row}:H${row}`, say('unitsTitle', lang), BOLD, CENTER);
  row++;
  const unitHeads: FormWord[] = ['rank', 'unit', 'score', 'reported', 'onTimeReport'];
  unitHeads.forEach((w, i) => boxed(sheet, `${COLUMNS[i]}${row}`, say(w, lang)));
  row++;
  const names = new Map(plan.units.map((u) => [u.id, u.name]));
  const yesNo = (b: boolean | null) => (b === null ? '' : say(b ? 'yes' : 'no_', lang));
  for (const u of figures.units) {
    const values: (string | number | null)[] = [u.rank, names.get(u.unitId) ?? u.name, u.score, yesNo(u.submitted), yesNo(u.submitted ? u.onTime : null)];
    values.forEach((v, j) => cell(sheet, `${COLUMNS[j]}${row}`, v, FONT, j === 0 ? CENTER : MIDDLE, j === 2 ? '0.0' : COUNT_FORMAT));
    row++;
  }
  printOnA4(sheet, '4:4');
  sheet.pageSetup.orientation = 'portrait';
}

const COLUMNS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'] as const;
const ROMAN = ['I', 'II', 'III', 'IV'] as const;

function printOnA4(sheet: Sheet, titleRows: string): void {
  Object.assign(sheet.pageSetup, {
    paperSize: 9, // A4
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    printTitlesRow: titleRows,
  });
  sheet.headerFooter.oddFooter = '&C&P/&N';
}

type CellValue = string | number | null | { formula: string; result: number };

function cell(sheet: Sheet, address: string, value: CellValue, font: Partial<ExcelJS.Font>, alignment: Partial<ExcelJS.Alignment> = MIDDLE, numFmt = COUNT_FORMAT): void {
  const c = sheet.getCell(address);
  c.value = value;
  c.style = tableStyle(font, alignment, typeof value === 'string' ? undefined : numFmt);
}

const tableStyles = new Map<object, Map<object, Map<string | undefined, Partial<ExcelJS.Style>>>>();

/**
 * One style object per look, shared by every cell that has it: exceljs writes a style it has
 * seen (the same object) without serializing it again, which is most of the time of a big sheet.
 * Shared, so never changed through a cell (no `cell.font = …` after this).
 */
function tableStyle(font: Partial<ExcelJS.Font>, alignment: Partial<ExcelJS.Alignment>, numFmt: string | undefined): Partial<ExcelJS.Style> {
  let byAlignment = tableStyles.get(font);
  if (!byAlignment) tableStyles.set(font, (byAlignment = new Map()));
  let byFormat = byAlignment.get(alignment);
  if (!byFormat) byAlignment.set(alignment, (byFormat = new Map()));
  let style = byFormat.get(numFmt);
  if (!style) byFormat.set(numFmt, (style = { font, border: BOX, alignment, ...(numFmt ? { numFmt } : {}) }));
  return style;
}

/** A header cell of the table: boxed, bold, centred, wrapped. */
function boxed(sheet: Sheet, range: string, value: string): void {
  if (range.includes(':')) sheet.mergeCells(range);
  const c = sheet.getCell(range.split(':')[0]!);
  c.value = value;
  c.font = BOLD;
  c.alignment = CENTER;
  c.border = BOX;
  // A merged range shows the border of each of its cells.
  if (range.includes(':')) forEachCell(sheet, range, (m) => (m.border = BOX));
}

/** Text outside the table: merged across `range`, no border. */
function text(sheet: Sheet, range: string, value: string, font: Partial<ExcelJS.Font>, alignment: Partial<ExcelJS.Alignment> = { vertical: 'middle' }): void {
  if (range.includes(':')) sheet.mergeCells(range);
  const c = sheet.getCell(range.split(':')[0]!);
  c.value = value;
  c.font = font;
  c.alignment = alignment;
}

/** A sentence under the table, across its width. */
function note(sheet: Sheet, row: number, value: string, bold = false): void {
  text(sheet, `A${row}:M${row}`, value, bold ? BOLD : { ...FONT, italic: true }, WRAP);
  sheet.getRow(row).height = Math.max(15, Math.ceil(value.length / 150) * 15);
}

function forEachCell(sheet: Sheet, range: string, visit: (c: ExcelJS.Cell) => void): void {
  const [from, to] = range.split(':') as [string, string];
  const a = sheet.getCell(from);
  const b = sheet.getCell(to);
  for (let r = Number(a.row); r <= Number(b.row); r++) for (let col = Number(a.col); col <= Number(b.col); col++) visit(sheet.getCell(r, col));
}
