/**
 * Every handler bundles with esbuild, with exactly the stack's bundling options (BUNDLING), and
 * stays small enough for a quick cold start. Prints each bundle's size and its largest inputs.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { bundleHandler, largestInputs, type Bundle } from '../../infra/bundle-handler.js';
import { ROUTES, SCHEDULED_HANDLER } from '../../functions/routes.js';

const MAX_BUNDLE_KIB = 150;
const HANDLERS = [...ROUTES.map((r) => r.handler), SCHEDULED_HANDLER.handler];

const kib = (bytes: number) => (bytes / 1024).toFixed(1);

let bundles: Bundle[];

beforeAll(async () => {
  bundles = await Promise.all(HANDLERS.map(bundleHandler));
  console.table(bundles.map((b) => ({ handler: b.handler, KiB: Number(kib(b.bytes)), largest: largestInputs(b, 3) })));
});

describe('function bundles', () => {
  it('builds one bundle per handler of the route table and the schedule', () => {
    expect(bundles.map((b) => b.handler).sort()).toEqual([
      'change-members', 'compute-scorecard', 'delete-member', 'get-plan', 'get-report', 'get-report-version', 'get-scorecard', 'list-members', 'list-plans', 'me',
      'membership-audit', 'openapi', 'period-status', 'put-member', 'put-plan', 'review-report', 'scheduled-aggregate', 'submit-report',
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
