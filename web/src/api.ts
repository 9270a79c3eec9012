/**
 * The page's HTTP calls: the API at the configured base URL with the bearer token and the
 * reader's language, and the local stack's dev sign-in. A failure becomes an ApiError with the
 * status (0 when the server could not be reached), the API's error code and its message.
 */
import type { RouteRequest, RouteResponse } from '../../shared/api/contract.js';
import { fileNameOf } from '../../shared/api/file-name.js';
import { API_ROUTES, pathOf, type ApiRoute, type PathParams, type RouteId } from '../../shared/api/routes.js';
import type { Lang } from '../../shared/words/messages.js';
import { readJson } from './read-json.js';
import { session } from './session.js';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

let apiBase = '/';

/** "" (the page's own origin) or an absolute URL ending in "/", from config.json. */
export function setApiBase(apiUrl: string): void {
  apiBase = apiUrl || '/';
}

interface CallOptions {
  lang: Lang;
  method?: ApiRoute['method'];
  body?: unknown;
}

/** `api('getScorecard', { planId, period }, lang)`: one route of the contract, typed by its body and answer. */
export function api<Id extends RouteId>(id: Id, params: PathParams<Id>, lang: Lang, body?: RouteRequest<Id>): Promise<RouteResponse<Id>> {
  // The contract's paths start with "/"; the base URL ends with one.
  return send(pathOf(id, params).slice(1), { lang, method: API_ROUTES[id].method, body }, session.token);
}

/** POST dev/token: an ID token from the local stack's issuer (dev sign-in only). */
export async function devToken(email: string, lang: Lang): Promise<string> {
  const { token } = await send<{ token: string }>('dev/token', { lang, method: 'POST', body: { email } }, null);
  return token;
}

/** The local stack's reminder outbox (admins only): run today's reminders, list the mails. */
export const devReminders = {
  run: (lang: Lang) => send<{ sent: string[] }>('dev/reminders/run', { lang, method: 'POST' }, session.token),
  outbox: (lang: Lang) => send<{ mails: { at: string; to: string[]; subject: string; text: string }[] }>('dev/outbox', { lang }, session.token),
};

/**
 * A file route (the exports): the body as a Blob, and the file name the server gave in
 * content-disposition (null when it gave none, or a cross-origin API does not expose the header).
 */
export async function fetchFile<Id extends RouteId>(id: Id, params: PathParams<Id>, query: Record<string, string>, lang: Lang): Promise<{ blob: Blob; fileName: string | null }> {
  const search = new URLSearchParams(query).toString();
  const response = await request(`${pathOf(id, params).slice(1)}${search ? `?${search}` : ''}`, { lang, method: API_ROUTES[id].method }, session.token, '*/*');
  return { blob: await response.blob(), fileName: fileNameOf(response.headers.get('content-disposition')) };
}

async function send<T>(path: string, options: CallOptions, token: string | null): Promise<T> {
  const response = await request(path, options, token, 'application/json');
  return (await readJson(response).catch(() => null)) as T;
}

/** The answer when it is a 2xx; otherwise an ApiError with the API's code and message. */
async function request(path: string, { lang, method = 'GET', body }: CallOptions, token: string | null, accept: string): Promise<Response> {
  const headers: Record<string, string> = { accept, 'accept-language': lang };
  if (token) headers.authorization = `Bearer ${token}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(apiBase + path, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  } catch (error) {
    throw new ApiError(0, 'network', String(error));
  }
  if (response.ok) return response;
  const payload = await readJson(response).catch(() => null);
  const error = (payload as { error?: { code?: string; message?: string } } | null)?.error ?? {};
  throw new ApiError(response.status, error.code ?? `http_${response.status}`, error.message ?? response.statusText);
}

