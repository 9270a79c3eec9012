/**
 * A unit reporter's own part of the page: its report for the period (what it sent, where the
 * report stands, the reviewer's comment when returned) and its KPIs beside the district's and
 * the target. Reports are per quarter: a half-year or the year shows the KPIs only.
 */
import { STATUS_LABELS } from '../../shared/charts/labels.js';
import type { Scorecard } from '../../shared/engine/scorecard-model.js';
import { KPI_LABELS } from '../../shared/kpis.js';
import { formatPercent } from '../../shared/words/format.js';
import type { Lang } from '../../shared/words/messages.js';
import { byId, el, fill } from './dom.js';
import { t } from './i18n.js';
import { reportFigures } from './report-figures.js';
import { reportStatus } from './report-status.js';
import { call, currentPeriod, currentPlan, inPlan, state } from './state.js';

/** The unit of a reporter in the current plan; null for every other role. */
export function reporterUnit(): string | null {
  if (state.me?.admin) return null;
  const grant = state.me?.memberships.find((m) => m.planId === state.planId);
  return grant?.role === 'reporter' ? (grant.unitId ?? null) : null;
}

export async function renderMyReport(unitId: string | null, card: Scorecard | null, isCurrent: () => boolean): Promise<void> {
  const section = byId('my-report');
  const period = currentPeriod();
  if (!unitId || !period) {
    section.hidden = true;
    return;
  }
  const lang = state.lang;
  const unitName = currentPlan()?.units.find((u) => u.id === unitId)?.name ?? unitId;
  const [status, figures] = period.derived ? [[], null] : await reportParts(unitId, period.id, lang);
  if (!isCurrent()) return;
  // Side by side on a laptop, one below the other on a phone.
  fill(section, el('h2', { text: t(lang, 'myReportHeading', { unit: unitName }) }), status, el('div', { class: 'report-columns' }, figures, card ? myKpis(card, unitId, lang) : null));
  section.hidden = false;
}

/** The period's status says whether there is a report, so a unit without one costs no 404. */
async function reportParts(unitId: string, periodId: string, lang: Lang): Promise<[HTMLElement[], HTMLElement | null]> {
  const status = await call('periodStatus', inPlan(periodId));
  if (!status.units.some((u) => u.unitId === unitId && u.submitted)) return [[el('p', { class: 'report-none', text: t(lang, 'myReportNone') })], null];
  const report = await call('getReport', { ...inPlan(periodId), unitId });
  return [reportStatus(report, lang), el('div', {}, el('h3', { text: t(lang, 'figuresHeading') }), el('div', { class: 'figures-scroll' }, reportFigures(report.data, lang)))];
}

function myKpis(card: Scorecard, unitId: string, lang: Lang): HTMLElement | null {
  const unit = card.units.find((u) => u.unitId === unitId);
  if (!unit?.submitted) return null;
  const district = new Map(card.district.kpis.map((k) => [k.id, k]));
  const head = el('tr', {}, [t(lang, 'kpi'), t(lang, 'unitValue'), t(lang, 'districtValue'), t(lang, 'targetValue')].map((text, i) => el('th', { scope: 'col', class: i ? 'num' : '', text })));
  const rows = unit.kpis.map((kpi) =>
    el(
      'tr',
      { 'data-kpi': kpi.id, 'data-status': kpi.status },
      el('th', { scope: 'row', text: KPI_LABELS[kpi.id][lang] }),
      el('td', { class: 'num' }, el('strong', { text: formatPercent(kpi.value, lang) }), el('span', { class: `kpi-status status-${kpi.status}`, text: STATUS_LABELS[kpi.status][lang] })),
      el('td', { class: 'num', text: formatPercent(district.get(kpi.id)?.value ?? null, lang) }),
      el('td', { class: 'num', text: formatPercent(kpi.target, lang) }),
    ),
  );
  return el('div', {}, el('h3', { text: t(lang, 'myKpisHeading') }), el('div', { class: 'figures-scroll' }, el('table', { class: 'figures-table my-kpis' }, el('thead', {}, head), el('tbody', {}, rows))));
}
