/** The prerender guard in vite.config.ts names the tour store's localStorage key (it cannot import it). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TOUR_STORAGE_KEY } from '../../src/stores/tour-store';

describe('prerender guard', () => {
  it('marks the prerendered view stale when a tour of one’s own is stored under the tour store’s key', () => {
    const config = readFileSync('vite.config.ts', 'utf8');
    const guard = /export const PRERENDER_GUARD =\s*"([^"]+)"/.exec(config)?.[1] ?? '';
    expect(guard).toContain(`localStorage.getItem('${TOUR_STORAGE_KEY}')`);
    expect(guard).toContain('location.search.length>1');
  });
});
