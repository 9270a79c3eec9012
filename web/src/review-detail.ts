/**
 * One report opened from the review queue: where it stands, its warnings, its figures beside
 * the same unit's previous quarter, and the decision: accept, or return with a comment. The
 * decision names the version read, so a newer version sent meanwhile is refused (409), not
 * accepted unseen.
 */
import type { ReportData } from '../../shared/report/schema.js';
import type { Lang } from '../../shared/words/messages.js';
import { ApiError } from './api.js';
import { byId, el, fill } from './dom.js';
import { t } from './i18n.js';
import { figureLabel, reportFigures } from './report-figures.js';
import { reportStatus, type LatestReport } from './report-status.js';
import { call, currentPlan, inPlan, state } from './state.js';

export async function openReview(unitId: string, unitName: string, refresh: (message: string) => Promise<void>): Promise<void> {
  const box = byId('review-detail');
  const periodId = state.periodId!;
  const lang = state.lang;
  const [report, previous] = await Promise.all([call('getReport', { ...inPlan(periodId), unitId }), previousReport(unitId, periodId)]);
  if (state.periodId !== periodId) return;
  const heading = el('h3', { tabindex: -1, text: t(lang, 'reviewHeading', { unit: unitName }) });
  fill(box, heading, reportStatus(report, lang), warnings(report, lang), el('div', { class: 'figures-scroll' }, reportFigures(report.data, lang, previous, new Set(report.warnings.map((w) => w.path)))), decisionForm(report, unitName, lang, refresh));
  box.dataset.unit = unitId;
  box.hidden = false;
  heading.focus();
}

/** The unit's report for the quarter before, when the plan has that quarter and the unit sent one. */
async function previousReport(unitId: string, periodId: string): Promise<ReportData | null> {
  const quarters = currentPlan()!.periods.filter((p) => !p.derived).map((p) => p.id);
  const before = quarters[quarters.indexOf(periodId) - 1];
  if (!before) return null;
  const status = await call('periodStatus', inPlan(before));
  if (!status.units.some((u) => u.unitId === unitId && u.submitted)) return null;
  return (await call('getReport', { ...inPlan(before), unitId })).data;
}

function warnings(report: LatestReport, lang: Lang): HTMLElement {
  return el(
    'div',
    { class: report.warnings.length ? 'report-warnings' : 'report-warnings none' },
    el('h4', { text: t(lang, 'warningsHeading', { count: report.warnings.length }) }),
    report.warnings.length ? el('ul', {}, report.warnings.map((w) => el('li', { 'data-path': w.path, text: warningText(w, lang) }))) : null,
  );
}

/** The server names a figure by its path; a reviewer reads the template's words for it instead. */
function warningText(warning: LatestReport['warnings'][number], lang: Lang): string {
  const label = figureLabel(warning.path, lang);
  return label ? warning.message.replace(`"${warning.path}"`, `"${label}"`) : warning.message;
}

function decisionForm(report: LatestReport, unitName: string, lang: Lang, refresh: (message: string) => Promise<void>): HTMLElement {
  const comment = el('textarea', { id: 'review-comment', rows: 3, maxlength: 2000 });
  const error = el('p', { class: 'error', role: 'alert', hidden: true });
  const decide = async (decision: 'accept' | 'return') => {
    const text = comment.value.trim();
    if (decision === 'return' && !text) return showError(t(lang, 'commentRequired'));
    try {
      await call('reviewReport', { ...inPlan(report.period), unitId: report.unitId }, { decision, comment: text, version: report.version });
      await refresh(t(lang, `reviewDone_${decision}`, { unit: unitName }));
      byId('review-notice').focus();
    } catch (failure) {
      showError(failure instanceof ApiError ? failure.message : String(failure));
    }
  };
  const showError = (message: string) => {
    error.textContent = message;
    error.hidden = false;
  };
  return el(
    'div',
    { class: 'review-form' },
    el('label', { for: 'review-comment', text: t(lang, 'commentLabel') }),
    comment,
    error,
    el(
      'p',
      { class: 'review-actions' },
      el('button', { type: 'button', class: 'primary', 'data-decision': 'accept', onclick: () => void decide('accept') }, t(lang, 'accept')),
      el('button', { type: 'button', class: 'secondary', 'data-decision': 'return', onclick: () => void decide('return') }, t(lang, 'returnReport')),
      el('button', { type: 'button', class: 'link-button dark', onclick: () => closeReview(report.unitId) }, t(lang, 'closeReport')),
    ),
  );
}

function closeReview(unitId: string): void {
  byId('review-detail').hidden = true;
  document.querySelector<HTMLElement>(`#review-queue button[data-unit="${CSS.escape(unitId)}"]`)?.focus();
}
