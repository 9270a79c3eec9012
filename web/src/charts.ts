/**
 * Draws the scorecard's own Chart.js configs (plain JSON from the API). Only the chart types and
 * parts those configs use are registered, so the bundle leaves the rest of Chart.js out. Only
 * presentation changes, on a copy: the title moves to the figure caption (HTML wraps on a phone,
 * a canvas does not), the box sets the height, numbers follow the reader's language, and motion
 * stops for readers who ask for less of it.
 */
import {
  ArcElement, BarController, BarElement, CategoryScale, Chart, DoughnutController, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip,
  type ChartConfiguration,
} from 'chart.js';
import { wrapLabel } from '../../shared/charts/wrap-label.js';
import type { ChartSpec } from '../../shared/engine/scorecard-model.js';
import { LOCALE_TAGS } from '../../shared/words/format.js';
import type { Lang } from '../../shared/words/messages.js';

Chart.register(BarController, BarElement, LineController, LineElement, PointElement, DoughnutController, ArcElement, CategoryScale, LinearScale, Legend, Tooltip);

const drawn = new Map<string, Chart>(); // canvas id → chart

/** Room per bar of a horizontal bar chart, so every label stays readable however many units. */
const MIN_BAR_HEIGHT = 22;
const LABEL_LINE_HEIGHT = 15;
const AXES_HEIGHT = 70;

interface PlainOptions {
  indexAxis?: 'x' | 'y';
  plugins?: { title?: object };
  scales?: Record<string, { ticks?: object }>;
}

export function drawChart(canvas: HTMLCanvasElement, spec: ChartSpec, lang: Lang, wrapLabelsAt?: number): void {
  drawn.get(canvas.id)?.destroy();
  const config = structuredClone(spec.config);
  const options = config.options as PlainOptions;
  const horizontal = options.indexAxis === 'y';
  const labels: unknown[] = wrapLabelsAt ? config.data.labels.map((label) => wrapLabel(label, wrapLabelsAt)) : config.data.labels;
  const scales = { ...options.scales };
  if (config.type !== 'doughnut') {
    // Every unit or KPI keeps its label: the boxes are sized for them, a skipped name is a lost row.
    const axis = horizontal ? 'y' : 'x';
    scales[axis] = { ...scales[axis], ticks: { ...scales[axis]?.ticks, autoSkip: false } };
  }
  if (horizontal) {
    // Each bar as tall as its longest wrapped label.
    const lines = Math.max(1, ...labels.map((label) => (Array.isArray(label) ? label.length : 1)));
    const barHeight = Math.max(MIN_BAR_HEIGHT, lines * LABEL_LINE_HEIGHT + 8);
    canvas.parentElement!.style.height = `${labels.length * barHeight + AXES_HEIGHT}px`;
  }
  const chartOptions = {
    ...options,
    ...(config.type === 'doughnut' ? {} : { scales }),
    locale: LOCALE_TAGS[lang],
    maintainAspectRatio: false,
    ...(prefersReducedMotion() ? { animation: false } : {}),
    plugins: { ...options.plugins, title: { ...options.plugins?.title, display: false } },
  };
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', spec.title);
  const chartConfig = { type: config.type, data: { ...config.data, labels }, options: chartOptions } as unknown as ChartConfiguration;
  drawn.set(canvas.id, new Chart(canvas, chartConfig));
}

/** Old charts hold canvases and listeners: destroy them before drawing another scorecard. */
export function destroyCharts(): void {
  for (const chart of drawn.values()) chart.destroy();
  drawn.clear();
}

function prefersReducedMotion(): boolean {
  return globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}
