/**
 * `buildWeb` (npm run build:web, and the CDK stack's synth): static files only, nothing inline,
 * so the page runs under `default-src 'self'`; asset names carry their content's hash; Chart.js
 * comes bundled with only the chart types the scorecard draws.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWeb } from '../../web/build.js';

let outDir: string;
let elapsedMs: number;
beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'web-build-'));
  const started = performance.now();
  await buildWeb({ outDir });
  elapsedMs = performance.now() - started;
}, 60_000);
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('buildWeb', () => {
  it('writes index.html, the icon and hashed assets, and index.html names exactly those assets', () => {
    const assets = readdirSync(join(outDir, 'assets')).sort();
    expect(readdirSync(outDir).sort()).toEqual(['assets', 'favicon.svg', 'index.html']);
    expect(assets).toEqual([expect.stringMatching(/^app-[A-Z0-9]{8}\.css$/), expect.stringMatching(/^main-[A-Z0-9]{8}\.js$/), expect.stringMatching(/^main-[A-Z0-9]{8}\.js\.LEGAL\.txt$/)]);
    const html = readFileSync(join(outDir, 'index.html'), 'utf8');
    const referenced = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    expect(referenced).toEqual(['/favicon.svg', `/assets/${assets[0]}`, `/assets/${assets[1]}`]);
    // Built in well under the second `npm start` would wait for it (about 0.3 s on this machine).
    expect(elapsedMs).toBeLessThan(10_000);
  });

  it('leaves nothing inline: no script body, no style element or attribute, no event handler attribute', () => {
    const html = readFileSync(join(outDir, 'index.html'), 'utf8');
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/<style|\sstyle=|\son[a-z]+=/i);
  });

  it('bundles Chart.js with the bar, line and doughnut controllers only', () => {
    const script = readFileSync(join(outDir, 'assets', readdirSync(join(outDir, 'assets')).find((f) => f.endsWith('.js'))!), 'utf8');
    // Each controller names itself by its id; the ones the scorecard never draws are left out.
    const present = (id: string) => script.includes(`id="${id}"`);
    expect(['bar', 'line', 'doughnut'].filter(present)).toEqual(['bar', 'line', 'doughnut']);
    expect(['radar', 'polarArea', 'bubble', 'scatter', 'pie'].filter(present)).toEqual([]);
  });
});
