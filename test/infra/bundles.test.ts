/**
 * Every handler bundles with esbuild, with exactly the stack's bundling options (BUNDLING), and
 * stays small enough for a quick cold start. Prints each bundle's size and its largest inputs.
 */
import { build, type Metafile } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUNDLING } from '../../infra/constructs/bundling.js';
import { handlerEntry } from '../../infra/constructs/functions.js';
import { ROUTES, SCHEDULED_HANDLER } from '../../functions/routes.js';

const MAX_BUNDLE_KIB = 150;
const HANDLERS = [...ROUTES.map((r) => r.handler), SCHEDULED_HANDLER.handler];

interface Bundle {
  handler: string;
  code: string;
  bytes: number;
  hasSourceMap: boolean;
  metafile: Metafile;
}

/** The esbuild call NodejsFunction makes for BUNDLING (its CLI flags, as build options). */
async function bundle(handler: string): Promise<Bundle> {
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
function largestInputs({ metafile }: Bundle, count: number): string {
  const byOrigin = new Map<string, number>();
  for (const output of Object.values(metafile.outputs)) {
    for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
      const parts = path.split('/');
      const origin = parts[0] === 'node_modules' ? parts.slice(1, parts[1]!.startsWith('@') ? 3 : 2).join('/') : parts[0]!;
      byOrigin.set(origin, (byOrigin.get(origin) ?? 0) + bytesInOutput);
    }
  }
  return [...byOrigin].sort((a, b) => b[1] - a[1]).slice(0, count).map(([origin, bytes]) => `${origin} ${kib(bytes)}`).join(', ');
}

const kib = (bytes: number) => (bytes / 1024).toFixed(1);

let bundles: Bundle[];

beforeAll(async () => {
  bundles = await Promise.all(HANDLERS.map(bundle));
  console.table(bundles.map((b) => ({ handler: b.handler, KiB: Number(kib(b.bytes)), largest: largestInputs(b, 3) })));
});

describe('function bundles', () => {
  it('builds one bundle per handler of the route table and the schedule', () => {
    expect(bundles.map((b) => b.handler).sort()).toEqual([
      'compute-scorecard', 'get-plan', 'get-report', 'get-report-version', 'get-scorecard', 'list-plans', 'me',
      'openapi', 'period-status', 'put-member', 'put-plan', 'review-report', 'scheduled-aggregate', 'submit-report',
    ]);
  });

  it('exports a handler from an ES module with a require for CommonJS dependencies, and a source map', () => {
    for (const b of bundles) {
      expect(b.code.startsWith("import { createRequire } from 'module'; const require = createRequire(import.meta.url);"), b.handler).toBe(true);
      expect(b.code, b.handler).toMatch(/export\s*\{[^}]*\bas handler\b[^}]*\}|export\s*\{\s*handler\s*\}/);
      expect(b.hasSourceMap, b.handler).toBe(true);
    }
  });

  it('leaves the AWS SDK to the Lambda runtime', () => {
    for (const b of bundles) {
      const inputs = Object.keys(b.metafile.inputs);
      expect(inputs.filter((p) => p.includes('node_modules/@aws-sdk/')), b.handler).toEqual([]);
    }
    const submit = bundles.find((b) => b.handler === 'submit-report')!;
    expect(submit.code).toMatch(/from\s*"@aws-sdk\/client-dynamodb"/);
  });

  it(`keeps every bundle at or under ${MAX_BUNDLE_KIB} KiB minified`, () => {
    const over = bundles.filter((b) => b.bytes > MAX_BUNDLE_KIB * 1024).map((b) => `${b.handler} ${kib(b.bytes)} KiB (${largestInputs(b, 3)})`);
    expect(over).toEqual([]);
  });
});
