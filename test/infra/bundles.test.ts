/**
 * Every handler bundles with esbuild, with exactly the stack's bundling options (BUNDLING), and
 * stays small enough for a quick cold start. Prints each bundle's size and its largest inputs.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { bundleHandler, largestInputs, type Bundle } from '../../infra/bundle-handler.js';
import { FUNCTION_HANDLERS } from '../../functions/routes.js';

const MAX_BUNDLE_KIB = 150;
/**
 * The export functions carry an xlsx or a docx library (exceljs ~1.2 MB with its zip and XML
 * parts): a budget of their own, loaded on the first export only (`await import`), and never in
 * another function's bundle.
 */
const EXPORT_MAX_BUNDLE_KIB = 1300;
const EXPORT_LIBRARIES = ['node_modules/exceljs/', 'node_modules/docx/'];
const isExport = (handler: string) => handler.startsWith('export-');

const kib = (bytes: number) => (bytes / 1024).toFixed(1);

let bundles: Bundle[];

beforeAll(async () => {
  bundles = await Promise.all(FUNCTION_HANDLERS.map(bundleHandler));
  console.table(bundles.map((b) => ({ handler: b.handler, KiB: Number(kib(b.bytes)), largest: largestInputs(b, 3) })));
});

describe('function bundles', () => {
  it('builds one bundle per handler of the route table, the schedule and the stream', () => {
    expect(bundles.map((b) => b.handler).sort()).toEqual([
      'change-members', 'compute-scorecard', 'delete-member', 'export-form-06', 'export-report-docx', 'get-plan', 'get-report', 'get-report-version', 'get-scorecard', 'list-members', 'list-plans', 'me',
      'membership-audit', 'openapi', 'period-status', 'put-member', 'put-plan', 'refresh-scorecards', 'review-report', 'scheduled-aggregate', 'send-reminders', 'submit-report',
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

  it(`keeps every bundle at or under ${MAX_BUNDLE_KIB} KiB minified, the exports under ${EXPORT_MAX_BUNDLE_KIB} KiB`, () => {
    const limit = (handler: string) => (isExport(handler) ? EXPORT_MAX_BUNDLE_KIB : MAX_BUNDLE_KIB) * 1024;
    const over = bundles.filter((b) => b.bytes > limit(b.handler)).map((b) => `${b.handler} ${kib(b.bytes)} KiB (${largestInputs(b, 3)})`);
    expect(over).toEqual([]);
  });

  it('leaves the xlsx and docx libraries out of every function but the exports', () => {
    const carrying = bundles
      .filter((b) => !isExport(b.handler) && Object.keys(b.metafile.inputs).some((p) => EXPORT_LIBRARIES.some((lib) => p.includes(lib))))
      .map((b) => b.handler);
    expect(carrying).toEqual([]);
  });
});
