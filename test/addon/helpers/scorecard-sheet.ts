/** Reading the leadership sheet back from the fake, as a person would see it. */
import { STATUS_COLORS, scoreStatus } from '../../../shared/charts/chart-style.js';
import { RATIO_KPI_IDS, UNIT_COUNT_KPI_IDS } from '../../../shared/kpis.js';
import type { KpiResult, KpiStatus, Scorecard } from '../../../shared/engine/scorecard-model.js';
import type { AddonSession } from './addon.js';

export const SHEET = 'Bảng điểm KPI';
/** Columns D… hold the KPIs in the catalog's order: 13 ratio KPIs, then the 4 unit-count ones. */
export const KPI_COLUMNS = [...RATIO_KPI_IDS, ...UNIT_COUNT_KPI_IDS];
export const WHITE = '#ffffff';

export function sheetOf(session: AddonSession) {
  return session.fake.read(() => session.fake.spreadsheet.getSheetByName(SHEET));
}

export function values(session: AddonSession, a1: string): unknown[][] {
  return session.fake.read(() => sheetOf(session)!.getRange(a1).getValues());
}

/** Rendered backgrounds (conditional formatting applied) of a row, columns A–T. */
export function rowColors(session: AddonSession, row: number): string[] {
  return session.fake.renderedFormats(sheetOf(session)!.getRange(`A${row}:T${row}`))[0]!.map((f) => f.background);
}

/** The district row's own shade, under its traffic lights. */
export const DISTRICT_SHADE = '#e3f2fd';

/**
 * What the API's statuses say each cell of the row should look like; info and no-data have no
 * light, so such cells keep the row's own background.
 */
export function expectedColors(kpis: readonly KpiResult[], score: number | null, base = WHITE): string[] {
  const byId = new Map(kpis.map((k) => [k.id, k.status]));
  const color = (status: KpiStatus | undefined) => (status === 'met' || status === 'near' || status === 'below' ? STATUS_COLORS[status] : base);
  return [base, base, score === null ? base : color(scoreStatus(score)), ...KPI_COLUMNS.map((id) => color(byId.get(id)))];
}

export interface ChartSeen {
  id: string;
  type: string | null;
  title: unknown;
  data: unknown[][];
}

export function chartsOf(session: AddonSession): ChartSeen[] {
  return session.fake.read(() =>
    sheetOf(session)!.getCharts().map((chart) => ({
      id: String(chart.getChartId()),
      type: chart.spec.type,
      title: chart.getOptions().get('title'),
      data: chart.getRanges()[0]!.getValues(),
    })),
  );
}

/** The API's chart as the rows of a data block: header of series names, then label + values. */
export function apiChartRows(card: Scorecard, id: string): unknown[][] {
  const { labels, datasets } = card.charts.find((c) => c.id === id)!.config.data;
  return [['', ...datasets.map((d) => d.label)], ...labels.map((label, i) => [label, ...datasets.map((d) => d.data[i] ?? '')])];
}
