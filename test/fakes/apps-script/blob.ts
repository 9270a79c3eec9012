/** Apps Script `Blob`s, and its signed-byte arrays (`Byte[]` holds -128…127). */
import type { FakeEnv } from './env.js';

export const toSignedBytes = (bytes: Uint8Array): number[] => Array.from(bytes, (byte) => (byte > 127 ? byte - 256 : byte));
export const fromSignedBytes = (bytes: readonly number[]): Uint8Array => Uint8Array.from(bytes, (byte) => byte & 0xff);

export class Blob {
  constructor(
    private readonly env: FakeEnv,
    private bytes: Uint8Array,
    private contentType: string | null = null,
    private name: string | null = null,
  ) {
    return env.count(this, 'Blob');
  }

  getBytes(): number[] { return toSignedBytes(this.bytes); }
  getDataAsString(_charset?: string): string { return new TextDecoder().decode(this.bytes); }
  getContentType(): string | null { return this.contentType; }
  getName(): string | null { return this.name; }
  isGoogleType(): boolean { return false; }
  copyBlob(): Blob { return new Blob(this.env, this.bytes.slice(), this.contentType, this.name); }
  getBlob(): this { return this; }

  /** Only a relabelling is possible: the fake converts no formats. */
  getAs(contentType: string): Blob {
    if (contentType !== this.contentType) throw this.env.exception(`Converting from ${this.contentType} to ${contentType} is not supported.`);
    return this.copyBlob();
  }

  setBytes(data: number[]): this {
    this.bytes = fromSignedBytes(data);
    return this;
  }

  setDataFromString(text: string, _charset?: string): this {
    this.bytes = new TextEncoder().encode(text);
    return this;
  }

  setContentType(contentType: string | null): this {
    this.contentType = contentType;
    return this;
  }

  setName(name: string): this {
    this.name = name;
    return this;
  }

  /** The raw bytes, for the fake's own HTTP client. */
  get data(): Uint8Array {
    return this.bytes;
  }
}
