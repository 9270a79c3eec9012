/// <reference types="google-apps-script" />
/**
 * The add-in's document properties, read with one call per operation (`getProperties`) and
 * written only when something changed. Apps Script refuses a value over 9 KB, so a long JSON
 * value is split into numbered parts under `<key>#<n>` and its key holds `parts:<count>`.
 */
const MAX_PART_BYTES = 8000;
const PARTS = /^parts:(\d+)$/;

export class DocState {
  private constructor(
    private readonly store: GoogleAppsScript.Properties.Properties,
    private readonly values: Record<string, string>,
  ) {}

  static load(): DocState {
    const store = PropertiesService.getDocumentProperties();
    return new DocState(store, store.getProperties());
  }

  json<T>(key: string): T | null {
    const head = this.values[key];
    if (head === undefined) return null;
    const parts = PARTS.exec(head);
    const text = parts ? Array.from({ length: Number(parts[1]) }, (_, i) => this.values[`${key}#${i}`] ?? '').join('') : head;
    try {
      return JSON.parse(text) as T;
    } catch {
      return null; // a damaged value reads as absent: the add-in asks again rather than failing
    }
  }

  /** Keys that start with `prefix` (parts of long values excluded). */
  keys(prefix: string): string[] {
    return Object.keys(this.values).filter((key) => key.startsWith(prefix) && !key.includes('#'));
  }

  /** One `setProperty(ies)` call whatever the size; none when the value is unchanged. */
  setJson(key: string, value: unknown): void {
    const pieces = splitByBytes(JSON.stringify(value), MAX_PART_BYTES);
    const update: Record<string, string> = pieces.length === 1 ? { [key]: pieces[0]! } : { [key]: `parts:${pieces.length}` };
    if (pieces.length > 1) pieces.forEach((piece, i) => (update[`${key}#${i}`] = piece));
    if (pieces.length === 1 && this.values[key] === pieces[0]) return;
    if (pieces.length === 1) this.store.setProperty(key, pieces[0]!);
    else this.store.setProperties(update);
    Object.assign(this.values, update);
  }

  delete(key: string): void {
    if (this.values[key] === undefined) return;
    this.store.deleteProperty(key);
    delete this.values[key];
  }
}

function utf8Length(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** Splits on whole characters, so that no part ends inside a multi-byte one. */
function splitByBytes(text: string, maxBytes: number): string[] {
  if (utf8Length(text) <= maxBytes) return [text];
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of text) {
    const bytes = utf8Length(char);
    if (size + bytes > maxBytes) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += bytes;
  }
  parts.push(current);
  return parts;
}
