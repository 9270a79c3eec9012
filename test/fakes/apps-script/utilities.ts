/**
 * `Utilities`: dates, ids, base64 and blobs. `sleep` does not block: it records the pause in
 * `fake.sleeps` so retry back-off can be checked without waiting.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { Blob, fromSignedBytes, toSignedBytes } from './blob.js';
import { formatDate } from './date-format.js';
import type { FakeEnv } from './env.js';

type BytesOrText = string | number[];
const bytesOf = (data: BytesOrText): Buffer => (typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(fromSignedBytes(data)));

export class Utilities {
  constructor(private readonly env: FakeEnv, private readonly sleeps: number[]) {
    return env.count(this, 'Utilities');
  }

  formatDate(date: Date, timeZone: string, format: string): string {
    return formatDate(date, timeZone, format);
  }

  getUuid(): string {
    return this.env.options.uuid();
  }

  sleep(milliseconds: number): void {
    this.sleeps.push(milliseconds);
  }

  base64Encode(data: BytesOrText): string { return bytesOf(data).toString('base64'); }
  base64EncodeWebSafe(data: BytesOrText): string { return bytesOf(data).toString('base64url').padEnd(Math.ceil(bytesOf(data).length / 3) * 4, '='); }
  base64Decode(encoded: string): number[] { return toSignedBytes(Buffer.from(encoded, 'base64')); }
  base64DecodeWebSafe(encoded: string): number[] { return toSignedBytes(Buffer.from(encoded, 'base64url')); }

  newBlob(data: BytesOrText, contentType: string | null = null, name: string | null = null): Blob {
    return new Blob(this.env, new Uint8Array(bytesOf(data)), contentType, name);
  }

  /**
   * As developers.google.com/apps-script/reference/utilities/utilities#gzip(BlobSource): a new
   * Blob of the gzip-compressed bytes, typed application/x-gzip, named `name` when given; `ungzip`
   * gives the bytes back. A Blob that is no gzip data is refused with an exception.
   */
  gzip(blob: Blob, name: string | null = null): Blob {
    return new Blob(this.env, new Uint8Array(gzipSync(blob.data)), 'application/x-gzip', name);
  }

  ungzip(blob: Blob): Blob {
    try {
      return new Blob(this.env, new Uint8Array(gunzipSync(blob.data)), null, null);
    } catch {
      throw this.env.exception('Could not decompress gzip.');
    }
  }
}
