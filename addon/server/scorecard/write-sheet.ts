/// <reference types="google-apps-script" />
/**
 * Writes the leadership sheet for a period, in the scope the reader chose last (the whole plan or
 * one group, scope.ts), rewritten in place on every refresh: one range for
 * values, formats and notes (the 766 column's help text is its header's note), three
 * conditional-format rules for the traffic lights, and the five charts synced by native-charts.ts. The number of Apps Script calls does not depend on the number of
 * units (see docs/addon.md for the counts).
 */
import { STATUS_COLORS } from '../../../shared/charts/chart-style.js';
import { index766Help } from '../../../shared/engine/index766/words.js';
import type { Lang } from '../../../shared/words/messages.js';
import type { AddonContext } from '../context.js';
import { cellValues } from '../safe-text.js';
import { blank } from '../template/sheet-grid.js';
import { say } from '../words.js';
import { fetchScorecard } from './fetch.js';
import { syncCharts, type SavedCharts } from './native-charts.js';
import { scopedScorecard, storedScope } from './scope.js';
import { DISTRICT_ROW, HEADER_ROW, INDEX766_COLUMN, NEAR_ROW, scorecardSheetModel, TARGET_ROW } from './table.js';

const SCORECARD_SHEET = 'Bảng điểm KPI';
const CHARTS_KEY = 'scorecard-charts';
/** Sheets makes new sheets 1000 × 26. */
const NEW_SHEET = { rows: 1000, columns: 26 };
/** As shared/engine/kpi-values.ts: float noise must not turn a met target into a near one. */
const TOLERANCE = '1E-9';

export interface ScorecardSheetResult {
  sheet: string;
  period: string;
  units: number;
  charts: number;
  /** The group the sheet was written for; null for the whole plan. */
  group: string | null;
}

export function writeScorecardSheet(ctx: AddonContext, period: string): ScorecardSheetResult {
  const whole = fetchScorecard(ctx, period);
  const { card, group } = scopedScorecard(whole, storedScope(ctx), ctx.lang);
  const computedAt = Utilities.formatDate(new Date(card.computedAt), ctx.plan.timezone, 'dd/MM/yyyy HH:mm');
  const model = scorecardSheetModel(card, ctx.lang, ctx.plan.name, computedAt, { group, groups: whole.groups ?? [] });
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const found = spreadsheet.getSheetByName(SCORECARD_SHEET);
  const sheet = found ?? spreadsheet.insertSheet(SCORECARD_SHEET);
  if (found) sheet.clear();

  const rows = found ? sheet.getMaxRows() : NEW_SHEET.rows;
  if (model.rows > rows) sheet.insertRowsAfter(rows, model.rows - rows);
  if (model.columns > NEW_SHEET.columns) {
    const columns = found ? sheet.getMaxColumns() : NEW_SHEET.columns;
    if (model.columns > columns) sheet.insertColumnsAfter(columns, model.columns - columns);
  }

  const range = sheet.getRange(1, 1, model.rows, model.columns);
  range.setValues(cellValues(model.cells));
  range.setNumberFormats(model.numberFormats);
  range.setBackgrounds(model.backgrounds);
  range.setFontWeights(model.weights);
  const notes = blank(model.rows, model.columns, '');
  notes[HEADER_ROW - 1]![INDEX766_COLUMN - 1] = index766Help(ctx.lang);
  range.setNotes(notes);
  sheet.setConditionalFormatRules(trafficLights(range));

  const saved = (found && ctx.state.json<SavedCharts>(CHARTS_KEY)) || {};
  const next = syncCharts(sheet, model.charts, saved, !found);
  ctx.state.setJson(CHARTS_KEY, next);
  if (found) sheet.activate();
  else sheet.setFrozenRows(DISTRICT_ROW);
  return { sheet: SCORECARD_SHEET, period, units: card.units.length, charts: model.charts.length, group: group?.name ?? null };
}

/** What the reader is told once the sheet is written. */
export function writtenMessage(result: ScorecardSheetResult, lang: Lang): string {
  const { period, sheet, group } = result;
  return group === null ? say('scorecard_written', lang, { period, sheet }) : say('scorecard_written_group', lang, { period, sheet, group });
}

/**
 * Three rules over the whole written range, each cell compared with its column's targets row
 * and "near from" row. Rows without a mark in column A (headings, the targets themselves, chart
 * data) and columns without a target never light up.
 */
function trafficLights(range: GoogleAppsScript.Spreadsheet.Range): GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] {
  const cell = 'A1';
  const target = `A$${TARGET_ROW}`;
  const near = `A$${NEAR_ROW}`;
  const guard = `$A1<>"",ISNUMBER(${cell})`;
  const rule = (formula: string, background: string, font: string) =>
    SpreadsheetApp.newConditionalFormatRule().whenFormulaSatisfied(formula).setBackground(background).setFontColor(font).setRanges([range]).build();
  return [
    rule(`=AND(${guard},ISNUMBER(${target}),${cell}>=${target}-${TOLERANCE})`, STATUS_COLORS.met, '#ffffff'),
    rule(`=AND(${guard},ISNUMBER(${near}),${cell}<${target}-${TOLERANCE},${cell}>=${near}-${TOLERANCE})`, STATUS_COLORS.near, '#000000'),
    rule(`=AND(${guard},ISNUMBER(${near}),${cell}<${near}-${TOLERANCE})`, STATUS_COLORS.below, '#ffffff'),
  ];
}
