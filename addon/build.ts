/**
 * `npm run build`: writes dist/addon/ (appsscript.json, Code.js, Sidebar.html, Scorecard.html,
 * Settings.html), which `npm run push:addon` hands to clasp as it is. ADDON_API_URL, required, is
 * the deployed API the add-in talks to (its default setting and the manifest's urlFetchWhitelist):
 * without it the build stops, so an add-in pointing at no API can never be pushed.
 */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildManifest, builtApi } from './build/manifest.js';
import { buildPage, PAGES } from './build/pages.js';
import { bundleServer } from './build/server-bundle.js';

const ADDON_DIR = dirname(fileURLToPath(import.meta.url));

export const MISSING_API_URL = `ADDON_API_URL is not set: the add-in must be built for the deployed API, e.g.
  ADDON_API_URL=https://abc123.execute-api.ap-southeast-1.amazonaws.com npm run build
Use the stack's ApiUrl output (docs/deploy.md, "Put the API URL into the add-in").`;

export interface BuiltFile {
  name: string;
  bytes: number;
}

export async function buildAddon(options: { outDir: string; apiUrl: string }): Promise<BuiltFile[]> {
  const api = builtApi(options.apiUrl);
  const [manifest, code, ...pages] = await Promise.all([
    buildManifest(join(ADDON_DIR, 'appsscript.json'), api),
    bundleServer(join(ADDON_DIR, 'main.ts'), api),
    ...PAGES.map((page) => buildPage(join(ADDON_DIR, 'ui'), page)),
  ]);
  const files: [string, string][] = [['appsscript.json', manifest], ['Code.js', code], ...PAGES.map((p, i): [string, string] => [p.html, pages[i]!])];
  await mkdir(options.outDir, { recursive: true });
  // Write-then-rename: a reader (a test, clasp) never sees half a file.
  await Promise.all(
    files.map(async ([name, text]) => {
      const temporary = join(options.outDir, `.${name}.${process.pid}.tmp`);
      await writeFile(temporary, text);
      await rename(temporary, join(options.outDir, name));
    }),
  );
  return files.map(([name, text]) => ({ name, bytes: Buffer.byteLength(text) }));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const apiUrl = process.env.ADDON_API_URL?.trim();
  if (!apiUrl) {
    console.error(MISSING_API_URL);
    process.exit(1);
  }
  const outDir = resolve(ADDON_DIR, '..', 'dist', 'addon');
  const files = await buildAddon({ outDir, apiUrl }).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
  for (const file of files) console.log(`${file.name.padEnd(18)} ${(file.bytes / 1024).toFixed(1).padStart(8)} KiB`);
  console.log(`→ ${outDir} (API ${builtApi(apiUrl).url})`);
}
