/**
 * The app as the CDK CLI builds it: cdk.json's context (feature flags), test settings, and no
 * bundling (`aws:cdk:bundling-stacks: []`), so a synth takes seconds. Bundles have their own test.
 */
import { App } from 'aws-cdk-lib';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const cdkJson = JSON.parse(readFileSync(new URL('../../cdk.json', import.meta.url), 'utf8')) as { context: Record<string, unknown> };

export const TEST_CLIENT_ID = '123456789012-testclient.apps.googleusercontent.com';
export const TEST_WEB_CLIENT_ID = '123456789012-testwebpage.apps.googleusercontent.com';
export const TEST_ADMINS = 'admin@tuky.gov.vn, chanhvanphong@tuky.gov.vn';

export function testApp(context: Record<string, unknown> = {}): App {
  return new App({
    context: {
      ...cdkJson.context,
      'aws:cdk:bundling-stacks': [],
      googleClientId: TEST_CLIENT_ID,
      webClientId: TEST_WEB_CLIENT_ID,
      adminEmails: TEST_ADMINS,
      ...context,
    },
  });
}

/** A stand-in for the built page, laid out as web/build.ts writes it: the stack uploads it as it is. */
export function testWebDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'web-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Bảng điểm</title><script src="/assets/main-TEST.js" type="module"></script>\n');
  writeFileSync(join(dir, 'assets', 'main-TEST.js'), 'document.title = "Bảng điểm";\n');
  return dir;
}
