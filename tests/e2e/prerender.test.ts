/**
 * End-to-end: the prerendered first view (vite.config.ts prerenderFirstView, src/prerender.tsx).
 * The built index.html holds the published figures in Chinese; the script hydrates that HTML
 * without redrawing it; any other link (filters, English, a tour of one's own) never shows the
 * prerendered figures, and is drawn afresh.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fileHarness, openPage } from './harness';

const h = fileHarness();

/** Records, as the HTML is parsed, the first <h1> node and whether #root was marked stale when it arrived. */
function recordParse(): void {
  const w = window as unknown as { __h1?: Element; __staleAtParse?: boolean };
  new MutationObserver((records, observer) => {
    for (const r of records) {
      for (const n of r.addedNodes) {
        if (n instanceof Element && n.id === 'root') w.__staleAtParse = document.documentElement.dataset.prerender === 'stale';
        const h1 = n instanceof Element ? (n.tagName === 'H1' ? n : n.querySelector('h1')) : null;
        if (h1 && !w.__h1) {
          w.__h1 = h1;
          observer.disconnect();
        }
      }
    }
  }).observe(document, { childList: true, subtree: true });
}

describe('prerendered first view (production build, Chromium)', () => {
  it('index.html holds the first view — 92 projects, 2524亿元 with basis and source — and no style attribute', () => {
    const html = readFileSync('dist/index.html', 'utf8');
    const root = /<div id="root">([\s\S]*)<\/div>\s*<noscript>/.exec(html)?.[1] ?? '';
    expect(root).toContain('data-kpi="projects"');
    expect(root).toMatch(/<span class="kpi-number">92<\/span>/);
    expect(root).toMatch(/<span class="kpi-number">2524<\/span><span class="kpi-unit">亿元<\/span>/);
    expect(root).toContain('href="#source-S1"');
    // The CSP (style-src 'self') blocks style attributes in markup; the guard script is allowed by its hash.
    expect(root).not.toMatch(/ style="/);
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(csp).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/=]+'/);
  });

  it('hydrates the prerendered HTML in place (the same nodes, no mismatch) and then answers clicks', async () => {
    const w = await openPage(h);
    const { page } = w;
    await page.addInitScript(recordParse);
    await page.goto(h.baseUrl);
    await page.waitForSelector('html[data-live] [data-kpi="projects"][data-basis]');
    expect(await page.evaluate(() => (window as unknown as { __staleAtParse?: boolean }).__staleAtParse)).toBe(false);
    // A mismatch makes React drop the server HTML and draw anew: the parsed <h1> would be gone.
    expect(await page.evaluate(() => document.querySelector('h1') === (window as unknown as { __h1?: Element }).__h1)).toBe(true);
    await page.locator('[data-chart="sector"] rect[data-key="health"]').click();
    await page.waitForFunction(() => new URLSearchParams(location.search).get('sector') === 'health');
    await page.waitForFunction(() => document.querySelector('[data-kpi="investment"]')?.textContent?.includes('191亿元'));
    expect(w.errors).toEqual([]);
    await w.context.close();
  });

  it('a shared link with filters hides the prerendered figures from the first parse and draws its own', async () => {
    const w = await openPage(h);
    const { page } = w;
    await page.addInitScript(recordParse);
    await page.goto(`${h.baseUrl}?lang=en&sector=health`);
    expect(await page.evaluate(() => (window as unknown as { __staleAtParse?: boolean }).__staleAtParse)).toBe(true);
    await page.waitForSelector('html[data-live] [data-kpi="projects"][data-basis]');
    expect((await page.textContent('[data-kpi="investment"]'))?.replace(/\s+/g, '')).toContain('19.1billionyuan');
    expect(await page.textContent('h1')).not.toMatch(/看板/);
    // Drawn afresh: the parsed (Chinese) heading was replaced, and the page is visible again.
    expect(await page.evaluate(() => document.querySelector('h1') === (window as unknown as { __h1?: Element }).__h1)).toBe(false);
    expect(await page.evaluate(() => getComputedStyle(document.getElementById('root') as HTMLElement).visibility)).toBe('visible');
    expect(w.errors).toEqual([]);
    await w.context.close();
  });

  it('a tour of one’s own in localStorage is not covered by the prerendered default tour', async () => {
    const w = await openPage(h);
    const { page } = w;
    await page.goto(h.baseUrl);
    await page.waitForSelector('html[data-live] [data-kpi="projects"][data-basis]');
    await page.evaluate(() => {
      localStorage.setItem(
        'cq-expo-tour-v1',
        JSON.stringify({ format: 'cq-expo-tour', version: 1, scenes: [{ id: 'only', title: { zh: '唯一', en: 'Only' }, point: { zh: '要点', en: 'Point' }, panels: ['map'] }] }),
      );
    });
    await page.addInitScript(recordParse);
    await page.reload();
    expect(await page.evaluate(() => (window as unknown as { __staleAtParse?: boolean }).__staleAtParse)).toBe(true);
    await page.waitForSelector('html[data-live] [data-kpi="projects"][data-basis]');
    await expect.poll(() => page.getByRole('button', { name: /导览（1 个场景）/ }).count()).toBe(1);
    expect(w.errors).toEqual([]);
    await w.context.close();
  });
});
