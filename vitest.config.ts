import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// Unit and component tests (jsdom). End-to-end tests have their own config.
export default defineConfig({
  plugins: [react()],
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/component/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
    // Whole-App renders in jsdom take several seconds when the machine is busy (2 cores shared
    // by five engineers: load average 12–17 measured); a timeout is not an assertion, so allow it.
    testTimeout: 20_000,
  },
});
