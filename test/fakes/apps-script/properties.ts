/**
 * `PropertiesService`: document, user and script stores of string values. Values are stored as
 * strings (`setProperty('n', 5)` reads back '5'), and a value over Apps Script's 9 KB per-value
 * quota is refused. The stores are plain Maps the test can inspect (`fake.properties.document`).
 */
import type { FakeEnv } from './env.js';

const MAX_VALUE_BYTES = 9 * 1024;

export interface PropertyStores {
  document: Map<string, string>;
  user: Map<string, string>;
  script: Map<string, string>;
}

export function emptyPropertyStores(): PropertyStores {
  return { document: new Map(), user: new Map(), script: new Map() };
}

export class Properties {
  constructor(private readonly env: FakeEnv, private readonly store: Map<string, string>) {
    return env.count(this, 'Properties');
  }

  getProperty(key: string): string | null { return this.store.get(key) ?? null; }
  getProperties(): Record<string, string> { return Object.fromEntries(this.store); }
  getKeys(): string[] { return [...this.store.keys()]; }

  setProperty(key: string, value: unknown): this {
    const text = String(value);
    if (Buffer.byteLength(text, 'utf8') > MAX_VALUE_BYTES) throw this.env.exception('Argument too large: value');
    this.store.set(String(key), text);
    return this;
  }

  setProperties(properties: Record<string, unknown>, deleteAllOthers = false): this {
    if (deleteAllOthers) this.store.clear();
    for (const [key, value] of Object.entries(properties)) this.setProperty(key, value);
    return this;
  }

  deleteProperty(key: string): this {
    this.store.delete(key);
    return this;
  }

  deleteAllProperties(): this {
    this.store.clear();
    return this;
  }
}

export class PropertiesService {
  constructor(private readonly env: FakeEnv, private readonly stores: PropertyStores) {
    return env.count(this, 'PropertiesService');
  }

  getDocumentProperties(): Properties { return new Properties(this.env, this.stores.document); }
  getUserProperties(): Properties { return new Properties(this.env, this.stores.user); }
  getScriptProperties(): Properties { return new Properties(this.env, this.stores.script); }
}
