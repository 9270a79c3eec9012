/** Long lists a page at a time: the page's slice, and the links under it ("‹ Trang trước · Trang 3/67 · Trang sau ›"). */
import type { Lang } from '../../shared/words/messages.js';
import { el } from './dom.js';
import { t } from './i18n.js';

/** 50 rows of the traffic-light table are about 2,500 px: a long page, not a 100,000 px one. */
export const PAGE_SIZE = 50;

export interface Page<T> {
  items: T[];
  /** 0-based, clamped to the last page. */
  index: number;
  count: number;
  /** 1-based position of the first item, for "1–50 of 3,321". */
  from: number;
}

export function pageOf<T>(items: readonly T[], index: number, size: number): Page<T> {
  const count = Math.max(1, Math.ceil(items.length / size));
  const clamped = Math.min(Math.max(0, index), count - 1);
  return { items: items.slice(clamped * size, (clamped + 1) * size), index: clamped, count, from: clamped * size + 1 };
}

/** Nothing when everything fits one page. */
export function pageLinks(page: Page<unknown>, lang: Lang, go: (index: number) => void): HTMLElement | null {
  if (page.count <= 1) return null;
  return el(
    'nav',
    { class: 'pager', 'aria-label': t(lang, 'pages') },
    el('button', { type: 'button', class: 'page-previous', disabled: page.index === 0, onclick: () => go(page.index - 1), text: t(lang, 'pagePrevious') }),
    el('span', { class: 'page-of', 'aria-live': 'polite', text: t(lang, 'pageOf', { page: page.index + 1, pages: page.count }) }),
    el('button', { type: 'button', class: 'page-next', disabled: page.index === page.count - 1, onclick: () => go(page.index + 1), text: t(lang, 'pageNext') }),
  );
}
