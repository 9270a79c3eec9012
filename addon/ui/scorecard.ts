/**
 * The scorecard sidebar: a period picker, the district's KPIs with their status colours, and the
 * API's own Chart.js configurations drawn as they are (four main charts, one per-KPI chart at a
 * time), and a button that writes the leadership sheet.
 */
import Chart from 'chart.js/auto';
import type { ChartConfiguration } from 'chart.js';
import { wrapLabel } from '../../shared/wrap-label.js';
import type { ChartSpec } from '../../shared/scorecard-model.js';
import type { ScorecardView } from '../server/scorecard/view.js';
import { busy, byId, el, pageLang, percent, replaceChildren, say, translate } from './dom.js';
import { run, type UserError } from './server.js';
import { WORDS } from './words.js';

const MAIN_CHARTS = ['district-kpis', 'unit-ranking', 'completeness', 'trend'];
const lang = pageLang();
const w = WORDS[lang];
const status = byId('status');
const periodSelect = byId<HTMLSelectElement>('period');
const kpiSelect = byId<HTMLSelectElement>('kpi-chart');
const drawn = new Map<string, Chart>();
let card: ScorecardView | null = null;

translate(w);
void start();

async function start(): Promise<void> {
  try {
    const panel = await run('getPanelState', lang);
    replaceChildren(periodSelect, ...panel.periods.map((p) => el('option', { value: p.id }, p.label)));
    periodSelect.value = panel.currentPeriod ?? panel.periods[0]?.id ?? '';
    await load();
  } catch (error) {
    say(status, (error as UserError).message, 'error');
  }
}

async function load(): Promise<void> {
  say(status, w.working);
  card = await run('getScorecard', periodSelect.value, lang);
  const c = card.completeness;
  say(status, `${card.periodLabel} · ${c.submitted}/${c.expected} · ${w.computedAt} ${card.computedAt.slice(0, 16).replace('T', ' ')}${card.stale ? ` · ${w.stale}` : ''}`, card.stale ? 'info' : 'ok');
  replaceChildren(
    byId('kpis'),
    ...card.district.map((k) =>
      el('li', { title: k.statusLabel }, el('span', { className: 'chip', style: `background:${k.color}` }), ` ${k.label}: ${percent(k.value)}`, k.target === null ? '' : ` / ${percent(k.target)}`),
    ),
  );
  for (const id of MAIN_CHARTS) draw(`chart-${id}`, card.charts.find((c) => c.id === id));
  const perKpi = card.charts.filter((c) => c.id.startsWith('kpi:'));
  replaceChildren(kpiSelect, ...perKpi.map((c) => el('option', { value: c.id }, c.title)));
  drawKpi();
}

function drawKpi(): void {
  draw('chart-kpi', card?.charts.find((c) => c.id === kpiSelect.value));
}

/** Fits a 300 px sidebar: longer names go on more lines instead of being cut at the edge. */
const LABEL_WIDTH = 18;
/** A horizontal chart grows with its rows, so no name is skipped. */
const LINE_HEIGHT = 16;
const AXES_HEIGHT = 70;

/**
 * Draws a plain-JSON config as the API made it; only animation is turned off, the box sizes it
 * and long labels are wrapped.
 */
function draw(canvasId: string, spec: ChartSpec | undefined): void {
  drawn.get(canvasId)?.destroy();
  drawn.delete(canvasId);
  if (!spec) return;
  const config = JSON.parse(JSON.stringify(spec.config)) as ChartConfiguration;
  config.options = { ...config.options, animation: false, maintainAspectRatio: false };
  const labels = (config.data.labels ?? []).map((label) => wrapLabel(label, LABEL_WIDTH));
  config.data.labels = labels;
  if (config.options.indexAxis === 'y') {
    // Set on the plain JSON before Chart.js types it: every row keeps its name.
    const scales = (config.options.scales ?? {}) as Record<string, { ticks?: Record<string, unknown> }>;
    config.options.scales = { ...scales, y: { ...scales.y, ticks: { ...scales.y?.ticks, autoSkip: false } } } as typeof config.options.scales;
    const lines = labels.reduce<number>((sum, label) => sum + (Array.isArray(label) ? label.length : 1), 0);
    byId<HTMLCanvasElement>(canvasId).parentElement!.style.height = `${Math.max(260, lines * LINE_HEIGHT + labels.length * 8 + AXES_HEIGHT)}px`;
  }
  drawn.set(canvasId, new Chart(byId<HTMLCanvasElement>(canvasId), config));
}

periodSelect.addEventListener('change', () => void load().catch((error: UserError) => say(status, error.message, 'error')));
kpiSelect.addEventListener('change', drawKpi);
const writeButton = byId<HTMLButtonElement>('write-sheet');
writeButton.addEventListener('click', () =>
  void busy([writeButton], async () => {
    say(status, w.working);
    const result = await run('writeScorecardSheet', periodSelect.value, lang);
    say(status, result.message, 'ok');
  }).catch((error: UserError) => say(status, error.message, 'error')),
);
