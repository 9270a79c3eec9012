/// <reference types="google-apps-script" />
/**
 * Check: one batched read of the period's inputs (the hidden mirror), the shared validator, and
 * the problems marked on their cells. Submit runs the same check first.
 */
import type { ReportData } from '../../shared/report/schema.js';
import { validateReport } from '../../shared/report/rules.js';
import { reportingUnit, requireQuarter, type AddonContext } from './context.js';
import { AddonError } from './errors.js';
import { markProblems } from './highlights.js';
import { showProblems, type ShownProblem } from './problem-text.js';
import { readReport, type CellAddress } from './read-report.js';
import { planForValidation } from './settings.js';
import { templateKey, templateLayout, type TemplateLayout, type TemplateRecord } from './template/layout.js';
import { sheetRef } from './template/sheet-grid.js';

export interface CheckResult {
  period: string;
  ok: boolean;
  problems: ShownProblem[];
  /** How many input cells hold something. */
  filled: number;
}

export interface CheckedReport {
  result: CheckResult;
  /** The report, when it passed. */
  data: ReportData | null;
  cells: Map<string, CellAddress>;
  layout: TemplateLayout;
}

/** The period's layout as inserted, and what its inputs hold now. */
function readTemplate(ctx: AddonContext, spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, period: string) {
  const unit = reportingUnit(ctx);
  requireQuarter(ctx, period);
  const record = ctx.state.json<TemplateRecord>(templateKey(period));
  // A template made for another unit (the settings changed since) is as good as none.
  if (!record || record.unitId !== unit.id) throw AddonError.of('no_template', ctx.lang, { period });
  const layout = templateLayout(ctx.plan, unit, record);
  let rows: unknown[][];
  try {
    rows = spreadsheet.getRange(sheetRef(layout.mirror.name, layout.mirror.a1)).getValues();
  } catch {
    throw AddonError.of('template_changed', ctx.lang, { period, sheet: layout.mirror.name });
  }
  const read = readReport(rows, layout);
  if (!read.ok) throw AddonError.of('template_changed', ctx.lang, { period, sheet: read.sheet });
  return { unit, layout, read };
}

export function checkTemplate(ctx: AddonContext, spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, period: string): CheckedReport {
  const { unit, layout, read } = readTemplate(ctx, spreadsheet, period);
  const checked = validateReport(read.data, planForValidation(ctx.plan, unit), unit);
  const problems = checked.ok ? [] : showProblems(checked.problems, ctx.lang, read.cells);
  markProblems(spreadsheet, layout, problems, ctx.state);
  return {
    result: { period, ok: checked.ok, problems, filled: read.filled },
    data: checked.ok ? checked.value : null,
    cells: read.cells,
    layout,
  };
}
