/**
 * What the leadership page's browser tests share: the two screen sizes, a fresh browser profile
 * per reader that records script errors and failed responses, and waiting for a scorecard.
 */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';

export const DESKTOP: BrowserContextOptions = { viewport: { width: 1366, height: 900 }, reducedMotion: 'reduce' };
export const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, reducedMotion: 'reduce' };

export interface ReaderPage {
  page: Page;
  /** Script errors, console errors and every answer of 400 or more, as they happened. */
  problems: string[];
}

/** A fresh profile; a step that cannot happen fails in 10 s with its selector. */
export async function openReader(browser: Browser, options: BrowserContextOptions): Promise<ReaderPage> {
  const context = await browser.newContext(options);
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  page.on('response', (response) => response.status() >= 400 && problems.push(`${response.status()} ${new URL(response.url()).pathname}`));
  return { page, problems };
}

export async function waitForScorecard(page: Page, period: string, lang = 'vi'): Promise<void> {
  await page.waitForSelector(`body[data-state="ready"] #scorecard[data-period="${period}"][data-lang="${lang}"]`);
}

/** True when the page is no wider than the screen: nothing to scroll sideways. */
export function fitsWidth(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);
}
