/**
 * The HTML files: each page's script (ui/<page>.ts, with Chart.js where used) bundled by esbuild
 * with template literals lowered, and inlined with the stylesheet into ui/<Page>.html.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { inlineScripts, servedJsProblems, type ServedJsProblem } from './served-js.js';

export const PAGES = [
  { html: 'Sidebar.html', script: 'sidebar.ts' },
  { html: 'Scorecard.html', script: 'scorecard.ts' },
  { html: 'Settings.html', script: 'settings.ts' },
] as const;

export async function buildPage(uiDir: string, page: (typeof PAGES)[number]): Promise<string> {
  const result = await esbuild.build({
    entryPoints: [join(uiDir, page.script)],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2019',
    supported: { 'template-literal': false },
    minify: true,
    legalComments: 'none',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  const script = result.outputFiles[0]!.text;
  assertServable(page.script, script);
  const [template, styles] = await Promise.all([readFile(join(uiDir, page.html), 'utf8'), readFile(join(uiDir, 'styles.css'), 'utf8')]);
  // Replacer functions, not strings: a minified bundle is full of `$&`-like sequences.
  const html = template.replace('/*@STYLES@*/', () => styles).replace('/*@SCRIPT@*/', () => script);
  for (const inline of inlineScripts(html)) assertServable(page.html, inline);
  return html;
}

function assertServable(file: string, code: string): void {
  const problems: ServedJsProblem[] = servedJsProblems(file, code);
  if (problems.length > 0) {
    throw new Error(`unsafe JavaScript for Apps Script:\n${problems.map((p) => `${p.file}:${p.line}: ${p.reason}: ${p.text}`).join('\n')}`);
  }
}
