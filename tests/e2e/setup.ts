// Every end-to-end test fails if any page it opened reported a Content-Security-Policy
// violation (collected by the harness from securitypolicyviolation events and the console).
import { afterEach, expect } from 'vitest';
import { takeCspViolations } from './harness';

afterEach(() => {
  expect(takeCspViolations(), 'Content-Security-Policy violations during this test').toEqual([]);
});
