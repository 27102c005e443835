import { defineConfig } from 'vitest/config';

// End-to-end tests: the production build in Debian's Chromium (see tests/e2e/harness.ts).
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.test.ts'],
    setupFiles: ['tests/e2e/setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
