/**
 * The district's KPIs as cards: value, target, status in colour and in words, previous value and
 * the change. A KPI without data shows "—" on an empty, dashed bar, so it never reads as 0%.
 */
import { STATUS_COLORS, TARGET_COLOR } from '../../shared/charts/chart-style.js';
import { STATUS_LABELS } from '../../shared/charts/labels.js';
import type { KpiResult, KpiStatus } from '../../shared/engine/scorecard-model.js';
import { KPI_LABELS } from '../../shared/kpis.js';
import { formatNumber, formatPercent } from '../../shared/words/format.js';
import type { Lang } from '../../shared/words/messages.js';
import { el, textColorOn } from './dom.js';
import { t } from './i18n.js';

export function districtCards(kpis: readonly KpiResult[], lang: Lang): HTMLElement[] {
  return kpis.map((kpi) => kpiCard(kpi, lang));
}

function kpiCard(kpi: KpiResult, lang: Lang): HTMLElement {
  const noData = kpi.value === null;
  const counts = kpi.denominator > 0 ? t(lang, 'counts', { numerator: formatNumber(kpi.numerator, lang), denominator: formatNumber(kpi.denominator, lang) }) : t(lang, 'noDataCounts');
  return el(
    'article',
    { class: 'kpi-card', style: { borderLeftColor: STATUS_COLORS[kpi.status] }, 'data-kpi': kpi.id, 'data-status': kpi.status },
    el(
      'div',
      { class: 'kpi-head' },
      el('h3', { class: 'kpi-name', text: KPI_LABELS[kpi.id][lang] }),
      el('p', { class: 'kpi-figure' }, el('span', { class: noData ? 'kpi-value no-data' : 'kpi-value', text: formatPercent(kpi.value, lang) }), el('span', { class: 'muted kpi-counts', text: counts })),
    ),
    progressBar(kpi),
    el(
      'p',
      { class: 'kpi-detail kpi-target-line' },
      statusBadge(kpi.status, lang),
      el('span', { text: kpi.target === null ? t(lang, 'noTarget') : t(lang, 'target', { value: formatPercent(kpi.target, lang) }) }),
    ),
    el('p', { class: 'kpi-detail', text: previousLine(kpi, lang) }),
  );
}

/** The status in words on its colour, so colour is never the only signal. */
function statusBadge(status: KpiStatus, lang: Lang): HTMLElement {
  const color = STATUS_COLORS[status];
  return el('span', { class: 'status-badge', style: { background: color, color: textColorOn(color) }, text: STATUS_LABELS[status][lang] });
}

/** A bar filled to the value with a dark tick at the target (decorative: the numbers are in text). */
function progressBar(kpi: KpiResult): HTMLElement {
  const target = kpi.target === null ? null : el('span', { class: 'kpi-bar-target', style: { left: `${Math.min(1, kpi.target) * 100}%`, background: TARGET_COLOR } });
  if (kpi.value === null) return el('div', { class: 'kpi-bar no-data', 'aria-hidden': 'true' }, target);
  const share = Math.max(0, Math.min(1, kpi.value));
  return el('div', { class: 'kpi-bar', 'aria-hidden': 'true' }, el('span', { class: 'kpi-bar-fill', style: { width: `${share * 100}%`, background: STATUS_COLORS[kpi.status] } }), target);
}

export function previousLine(kpi: KpiResult, lang: Lang): string {
  if (kpi.previous === null) return t(lang, 'noPrevious');
  return t(lang, 'previous', { value: formatPercent(kpi.previous, lang), change: kpi.value === null ? '—' : signedPoints(kpi.value - kpi.previous, lang) });
}

/** A change between two ratios in percentage points, signed: 0.0123 → "+1,2"; none → "0,0". */
function signedPoints(change: number, lang: Lang): string {
  const text = formatNumber(change * 100, lang, 1);
  return change > 0 && !/^0[.,]0$/.test(text) ? `+${text}` : text;
}
