/** Puts a scorecard (or the period's header alone) into the page skeleton of index.html. */
import type { Period } from '../../shared/calendar.js';
import { periodLabel } from '../../shared/charts/labels.js';
import type { Scorecard, UnitScorecard } from '../../shared/engine/scorecard-model.js';
import { KPI_LABELS, type KpiId } from '../../shared/kpis.js';
import { formatVietnamTime } from '../../shared/words/format.js';
import type { Lang } from '../../shared/words/messages.js';
import { destroyCharts, drawChart } from './charts.js';
import { chaseLists } from './completeness.js';
import { districtCards } from './district.js';
import { byId, el, fill } from './dom.js';
import { groupsTable } from './groups-table.js';
import { renderIndex766 } from './index766-view.js';
import { localDate, t } from './i18n.js';
import { beforeDeadline, isProvisional } from './periods.js';
import { taskBoard } from './task-board.js';
import { statusLegend, unitsTable } from './units-table.js';

/** Plan name, period window, deadline and whether the figures are provisional; computedAt and staleness once a scorecard is shown. */
export function renderHeader(planName: string, period: Period, card: Scorecard | null, lang: Lang, now: number): void {
  byId('plan-name').textContent = planName;
  byId('period-window').textContent = t(lang, 'periodWindow', { name: periodLabel(period.id, lang), from: localDate(period.from), to: localDate(period.to) });
  byId('period-deadline').textContent = t(lang, 'deadline', { date: formatVietnamTime(period.deadline) });
  const provisional = isProvisional(period, card?.completeness ?? null, now);
  byId('provisional-line').hidden = !provisional;
  byId('provisional-badge').textContent = t(lang, 'provisional');
  const missing = card?.completeness.missing.length ?? 0;
  byId('provisional-reason').textContent = beforeDeadline(period, now) || missing === 0 ? t(lang, 'provisionalBeforeDeadline') : t(lang, 'provisionalMissing', { count: missing });
  byId('computed-line').hidden = !card;
  if (!card) return;
  byId('computed-at').textContent = t(lang, 'computedAt', { date: formatVietnamTime(card.computedAt) });
  const stale = byId('stale-badge');
  stale.hidden = !card.stale;
  stale.textContent = t(lang, 'stale');
  stale.title = t(lang, 'staleHint');
}

/**
 * Draws in steps, summary and district first, each in a task of its own so that none holds the
 * main thread for long (a province's scorecard is thousands of units, parsed in the task before).
 * Resolves false when another scorecard, or none, took its place meanwhile.
 */
export async function renderScorecard(card: Scorecard, lang: Lang, kpiId: string | null, onKpiChange: (id: string) => void, view: ScorecardViewOptions = {}): Promise<boolean> {
  const generation = ++renderGeneration;
  let openIndex766: (unit: UnitScorecard) => void = () => {};
  const steps = [
    () => {
      destroyCharts();
      // Visible before drawing: Chart.js sizes a canvas from its box, and a hidden box measures 0.
      byId('scorecard').hidden = false;
      renderSummary(card, lang);
      fill(byId('district-cards'), districtCards(card.district.kpis, lang));
    },
    () => drawNamed(card, 'district-kpis', lang, isNarrow() ? 20 : 42),
    () => {
      openIndex766 = renderIndex766(card, lang, view.pinnedUnitId ?? null);
      byId('index766-figure').hidden = !card.charts.some((c) => c.id === 'index766');
      drawNamed(card, 'index766', lang, unitNameWidth());
    },
    () => renderGroups(card, lang, view.onGroupPick ?? (() => {})),
    () => drawNamed(card, 'unit-ranking', lang, unitNameWidth()),
    () => {
      drawNamed(card, 'completeness', lang);
      fill(byId('chase-lists'), chaseLists(card.completeness, card.units, lang));
    },
    () => drawNamed(card, 'trend', lang),
    () => {
      fill(byId('units-legend'), statusLegend(lang));
      fill(byId('units-view'), unitsTable(card.units, lang, { pinnedUnitId: view.pinnedUnitId ?? null, groupNames: view.groupNames ?? new Map(), onIndex766: openIndex766, ...(view.unitName ? { unitName: view.unitName } : {}) }));
    },
    () => renderTasks(card, lang),
    () => renderKpiPicker(card, lang, kpiId, onKpiChange),
  ];
  for (const step of steps) {
    await nextTask();
    if (generation !== renderGeneration) return false;
    step();
  }
  byId('scorecard').dataset.period = card.period;
  byId('scorecard').dataset.lang = lang;
  return true;
}

export interface ScorecardViewOptions {
  /** The reader's own unit, first in the table. */
  pinnedUnitId?: string | null;
  /** The plan's groups by id, for the table's group filter. */
  groupNames?: ReadonlyMap<string, string>;
  /** A group's name pressed in the groups section: show that group's scope. */
  onGroupPick?: (scope: string) => void;
  unitName?: (unitId: string) => string;
}

