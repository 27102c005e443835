// @vitest-environment node
// The project's static server (npm start, the e2e harness) accepts long links: a shared view's
// state is in its query string, and Node's default 16 kB header limit answered 431.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { request, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_HEADER_BYTES, serveDist } from '../../scripts/lib/static-server.mjs';

function status(base: string, path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(`${base}${path}`, { method: 'GET', maxHeaderSize: MAX_HEADER_BYTES * 2 }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('static server: long links', () => {
  let server: Server;
  let base = '';
  beforeAll(async () => {
    const dist = mkdtempSync(join(tmpdir(), 'cq-dist-'));
    writeFileSync(join(dist, 'index.html'), '<meta http-equiv="Content-Security-Policy" content="default-src \'self\'" /><div id="root"></div>');
    server = (await serveDist(dist)).httpServer;
    const address = server.address();
    if (address === null || typeof address === 'string') throw new Error('no port');
    base = `http://127.0.0.1:${address.port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('answers a 40 kB link with the page (200), not 431', async () => {
    const query = `/?sector=${'a'.repeat(40 * 1024)}`;
    expect(query.length).toBeGreaterThan(40 * 1024);
    expect(await status(base, query)).toBe(200);
  });

  it('allows at least 64 kB of request headers, and refuses beyond its stated limit', async () => {
    expect(MAX_HEADER_BYTES).toBeGreaterThanOrEqual(65536);
    expect(await status(base, `/?q=${'b'.repeat(MAX_HEADER_BYTES + 1024)}`)).toBe(431);
  });
});
