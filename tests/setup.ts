import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';
import { resetStore } from '../src/stores/view-store';

afterEach(async () => {
  resetStore();
  // Tests that run in the node environment (geometry files) have no DOM to clean.
  if (typeof document === 'undefined') return;
  const { cleanup } = await import('@testing-library/react');
  cleanup();
  document.documentElement.lang = 'zh-CN';
});
