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
    // Component tests render the whole app in jsdom; on the shared 2-core machine (load 15+)
    // one can take longer than the 5 s default. A ceiling, not a timed assertion.
    testTimeout: 20_000,
  },
});
