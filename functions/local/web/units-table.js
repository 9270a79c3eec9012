/**
 * The traffic-light table: one row per unit, one column per KPI, each cell coloured by status
 * with its value in %. A status mark and a tooltip repeat the status in words; units that did
 * not report get one wide "not reported" cell instead of a row of blanks.
 */
import { KPI_LABELS, STATUS_COLORS, STATUS_LABELS } from '/shared-style.js';
import { el, textColorOn } from './dom.js';
import { decimal, percent } from './format.js';
import { t } from './i18n.js';

/** Marks beside the value, for readers who cannot tell the colours apart. */
const STATUS_MARKS = { met: '✓', near: '≈', below: '✗', info: '•', 'no-data': '' };

export function unitsTable(units, lang) {
  const kpiIds = units[0]?.kpis.map((k) => k.id) ?? [];
  const head = el(
    'tr',
    {},
    el('th', { scope: 'col', class: 'sticky-col', text: t(lang, 'unit') }),
    el('th', { scope: 'col', class: 'num', text: t(lang, 'score') }),
    kpiIds.map((id) => el('th', { scope: 'col', class: 'kpi-col', text: KPI_LABELS[id]?.[lang] ?? id })),
  );
  return el('table', { class: 'traffic-table', id: 'units-table' }, el('thead', {}, head), el('tbody', {}, units.map((u) => unitRow(u, kpiIds.length, lang))));
}

function unitRow(unit, kpiCount, lang) {
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
  const scoreCell = el('td', { class: 'num score-cell', title: unit.rank === null ? t(lang, 'noScore') : t(lang, 'rank', { rank: unit.rank }) }, decimal(unit.score, lang));
  const cells = unit.submitted
    ? unit.kpis.map((kpi) => kpiCell(kpi, lang))
    : [el('td', { class: 'missing-cell', colspan: kpiCount, text: t(lang, 'missingRow') })];
  return el('tr', { 'data-unit': unit.unitId, class: unit.submitted ? '' : 'missing-row' }, nameCell, scoreCell, cells);
}

function kpiCell(kpi, lang) {
  const color = STATUS_COLORS[kpi.status];
  const label = `${KPI_LABELS[kpi.id]?.[lang] ?? kpi.id}: ${percent(kpi.value, lang)} — ${STATUS_LABELS[kpi.status][lang]}`;
  return el(
    'td',
    { class: 'kpi-cell', 'data-status': kpi.status, title: label, style: { background: color, color: textColorOn(color) } },
    percent(kpi.value, lang),
    STATUS_MARKS[kpi.status] ? el('span', { class: 'status-mark', 'aria-hidden': 'true', text: STATUS_MARKS[kpi.status] }) : null,
    el('span', { class: 'visually-hidden', text: STATUS_LABELS[kpi.status][lang] }),
  );
}

function reportClass(unit) {
  if (!unit.submitted) return 'report-missing';
  return unit.onTime === false ? 'report-late' : 'report-on-time';
}

function reportText(unit, lang) {
  if (!unit.submitted) return t(lang, 'reportMissing');
  const when = t(lang, unit.onTime === false ? 'reportLate' : 'reportOnTime');
  return unit.reviewStatus ? `${when} · ${t(lang, `review_${unit.reviewStatus}`)}` : when;
}

/** The key to the colours: each status's colour, mark and words. */
export function statusLegend(lang) {
  return el(
    'ul',
    { class: 'legend', 'aria-label': t(lang, 'legend') },
    Object.keys(STATUS_COLORS).map((status) =>
      el(
        'li',
        {},
        el('span', { class: 'legend-swatch', style: { background: STATUS_COLORS[status], color: textColorOn(STATUS_COLORS[status]) }, 'aria-hidden': 'true', text: STATUS_MARKS[status] }),
        STATUS_LABELS[status][lang],
      ),
    ),
  );
}
