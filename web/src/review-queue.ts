/**
 * The district office's queue for a quarter, from the period's status: reports awaiting review
 * first (open), then returned, accepted, sent late and missing (folded). Each report opens in
 * review-detail.ts; after a decision the queue is read again.
 */
import type { RouteResponse } from '../../shared/api/contract.js';
import type { Lang } from '../../shared/words/messages.js';
import { formatVietnamTime } from '../../shared/words/format.js';
import { byId, el, fill } from './dom.js';
import { t, type PageWord } from './i18n.js';
import { openReview } from './review-detail.js';
import { call, canCompute, currentPeriod, inPlan, state } from './state.js';

type UnitStatus = RouteResponse<'periodStatus'>['units'][number];

const GROUPS: readonly { id: string; word: PageWord; has: (u: UnitStatus) => boolean }[] = [
  { id: 'submitted', word: 'queue_submitted', has: (u) => u.status === 'submitted' },
  { id: 'returned', word: 'queue_returned', has: (u) => u.status === 'returned' },
  { id: 'accepted', word: 'queue_accepted', has: (u) => u.status === 'accepted' },
  { id: 'late', word: 'queue_late', has: (u) => u.late },
  { id: 'missing', word: 'queue_missing', has: (u) => u.missing },
];

/** Reviewers and admins, on a quarter; hidden otherwise. `notice` is said once above the queue. */
export async function renderReviewQueue(isCurrent: () => boolean, notice = ''): Promise<void> {
  const section = byId('review-queue');
  const period = currentPeriod();
  if (!canCompute() || !period || period.derived) {
    section.hidden = true;
    return;
  }
  const lang = state.lang;
  const status = await call('periodStatus', inPlan(period.id));
  if (!isCurrent()) return;
  const refresh = (message: string) => renderReviewQueue(isCurrent, message);
  fill(
    section,
    el('h2', { text: t(lang, 'queueHeading') }),
    el('p', { id: 'review-notice', class: 'review-notice', role: 'status', tabindex: -1, hidden: !notice, text: notice }),
    el('div', { class: 'queue-groups' }, GROUPS.map((group) => queueGroup(group, status.units.filter(group.has), lang, refresh))),
    el('div', { id: 'review-detail', class: 'review-detail', hidden: true }),
  );
  section.dataset.period = period.id;
  section.hidden = false;
}

function queueGroup(group: (typeof GROUPS)[number], units: UnitStatus[], lang: Lang, refresh: (message: string) => Promise<void>): HTMLElement {
  const item = (u: UnitStatus) =>
    u.missing
      ? el('li', { 'data-unit': u.unitId }, u.name, u.lastRemindedAt && el('span', { class: 'muted last-reminded', text: ` · ${t(lang, 'lastReminded', { time: formatVietnamTime(u.lastRemindedAt) })}` }))
      : el('li', {}, el('button', { type: 'button', class: 'queue-item', 'data-unit': u.unitId, onclick: () => void openReview(u.unitId, u.name, refresh) }, u.name));
  return el(
    'details',
    { class: 'queue-group', 'data-group': group.id, open: group.id === 'submitted' },
    el('summary', { text: t(lang, group.word, { count: units.length }) }),
    units.length ? el('ul', {}, units.map(item)) : el('p', { class: 'muted', text: t(lang, 'none') }),
  );
}