let renderGeneration = 0;

/** The groups section of the whole plan (a group's own scorecard has none): table, then their ranking when the charts carry one. */
function renderGroups(card: Scorecard, lang: Lang, onPick: (scope: string) => void): void {
  const section = byId('groups');
  section.hidden = card.groups.length === 0;
  fill(byId('groups-view'), card.groups.length === 0 ? null : groupsTable(card.groups, lang, onPick));
  const ranking = card.charts.some((c) => c.id === 'group-ranking');
  byId('group-ranking-figure').hidden = !ranking || section.hidden;
  if (ranking && !section.hidden) drawNamed(card, 'group-ranking', lang, unitNameWidth());
}

/** The task board of the scope's units; hidden for a plan without tasks. */
function renderTasks(card: Scorecard, lang: Lang): void {
  byId('tasks').hidden = card.tasks.length === 0;
  const names = new Map(card.units.map((u) => [u.unitId, u.name]));
  fill(byId('tasks-view'), card.tasks.length === 0 ? null : taskBoard(card.tasks, lang, { unitIds: [...names.keys()], unitName: (id) => names.get(id) ?? id }));
}

/** A macrotask: the browser may paint and answer input before the next step. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export function hideScorecard(): void {
  renderGeneration++;
  destroyCharts();
  const scorecard = byId('scorecard');
  scorecard.hidden = true;
  delete scorecard.dataset.period;
}

export interface MessageAction {
  label: string;
  onClick: () => void;
}

/** A plain-words message in place of the scorecard, with optional buttons. */
export function showMessage(lines: readonly string[], actions: readonly MessageAction[] = []): void {
  fill(
    byId('message'),
    lines.map((line, i) => el('p', { class: i === 0 ? 'message-title' : '', text: line })),
    actions.length ? el('p', { class: 'message-actions' }, actions.map(({ label, onClick }) => el('button', { type: 'button', class: 'primary', onclick: onClick, text: label }))) : null,
  );
  byId('message').hidden = false;
}

export function hideMessage(): void {
  byId('message').hidden = true;
}

/** The leadership's one line: how many district KPIs are met, near and below, and how many units reported. */
function renderSummary(card: Scorecard, lang: Lang): void {
  const count = (status: string) => card.district.kpis.filter((k) => k.status === status).length;
  byId('summary-statuses').textContent = t(lang, 'summary', { met: count('met'), near: count('near'), below: count('below') });
  byId('summary-reports').textContent = t(lang, 'summaryReports', { submitted: card.completeness.submitted, expected: card.completeness.expected });
}

function drawNamed(card: Scorecard, chartId: string, lang: Lang, wrapLabelsAt?: number): void {
  const spec = card.charts.find((c) => c.id === chartId);
  byId(`caption-${chartId}`).textContent = spec?.title ?? '';
  if (spec) drawChart(byId<HTMLCanvasElement>(`chart-${chartId}`), spec, lang, wrapLabelsAt);
}

/** One `kpi:<id>` chart at a time, chosen from the scorecard's own list; the choice survives a period switch. */
function renderKpiPicker(card: Scorecard, lang: Lang, kpiId: string | null, onKpiChange: (id: string) => void): void {
  const specs = card.charts.filter((c) => c.id.startsWith('kpi:'));
  const select = byId<HTMLSelectElement>('kpi-select');
  const chosen = specs.find((s) => s.id === `kpi:${kpiId}`) ?? specs[0];
  const label = (id: string) => KPI_LABELS[id as KpiId]?.[lang] ?? id;
  fill(select, specs.map((s) => el('option', { value: s.id.slice(4), text: label(s.id.slice(4)), selected: s === chosen })));
  select.onchange = () => {
    onKpiChange(select.value);
    drawKpi(card, select.value, lang);
  };
  if (chosen) drawKpi(card, chosen.id.slice(4), lang);
}

function drawKpi(card: Scorecard, kpiId: string, lang: Lang): void {
  const spec = card.charts.find((c) => c.id === `kpi:${kpiId}`);
  if (!spec) return;
  byId('caption-kpi').textContent = spec.title;
  // One row per unit (the config is horizontal): the box grows downwards, as the ranking's does.
  drawChart(byId<HTMLCanvasElement>('chart-kpi'), spec, lang, unitNameWidth());
}

function isNarrow(): boolean {
  return globalThis.matchMedia('(max-width: 700px)').matches;
}

/** Characters per line of a unit's name in the ranking and the per-KPI chart: a phone has half the room. */
function unitNameWidth(): number {
  return isNarrow() ? 24 : 48;
}
