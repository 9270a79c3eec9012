/**
 * `npm run bench [-- section…]`: runs the benchmark sections (all by default) and merges their
 * results into bench/results.json, replacing only the sections that ran.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { benchEngine } from './engine.js';
import { benchSubmit } from './submit.js';
import { benchAggregate } from './aggregate.js';
import { benchBundles } from './bundles.js';
import { benchAddon } from './addon.js';
import { benchScale } from './scale.js';
import { benchExports } from './exports.js';
import { benchFreshness } from './freshness.js';

const SECTIONS: Record<string, () => unknown> = {
  engine: benchEngine,
  submit: benchSubmit,
  aggregate: benchAggregate,
  bundles: benchBundles,
  addon: benchAddon,
  scale: benchScale,
  exports: benchExports,
  freshness: benchFreshness,
};

const RESULTS = new URL('./results.json', import.meta.url);

async function main(): Promise<void> {
  const asked = process.argv.slice(2);
  const unknown = asked.filter((name) => !(name in SECTIONS));
  if (unknown.length) throw new Error(`Unknown bench section(s): ${unknown.join(', ')}; known: ${Object.keys(SECTIONS).join(', ')}`);
  const names = asked.length ? asked : Object.keys(SECTIONS);

  const results = existsSync(RESULTS) ? (JSON.parse(readFileSync(RESULTS, 'utf8')) as Record<string, unknown>) : {};
  for (const name of names) results[name] = await SECTIONS[name]!();
  writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nWrote ${names.join(', ')} to bench/results.json`);
}

await main();
