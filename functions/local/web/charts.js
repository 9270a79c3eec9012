/**
 * Draws the scorecard's own Chart.js configs (plain JSON from the API) with the Chart.js UMD
 * bundle. Only presentation is adjusted, on a clone: the title moves to the figure caption (HTML
 * wraps on a phone, a canvas does not), the box sets the height, and motion stops for readers
 * who ask for less of it.
 */
import { wrapLabel } from '/shared-style.js';

const drawn = new Map(); // canvas id → Chart

/** Room per bar of a horizontal bar chart, so every label stays readable however many units. */
const MIN_BAR_HEIGHT = 22;
const LABEL_LINE_HEIGHT = 15;
const AXES_HEIGHT = 70;

export function drawChart(canvas, spec, { wrapLabelsAt } = {}) {
  drawn.get(canvas.id)?.destroy();
  const config = structuredClone(spec.config);
  const options = config.options ?? {};
  const horizontal = options.indexAxis === 'y';
  config.options = {
    ...options,
    maintainAspectRatio: false,
    ...(prefersReducedMotion() ? { animation: false } : {}),
    plugins: { ...options.plugins, title: { ...options.plugins?.title, display: false } },
  };
  if (wrapLabelsAt) config.data.labels = config.data.labels.map((label) => wrapLabel(label, wrapLabelsAt));
  if (config.type !== 'doughnut') {
    // Every unit or KPI keeps its label: the boxes are sized for them, a skipped name is a lost row.
    const axis = horizontal ? 'y' : 'x';
    const scale = config.options.scales?.[axis] ?? {};
    config.options.scales = { ...config.options.scales, [axis]: { ...scale, ticks: { ...scale.ticks, autoSkip: false } } };
  }
  if (horizontal) {
    // Each bar as tall as its longest wrapped label.
    const lines = Math.max(1, ...config.data.labels.map((label) => (Array.isArray(label) ? label.length : 1)));
    const barHeight = Math.max(MIN_BAR_HEIGHT, lines * LABEL_LINE_HEIGHT + 8);
    canvas.parentElement.style.height = `${config.data.labels.length * barHeight + AXES_HEIGHT}px`;
  }
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', spec.title);
  drawn.set(canvas.id, new globalThis.Chart(canvas, config));
}

/** Old charts hold canvases and listeners: destroy them before drawing another scorecard. */
export function destroyCharts() {
  for (const chart of drawn.values()) chart.destroy();
  drawn.clear();
}

function prefersReducedMotion() {
  return globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}
