/// <reference types="google-apps-script" />
/**
 * The HTTP API v1 (DESIGN §3) over UrlFetchApp, with the user's Google ID token, typed by route
 * from the contract (shared/api/): `api.call('getScorecard', { planId, period })` answers that
 * route's body. One request costs one fetch; the token is asked for once per execution. Outcomes:
 * - 2xx: the parsed JSON body;
 * - 4xx: an AddonError carrying the server's own message and issues (already in the reader's
 *   language: the request says Accept-Language);
 * - 5xx, timeouts and network failures: an AddonError with `status` 5xx or null, so callers can
 *   tell "the server answered" from "we do not know what happened".
 * A large body is sent gzip-compressed (GZIP_FROM_CHARS).
 */
import type { ErrorBody, RouteRequest, RouteResponse } from '../../shared/api/contract.js';
import { fileNameOf } from '../../shared/api/file-name.js';
import { API_ROUTES, pathOf, type PathParams, type RouteId } from '../../shared/api/routes.js';
import type { Lang } from '../../shared/words/messages.js';
import { AddonError, type Issue } from './errors.js';
import { say } from './words.js';

/** The routes whose request takes a body. */
type BodyRoute = { [Id in RouteId]: RouteRequest<Id> extends never ? never : Id }[RouteId];

export interface ApiClient {
  call<Id extends RouteId>(id: Id, params: PathParams<Id>, ...body: Id extends BodyRoute ? [RouteRequest<Id>] : []): RouteResponse<Id>;
  /** A GET route that answers a file (the exports): its bytes, type and the name from content-disposition. */
  file<Id extends RouteId>(id: Id, params: PathParams<Id>, query?: Record<string, string>): GoogleAppsScript.Base.Blob;
}

/**
 * A body this long (in characters) or longer goes gzip-compressed (`Content-Encoding: gzip`): a
 * plan of thousands of units, or its members, is over the API's 256 KiB body limit as plain JSON.
 * Smaller bodies go as they are, readable in any log.
 */
export const GZIP_FROM_CHARS = 64 * 1024;

export function apiClient(apiUrl: string, lang: Lang): ApiClient {
  let token: string | null = null;
  const base = apiUrl.replace(/\/+$/, '');

  /** The answer when it is a 2xx; otherwise the AddonError for it. */
  function send(method: 'get' | 'post' | 'put' | 'delete', path: string, body?: unknown): GoogleAppsScript.URL_Fetch.HTTPResponse {
    token ??= ScriptApp.getIdentityToken();
    const headers: Record<string, string> = { Authorization: `Bearer ${token}`, 'Accept-Language': lang };
    const params: GoogleAppsScript.URL_Fetch.URLFetchRequestOptions = { method, headers, muteHttpExceptions: true, followRedirects: false };
    if (body !== undefined) {
      const json = JSON.stringify(body);
      const gzip = json.length >= GZIP_FROM_CHARS;
      // Gzip bytes go as a binary type: an HTTP API passes a JSON-typed body to the function as
      // UTF-8 text, which would break them (functions/http/route.ts, bodyText).
      Object.assign(params, gzip ? { contentType: 'application/octet-stream', payload: Utilities.gzip(Utilities.newBlob(json, 'application/json')) } : { contentType: 'application/json', payload: json });
      if (gzip) headers['Content-Encoding'] = 'gzip';
    }
    let response: GoogleAppsScript.URL_Fetch.HTTPResponse;
    try {
      response = UrlFetchApp.fetch(base + path, params);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      throw new AddonError('no_answer', say('unreachable', lang, { detail }), [], null);
    }
    const status = response.getResponseCode();
    if (status >= 200 && status < 300) return response;
    throw errorFrom(status, response.getContentText(), lang);
  }

  function request<T>(method: 'get' | 'post' | 'put' | 'delete', path: string, body?: unknown): T {
    const response = send(method, path, body);
    const status = response.getResponseCode();
    return status === 204 ? (undefined as T) : parse<T>(response.getContentText(), status, lang);
  }

  return {
    call: (id, params, ...body) => request(methodOf(id), pathOf(id, params), body[0]),
    file: (id, params, query = {}) => {
      const search = Object.entries(query).map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`).join('&');
      const response = send('get', `${pathOf(id, params)}${search ? `?${search}` : ''}`);
      const blob = response.getBlob();
      const name = fileNameOf(headerOf(response, 'content-disposition'));
      return name ? blob.setName(name) : blob;
    },
  };
}

const methodOf = (id: RouteId) => API_ROUTES[id].method.toLowerCase() as 'get' | 'post' | 'put' | 'delete';

function parse<T>(text: string, status: number, lang: Lang): T {
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new AddonError('bad_answer', say('bad_answer', lang, { status }), [], status);
  }
}

function errorFrom(status: number, text: string, lang: Lang): AddonError {
  // Any text may come back, from a proxy or gateway too: every field is checked before use.
  let body: Partial<ErrorBody> = {};
  try {
    body = JSON.parse(text) as Partial<ErrorBody>;
  } catch {
    // An answer from a proxy or gateway rather than our handlers: no message of ours to show.
  }
  const error = body.error;
  if (status < 500 && error && typeof error.message === 'string') {
    return new AddonError(typeof error.code === 'string' ? error.code : `http_${status}`, error.message, issuesOf(error.issues), status);
  }
  return new AddonError(`http_${status}`, say(status < 500 ? 'refused' : 'server_busy', lang, { status }), [], status);
}

function headerOf(response: GoogleAppsScript.URL_Fetch.HTTPResponse, name: string): string | null {
  const found = Object.entries(response.getHeaders() as Record<string, string>).find(([key]) => key.toLowerCase() === name);
  return found ? String(found[1]) : null;
}

function issuesOf(raw: unknown): Issue[] {
  if (!Array.isArray(raw)) return [];
  return raw
    .filter((i): i is { path: unknown; code: unknown; message: unknown } => typeof i === 'object' && i !== null)
    .map((i) => ({ path: String(i.path ?? ''), code: String(i.code ?? ''), message: String(i.message ?? '') }));
}
