import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { readExcelSyncUnzip } from './vite.config.ts';

// Unit and component tests (jsdom). End-to-end tests have their own config.
export default defineConfig({
  // The XLSX reader reads the archive the import opened, as in the build (one inflate).
  plugins: [react(), readExcelSyncUnzip()],
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/component/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/setup.ts'],
    // Transformed (not loaded as is), so the plugin above reaches its zip step.
    server: { deps: { inline: ['read-excel-file'] } },
    restoreMocks: true,
    // A shared 2-core machine: a test that waits for a lazy chunk can take longer than 5 s.
    testTimeout: 30000,
  },
});
