/**
 * The page's words come from shared/words/page-words.ts; this fills the static ones of
 * index.html (`data-i18n`, `data-i18n-label`) and writes dates as the page shows them.
 */
import { isPageWord, pageText, type PageWord } from '../../shared/words/page-words.js';
import type { Lang } from '../../shared/words/messages.js';

export { pageText as t, type PageWord };

export function applyStaticText(root: ParentNode, lang: Lang): void {
  for (const node of root.querySelectorAll<HTMLElement>('[data-i18n]')) {
    const key = node.dataset.i18n!;
    if (isPageWord(key)) node.textContent = pageText(lang, key);
  }
  for (const node of root.querySelectorAll<HTMLElement>('[data-i18n-label]')) {
    const key = node.dataset.i18nLabel!;
    if (isPageWord(key)) node.setAttribute('aria-label', pageText(lang, key));
  }
}

/** A local calendar date "2024-06-15" → "15/06/2024", day first in both languages. */
export function localDate(ymd: string): string {
  const [year, month, day] = ymd.split('-');
  return `${day}/${month}/${year}`;
}
