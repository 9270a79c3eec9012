/** `Utilities.gzip` / `ungzip` as Google documents them: real gzip bytes, typed application/x-gzip. */
import { gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { fromSignedBytes } from './blob.js';
import { createAppsScriptFake, type AppsScriptFake } from './index.js';

let fake: AppsScriptFake;
beforeEach(() => {
  fake = createAppsScriptFake();
});
afterEach(() => fake.dispose());

it('compresses a blob into gzip bytes any gunzip reads, and ungzip gives the text back', () => {
  const { Utilities } = fake.globals;
  const text = JSON.stringify({ units: Array.from({ length: 200 }, (_, i) => ({ id: `xa-${i}`, name: `Xã số ${i}` })) });
  const gzipped = Utilities.gzip(Utilities.newBlob(text, 'application/json'));
  expect(gzipped.getContentType()).toBe('application/x-gzip');
  expect(gzipped.getName()).toBeNull();
  expect(Utilities.gzip(Utilities.newBlob('a'), 'plan.json.gz').getName()).toBe('plan.json.gz');
  // Repetitive JSON shrinks several times over; Node's own gunzip reads the fake's bytes.
  const bytes = Buffer.from(fromSignedBytes(gzipped.getBytes()));
  expect(bytes.length).toBeLessThan(Buffer.byteLength(text) / 4);
  expect(gunzipSync(bytes).toString('utf8')).toBe(text);
  expect(Utilities.ungzip(gzipped).getDataAsString()).toBe(text);
  expect(fake.calls.sequence).toContain('Utilities.gzip');
});

it('refuses to ungzip what is not gzip data', () => {
  const { Utilities } = fake.globals;
  expect(() => Utilities.ungzip(Utilities.newBlob('plain text'))).toThrow(/decompress/);
});
