import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // integration (PostgreSQL, Redis, HTTP) and browser suites run separately: see .ci/run
    exclude: ['test/integration/**', 'test/browser/**', 'node_modules/**'],
    testTimeout: 20_000,
  },
});
