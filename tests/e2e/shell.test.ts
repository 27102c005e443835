/**
 * End-to-end: the production build in Debian's Chromium. KPIs in both languages, the DOM
 * contract of DESIGN.md, URL state (reload, back/forward, malformed links), no console errors,
 * and no request leaving 127.0.0.1.
 */
import { describe, expect, it } from 'vitest';
import { expectClean, fileHarness, openPage, scrollThrough, type Watched } from './harness';

const h = fileHarness();

async function open(query = '', viewport?: { width: number; height: number }): Promise<Watched> {
  const w = await openPage(h, viewport);
  await w.page.goto(`${h.baseUrl}${query}`);
  await w.page.waitForSelector('html[data-live] [data-kpi="projects"][data-basis]');
  // Panels below the first screen mount as the reader scrolls.
  if (!query.includes('mode=present')) await scrollThrough(w.page);
  return w;
}

describe('dashboard shell (production build, Chromium)', () => {
  it('shows 92 projects and 2524亿元 in Chinese by default, with basis and source', async () => {
    const w = await open();
    const { page } = w;
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    expect(await page.textContent('[data-kpi="projects"]')).toContain('92');
    expect(await page.textContent('[data-kpi="investment"]')).toContain('2524亿元');
    expect(await page.getAttribute('[data-kpi="investment"]', 'data-basis')).toBe('published');
    expect(await page.textContent('[data-kpi="investment"]')).toContain('S1');
    expectClean(w);
    await w.context.close();
  });

  it('shows 252.4 billion yuan in English and switches language in place', async () => {
    const w = await open('?lang=en');
    const { page } = w;
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect((await page.textContent('[data-kpi="investment"]'))?.replace(/\s+/g, ' ')).toContain('252.4billion yuan');
    await page.getByRole('button', { name: '中文' }).click();
    // The other language's catalog is its own chunk: it loads on the switch.
    await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
    expect(await page.textContent('[data-kpi="investment"]')).toContain('2524亿元');
    expect(page.url()).not.toContain('lang=');
    expectClean(w);
    await w.context.close();
  });

  it('on a phone loads only what the first screen shows; scrolling and the keyboard mount the rest', async () => {
    const w = await openPage(h, { width: 390, height: 844 });
    const { page } = w;
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });
    await page.goto(h.baseUrl, { waitUntil: 'networkidle' });
    await page.waitForSelector('html[data-live] [data-kpi="projects"][data-basis]');
    // The map and the charts are below the first screen: neither Leaflet nor Recharts is fetched.
    expect(scripts.filter((s) => /leaflet-map|breakdown-chart/.test(s))).toEqual([]);
    expect(await page.locator('[data-lazy-pending]').count()).toBeGreaterThan(0);
    await scrollThrough(page);
    await page.waitForFunction(() => document.querySelectorAll('path[data-district]').length === 38 && document.querySelectorAll('[data-chart] rect[data-key]').length > 0);
    // A keyboard user's first Tab mounts every panel, so focus can reach all of them.
    const w2 = await openPage(h, { width: 390, height: 844 });
    await w2.page.goto(h.baseUrl);
    await w2.page.waitForSelector('html[data-live] [data-kpi="projects"][data-basis]');
    await w2.page.keyboard.press('Tab');
    await w2.page.waitForFunction(() => !document.querySelector('[data-lazy-pending]'));
    expectClean(w);
    expectClean(w2);
    await w.context.close();
    await w2.context.close();
  });

  it('keeps the DOM contract: html[lang], data-mode, KPI basis, chart marks with data-key and aria-pressed', async () => {
    const w = await open();
    const { page } = w;
    expect(await page.getAttribute('html', 'data-mode')).toBe('explore');
    for (const k of ['projects', 'investment']) {
      expect(['published', 'derived', 'itemized', 'complete']).toContain(await page.getAttribute(`[data-kpi="${k}"]`, 'data-basis'));
    }
    for (const c of ['sector', 'investor', 'size', 'signing', 'editions']) {
      expect(await page.locator(`[data-chart="${c}"]`).count()).toBe(1);
    }
    await page.waitForFunction(() => document.querySelectorAll('[data-chart="sector"] [data-key]').length === 5);
    const marks = page.locator('[data-chart="sector"] [data-key]');
    expect(await marks.count()).toBe(5);
    expect(await marks.first().getAttribute('aria-pressed')).toBe('false');
    expect(await page.locator('[data-project]').count()).toBe(12);
    // Every region states its source(s) in visible text.
    const regions = ['kpis', 'charts', 'projects'];
    for (const r of regions) expect(await page.locator(`[data-region="${r}"]`).innerText()).toMatch(/来源/);
    expectClean(w);
    await w.context.close();
  });

  it('filters through the URL: a click updates it, reload restores it, back/forward walk it', async () => {
    const w = await open();
    const { page } = w;
    await page.locator('[data-chart="sector"] [data-key="smart-manufacturing"]').click();
    await page.waitForURL(/sector=smart-manufacturing/);
    expect(await page.textContent('[data-kpi="investment"]')).toContain('1016亿元');
    expect(await page.locator('[data-filter-chip]').count()).toBe(1);

    await page.locator('[data-chart="investor"] [data-key="central-soe"]').click();
    await page.waitForURL(/investor=central-soe/);
    expect(await page.getAttribute('[data-kpi="projects"]', 'data-basis')).toBe('itemized');

    await page.reload();
    await page.waitForSelector('[data-kpi="projects"][data-basis="itemized"]');
    expect(await page.locator('[data-chart="investor"] [data-key="central-soe"]').getAttribute('aria-pressed')).toBe('true');

    await page.goBack();
    await page.waitForSelector('[data-kpi="projects"][data-basis="published"]');
    expect(await page.textContent('[data-kpi="projects"]')).toContain('32');
    await page.goForward();
    await page.waitForSelector('[data-kpi="projects"][data-basis="itemized"]');
    expectClean(w);
    await w.context.close();
  });

  it('a malformed link keeps what it can and names what it dropped', async () => {
    const w = await open('?district=500110,nowhere&sector=%E4&scene=abc&utm=1');
    const { page } = w;
    const notice = page.locator('[data-notice="url"]');
    await notice.waitFor();
    const text = await notice.innerText();
    expect(text).toContain('district=nowhere');
    expect(text).toContain('utm=1');
    expect(text).toContain('scene=abc');
    expect(await page.textContent('[data-kpi="investment"]')).toContain('35亿元');
    expect(new URL(page.url()).search).toBe('?district=500110');
    await notice.getByRole('button').click();
    expect(await notice.count()).toBe(0);
    expectClean(w);
    await w.context.close();
  });

  it('fits a 390 px phone screen without horizontal scrolling', async () => {
    const w = await open('?lang=en', { width: 390, height: 844 });
    const overflow = await w.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expectClean(w);
    await w.context.close();
  });

  it('runs under a strict Content-Security-Policy with no violations (filters, map, export, share, present)', async () => {
    const w = await openPage(h);
    const { page } = w;
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __csp: string[] }).__csp = seen;
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.goto(`${h.baseUrl}?lang=en`);
    const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toContain('unsafe-inline');
    await page.waitForFunction(() => document.querySelectorAll('path[data-district]').length === 38 && !document.querySelector('.chart-skeleton'));
    await page.locator('[data-chart="sector"] rect[data-key="health"]').click();
    await page.locator('[data-chart="investor"] .export-menu > summary').click();
    await Promise.all([page.waitForEvent('download'), page.locator('[data-chart="investor"] [data-export="png"]').click()]);
    await page.getByRole('button', { name: 'Share' }).click();
    await page.locator('[data-qr] svg').waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: /Present/ }).click();
    await page.waitForSelector('.present-count');
    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
    expectClean(w);
    await w.context.close();
  });
});
