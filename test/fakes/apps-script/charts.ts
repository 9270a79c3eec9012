/**
 * Embedded charts: `Sheet.newChart()` builders, the `EmbeddedChart`s they build, and the
 * `Charts` global's enums. One builder class serves every `asXxxChart()` view; the typed setters
 * (`setTitle`, `setXAxisTitle`, …) write the Google Charts option they stand for, so
 * `getOptions().get('title')` reads them back. A built chart has no id until `insertChart`.
 */
import { chartsEnums, type ChartTypeName } from './enums.js';
import type { FakeEnv } from './env.js';
import type { Range } from './range.js';

export interface ChartSpec {
  chartId: number | null;
  type: ChartTypeName | null;
  ranges: Range[];
  options: Map<string, unknown>;
  position: { anchorRow: number; anchorColumn: number; offsetX: number; offsetY: number };
  numHeaders: number;
  transpose: boolean;
  mergeStrategy: string;
  hiddenDimensionStrategy: string;
}

export function newChartSpec(): ChartSpec {
  return {
    chartId: null, type: null, ranges: [], options: new Map(),
    position: { anchorRow: 1, anchorColumn: 1, offsetX: 0, offsetY: 0 },
    numHeaders: -1, transpose: false, mergeStrategy: 'MERGE_COLUMNS', hiddenDimensionStrategy: 'IGNORE_BOTH',
  };
}

export const copyChartSpec = (spec: ChartSpec): ChartSpec => ({
  ...spec, ranges: [...spec.ranges], options: new Map(spec.options), position: { ...spec.position },
});

export class ChartOptions {
  constructor(private readonly options: ReadonlyMap<string, unknown>, env: FakeEnv) {
    return env.count(this, 'ChartOptions');
  }

  get(option: string): unknown {
    return this.options.get(option) ?? null;
  }
}

export class ContainerInfo {
  constructor(private readonly position: ChartSpec['position'], env: FakeEnv) {
    return env.count(this, 'ContainerInfo');
  }

  getAnchorRow(): number { return this.position.anchorRow; }
  getAnchorColumn(): number { return this.position.anchorColumn; }
  getOffsetX(): number { return this.position.offsetX; }
  getOffsetY(): number { return this.position.offsetY; }
}

export class EmbeddedChart {
  constructor(private readonly env: FakeEnv, readonly spec: Readonly<ChartSpec>) {
    return env.count(this, 'EmbeddedChart');
  }

  getChartId(): number | null { return this.spec.chartId; }
  getOptions(): ChartOptions { return new ChartOptions(this.spec.options, this.env); }
  getRanges(): Range[] { return [...this.spec.ranges]; }
  getContainerInfo(): ContainerInfo { return new ContainerInfo({ ...this.spec.position }, this.env); }
  getNumHeaders(): number { return this.spec.numHeaders; }
  getTransposeRowsAndColumns(): boolean { return this.spec.transpose; }
  getMergeStrategy(): string { return this.spec.mergeStrategy; }
  getHiddenDimensionStrategy(): string { return this.spec.hiddenDimensionStrategy; }
  modify(): EmbeddedChartBuilder { return new EmbeddedChartBuilder(this.env, copyChartSpec(this.spec)); }
}

export class EmbeddedChartBuilder {
  constructor(private readonly env: FakeEnv, private readonly spec: ChartSpec = newChartSpec()) {
    return env.count(this, 'EmbeddedChartBuilder');
  }

  build(): EmbeddedChart { return new EmbeddedChart(this.env, copyChartSpec(this.spec)); }
  getChartType(): ChartTypeName | null { return this.spec.type; }
  getRanges(): Range[] { return [...this.spec.ranges]; }
  getContainer(): ContainerInfo { return new ContainerInfo({ ...this.spec.position }, this.env); }

  setChartType(type: ChartTypeName): this { return this.change({ type }); }
  addRange(range: Range): this { return this.change({ ranges: [...this.spec.ranges, range] }); }
  removeRange(range: Range): this { return this.change({ ranges: this.spec.ranges.filter((r) => r.getA1Notation() !== range.getA1Notation()) }); }
  clearRanges(): this { return this.change({ ranges: [] }); }
  setNumHeaders(headers: number): this { return this.change({ numHeaders: headers }); }
  setTransposeRowsAndColumns(transpose: boolean): this { return this.change({ transpose }); }
  setMergeStrategy(mergeStrategy: string): this { return this.change({ mergeStrategy }); }
  setHiddenDimensionStrategy(strategy: string): this { return this.change({ hiddenDimensionStrategy: strategy }); }

  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): this {
    return this.change({ position: { anchorRow: anchorRowPos, anchorColumn: anchorColPos, offsetX, offsetY } });
  }

  setOption(option: string, value: unknown): this {
    this.spec.options.set(option, value);
    return this;
  }

  asAreaChart(): this { return this.setChartType('AREA'); }
  asBarChart(): this { return this.setChartType('BAR'); }
  asColumnChart(): this { return this.setChartType('COLUMN'); }
  asComboChart(): this { return this.setChartType('COMBO'); }
  asHistogramChart(): this { return this.setChartType('HISTOGRAM'); }
  asLineChart(): this { return this.setChartType('LINE'); }
  asPieChart(): this { return this.setChartType('PIE'); }
  asScatterChart(): this { return this.setChartType('SCATTER'); }
  asTableChart(): this { return this.setChartType('TABLE'); }

  setTitle(chartTitle: string): this { return this.setOption('title', chartTitle); }
  setXAxisTitle(title: string): this { return this.setOption('hAxis.title', title); }
  setYAxisTitle(title: string): this { return this.setOption('vAxis.title', title); }
  setColors(cssValues: string[]): this { return this.setOption('colors', [...cssValues]); }
  setBackgroundColor(cssValue: string): this { return this.setOption('backgroundColor', cssValue); }
  setLegendPosition(position: string): this { return this.setOption('legend.position', position); }
  setStacked(): this { return this.setOption('isStacked', true); }
  set3D(): this { return this.setOption('is3D', true); }

  /** The value axis' visible window, as `setRange(start, end)` sets it. */
  setRange(start: number, end: number): this {
    return this.setOption('vAxis.viewWindow.min', start).setOption('vAxis.viewWindow.max', end);
  }

  private change(update: Partial<ChartSpec>): this {
    Object.assign(this.spec, update);
    return this;
  }
}

/** The `Charts` global: only its enums are used with embedded charts. */
export function createCharts(env: FakeEnv): object {
  return env.count({ ...chartsEnums }, 'Charts');
}
