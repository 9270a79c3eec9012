/**
 * The page's HTTP calls: the API at the configured base URL with the bearer token and the
 * reader's language, and the local stack's dev sign-in. A failure becomes an ApiError with the
 * status (0 when the server could not be reached), the API's error code and its message.
 */
import type { RouteRequest, RouteResponse } from '../../shared/api/contract.js';
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

async function send<T>(path: string, { lang, method = 'GET', body }: CallOptions, token: string | null): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', 'accept-language': lang };
  if (token) headers.authorization = `Bearer ${token}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(apiBase + path, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  } catch (error) {
    throw new ApiError(0, 'network', String(error));
  }
  const payload = await readJson(response).catch(() => null);
  if (!response.ok) {
    const error = (payload as { error?: { code?: string; message?: string } } | null)?.error ?? {};
    throw new ApiError(response.status, error.code ?? `http_${response.status}`, error.message ?? response.statusText);
  }
  return payload as T;
}
