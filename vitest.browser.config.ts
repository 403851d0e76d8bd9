import { defineConfig } from 'vitest/config';

// The dashboard's browser suite (`npm run test:browser`): real `sitrep serve` processes and a real
// headless Chromium, one file at a time. Needs `npm run build` and /usr/bin/chromium.
export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 60_000,
  },
});
