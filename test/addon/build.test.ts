/**
 * `npm run build`: the folder holds what clasp pushes, Code.js declares every entry point as a
 * real top-level function, the manifest has the fewest scopes and the API in its allow-list, and
 * no served script keeps a template literal with `//` or `/*` (Apps Script would cut it there).
 * Without ADDON_API_URL, or with an address Apps Script cannot fetch, the build stops. Every build
 * here goes to a temporary folder: dist/addon is what clasp pushes.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAddon, MISSING_API_URL } from '../../addon/build.js';
import { builtApi } from '../../addon/build/manifest.js';
import { inlineScripts, servedJsProblems } from '../../addon/build/served-js.js';
import { ENTRY_POINTS } from '../../addon/entry-points.js';
import { buildOnce, DIST, ROOT } from './helpers/addon.js';
import { TEST_API_URL } from './helpers/stack.js';

const FILES = ['Code.js', 'Scorecard.html', 'Settings.html', 'Sidebar.html', 'appsscript.json'];
let custom: string;

beforeAll(async () => {
  custom = mkdtempSync(join(tmpdir(), 'addon-build-'));
  await Promise.all([buildOnce(), buildAddon({ outDir: custom, apiUrl: 'https://abc123.execute-api.ap-southeast-1.amazonaws.com/v1' })]);
}, 60_000);
afterAll(() => rmSync(custom, { recursive: true, force: true }));

describe('the built add-in', () => {
  it('holds the manifest, Code.js and the three pages, nothing else, outside dist/addon', () => {
    expect(readdirSync(DIST).sort()).toEqual(FILES);
    expect(DIST.startsWith(tmpdir())).toBe(true);
  });

  it('declares each entry point as a top-level function that calls into the bundle', () => {
    const code = readFileSync(join(DIST, 'Code.js'), 'utf8');
    expect(code).toMatch(/^"use strict";var Addon=\(\(\)=>/);
    for (const name of ENTRY_POINTS) expect(code).toContain(`\nfunction ${name}() { return Addon.${name}.apply(this, arguments); }`);
    expect(ENTRY_POINTS).toHaveLength(28); // 2 triggers + 10 menu items + 16 functions the pages call
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
    const code = readFileSync(join(custom, 'Code.js'), 'utf8');
    expect(code).toContain('"https://abc123.execute-api.ap-southeast-1.amazonaws.com/v1"');
    expect(code).toContain('["https://abc123.execute-api.ap-southeast-1.amazonaws.com/"]'); // the allow-list Settings checks against
    expect(JSON.parse(readFileSync(join(DIST, 'appsscript.json'), 'utf8')).urlFetchWhitelist).toEqual([`${TEST_API_URL}/`]);
  });

  it('keeps the add-in clock off Intl time zones, which Apps Script does not document', () => {
    const code = readFileSync(join(DIST, 'Code.js'), 'utf8');
    expect(code).not.toMatch(/Intl\.DateTimeFormat|timeZone:/);
    expect(code).toContain('"yyyy-MM-dd"'); // Utilities.formatDate's pattern in clock.ts
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

describe('a build without a usable API address', () => {
  /** `npm run build` as a person runs it, with this environment and no ADDON_API_URL of the test's own. */
  const build = (env: Record<string, string>) => {
    const { ADDON_API_URL: _ignored, ...inherited } = process.env;
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'addon/build.ts'], { cwd: ROOT, env: { ...inherited, NODE_NO_WARNINGS: '1', ...env }, encoding: 'utf8' });
    return { status: run.status, stderr: run.stderr.trim(), stdout: run.stdout };
  };
  const writtenAt = () => statSync(join(ROOT, 'dist', 'addon', 'Code.js'), { throwIfNoEntry: false })?.mtimeMs ?? null;

  it('fails, says how to set ADDON_API_URL, and writes nothing', () => {
    const before = writtenAt();
    expect(build({})).toEqual({ status: 1, stderr: MISSING_API_URL, stdout: '' });
    expect(writtenAt()).toBe(before);
    expect(MISSING_API_URL).toContain('ADDON_API_URL=https://abc123.execute-api.ap-southeast-1.amazonaws.com npm run build');
  }, 30_000);

  it('fails for an address Apps Script could not fetch', () => {
    expect(build({ ADDON_API_URL: 'http://api.example.com' })).toMatchObject({ status: 1, stderr: 'ADDON_API_URL must be https:// (Apps Script fetches only https prefixes): http://api.example.com' });
    expect(() => builtApi('https://localhost:8787')).toThrow("ADDON_API_URL names a host on this machine or a private network, which Google's servers cannot reach: https://localhost:8787");
    expect(() => builtApi('api.example.com')).toThrow('ADDON_API_URL is not a URL: api.example.com');
    expect(builtApi('https://API.example.com/prod/')).toEqual({ url: 'https://api.example.com/prod', allowlist: ['https://api.example.com/'] });
  }, 30_000);
});
