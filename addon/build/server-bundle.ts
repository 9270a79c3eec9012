/**
 * Code.js: the server modules and shared/ (zod included) in one IIFE assigned to `var Addon`,
 * then one real top-level function per entry point, which is what Apps Script can find for
 * triggers, menu items and google.script.run. The bundle is loaded once in a bare VM context to
 * prove that it defines exactly the listed entry points and touches no Apps Script service while
 * loading (a file-level call would fail in AuthMode.NONE).
 */
import vm from 'node:vm';
import * as esbuild from 'esbuild';
import { ENTRY_POINTS } from '../entry-points.js';
import type { BuiltApi } from './manifest.js';

const GLOBAL_NAME = 'Addon';

export async function bundleServer(entry: string, api: BuiltApi): Promise<string> {
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: GLOBAL_NAME,
    platform: 'neutral',
    mainFields: ['module', 'main'],
    target: 'es2020',
    // Apps Script serves no server code, but lowering costs nothing and keeps one rule for all output.
    supported: { 'template-literal': false },
    minify: true,
    legalComments: 'none',
    define: { ADDON_API_URL: JSON.stringify(api.url), ADDON_URL_ALLOWLIST: JSON.stringify(api.allowlist) },
    logLevel: 'silent',
  });
  const bundle = result.outputFiles[0]!.text;
  const wrappers = ENTRY_POINTS.map((name) => `function ${name}() { return ${GLOBAL_NAME}.${name}.apply(this, arguments); }`);
  const code = `${bundle}\n${wrappers.join('\n')}\n`;
  checkEntryPoints(code);
  return code;
}

function checkEntryPoints(code: string): void {
  const context = vm.createContext({});
  vm.runInContext(code, context, { filename: 'Code.js', timeout: 5000 });
  const exported = Object.keys((context as Record<string, object>)[GLOBAL_NAME] ?? {}).sort();
  const listed = [...ENTRY_POINTS].sort();
  const missing = listed.filter((name) => !exported.includes(name));
  const unlisted = exported.filter((name) => !listed.includes(name as (typeof ENTRY_POINTS)[number]));
  if (missing.length || unlisted.length) {
    throw new Error(`entry points differ from addon/entry-points.ts: missing ${missing.join(', ') || '-'}; not listed ${unlisted.join(', ') || '-'}`);
  }
  for (const name of listed) {
    if (typeof (context as Record<string, unknown>)[name] !== 'function') throw new Error(`Code.js has no top-level function ${name}`);
  }
}
