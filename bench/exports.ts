/**
 * Exports benchmark: the form 06 workbook of a 3,321-unit plan (BENCH_UNITS changes it), 16
 * fields, every unit reporting, against the floor of writing the very same cells with exceljs
 * alone (no styles, merges or print setup): `ratioVsLibrary` = our time ÷ the floor, goal ≤ 1.5.
 * The report draft (.docx) of the same figures is timed and sized beside it (`reportDocx`).
 * The inputs are built in memory as the exports use case builds them (the store's part is the
 * aggregate bench's), so this measures the workbook alone. Sizes are the file and the response
 * body (base64) against Lambda's 6 MB response limit.
 */
import ExcelJS from 'exceljs';
import { periodInfo } from '../shared/calendar.js';
import { evaluatePeriod, indexReports } from '../shared/engine/period-evaluation.js';
import { computeScorecard } from '../shared/engine/scorecard.js';
import { form06Workbook } from '../functions/exports/form-06/workbook.js';
import { buildReportDocx } from '../functions/exports/report-docx/build-report-docx.js';
import type { ExportInputs } from '../functions/use-cases/exports.js';
import { benchPlan, benchReports } from './fixtures.js';
import { round, timeMedianAsync } from './timing.js';

const UNITS = Number(process.env.BENCH_UNITS ?? 3321);
const QUARTER = '2024-Q2';
/** Lambda's limit on a response, which API Gateway passes on; the body is base64 of the file. */
const LAMBDA_RESPONSE_BYTES = 6 * 1024 * 1024;

type Cells = { name: string; cells: { address: string; value: ExcelJS.CellValue }[] }[];

export async function benchExports(): Promise<Record<string, unknown>> {
  const inputs = exportInputsOf(UNITS);
  const bytes = await form06Workbook(inputs, 'vi');
  const cells = await cellsOf(bytes);
  const cellCount = cells.reduce((n, s) => n + s.cells.length, 0);

  const ours = await timeMedianAsync(() => form06Workbook(inputs, 'vi'), { warmup: 2, runs: 7 });
  const library = await timeMedianAsync(() => libraryAlone(cells), { warmup: 2, runs: 7 });
  const base64Bytes = Math.ceil(bytes.length / 3) * 4;
  const draftInput = {
    plan: inputs.plan, period: inputs.period, figures: inputs.figures, scopeName: null, lastYear: null,
    unitTasks: [...inputs.unitData.values()].flatMap((d) => (d ? [d.tasks] : [])), now: new Date('2024-06-20T02:00:00Z'), lang: 'vi' as const,
  };
  const draft = await buildReportDocx(draftInput);
  const draftTime = await timeMedianAsync(() => buildReportDocx(draftInput), { warmup: 2, runs: 7 });
  const result = {
    units: UNITS,
    sheets: cells.length,
    cells: cellCount,
    exportMs: ours.medianMs,
    libraryAloneMs: library.medianMs,
    ratioVsLibrary: round(ours.medianMs / library.medianMs),
    fileBytes: bytes.length,
    responseBytes: base64Bytes,
    responseShareOfLimit: round(base64Bytes / LAMBDA_RESPONSE_BYTES),
    reportDocx: { ms: draftTime.medianMs, fileBytes: draft.length, responseBytes: Math.ceil(draft.length / 3) * 4 },
  };
  console.log('\nExports: the form 06 workbook');
  console.table(result);
  return result;
}

function exportInputsOf(units: number): ExportInputs {
  const plan = benchPlan(units);
  const period = periodInfo(QUARTER, plan.timezone)!;
  const reports = [...benchReports(plan, '2024-Q1'), ...benchReports(plan, QUARTER)];
  const figures = computeScorecard({ plan, period: QUARTER, reports, computedAt: '2024-06-18T02:00:00Z' });
  const byUnit = evaluatePeriod(plan, QUARTER, indexReports(reports)).byUnit;
  const unitData = new Map(figures.units.map((u) => [u.unitId, byUnit.get(u.unitId)?.data ?? null]));
  return { plan, period, scope: { kind: 'plan' }, figures, unitData };
}

/** Every cell of the workbook as written: its sheet, address and value (formulas with their results). */
async function cellsOf(bytes: Uint8Array): Promise<Cells> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(bytes) as never);
  return book.worksheets.map((sheet) => {
    const cells: Cells[number]['cells'] = [];
    // A merged range's other cells repeat its first cell's value: written once.
    sheet.eachRow((row) => row.eachCell((c) => (c.master === c ? cells.push({ address: c.address, value: c.value }) : 0)));
    return { name: sheet.name, cells };
  });
}

async function libraryAlone(cells: Cells): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  for (const { name, cells: list } of cells) {
    const sheet = book.addWorksheet(name);
    for (const { address, value } of list) sheet.getCell(address).value = value;
  }
  return new Uint8Array(await book.xlsx.writeBuffer());
}
