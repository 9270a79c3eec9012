/**
 * Builds one handler the way the stack's NodejsFunction does (BUNDLING, as esbuild options),
 * in memory. The bundle test and `npm run bench` measure what Lambda would run.
 */
import { build, type Metafile } from 'esbuild';
import { BUNDLING } from './constructs/bundling.js';
import { handlerEntry } from './constructs/functions.js';

export interface Bundle {
  handler: string;
  code: string;
  bytes: number;
  hasSourceMap: boolean;
  metafile: Metafile;
}

/** The esbuild call NodejsFunction makes for BUNDLING (its CLI flags, as build options). */
export async function bundleHandler(handler: string): Promise<Bundle> {
  const result = await build({
    entryPoints: [handlerEntry(handler)],
    bundle: true,
    platform: 'node',
    format: BUNDLING.format,
    target: BUNDLING.target,
    minify: BUNDLING.minify,
    sourcemap: BUNDLING.sourceMap,
    external: BUNDLING.externalModules,
    banner: { js: BUNDLING.banner },
    outfile: 'index.mjs',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const code = result.outputFiles.find((f) => f.path.endsWith('index.mjs'))!;
  return {
    handler,
    code: code.text,
    bytes: code.contents.byteLength,
    hasSourceMap: result.outputFiles.some((f) => f.path.endsWith('index.mjs.map')),
    metafile: result.metafile,
  };
}

/** Bytes in the output per package (or per folder of ours), largest first. */
export function largestInputs({ metafile }: Bundle, count: number): string {
  const byOrigin = new Map<string, number>();
  for (const output of Object.values(metafile.outputs)) {
    for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
      const parts = path.split('/');
      const origin = parts[0] === 'node_modules' ? parts.slice(1, parts[1]!.startsWith('@') ? 3 : 2).join('/') : parts[0]!;
      byOrigin.set(origin, (byOrigin.get(origin) ?? 0) + bytesInOutput);
    }
  }
  return [...byOrigin].sort((a, b) => b[1] - a[1]).slice(0, count).map(([origin, bytes]) => `${origin} ${(bytes / 1024).toFixed(1)}`).join(', ');
}
