/**
 * The traffic-light table: one row per unit, one column per KPI, each cell coloured by status
 * with its value in %. A status mark and a tooltip repeat the status in words; a cell without
 * data shows "—" on a hatched ground, unlike 0%; units that did not report get one wide
 * "not reported" cell instead of a row of blanks.
 */
import { STATUS_COLORS } from '../../shared/charts/chart-style.js';
import { CHART_WORDS, STATUS_LABELS } from '../../shared/charts/labels.js';
import type { KpiResult, KpiStatus, UnitScorecard } from '../../shared/engine/scorecard-model.js';
import { KPI_LABELS } from '../../shared/kpis.js';
import { formatNumber, formatPercent } from '../../shared/words/format.js';
import type { Lang } from '../../shared/words/messages.js';
import { el, textColorOn } from './dom.js';
import { t } from './i18n.js';

/** Marks beside the value, for readers who cannot tell the colours apart. */
const STATUS_MARKS: Readonly<Record<KpiStatus, string>> = { met: '✓', near: '≈', below: '✗', info: '•', 'no-data': '' };

export function unitsTable(units: readonly UnitScorecard[], lang: Lang): HTMLTableElement {
  const kpiIds = units[0]?.kpis.map((k) => k.id) ?? [];
  const head = el(
    'tr',
    {},
    el('th', { scope: 'col', class: 'sticky-col', text: t(lang, 'unit') }),
    el('th', { scope: 'col', class: 'num', text: t(lang, 'score') }),
    kpiIds.map((id) => el('th', { scope: 'col', class: 'kpi-col', text: KPI_LABELS[id][lang] })),
  );
  return el('table', { class: 'traffic-table', id: 'units-table' }, el('thead', {}, head), el('tbody', {}, units.map((u) => unitRow(u, kpiIds.length, lang))));
}

function unitRow(unit: UnitScorecard, kpiCount: number, lang: Lang): HTMLTableRowElement {
  const nameCell = el(
    'th',
    { scope: 'row', class: 'sticky-col' },
    el(
      'div',
      { class: 'unit-cell' },
      el('span', { class: 'unit-rank', text: unit.rank === null ? '–' : String(unit.rank) }),
      el('span', { class: 'unit-name', text: unit.name }),
      el('span', { class: `unit-report ${reportClass(unit)}`, text: reportText(unit, lang) }),
    ),
  );
  const score = unit.score === null ? '—' : formatNumber(unit.score, lang, 1);
  const scoreCell = el('td', { class: 'num score-cell', title: unit.rank === null ? t(lang, 'noScore') : t(lang, 'rank', { rank: unit.rank }) }, score);
  const cells = unit.submitted ? unit.kpis.map((kpi) => kpiCell(kpi, lang)) : [el('td', { class: 'missing-cell', colspan: kpiCount, text: t(lang, 'missingRow') })];
  return el('tr', { 'data-unit': unit.unitId, class: unit.submitted ? '' : 'missing-row' }, nameCell, scoreCell, cells);
}

function kpiCell(kpi: KpiResult, lang: Lang): HTMLTableCellElement {
  const value = formatPercent(kpi.value, lang);
  const words = STATUS_LABELS[kpi.status][lang];
  const title = `${KPI_LABELS[kpi.id][lang]}: ${value} — ${words}`;
  if (kpi.value === null) return el('td', { class: 'kpi-cell no-data', 'data-status': kpi.status, title }, value, el('span', { class: 'visually-hidden', text: words }));
  const color = STATUS_COLORS[kpi.status];
  return el(
    'td',
    { class: 'kpi-cell', 'data-status': kpi.status, title, style: { background: color, color: textColorOn(color) } },
    value,
    STATUS_MARKS[kpi.status] ? el('span', { class: 'status-mark', 'aria-hidden': 'true', text: STATUS_MARKS[kpi.status] }) : null,
    el('span', { class: 'visually-hidden', text: words }),
  );
}

function reportClass(unit: UnitScorecard): string {
  if (!unit.submitted) return 'report-missing';
  return unit.onTime === false ? 'report-late' : 'report-on-time';
}

function reportText(unit: UnitScorecard, lang: Lang): string {
  const words = CHART_WORDS[lang];
  if (!unit.submitted) return words.missing;
  const when = unit.onTime === false ? words.late : words.onTime;
  return unit.reviewStatus ? `${when} · ${t(lang, `review_${unit.reviewStatus}`)}` : when;
}

/** The key to the colours: each status's colour, mark and words. */
export function statusLegend(lang: Lang): HTMLElement {
  return el(
    'ul',
    { class: 'legend', 'aria-label': t(lang, 'legend') },
    (Object.keys(STATUS_COLORS) as KpiStatus[]).map((status) =>
      el(
        'li',
        {},
        el('span', { class: status === 'no-data' ? 'legend-swatch no-data' : 'legend-swatch', style: status === 'no-data' ? {} : { background: STATUS_COLORS[status], color: textColorOn(STATUS_COLORS[status]) }, 'aria-hidden': 'true', text: status === 'no-data' ? '—' : STATUS_MARKS[status] }),
        STATUS_LABELS[status][lang],
      ),
    ),
  );
}
