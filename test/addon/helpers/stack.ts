/**
 * The local stack for the add-in's tests, in its own process: the fake UrlFetchApp blocks this
 * thread while it waits, so a server on this thread could never answer. The add-in reaches it as
 * Apps Script would reach the deployed API: at an https address on the manifest's allow-list
 * (TEST_API_URL, which the fake's `network` sends to the stack), with the ID tokens the fake's
 * ScriptApp signs like Google's, which the stack is told to trust (TRUST_ISSUER).
 */
import { FAKE_OAUTH_CLIENT_ID, GOOGLE_ISSUER, googleTestKeys } from '../../fakes/apps-script/identity-token.js';
import type { AppsScriptFakeOptions } from '../../fakes/apps-script/index.js';
import { startStackProcess, type StackProcess } from '../../helpers/processes.js';

/** The https address the tests build the add-in for. */
export const TEST_API_URL = 'https://api.tthc-scorecards.test';

export interface AddonStack {
  /** The stack's own address (http://localhost:…), for the test's direct requests. */
  url: string;
  /** The address the add-in calls: TEST_API_URL. */
  apiUrl: string;
  /** Options for openAddon: the fake's UrlFetchApp reaches this stack at TEST_API_URL. */
  reachable: Pick<AppsScriptFakeOptions, 'network'>;
  /** An ID token from the stack's own issuer (POST /dev/token), for the test's direct requests. */
  token(email: string): Promise<string>;
  /** A JSON request to the API as `as`. */
  api<T = unknown>(path: string, init?: { as?: string; method?: string; body?: unknown }): Promise<{ status: number; body: T }>;
  stop(): Promise<unknown>;
}

export async function startAddonStack(env: Record<string, string> = { DEMO: '1' }): Promise<AddonStack> {
  const trust = { issuer: GOOGLE_ISSUER, audience: FAKE_OAUTH_CLIENT_ID, keys: googleTestKeys() };
  const process: StackProcess = await startStackProcess({ TRUST_ISSUER: JSON.stringify(trust), ...env });
  const token = (email: string) => process.token(email);
  async function api<T>(path: string, init: { as?: string; method?: string; body?: unknown } = {}) {
    // The fake's UrlFetchApp may have held this thread for seconds (writing a sheet): one turn of
    // the event loop lets fetch see the keep-alive sockets the stack closed meanwhile, not reuse one.
    await new Promise((resolve) => setTimeout(resolve, 20));
    const headers: Record<string, string> = { 'accept-language': 'vi', 'content-type': 'application/json' };
    if (init.as) headers.authorization = `Bearer ${await token(init.as)}`;
    const response = await fetch(`${process.url}${path}`, { method: init.method ?? 'GET', headers, ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }) });
    return { status: response.status, body: (await response.json()) as T };
  }
  return { url: process.url, apiUrl: TEST_API_URL, reachable: { network: { [TEST_API_URL]: process.url } }, token, api, stop: () => process.stop() };
}
