/**
 * The 766 index as we estimate it (DESIGN §10 `index766`, INDEX-766.md): the plan's total beside
 * the summary, a unit's total in the results table, and a unit's indicators with the points it
 * could gain. Every figure says "estimate", and the assumptions are one click away: the portal
 * computes the real index from per-dossier data we never see.
 */
import type { Index766, Index766Indicator, Scorecard, UnitScorecard } from '../../shared/engine/scorecard-model.js';
import { gainText, index766Help as helpText, indicatorTitle } from '../../shared/engine/index766/words.js';
import { formatNumber, formatPercent } from '../../shared/words/format.js';
import type { Lang } from '../../shared/words/messages.js';
import { byId, el, fill } from './dom.js';
import { t } from './i18n.js';

/** Points to one decimal, ceilings as whole numbers when they are: "41,2/64". */
export function index766Points(index: Pick<Index766, 'points' | 'max'>, lang: Lang): { points: string; max: string } {
  return { points: formatNumber(index.points, lang, 1), max: formatNumber(index.max, lang, Number.isInteger(index.max) ? 0 : 1) };
}

/** "Chỉ số 766 (ước tính): 41,2/64 điểm"; no estimated indicator at all reads "no data", never 0. */
export function index766Line(index: Index766, lang: Lang): string {
  return index.max > 0 ? t(lang, 'index766Summary', index766Points(index, lang)) : t(lang, 'index766NoData');
}

/** The results table's cell: the unit's points of its max, a button to its indicators. */
export function index766Cell(index: Index766, unitName: string, lang: Lang, onOpen: () => void): HTMLTableCellElement {
  if (index.max === 0) return el('td', { class: 'num index766-cell no-data', title: t(lang, 'index766NoData'), text: '—' });
  const { points, max } = index766Points(index, lang);
  return el('td', { class: 'num index766-cell' }, el('button', { type: 'button', class: 'link-button dark index766-open', 'aria-label': t(lang, 'index766Open', { unit: unitName }), onclick: onOpen, text: `${points}/${max}` }));
}

/** The assumptions behind the estimate, folded until asked for. */
function index766Help(lang: Lang): HTMLDetailsElement {
  return el('details', { class: 'index766-help', id: 'index766-help' }, el('summary', { text: t(lang, 'index766Help') }), helpText(lang).split('\n\n').map((part) => el('p', { text: part })));
}

/** One unit's indicators (rate, points, max, basis) and the points it could gain, largest first. */
function index766Detail(unitName: string, index: Index766, lang: Lang): HTMLElement {
  const { points, max } = index766Points(index, lang);
  const heading = index.max > 0 ? t(lang, 'index766Unit', { unit: unitName, points, max }) : `${unitName}: ${t(lang, 'index766NoData')}`;
  const head = el('tr', {}, (['indicator', 'indicatorRate', 'indicatorPoints', 'indicatorMax', 'indicatorBasis'] as const).map((key) => el('th', { scope: 'col', text: t(lang, key) })));
  return el(
    'div',
    { class: 'index766-detail' },
    el('h3', { id: 'index766-unit-heading', tabindex: -1, text: heading }),
    el('div', { class: 'figures-scroll' }, el('table', { id: 'index766-indicators', class: 'figures-table' }, el('thead', {}, head), el('tbody', {}, index.indicators.map((i) => indicatorRow(i, lang))))),
    el('h4', { text: t(lang, 'gainsHeading') }),
    index.gains.length === 0 ? el('p', { class: 'muted', text: t(lang, 'gainsNone') }) : el('ul', { id: 'index766-gains', class: 'index766-gains' }, index.gains.map((g) => el('li', { 'data-indicator': g.indicatorId, text: gainText(g, lang) }))),
  );
}

function indicatorRow(indicator: Index766Indicator, lang: Lang): HTMLTableRowElement {
  const portal = indicator.basis === 'portal';
  const noData = !portal && indicator.rate === null;
  const basis = portal ? t(lang, 'basis_portal') : noData ? t(lang, 'indicatorNoData') : t(lang, 'basis_form06');
  return el(
    'tr',
    { 'data-indicator': indicator.id, 'data-basis': indicator.basis, class: portal || noData ? 'indicator-unscored' : '' },
    el('th', { scope: 'row', text: `${indicator.id} ${indicatorTitle(indicator.id, lang)}` }),
    el('td', { class: 'num indicator-rate', text: formatPercent(indicator.rate, lang) }),
    el('td', { class: 'num indicator-points', text: indicator.points === null ? '—' : formatNumber(indicator.points, lang, 1) }),
    el('td', { class: 'num indicator-max', text: formatNumber(indicator.max, lang) }),
    el('td', { class: 'indicator-basis', text: basis }),
  );
}

/**
 * The summary's line, the section's help and a unit's detail: `unitId`'s (the reporter's own) at
 * first, or how to choose one. Returns what shows another unit's.
 */
export function renderIndex766(card: Pick<Scorecard, 'district' | 'units'>, lang: Lang, unitId: string | null): (unit: UnitScorecard) => void {
  byId('summary-766-text').textContent = index766Line(card.district.index766, lang);
  const help = index766Help(lang);
  fill(byId('index766-help-box'), help);
  byId('summary-766-help').onclick = () => {
    help.open = true;
    help.scrollIntoView({ block: 'start' });
    help.querySelector('summary')!.focus();
  };
  const show = (unit: UnitScorecard) => fill(byId('index766-unit'), index766Detail(unit.name, unit.index766, lang));
  const first = card.units.find((u) => u.unitId === unitId);
  if (first) show(first);
  else fill(byId('index766-unit'), el('p', { class: 'muted hint', text: t(lang, 'index766Pick') }));
  return (unit) => {
    show(unit);
    byId('index766').scrollIntoView({ block: 'start' });
    byId('index766-unit-heading').focus();
  };
}
