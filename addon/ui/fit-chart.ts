/**
 * Draws one of the API's Chart.js configurations in the sidebar, which is ~300 px wide in Sheets
 * and ~360 px on a phone. The config is drawn as the API made it; only presentation changes, on a
 * copy: names are wrapped to the pixels the axis has (full name in the tooltip when cut), each
 * row of a horizontal chart is as tall as the tallest name so no two names overlap, the box grows
 * with the rows so none is skipped, and numbers are written the way the page's language writes them.
 */
import Chart from 'chart.js/auto';
import { toFont } from 'chart.js/helpers';
import type { ChartConfiguration, TooltipItem } from 'chart.js';
import { LOCALE_TAGS } from '../../shared/words/format.js';
import type { Lang } from '../../shared/words/messages.js';
import type { ChartSpec } from '../../shared/engine/scorecard-model.js';
import { wrapLabel } from '../../shared/charts/wrap-label.js';

/** Two lines hold every unit and KPI name we know at 300 px; longer ones end in "…". */
const MAX_NAME_LINES = 2;
/** Room between two rows of a horizontal chart, so neighbouring names never touch. */
const ROW_GAP = 8;
/** Chart.js gives the category axis at most half the width, less its tick mark (8) and padding (3). */
const AXIS_SHARE = 0.5;
const TICK_ROOM = 14;
const LEGEND_BOX = 12;
const TITLE_MARGIN = 10;
/** A first guess for legend, title and value axis; corrected once Chart.js has laid them out. */
const FRAME_GUESS = 120;

/** The parts of a plain-JSON config this module adds to. */
interface PlainOptions {
  plugins?: { title?: object; legend?: object };
  scales?: { y?: { ticks?: object } };
}

const measurer = document.createElement('canvas').getContext('2d')!;

function measureWith(font: string): (text: string) => number {
  return (text) => {
    measurer.font = font;
    return measurer.measureText(text).width;
  };
}

export function fitChart(canvas: HTMLCanvasElement, spec: ChartSpec, lang: Lang): Chart {
  const config = JSON.parse(JSON.stringify(spec.config)) as ChartConfiguration;
  const box = canvas.parentElement!;
  const width = box.clientWidth;
  const horizontal = config.options?.indexAxis === 'y';
  const names = (config.data.labels ?? []).map(String);
  const tickFont = toFont(Chart.defaults.font);
  const labels = names.map((name) => wrapLabel(name, width * AXIS_SHARE - TICK_ROOM, { maxLines: MAX_NAME_LINES, measure: measureWith(tickFont.string) }));
  config.data.labels = labels;
  const titleFont = toFont({ ...Chart.defaults.font, weight: 'bold' });
  const title = wrapLabel(spec.title, width - TITLE_MARGIN, { measure: measureWith(titleFont.string) }) as string | string[];
  const options = (config.options ?? {}) as PlainOptions;
  config.options = <ChartConfiguration['options']>{
    ...options,
    animation: false,
    maintainAspectRatio: false,
    locale: LOCALE_TAGS[lang],
    plugins: {
      ...options.plugins,
      title: { ...options.plugins?.title, text: title },
      // Small colour boxes: more legend entries per line leave the plot more of a small box.
      legend: { ...options.plugins?.legend, labels: { boxWidth: LEGEND_BOX } },
      // The whole name, whether or not its label was cut (a doughnut names its slice itself).
      ...(config.type === 'doughnut' ? {} : { tooltip: { callbacks: { title: (items: TooltipItem<'bar'>[]) => names[items[0]?.dataIndex ?? 0] } } }),
    },
  };
  if (!horizontal) return new Chart(canvas, config);
  const scales = options.scales ?? {};
  config.options!.scales = <object>{ ...scales, y: { ...scales.y, ticks: { ...scales.y?.ticks, autoSkip: false } } };
  const lines = Math.max(1, ...labels.map((label) => (Array.isArray(label) ? label.length : 1)));
  const rowsHeight = labels.length * (lines * tickFont.lineHeight + ROW_GAP);
  box.style.height = `${rowsHeight + FRAME_GUESS}px`;
  const chart = new Chart(canvas, config);
  // Legend, title and axis take what they take: give the rows exactly the height they need.
  const plotHeight = chart.chartArea.bottom - chart.chartArea.top;
  box.style.height = `${rowsHeight + FRAME_GUESS + Math.ceil(rowsHeight - plotHeight)}px`;
  chart.resize();
  return chart;
}
