/**
 * The scorecard sidebar: a period picker, the district's KPIs with their status colours, and the
 * API's own Chart.js configurations drawn as they are (four main charts, one per-KPI chart at a
 * time), and a button that writes the leadership sheet.
 */
import type { Chart } from 'chart.js';
import { formatNumber, formatPercent, formatVietnamTime } from '../../shared/words/format.js';
import type { ChartSpec } from '../../shared/engine/scorecard-model.js';
import type { ScorecardView } from '../server/scorecard/view.js';
import { busy, byId, el, pageLang, replaceChildren, say, translate } from './dom.js';
import { fitChart } from './fit-chart.js';
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
  const counts = `${formatNumber(c.submitted, lang)}/${formatNumber(c.expected, lang)}`;
  say(status, `${card.periodLabel} · ${counts} · ${w.computedAt} ${formatVietnamTime(card.computedAt)}${card.stale ? ` · ${w.stale}` : ''}`, card.stale ? 'info' : 'ok');
  replaceChildren(
    byId('kpis'),
    ...card.district.map((k) =>
      el('li', { title: k.statusLabel }, el('span', { className: 'chip', style: `background:${k.color}` }), ` ${k.label}: ${formatPercent(k.value, lang)}`, k.target === null ? '' : ` / ${formatPercent(k.target, lang)}`),
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

/** Draws a chart as the API made it, fitted to the sidebar (fit-chart.ts); a missing one leaves its box empty. */
function draw(canvasId: string, spec: ChartSpec | undefined): void {
  drawn.get(canvasId)?.destroy();
  drawn.delete(canvasId);
  if (spec) drawn.set(canvasId, fitChart(byId<HTMLCanvasElement>(canvasId), spec, lang));
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
