import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/dom';
import { afterEach } from 'vitest';
import { loadCatalog } from '../src/i18n/catalogs';
import { resetStore } from '../src/stores/view-store';

// Lazy chunks (presentation layout, dialogs) take seconds to import the first time when the
// machine is busy: findBy* waits up to 10 s for them (a limit, not a timed assertion).
configure({ asyncUtilTimeout: 10000 });

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
