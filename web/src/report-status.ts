/**
 * Where a unit's report stands: its latest version, sent on time or late, the review status;
 * the district office's comment when it was returned (first and prominent, it is what the unit
 * must act on); and every version sent.
 */
import type { RouteResponse } from '../../shared/api/contract.js';
import { CHART_WORDS } from '../../shared/charts/labels.js';
import { formatVietnamTime } from '../../shared/words/format.js';
import type { Lang } from '../../shared/words/messages.js';
import { el } from './dom.js';
import { t } from './i18n.js';

export type LatestReport = RouteResponse<'getReport'>;

export function reportStatus(report: LatestReport, lang: Lang): HTMLElement[] {
  const when = report.onTime ? CHART_WORDS[lang].onTime : CHART_WORDS[lang].late;
  const status = el('p', { class: 'report-status', 'data-status': report.status, text: t(lang, 'reportStatus', { version: report.version, when, status: t(lang, `review_${report.status}`) }) });
  const review = report.lastReview;
  const returned =
    report.status === 'returned' && review
      ? el(
          'div',
          { class: 'returned-note', role: 'note' },
          el('p', { class: 'returned-title', text: t(lang, 'returnedTitle') }),
          el('p', { class: 'muted', text: t(lang, 'reviewBy', { by: review.by, date: formatVietnamTime(review.at) }) }),
          el('blockquote', { class: 'review-comment', text: review.comment }),
        )
      : null;
  const history = el(
    'details',
    { class: 'report-history', open: report.history.length > 1 },
    el('summary', { text: `${t(lang, 'historyHeading')} (${report.history.length})` }),
    el('ol', {}, report.history.map((v) => el('li', { text: t(lang, 'historyLine', { version: v.version, date: formatVietnamTime(v.submittedAt), by: v.submittedBy }) }))),
  );
  return returned ? [returned, status, history] : [status, history];
}
