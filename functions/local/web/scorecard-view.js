/** Puts a scorecard (or the period's header alone) into the page skeleton of index.html. */
import { chaseLists } from './completeness.js';
import { districtCards } from './district.js';
import { byId, el, fill } from './dom.js';
import { dateTime, localDate, periodName } from './format.js';
import { t } from './i18n.js';
import { destroyCharts, drawChart } from './charts.js';
import { statusLegend, unitsTable } from './units-table.js';
import { KPI_LABELS } from '/shared-style.js';

/** Plan name, period window and deadline; computedAt and the stale badge once a scorecard is shown. */
export function renderHeader(plan, period, card, lang) {
  byId('plan-name').textContent = plan.name;
  byId('period-window').textContent = t(lang, 'periodWindow', { name: periodName(period.id, lang), from: localDate(period.from, lang), to: localDate(period.to, lang) });
  byId('period-deadline').textContent = t(lang, 'deadline', { date: dateTime(period.deadline, lang, plan.timezone) });
  byId('computed-line').hidden = !card;
  if (!card) return;
  byId('computed-at').textContent = t(lang, 'computedAt', { date: dateTime(card.computedAt, lang, plan.timezone) });
  const stale = byId('stale-badge');
  stale.hidden = !card.stale;
  stale.textContent = t(lang, 'stale');
  stale.title = t(lang, 'staleHint');
}

export function renderScorecard(card, lang, { kpiId, onKpiChange }) {
  destroyCharts();
  // Visible before drawing: Chart.js sizes a canvas from its box, and a hidden box measures 0.
  byId('scorecard').hidden = false;
  const narrow = globalThis.matchMedia('(max-width: 700px)').matches;
  fill(byId('district-cards'), districtCards(card.district.kpis, lang));
  drawNamed(card, 'district-kpis', { wrapLabelsAt: narrow ? 20 : 42 });
  fill(byId('units-legend'), statusLegend(lang));
  fill(byId('units-table-box'), unitsTable(card.units, lang));
  drawNamed(card, 'unit-ranking', { wrapLabelsAt: unitNameWidth() });
  drawNamed(card, 'completeness');
  fill(byId('chase-lists'), chaseLists(card.completeness, card.units, lang));
  drawNamed(card, 'trend');
  renderKpiPicker(card, lang, kpiId, onKpiChange);
  byId('scorecard').dataset.period = card.period;
  byId('scorecard').dataset.lang = lang;
}

export function hideScorecard() {
  destroyCharts();
  const scorecard = byId('scorecard');
  scorecard.hidden = true;
  delete scorecard.dataset.period;
}

/** A plain-words message in place of the scorecard, with optional buttons. */
export function showMessage(lines, actions = []) {
  fill(
    byId('message'),
    lines.map((line, i) => el('p', { class: i === 0 ? 'message-title' : '', text: line })),
    actions.length ? el('p', { class: 'message-actions' }, actions.map(({ label, onClick }) => el('button', { type: 'button', class: 'primary', onclick: onClick, text: label }))) : null,
  );
  byId('message').hidden = false;
}

export function hideMessage() {
  byId('message').hidden = true;
}

function drawNamed(card, chartId, options) {
  const spec = card.charts.find((c) => c.id === chartId);
  byId(`caption-${chartId}`).textContent = spec?.title ?? '';
  if (spec) drawChart(byId(`chart-${chartId}`), spec, options);
}

/** One `kpi:<id>` chart at a time, chosen from the scorecard's own list; the choice survives a period switch. */
function renderKpiPicker(card, lang, kpiId, onKpiChange) {
  const specs = card.charts.filter((c) => c.id.startsWith('kpi:'));
  const select = byId('kpi-select');
  const chosen = specs.find((s) => s.id === `kpi:${kpiId}`) ?? specs[0];
  fill(select, specs.map((s) => el('option', { value: s.id.slice(4), text: KPI_LABELS[s.id.slice(4)]?.[lang] ?? s.title, selected: s === chosen })));
  select.onchange = () => {
    onKpiChange(select.value);
    drawKpi(card, select.value);
  };
  if (chosen) drawKpi(card, chosen.id.slice(4));
}

function drawKpi(card, kpiId) {
  const spec = card.charts.find((c) => c.id === `kpi:${kpiId}`);
  byId('caption-kpi').textContent = spec.title;
  // One row per unit (the config is horizontal): the box grows downwards, as the ranking's does.
  drawChart(byId('chart-kpi'), spec, { wrapLabelsAt: unitNameWidth() });
}

/** Characters per line of a unit's name in the ranking and the per-KPI chart: a phone has half the room. */
function unitNameWidth() {
  return globalThis.matchMedia('(max-width: 700px)').matches ? 24 : 48;
}
