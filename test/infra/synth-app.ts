/**
 * The app as the CDK CLI builds it: cdk.json's context (feature flags), test settings, and no
 * bundling (`aws:cdk:bundling-stacks: []`), so a synth takes seconds. Bundles have their own test.
 */
import { App } from 'aws-cdk-lib';
import { readFileSync } from 'node:fs';

const cdkJson = JSON.parse(readFileSync(new URL('../../cdk.json', import.meta.url), 'utf8')) as { context: Record<string, unknown> };

export const TEST_CLIENT_ID = '123456789012-testclient.apps.googleusercontent.com';
export const TEST_ADMINS = 'admin@tuky.gov.vn, chanhvanphong@tuky.gov.vn';

export function testApp(context: Record<string, unknown> = {}): App {
  return new App({
    context: { ...cdkJson.context, 'aws:cdk:bundling-stacks': [], googleClientId: TEST_CLIENT_ID, adminEmails: TEST_ADMINS, ...context },
  });
}
