/// <reference types="google-apps-script" />
/**
 * The HTTP API v1 (DESIGN §3) over UrlFetchApp, with the user's Google ID token. One request
 * costs one fetch; the token is asked for once per execution. Outcomes:
 * - 2xx: the parsed JSON body;
 * - 4xx: an AddonError carrying the server's own message and issues (already in the reader's
 *   language: the request says Accept-Language);
 * - 5xx, timeouts and network failures: an AddonError with `status` 5xx or null, so callers can
 *   tell "the server answered" from "we do not know what happened".
 */
import type { Lang } from '../../shared/messages.js';
import { AddonError, type Issue } from './errors.js';
import { say } from './words.js';

export interface ApiClient {
  get<T>(path: string): T;
  post<T>(path: string, body: unknown): T;
}

interface ErrorBody {
  error?: { code?: unknown; message?: unknown; issues?: unknown };
}

export function apiClient(apiUrl: string, lang: Lang): ApiClient {
  let token: string | null = null;
  const base = apiUrl.replace(/\/+$/, '');

  function request<T>(method: 'get' | 'post', path: string, body?: unknown): T {
    token ??= ScriptApp.getIdentityToken();
    const params: GoogleAppsScript.URL_Fetch.URLFetchRequestOptions = {
      method,
      headers: { Authorization: `Bearer ${token}`, 'Accept-Language': lang },
      muteHttpExceptions: true,
      followRedirects: false,
    };
    if (body !== undefined) Object.assign(params, { contentType: 'application/json', payload: JSON.stringify(body) });
    let response: GoogleAppsScript.URL_Fetch.HTTPResponse;
    try {
      response = UrlFetchApp.fetch(base + path, params);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      throw new AddonError('no_answer', say('unreachable', lang, { detail }), [], null);
    }
    const status = response.getResponseCode();
    const text = response.getContentText();
    if (status >= 200 && status < 300) return parse<T>(text, status, lang);
    throw errorFrom(status, text, lang);
  }

  return {
    get: (path) => request('get', path),
    post: (path, body) => request('post', path, body),
  };
}

function parse<T>(text: string, status: number, lang: Lang): T {
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new AddonError('bad_answer', say('bad_answer', lang, { status }), [], status);
  }
}

function errorFrom(status: number, text: string, lang: Lang): AddonError {
  let body: ErrorBody = {};
  try {
    body = JSON.parse(text) as ErrorBody;
  } catch {
    // An answer from a proxy or gateway rather than our handlers: no message of ours to show.
  }
  const error = body.error;
  if (status < 500 && error && typeof error.message === 'string') {
    return new AddonError(typeof error.code === 'string' ? error.code : `http_${status}`, error.message, issuesOf(error.issues), status);
  }
  return new AddonError(`http_${status}`, say(status < 500 ? 'refused' : 'server_busy', lang, { status }), [], status);
}

function issuesOf(raw: unknown): Issue[] {
  if (!Array.isArray(raw)) return [];
  return raw
    .filter((i): i is { path: unknown; code: unknown; message: unknown } => typeof i === 'object' && i !== null)
    .map((i) => ({ path: String(i.path ?? ''), code: String(i.code ?? ''), message: String(i.message ?? '') }));
}
