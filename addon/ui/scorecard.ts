/**
 * The scorecard sidebar: a period picker, a scope picker when the plan has groups (the whole plan
 * or one group; the server remembers the choice and writes the sheet in it), the scope's KPIs
 * with their status colours, the 766 estimate (the scope's, the reader's unit's with its points
 * to gain, each indicator, the help one click away), the Chart.js configurations drawn as they
 * are (five main charts, the 766 estimate's included; the groups' ranking for the whole plan of a
 * plan with groups; one per-KPI chart at a time), a button that writes the leadership sheet, and
 * "Xuất báo cáo": form 06 and the draft report of the period and scope, saved as files from a
 * data: URL (server/exports.ts).
 */
import type { Chart } from 'chart.js';
import { formatNumber, formatPercent, formatVietnamTime } from '../../shared/words/format.js';
import type { ChartSpec } from '../../shared/engine/scorecard-model.js';
import type { ExportedFile } from '../server/exports.js';
import type { Index766Panel } from '../server/scorecard/index766-view.js';
import type { ScorecardView } from '../server/scorecard/view.js';
import { busy, byId, el, pageLang, replaceChildren, say, translate } from './dom.js';
import { fitChart } from './fit-chart.js';
import { run, type UserError } from './server.js';
import { WORDS } from './words.js';

const MAIN_CHARTS = ['district-kpis', 'unit-ranking', 'completeness', 'trend', 'index766'];
const lang = pageLang();
const w = WORDS[lang];
const status = byId('status');
const periodSelect = byId<HTMLSelectElement>('period');
const kpiSelect = byId<HTMLSelectElement>('kpi-chart');
const scopeSelect = byId<HTMLSelectElement>('scope');
const writeButton = byId<HTMLButtonElement>('write-sheet');
const exportButtons = { 'form-06': byId<HTMLButtonElement>('export-form-06'), report: byId<HTMLButtonElement>('export-report') } as const;
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
  show(await run('getScorecard', periodSelect.value, lang));
}

/** A new scope redraws everything; the sheet waits until the server has taken the choice. */
async function chooseScope(): Promise<void> {
  scopeSelect.disabled = true;
  try {
    await busy([writeButton, ...Object.values(exportButtons)], async () => {
      say(status, w.working);
      show(await run('chooseScorecardScope', periodSelect.value, scopeSelect.value, lang));
    });
  } finally {
    scopeSelect.disabled = false;
    scopeSelect.value = card?.scope ?? ''; // what is on screen, should the call have failed
  }
}

function show(view: ScorecardView): void {
  card = view;
  const c = card.completeness;
  const counts = `${formatNumber(c.submitted, lang)}/${formatNumber(c.expected, lang)}`;
  const scope = card.scopeName === null ? '' : `${card.scopeName} · `;
  say(status, `${scope}${card.periodLabel} · ${counts} · ${w.computedAt} ${formatVietnamTime(card.computedAt)}${card.stale ? ` · ${w.stale}` : ''}`, card.stale ? 'info' : 'ok');
  replaceChildren(scopeSelect, ...card.scopes.map((s) => el('option', { value: s.filter }, s.name)));
  scopeSelect.value = card.scope;
  byId('scope-box').hidden = card.scopes.length < 2;
  replaceChildren(
    byId('kpis'),
    ...card.district.map((k) =>
      el('li', { title: k.statusLabel }, el('span', { className: 'chip', style: `background:${k.color}` }), ` ${k.label}: ${formatPercent(k.value, lang)}`, k.target === null ? '' : ` / ${formatPercent(k.target, lang)}`),
    ),
  );
  showIndex766(card.index766);
  for (const id of MAIN_CHARTS) draw(`chart-${id}`, card.charts.find((c) => c.id === id));
  // Only the whole plan of a plan with groups ranks its groups.
  const groupRanking = card.charts.find((c) => c.id === 'group-ranking');
  byId('group-ranking-box').hidden = !groupRanking;
  draw('chart-group-ranking', groupRanking);
  const perKpi = card.charts.filter((c) => c.id.startsWith('kpi:'));
  const kpi = kpiSelect.value;
  replaceChildren(kpiSelect, ...perKpi.map((c) => el('option', { value: c.id }, c.title)));
  if (perKpi.some((c) => c.id === kpi)) kpiSelect.value = kpi;
  drawKpi();
}

/** Every text is the server's, put in as text. */
function showIndex766(panel: Index766Panel): void {
  byId('index766-title').textContent = panel.words.title;
  byId('index766-total').textContent = panel.total;
  const unit = byId('index766-unit');
  unit.hidden = panel.unit === null;
  unit.textContent = panel.unit ?? '';
  byId('index766-help-title').textContent = panel.words.help;
  byId('index766-help-text').textContent = panel.help;
  byId('index766-gains-box').hidden = panel.noGains === null;
  byId('index766-gains-title').textContent = panel.words.gains;
  replaceChildren(byId('index766-gains'), ...(panel.gains.length > 0 ? panel.gains.map((gain) => el('li', {}, gain)) : [el('li', {}, panel.noGains ?? '')]));
  byId('index766-indicators-title').textContent = panel.words.indicators;
  replaceChildren(
    byId('index766-indicators'),
    ...panel.indicators.map((line) => el('li', { className: line.basis === 'portal' ? 'portal' : '' }, el('span', {}, `${line.id} ${line.label}`), el('span', {}, line.value))),
  );
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
scopeSelect.addEventListener('change', () => void chooseScope().catch((error: UserError) => say(status, error.message, 'error')));
for (const [kind, button] of Object.entries(exportButtons) as [keyof typeof exportButtons, HTMLButtonElement][]) {
  button.addEventListener('click', () =>
    void busy(Object.values(exportButtons), async () => {
      say(status, w.working);
      const file = await run('exportReport', periodSelect.value, kind, lang);
      saveFile(file);
      say(status, file.message, 'ok');
    }).catch((error: UserError) => say(status, error.message, 'error')),
  );
}

/** A click on a link to the file's bytes: the browser saves it under the server's name. */
function saveFile(file: ExportedFile): void {
  const link = el('a', { href: `data:${file.mimeType};base64,${file.base64}`, download: file.fileName });
  document.body.append(link);
  link.click();
  link.remove();
}

writeButton.addEventListener('click', () =>
  void busy([writeButton], async () => {
    say(status, w.working);
    const result = await run('writeScorecardSheet', periodSelect.value, lang);
    say(status, result.message, 'ok');
  }).catch((error: UserError) => say(status, error.message, 'error')),
);
