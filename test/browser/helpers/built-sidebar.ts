/**
 * The add-in's built scorecard sidebar (`Scorecard.html` of `dist/`) in Chromium, its
 * `google.script.run` answered by a stand-in and its chart text recorded: built once per suite,
 * then opened at any width and language with the answers a test gives.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { buildAddon } from '../../../addon/build.js';
import type { Lang } from '../../../shared/words/messages.js';
import { scriptRunStandIn } from '../../addon/helpers/script-run-stand-in.js';
import { launchBrowser } from '../../helpers/browser.js';
import { DRAWN_TEXT_RECORDER } from './drawn-text.js';

const API_URL = 'https://abc123.execute-api.ap-southeast-1.amazonaws.com/v1';
export const ARTIFACTS = 'test-artifacts';

export interface OpenedSidebar {
  page: Page;
  /** Script errors the page threw, from before its content was set. */
  errors: string[];
}

/** Registers the suite's build and browser (beforeAll/afterAll); `open` loads a sidebar page. */
export function builtSidebar(name: string): { open: (lang: Lang, width: number, answers: Record<string, unknown>) => Promise<OpenedSidebar> } {
  let browser: Browser;
  let outDir: string;
  beforeAll(async () => {
    outDir = mkdtempSync(join(tmpdir(), `${name}-build-`));
    [, browser] = await Promise.all([buildAddon({ outDir, apiUrl: API_URL }), launchBrowser()]);
    mkdirSync(ARTIFACTS, { recursive: true });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    rmSync(outDir, { recursive: true, force: true });
  });
  return {
    async open(lang, width, answers) {
      const context = await browser.newContext({ viewport: { width, height: 800 }, locale: lang === 'vi' ? 'vi-VN' : 'en-US', deviceScaleFactor: width > 300 ? 2 : 1 });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      const head = `<head><script>${DRAWN_TEXT_RECORDER}${scriptRunStandIn(answers)}</script>`;
      await page.setContent(readFileSync(join(outDir, 'Scorecard.html'), 'utf8').replace('<head>', () => head));
      return { page, errors };
    },
  };
}
