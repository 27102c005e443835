import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';
import { loadCatalog } from '../src/i18n/catalogs';
import { resetStore } from '../src/stores/view-store';

// The app's entry loads the language in use before its first render; tests hold both.
await Promise.all([loadCatalog('zh-CN'), loadCatalog('en')]);

afterEach(async () => {
  resetStore();
  // Tests that run in the node environment (geometry files) have no DOM to clean.
  if (typeof document === 'undefined') return;
  const { cleanup } = await import('@testing-library/react');
  cleanup();
  document.documentElement.lang = 'zh-CN';
});
