/// <reference types="google-apps-script" />
/** The reader's language: the sidebar passes the browser's, menu items ask Apps Script. */
import type { Lang } from '../../shared/words/messages.js';

export function langOf(locale: unknown): Lang {
  return typeof locale === 'string' && locale.toLowerCase().startsWith('en') ? 'en' : 'vi';
}

/** For menu items, which have no browser to ask (one Session call). */
export function sessionLang(): Lang {
  return langOf(Session.getActiveUserLocale());
}
