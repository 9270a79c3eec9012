/**
 * The plan's groups side by side on the whole-plan view: rank, score, reports received and the
 * KPIs leadership follows over the year (the trend chart's), each in its status colour. A group's
 * name is a button to that group's scope. On a phone each row folds into a card, so the section
 * fits the screen's width without scrolling sideways.
 */
import { TREND_KPIS } from '../../shared/charts/charts.js';
import type { GroupScorecard } from '../../shared/engine/scorecard-model.js';
import { groupFilter } from '../../shared/engine/scorecard-filter.js';
import { KPI_LABELS } from '../../shared/kpis.js';
import { formatNumber } from '../../shared/words/format.js';
import type { Lang } from '../../shared/words/messages.js';
import { el } from './dom.js';
import { t } from './i18n.js';
import { kpiCell } from './units-table.js';

export function groupsTable(groups: readonly GroupScorecard[], lang: Lang, onPick: (scope: string) => void): HTMLElement {
  const head = el(
    'tr',
    {},
    el('th', { scope: 'col', class: 'num', text: '#' }),
    el('th', { scope: 'col', text: t(lang, 'group') }),
    el('th', { scope: 'col', class: 'num', text: t(lang, 'score') }),
    el('th', { scope: 'col', class: 'num', text: t(lang, 'groupReports') }),
    TREND_KPIS.map((id) => el('th', { scope: 'col', class: 'kpi-col', text: KPI_LABELS[id][lang] })),
  );
  const rows = groups.map((group) => {
    const kpis = new Map(group.kpis.map((k) => [k.id, k]));
    const cells = TREND_KPIS.map((id) => {
      const kpi = kpis.get(id);
      const cell = kpi ? kpiCell(kpi, lang) : el('td', { class: 'kpi-cell no-data', text: '—' });
      // The KPI's name before its value when the row folds into a card on a phone.
      cell.dataset.label = KPI_LABELS[id][lang];
      return cell;
    });
    const { submitted, expected } = group.completeness;
    return el(
      'tr',
      { 'data-group': group.groupId },
      el('td', { class: 'num group-rank', text: group.rank === null ? '–' : String(group.rank) }),
      el('th', { scope: 'row', class: 'group-name' }, el('button', { type: 'button', class: 'link-button dark group-link', onclick: () => onPick(groupFilter(group.groupId)), text: group.name })),
      el('td', { class: 'num group-score', 'data-label': t(lang, 'score'), text: group.score === null ? '—' : formatNumber(group.score, lang, 1) }),
      el('td', { class: 'num group-reports', 'data-label': t(lang, 'groupReports'), text: t(lang, 'counts', { numerator: formatNumber(submitted, lang), denominator: formatNumber(expected, lang) }) }),
      cells,
    );
  });
  return el('table', { class: 'traffic-table groups-table', id: 'groups-table' }, el('thead', {}, head), el('tbody', {}, rows));
}
