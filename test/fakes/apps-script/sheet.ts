/** The fake `Sheet`: ranges, clearing, conditional format rules, charts and protection. */
import { parseA1, type GridBox } from './a1.js';
import { EmbeddedChart, EmbeddedChartBuilder, copyChartSpec } from './charts.js';
import type { ConditionalFormatRule } from './conditional-format.js';
import { refuseProtectedCells } from './protection-rules.js';
import { Protection } from './protection.js';
import { RangeList } from './range-list.js';
import { createRange, type Range } from './range.js';
import { SheetLayout } from './sheet-layout.js';

export class Sheet extends SheetLayout {
  private conditionalFormatRules: ConditionalFormatRule[] = [];
  private charts: EmbeddedChart[] = [];

  activate(): this {
    this.spreadsheet.setActiveSheet(this);
    return this;
  }

  getRange(rowOrA1: number | string, column?: number, numRows = 1, numColumns = 1): Range {
    if (typeof rowOrA1 === 'string') return createRange(this.env, this, this.boxOf(rowOrA1));
    return createRange(this.env, this, { row: rowOrA1, column: column ?? 0, numRows, numColumns });
  }

  getRangeList(a1Notations: string[]): RangeList {
    return new RangeList(this.env, a1Notations.map((a1) => this.getRange(a1)));
  }

  /** From A1 to the last row and column with content (A1 alone on an empty sheet). */
  getDataRange(): Range {
    return this.getRange(1, 1, Math.max(1, this.grid.lastRow()), Math.max(1, this.grid.lastColumn()));
  }

  /** Contents and formats; notes, validations and rules stay, as with `Range.clear()`. */
  clear(options: { contentsOnly?: boolean; formatOnly?: boolean } = {}): this {
    const everything = !options.contentsOnly && !options.formatOnly;
    refuseProtectedCells(this.env, this, this.wholeSheet());
    this.grid.clear(this.wholeSheet(), { contents: everything || options.contentsOnly, formats: everything || options.formatOnly });
    return this;
  }

  clearContents(): this { return this.clear({ contentsOnly: true }); }
  clearFormats(): this { return this.clear({ formatOnly: true }); }

  clearNotes(): this {
    refuseProtectedCells(this.env, this, this.wholeSheet());
    this.grid.clear(this.wholeSheet(), { notes: true });
    return this;
  }

  getConditionalFormatRules(): ConditionalFormatRule[] { return [...this.conditionalFormatRules]; }
  setConditionalFormatRules(rules: ConditionalFormatRule[]): void {
    this.refuseIfProtected();
    this.conditionalFormatRules = [...rules];
  }

  clearConditionalFormatRules(): void { this.setConditionalFormatRules([]); }

  /** The sheet's protection; calling it again returns the existing one. */
  protect(): Protection {
    const existing = this.getProtections('SHEET')[0];
    return existing ?? new Protection(this.env, this, 'SHEET', createRange(this.env, this, this.wholeSheet()));
  }

  getProtections(type: 'RANGE' | 'SHEET'): Protection[] {
    return this.spreadsheet.protections.filter((p) => p.sheet === this && p.type === type);
  }

  newChart(): EmbeddedChartBuilder { return new EmbeddedChartBuilder(this.env); }
  getCharts(): EmbeddedChart[] { return [...this.charts]; }

  /** Stores the chart with a new id; the object passed in keeps `getChartId()` null. */
  insertChart(chart: EmbeddedChart): void {
    this.refuseIfProtected();
    this.charts.push(new EmbeddedChart(this.env, { ...copyChartSpec(chart.spec), chartId: this.env.newId() }));
  }

  /** Replaces the chart with the same id, as `chart.modify()…build()` keeps it. */
  updateChart(chart: EmbeddedChart): void {
    this.refuseIfProtected();
    this.charts[this.chartIndex(chart)] = new EmbeddedChart(this.env, copyChartSpec(chart.spec));
  }

  removeChart(chart: EmbeddedChart): void {
    this.refuseIfProtected();
    this.charts.splice(this.chartIndex(chart), 1);
  }

  private chartIndex(chart: EmbeddedChart): number {
    const index = this.charts.findIndex((stored) => stored.spec.chartId !== null && stored.spec.chartId === chart.spec.chartId);
    if (index < 0) throw this.env.exception('The chart was not found on this sheet.');
    return index;
  }

  private wholeSheet(): GridBox {
    return { row: 1, column: 1, numRows: this.grid.maxRows, numColumns: this.grid.maxColumns };
  }

  private boxOf(a1: string): GridBox {
    const size = { rows: this.grid.maxRows, columns: this.grid.maxColumns };
    const parsed = parseA1(a1, () => size);
    if (!parsed || (parsed.sheetName !== null && parsed.sheetName !== this.getName())) throw this.env.exception('Range not found');
    return parsed.box;
  }
}
