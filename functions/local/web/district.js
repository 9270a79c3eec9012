/** The district's KPIs as cards: value, target, status in colour and in words, previous value and the change. */
import { KPI_LABELS, STATUS_COLORS, STATUS_LABELS, TARGET_COLOR } from '/shared-style.js';
import { el, textColorOn } from './dom.js';
import { integer, percent, points } from './format.js';
import { t } from './i18n.js';

export function districtCards(kpis, lang) {
  return kpis.map((kpi) => kpiCard(kpi, lang));
}

function kpiCard(kpi, lang) {
  const counts = kpi.denominator > 0 ? t(lang, 'counts', { numerator: integer(kpi.numerator, lang), denominator: integer(kpi.denominator, lang) }) : null;
  return el(
    'article',
    { class: 'kpi-card', style: { borderLeftColor: STATUS_COLORS[kpi.status] }, 'data-kpi': kpi.id, 'data-status': kpi.status },
    el(
      'div',
      { class: 'kpi-head' },
      el('h3', { class: 'kpi-name', text: KPI_LABELS[kpi.id]?.[lang] ?? kpi.id }),
      el('p', { class: 'kpi-figure' }, el('span', { class: 'kpi-value', text: percent(kpi.value, lang) }), counts ? el('span', { class: 'muted kpi-counts', text: counts }) : null),
    ),
    progressBar(kpi),
    el(
      'p',
      { class: 'kpi-detail kpi-target-line' },
      statusBadge(kpi.status, lang),
      el('span', { text: kpi.target === null ? t(lang, 'noTarget') : t(lang, 'target', { value: percent(kpi.target, lang) }) }),
    ),
    el('p', { class: 'kpi-detail', text: previousLine(kpi, lang) }),
  );
}

/** The status in words on its colour, so colour is never the only signal. */
export function statusBadge(status, lang) {
  const color = STATUS_COLORS[status];
  return el('span', { class: 'status-badge', style: { background: color, color: textColorOn(color) }, text: STATUS_LABELS[status][lang] });
}

/** A bar filled to the value with a dark tick at the target (decorative: the numbers are in text). */
function progressBar(kpi) {
  const fill = Math.max(0, Math.min(1, kpi.value ?? 0));
  return el(
    'div',
    { class: 'kpi-bar', 'aria-hidden': 'true' },
    el('span', { class: 'kpi-bar-fill', style: { width: `${fill * 100}%`, background: STATUS_COLORS[kpi.status] } }),
    kpi.target === null ? null : el('span', { class: 'kpi-bar-target', style: { left: `${Math.min(1, kpi.target) * 100}%`, background: TARGET_COLOR } }),
  );
}

function previousLine(kpi, lang) {
  if (kpi.previous === null) return t(lang, 'noPrevious');
  const change = kpi.value === null ? '—' : points(kpi.value - kpi.previous, lang);
  return t(lang, 'previous', { value: percent(kpi.previous, lang), change });
}
