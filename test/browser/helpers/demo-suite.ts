/**
 * A page suite's setting: the local stack with the Tứ Kỳ demo at a fixed instant and one browser,
 * started before the suite's tests and closed after them; screenshots go to ARTIFACTS.
 */
import { mkdir } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from '../../helpers/browser.js';
import { startApiStack, type ApiStack } from '../../helpers/api-stack.js';

export const ARTIFACTS = 'test-artifacts';

export interface DemoSuite {
  stack: ApiStack;
  browser: Browser;
}

/** Call inside `describe`; the fields are set once `beforeAll` has run. */
export function demoSuite(now: string): DemoSuite {
  const suite = {} as DemoSuite;
  beforeAll(async () => {
    [suite.stack, suite.browser] = await Promise.all([startApiStack({ demo: true, now }), launchBrowser()]);
    await mkdir(ARTIFACTS, { recursive: true });
  });
  afterAll(async () => {
    await suite.browser?.close();
    await suite.stack?.close();
  });
  return suite;
}
