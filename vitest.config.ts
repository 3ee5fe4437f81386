import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/**/*.test.ts'],
    // The JSON report lets .ci/run print a plain "N passed, N failed" closing line.
    reporters: ['default', ['json', { outputFile: 'reports/tests/vitest.json' }]],
    // Some tests build a site or run a script; they take seconds, not milliseconds.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // "Today" for every test and every build a test runs (src/model/build-date.ts): 15 January
    // 2026, before every fixture's next review but those made to be overdue, so no test's
    // output changes with the day it runs on. Tests of other days pass their own.
    env: { SOURCE_DATE_EPOCH: '1768435200' },
  },
});
