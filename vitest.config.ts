import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // The handlers' structured logs are for CloudWatch; a passing test run stays readable. Demo
    // stacks load Tứ Kỳ only: the province example would add most of their start-up time.
    env: { POWERTOOLS_LOG_LEVEL: 'SILENT', POWERTOOLS_METRICS_DISABLED: 'true', DEMO_PROVINCE: '0' },
  },
});
