/**
 * Bundle sizes: each Lambda handler built exactly as the stack builds it, and the add-in as
 * `npm run build` writes it (Code.js plus its HTML pages).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildAddon } from '../addon/build.js';
import { FUNCTION_HANDLERS } from '../functions/routes.js';
import { bundleHandler, largestInputs } from '../infra/bundle-handler.js';

export async function benchBundles(): Promise<Record<string, number>> {
  const bundles = await Promise.all(FUNCTION_HANDLERS.map(bundleHandler));
  const outDir = mkdtempSync(join(tmpdir(), 'addon-'));
  try {
    // Any deployed address gives the same sizes to within a few bytes.
    const addonFiles = await buildAddon({ outDir, apiUrl: 'https://abc123.execute-api.ap-southeast-1.amazonaws.com' });
    const result: Record<string, number> = Object.fromEntries(bundles.map((b) => [b.handler, b.bytes]));
    result.addon = addonFiles.reduce((sum, f) => sum + f.bytes, 0);
    console.log('\nBundles (bytes, minified): Lambda handlers as the stack builds them; the add-in as pushed');
    console.table([
      ...bundles.map((b) => ({ bundle: b.handler, KiB: kib(b.bytes), largest: largestInputs(b, 3) })),
      ...addonFiles.map((f) => ({ bundle: `addon/${f.name}`, KiB: kib(f.bytes), largest: '' })),
    ]);
    return result;
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

const kib = (bytes: number) => Math.round(bytes / 102.4) / 10;
