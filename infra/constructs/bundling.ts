/**
 * How every handler is bundled: one options object, used by the stack's NodejsFunctions and by
 * the bundle test, so what the test measures is what Lambda runs.
 */
import { OutputFormat, type BundlingOptions } from 'aws-cdk-lib/aws-lambda-nodejs';

export const BUNDLING = {
  format: OutputFormat.ESM,
  target: 'node22',
  minify: true,
  sourceMap: true,
  // The Node 22 runtime ships AWS SDK v3; bundling it again would only add weight.
  externalModules: ['@aws-sdk/*'],
  // Some dependencies are CommonJS and call require(); ESM has no require of its own.
  banner: "import { createRequire } from 'module'; const require = createRequire(import.meta.url);",
  // Local esbuild only: synth must work offline and without Docker.
  forceDockerBundling: false,
} satisfies BundlingOptions;
