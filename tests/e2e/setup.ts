// Every end-to-end test fails if any page it opened reported a Content-Security-Policy
// violation (collected by the harness from securitypolicyviolation events and the console).
// A failing test also prints what every page still open shows and waits for (a hang says where).
import { afterEach, beforeEach, expect } from 'vitest';
import { describeOpenPages, takeCspViolations } from './harness';

beforeEach(({ onTestFailed }) => {
  onTestFailed(async () => {
    console.error(`pages open when the test failed:\n${await describeOpenPages()}`);
  });
});

afterEach(() => {
  expect(takeCspViolations(), 'Content-Security-Policy violations during this test').toEqual([]);
});
