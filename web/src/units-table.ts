/**
 * The traffic-light table: one row per unit, one column per KPI, each cell coloured by status
 * with its value in %. A status mark and a tooltip repeat the status in words; a cell without
 * data shows "—" on a hatched ground, unlike 0%; units that did not report get one wide
 * "not reported" cell instead of a row of blanks. Above a page of units, a search, filters and
 * page links: a province's 3,321 rows at once froze the page for seconds.
 */
import { STATUS_COLORS } from '../../shared/charts/chart-style.js';
import { CHART_WORDS, STATUS_LABELS } from '../../shared/charts/labels.js';
import type { KpiResult, KpiStatus, PredecessorShare, UnitScorecard } from '../../shared/engine/scorecard-model.js';
import { KPI_LABELS } from '../../shared/kpis.js';
import { formatNumber, formatPercent } from '../../shared/words/format.js';
import type { Lang } from '../../shared/words/messages.js';
import { el, fill, textColorOn } from './dom.js';
import { t } from './i18n.js';
import { previousLine } from './district.js';
import { index766Cell } from './index766-view.js';
import { PAGE_SIZE, pageLinks, pageOf } from './table-pager.js';
import { unitFacets, unitSearch, unitTools, type UnitQuery } from './unit-filter.js';

/** Marks beside the value, for readers who cannot tell the colours apart. */
const STATUS_MARKS: Readonly<Record<KpiStatus, string>> = { met: '✓', near: '≈', below: '✗', info: '•', 'no-data': '' };

export interface UnitsTableOptions {
  /** The reader's own unit: always the first row, highlighted, whatever the search or page. */
  pinnedUnitId?: string | null;
  pageSize?: number;
  /** The plan's groups by id, for the group filter. */
  groupNames?: ReadonlyMap<string, string>;
  /** A unit's name, also for units no longer in the scorecard (a merged unit's predecessors). */
  unitName?: (unitId: string) => string;
  /** A unit's 766 points pressed: show its indicators. */
  onIndex766?: (unit: UnitScorecard) => void;
}

export function unitsTable(units: readonly UnitScorecard[], lang: Lang, options: UnitsTableOptions = {}): HTMLElement {
  const pageSize = options.pageSize ?? PAGE_SIZE;
  const kpiIds = units[0]?.kpis.map((k) => k.id) ?? [];
  const pinned = units.find((u) => u.unitId === options.pinnedUnitId);
  const listed = pinned ? units.filter((u) => u !== pinned) : units;
  const head = el(
    'tr',
    {},
    el('th', { scope: 'col', class: 'sticky-col', text: t(lang, 'unit') }),
    el('th', { scope: 'col', class: 'num', text: t(lang, 'score') }),
    el('th', { scope: 'col', class: 'num index766-col', text: t(lang, 'index766') }),
    kpiIds.map((id) => el('th', { scope: 'col', class: 'kpi-col', text: KPI_LABELS[id][lang] })),
  );
  const body = el('tbody');
  const count = el('p', { id: 'units-count', class: 'muted units-count' });
  const links = el('div', { class: 'pager-box' });
  const facets = unitFacets(options.groupNames ?? new Map());
  const find = unitSearch(listed, facets);
  const unitName = options.unitName ?? ((id: string) => units.find((u) => u.unitId === id)?.name ?? id);
  const onIndex766 = options.onIndex766 ?? (() => {});
  const row = (unit: UnitScorecard, pinnedRow = false) => unitRow(unit, kpiIds.length, lang, unitName, onIndex766, pinnedRow);
  const query: UnitQuery = { text: '', facets: {} };
  let shown = listed;
  let index = 0;
  const render = () => {
    const page = pageOf(shown, index, pageSize);
    index = page.index;
    const rows = page.items.length > 0 ? page.items.map((u) => row(u)) : el('tr', {}, el('td', { class: 'no-match', colspan: kpiIds.length + 3, text: t(lang, 'unitsNoMatch') }));
    fill(body, pinned ? row(pinned, true) : null, rows);
    count.textContent = page.items.length > 0 ? t(lang, 'unitsShown', { from: formatNumber(page.from, lang), to: formatNumber(page.from + page.items.length - 1, lang), total: formatNumber(shown.length, lang) }) : '';
    fill(links, pageLinks(page, lang, (to) => {
      index = to;
      render();
    }));
  };
  const refilter = () => {
    shown = find(query);
    index = 0;
    render();
  };
  render();
  // A district's few dozen units fit one page: no tools to get in the way.
  const tools = listed.length > pageSize ? unitTools(listed, facets, lang, query, refilter) : null;
  const table = el('table', { class: 'traffic-table', id: 'units-table' }, el('thead', {}, head), body);
  return el('div', { class: 'units-view' }, tools, tools ? count : null, el('div', { id: 'units-table-box', class: 'table-scroll', tabindex: 0 }, table), links);
}

function unitRow(unit: UnitScorecard, kpiCount: number, lang: Lang, unitName: (unitId: string) => string, onIndex766: (unit: UnitScorecard) => void, pinned = false): HTMLTableRowElement {
  const nameCell = el(
    'th',
    { scope: 'row', class: 'sticky-col' },
    el(
      'div',
      { class: 'unit-cell' },
      el('span', { class: 'unit-rank', text: unit.rank === null ? '–' : String(unit.rank) }),
      el('span', { class: 'unit-name', text: unit.name }),
      el('span', { class: `unit-report ${reportClass(unit)}`, text: reportText(unit, lang) }),
      unit.previousFrom ? el('span', { class: 'unit-lineage', text: lineageNote(unit.previousFrom, lang, unitName) }) : null,
    ),
  );
  const score = unit.score === null ? '—' : formatNumber(unit.score, lang, 1);
  const scoreCell = el('td', { class: 'num score-cell', title: unit.rank === null ? t(lang, 'noScore') : t(lang, 'rank', { rank: unit.rank }) }, score);
  const cells = unit.submitted ? unit.kpis.map((kpi) => kpiCell(kpi, lang)) : [el('td', { class: 'missing-cell', colspan: kpiCount, text: t(lang, 'missingRow') })];
  const classes = [unit.submitted ? '' : 'missing-row', pinned ? 'pinned-row' : ''].filter(Boolean).join(' ');
  const index766 = index766Cell(unit.index766, unit.name, lang, () => onIndex766(unit));
  return el('tr', { 'data-unit': unit.unitId, class: classes, 'aria-current': pinned ? 'true' : null }, nameCell, scoreCell, index766, cells);
}

/** A merged unit's comparison is with its predecessors' reports, each weighted by its share: "Xã A (100%), Xã B (50%)". */
function lineageNote(from: readonly PredecessorShare[], lang: Lang, unitName: (unitId: string) => string): string {
  return t(lang, 'previousFrom', { units: from.map((p) => `${unitName(p.unitId)} (${formatNumber(p.share * 100, lang)}%)`).join(', ') });
}

/** A KPI's value in its status colour; the tooltip adds the status in words and the previous value. */
export function kpiCell(kpi: KpiResult, lang: Lang): HTMLTableCellElement {
  const value = formatPercent(kpi.value, lang);
  const words = STATUS_LABELS[kpi.status][lang];
  const title = `${KPI_LABELS[kpi.id][lang]}: ${value} — ${words} · ${previousLine(kpi, lang)}`;
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
