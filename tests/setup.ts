import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { resetStore } from '../src/stores/view-store';

afterEach(() => {
  cleanup();
  resetStore();
  document.documentElement.lang = 'zh-CN';
});
