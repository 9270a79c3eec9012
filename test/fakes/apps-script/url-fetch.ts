/**
 * `UrlFetchApp`: real, synchronous HTTP (see sync-http.ts: the server must run off this thread).
 * As in Apps Script: a status ≥ 400 throws "Request failed for <origin> returned code N…" unless
 * `muteHttpExceptions`; redirects are followed unless `followRedirects: false`; an object payload
 * is sent form-encoded; a call slower than the fake's `deadlineMs` throws "Timeout: <url>".
 * Every request is recorded in `fake.http.requests`; `fake.http.queueTimeout()` makes the next
 * call time out deterministically, before or after the server has seen it.
 * With the manifest's `urlFetchWhitelist` (option; rules in url-allowlist.ts) a URL outside it,
 * plain http included, throws as Apps Script does before sending anything. The `network` option
 * sends an https origin's requests to the local server that plays it.
 */
import { Blob } from './blob.js';
import type { FakeEnv } from './env.js';
import type { HttpRecords, RecordedRequest } from './http-records.js';
import { HTTPResponse } from './http-response.js';
import type { SyncHttpClient, WireRequest, WireResult } from './sync-http.js';
import { checkAllowlist, isAllowlisted } from './url-allowlist.js';

export interface FetchParams {
  method?: string;
  contentType?: string;
  headers?: Record<string, string>;
  payload?: string | Record<string, unknown> | Blob;
  followRedirects?: boolean;
  muteHttpExceptions?: boolean;
  validateHttpsCertificates?: boolean;
  escaping?: boolean;
}

type FetchRequest = FetchParams & { url: string };

const METHODS = new Set(['GET', 'DELETE', 'PATCH', 'POST', 'PUT']);
const NETWORK_ERRORS: Record<string, string> = { ECONNREFUSED: 'Address unavailable', ENOTFOUND: 'DNS error', ECONNRESET: 'Address unavailable' };

export class UrlFetchApp {
  constructor(private readonly env: FakeEnv, private readonly client: SyncHttpClient, private readonly records: HttpRecords) {
    checkAllowlist(env.options.urlFetchWhitelist ?? []);
    return env.count(this, 'UrlFetchApp');
  }

  fetch(url: string, params: FetchParams = {}): HTTPResponse {
    return this.fetchAll([{ ...params, url }])[0] as HTTPResponse;
  }

  fetchAll(requests: (string | FetchRequest)[]): HTTPResponse[] {
    const all = requests.map((request) => (typeof request === 'string' ? { url: request } : request));
    const wire = all.map((request) => this.wireRequest(request));
    const recorded = this.records.record(wire);
    const fault = this.records.takeFault();
    if (fault?.deliver === false) throw this.timeout(wire, recorded);
    const results = this.client.send(wire.map((request) => ({ ...request, url: this.served(request.url) })), this.env.options.deadlineMs);
    if (results === 'timeout' || fault) throw this.timeout(wire, recorded);
    return results.map((result, index) => this.response(result, all[index] as FetchRequest, recorded[index]));
  }

  getRequest(url: string, params: FetchParams = {}): Record<string, unknown> {
    const { method, headers, body } = this.wireRequest({ ...params, url });
    return { url, method: method.toLowerCase(), headers, payload: body ? new TextDecoder().decode(body) : '', followRedirects: params.followRedirects ?? true };
  }

  private wireRequest(request: FetchRequest): WireRequest {
    try {
      new URL(request.url);
    } catch {
      throw this.env.exception(`Invalid argument: ${request.url}`);
    }
    const allowlist = this.env.options.urlFetchWhitelist;
    if (allowlist && !isAllowlisted(request.url, allowlist)) {
      throw this.env.exception(`Request to ${request.url} failed because the URL has not been whitelisted in the script manifest.`);
    }
    const method = (request.method ?? 'get').toUpperCase();
    if (!METHODS.has(method)) throw this.env.exception(`Invalid argument: method`);
    const headers: Record<string, string> = { 'User-Agent': 'Mozilla/5.0 (compatible; Google-Apps-Script)', ...request.headers };
    const { payload } = request;
    if (payload === undefined) return { url: request.url, method, headers, body: null, followRedirects: request.followRedirects ?? true };
    const isBlob = payload instanceof Blob;
    const body = isBlob
      ? payload.data
      : new TextEncoder().encode(typeof payload === 'string' ? payload : new URLSearchParams(payload as Record<string, string>).toString());
    const contentType = request.contentType ?? (isBlob ? payload.getContentType() : null) ?? 'application/x-www-form-urlencoded';
    return { url: request.url, method, headers: { ...headers, 'Content-Type': contentType }, body, followRedirects: request.followRedirects ?? true };
  }

  private response(result: WireResult, request: FetchRequest, recorded: RecordedRequest | undefined): HTTPResponse {
    if ('error' in result) {
      if (recorded) recorded.outcome = 'error';
      const prefix = NETWORK_ERRORS[result.error.code];
      throw this.env.exception(prefix ? `${prefix}: ${request.url}` : `Request failed: ${result.error.message}`);
    }
    if (recorded) Object.assign(recorded, { status: result.status, outcome: 'response' });
    const response = new HTTPResponse(this.env, result.status, result.headers, result.body);
    if (result.status >= 400 && !request.muteHttpExceptions) {
      const origin = new URL(request.url).origin;
      const text = new TextDecoder().decode(result.body);
      throw this.env.exception(
        `Request failed for ${origin} returned code ${result.status}. Truncated server response: ${text.slice(0, 1000)} (use muteHttpExceptions option to examine full response)`,
      );
    }
    return response;
  }

  /** Where the request really goes: the local server that plays its origin, if the test named one. */
  private served(url: string): string {
    const { origin } = new URL(url);
    const local = this.env.options.network[origin];
    return local ? `${local.replace(/\/+$/, '')}${url.slice(origin.length)}` : url;
  }

  private timeout(wire: WireRequest[], recorded: RecordedRequest[]): Error {
    for (const entry of recorded) entry.outcome = 'timeout';
    return this.env.exception(`Timeout: ${wire[0]?.url ?? ''}`);
  }
}
