/**
 * `npm run build`: dist/addon/ holds what clasp pushes, Code.js declares every entry point as a
 * real top-level function, the manifest has the fewest scopes and the API in its allow-list, and
 * no served script keeps a template literal with `//` or `/*` (Apps Script would cut it there).
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAddon } from '../../addon/build.js';
import { apiOrigin } from '../../addon/build/manifest.js';
import { inlineScripts, servedJsProblems } from '../../addon/build/served-js.js';
import { ENTRY_POINTS } from '../../addon/entry-points.js';
import { buildOnce, DIST } from './helpers/addon.js';

const FILES = ['Code.js', 'Scorecard.html', 'Settings.html', 'Sidebar.html', 'appsscript.json'];
let custom: string;

beforeAll(async () => {
  custom = mkdtempSync(join(tmpdir(), 'addon-build-'));
  await Promise.all([buildOnce(), buildAddon({ outDir: custom, apiUrl: 'https://abc123.execute-api.ap-southeast-1.amazonaws.com/v1' })]);
}, 60_000);
afterAll(() => rmSync(custom, { recursive: true, force: true }));

describe('dist/addon', () => {
  it('holds the manifest, Code.js and the three pages, nothing else', () => {
    expect(readdirSync(DIST).sort()).toEqual(FILES);
  });

  it('declares each entry point as a top-level function that calls into the bundle', () => {
    const code = readFileSync(join(DIST, 'Code.js'), 'utf8');
    expect(code).toMatch(/^"use strict";var Addon=\(\(\)=>/);
    for (const name of ENTRY_POINTS) expect(code).toContain(`\nfunction ${name}() { return Addon.${name}.apply(this, arguments); }`);
    expect(ENTRY_POINTS).toHaveLength(23); // 2 triggers + 7 menu items + 14 functions the pages call
  });

  it('asks for the fewest scopes, runs on V8 and may fetch only the configured API', () => {
    const manifest = JSON.parse(readFileSync(join(custom, 'appsscript.json'), 'utf8'));
    expect(manifest).toEqual({
      timeZone: 'Asia/Ho_Chi_Minh',
      runtimeVersion: 'V8',
      exceptionLogging: 'STACKDRIVER',
      oauthScopes: [
        'https://www.googleapis.com/auth/spreadsheets.currentonly',
        'https://www.googleapis.com/auth/script.container.ui',
        'https://www.googleapis.com/auth/script.external_request',
        'openid',
        'https://www.googleapis.com/auth/userinfo.email',
      ],
      urlFetchWhitelist: ['https://abc123.execute-api.ap-southeast-1.amazonaws.com/'],
    });
    expect(readFileSync(join(custom, 'Code.js'), 'utf8')).toContain('"https://abc123.execute-api.ap-southeast-1.amazonaws.com/v1"');
    expect(() => apiOrigin('http://api.example.com')).toThrow(/must be https/);
  });

  it('serves no template literal with // or /*, and no early </script>', () => {
    for (const file of FILES.filter((f) => f.endsWith('.html'))) {
      const html = readFileSync(join(DIST, file), 'utf8');
      const scripts = inlineScripts(html);
      expect(scripts, file).toHaveLength(1);
      expect(servedJsProblems(file, scripts[0]!), file).toEqual([]);
      expect(html).not.toContain('/*@SCRIPT@*/');
    }
    expect(servedJsProblems('Code.js', readFileSync(join(DIST, 'Code.js'), 'utf8'))).toEqual([]);
  });

  it('bundles Chart.js into the scorecard page only', () => {
    const size = (file: string) => readFileSync(join(DIST, file)).length;
    expect(readFileSync(join(DIST, 'Scorecard.html'), 'utf8')).toMatch(/Chart\.js|chartjs/i);
    expect(size('Scorecard.html')).toBeGreaterThan(150_000);
    expect(size('Sidebar.html')).toBeLessThan(50_000);
    expect(size('Settings.html')).toBeLessThan(50_000);
  });
});

describe('the served-script check', () => {
  it('finds a template literal holding // or /*, wherever it hides, and lets the same text in a plain string pass', () => {
    const bad = 'const a = 1;\nconst url = `https://example.com/${a}`;\nconst b = `/* not a comment */`;';
    expect(servedJsProblems('bad.js', bad).map((p) => p.line)).toEqual([2, 3]);
    expect(servedJsProblems('good.js', 'const url = "https://example.com/" + a; // a comment\nconst re = /\\/\\//g; const t = `plain`;')).toEqual([]);
    expect(servedJsProblems('tag.js', 'x = "</script>";')).toEqual([expect.objectContaining({ reason: 'ends the inline script early' })]);
  });
});
