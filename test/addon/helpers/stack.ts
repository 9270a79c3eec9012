/**
 * The local stack for the add-in's tests, in its own process: the fake UrlFetchApp blocks this
 * thread while it waits, so a server on this thread could never answer. ID tokens are fetched
 * ahead (async) and handed to the fake's synchronous ScriptApp.getIdentityToken().
 */
import { startStackProcess, type StackProcess } from '../../helpers/processes.js';

export interface AddonStack {
  url: string;
  /** An ID token from the stack's issuer (POST /dev/token). */
  token(email: string): Promise<string>;
  /** A JSON request to the API as `as`. */
  api<T = unknown>(path: string, init?: { as?: string; method?: string; body?: unknown }): Promise<{ status: number; body: T }>;
  stop(): Promise<unknown>;
}

export async function startAddonStack(env: Record<string, string> = { DEMO: '1' }): Promise<AddonStack> {
  const process: StackProcess = await startStackProcess(env);
  const token = (email: string) => process.token(email);
  async function api<T>(path: string, init: { as?: string; method?: string; body?: unknown } = {}) {
    const headers: Record<string, string> = { 'accept-language': 'vi', 'content-type': 'application/json' };
    if (init.as) headers.authorization = `Bearer ${await token(init.as)}`;
    const response = await fetch(`${process.url}${path}`, { method: init.method ?? 'GET', headers, ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }) });
    return { status: response.status, body: (await response.json()) as T };
  }
  return { url: process.url, token, api, stop: () => process.stop() };
}
