/**
 * `npm run build:web`: the leadership page as static files in dist/web/ (index.html, favicon.svg,
 * assets/main-<hash>.js and assets/main-<hash>.css), bundled by esbuild with Chart.js and shared/
 * inside. Nothing inline, so the page runs under `default-src 'self'`. Names under assets/ change
 * with their content (cache them for ever); index.html and config.json must be revalidated.
 * config.json is not built: the local stack answers it, the CDK stack writes it (web/src/config.ts).
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const WEB_DIR = dirname(fileURLToPath(import.meta.url));

export interface WebFile {
  /** The URL path it is served at, e.g. "/index.html". */
  path: string;
  contents: Uint8Array;
}

/** The built page in memory, for the local stack to serve and buildWeb to write. */
export async function bundleWeb(): Promise<WebFile[]> {
  const result = await esbuild.build({
    entryPoints: [join(WEB_DIR, 'src/main.ts'), join(WEB_DIR, 'app.css')],
    entryNames: 'assets/[name]-[hash]',
    outdir: join(WEB_DIR, 'out'),
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'linked',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  const outDir = join(WEB_DIR, 'out');
  const served = (file: string) => `/${relative(outDir, resolve(file)).split('\\').join('/')}`;
  const outputOf = (entry: string) => served(Object.entries(result.metafile.outputs).find(([, o]) => o.entryPoint?.endsWith(entry))![0]);
  const template = await readFile(join(WEB_DIR, 'index.html'), 'utf8');
  const html = [
    ['"/src/main.ts"', `"${outputOf('src/main.ts')}"`],
    ['"/app.css"', `"${outputOf('app.css')}"`],
  ].reduce((page, [from, to]) => {
    if (!page.includes(from!)) throw new Error(`web/index.html no longer refers to ${from}`);
    return page.replace(from!, () => to!);
  }, template);
  return [
    { path: '/index.html', contents: new TextEncoder().encode(html) },
    { path: '/favicon.svg', contents: await readFile(join(WEB_DIR, 'favicon.svg')) },
    ...result.outputFiles.map((file) => ({ path: served(file.path), contents: file.contents })),
  ];
}

/** Writes the built page into `outDir` (emptied first, so no stale asset lingers). */
export async function buildWeb(options: { outDir: string }): Promise<void> {
  const files = await bundleWeb();
  await rm(options.outDir, { recursive: true, force: true });
  for (const file of files) {
    const target = join(options.outDir, file.path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, file.contents);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outDir = resolve(WEB_DIR, '..', 'dist', 'web');
  const started = performance.now();
  await buildWeb({ outDir });
  console.log(`→ ${outDir} (${basename(outDir)} built in ${Math.round(performance.now() - started)} ms)`);
}
