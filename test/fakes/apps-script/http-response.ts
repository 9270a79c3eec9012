/** `HTTPResponse` of the fake UrlFetchApp. Header names keep the server's spelling. */
import { Blob, toSignedBytes } from './blob.js';
import type { FakeEnv } from './env.js';

export class HTTPResponse {
  constructor(
    private readonly env: FakeEnv,
    private readonly status: number,
    private readonly headers: readonly [string, string][],
    private readonly body: Uint8Array,
  ) {
    return env.count(this, 'HTTPResponse');
  }

  getResponseCode(): number { return this.status; }
  getContentText(_charset?: string): string { return new TextDecoder().decode(this.body); }
  getContent(): number[] { return toSignedBytes(this.body); }

  /** One value per header (the last one when the server repeated it). */
  getHeaders(): Record<string, string> {
    return Object.fromEntries(this.headers);
  }

  /** Repeated headers (e.g. Set-Cookie) as arrays. */
  getAllHeaders(): Record<string, string | string[]> {
    const all: Record<string, string | string[]> = {};
    for (const [name, value] of this.headers) {
      const seen = all[name];
      all[name] = seen === undefined ? value : [...(Array.isArray(seen) ? seen : [seen]), value];
    }
    return all;
  }

  getBlob(): Blob {
    const contentType = this.headers.findLast(([name]) => name.toLowerCase() === 'content-type')?.[1] ?? null;
    return new Blob(this.env, this.body.slice(), contentType);
  }

  getAs(contentType: string): Blob {
    return this.getBlob().getAs(contentType);
  }
}
