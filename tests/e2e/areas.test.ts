/**
 * End-to-end: functional areas as places in the production build — filtering by an area from
 * its map overlay, from the keyboard list and from the URL (?district=liangjiang), and the
 * header's "Import register" control opening the data dialog with the file chooser focused.
 */
import { describe, expect, it } from 'vitest';
import { expectClean, fileHarness, openView } from './harness';

const h = fileHarness();

describe('functional areas (production build, Chromium)', () => {
  it('draws the three areas as dashed overlays that say they are not districts', async () => {
    const w = await openView(h);
    const keys = await w.page.$$eval('path[data-area]', (els) => els.map((e) => e.getAttribute('data-area')));
    expect(keys).toEqual(['liangjiang', 'gaoxin', 'wansheng']);
    expect(await w.page.getAttribute('path[data-area="gaoxin"]', 'aria-label')).toContain('不是行政区');
    expect(await w.page.locator('[data-area-label="wansheng"]').innerText()).toBe('万盛经开区（大致范围）');
    expect(await w.page.locator('.map-legend').innerText()).toContain('功能区');
    expectClean(w);
    await w.context.close();
  });

  it('clicking an area on the map filters by it: the URL, the chip, the table; clicking again clears it', async () => {
    const w = await openView(h);
    const { page } = w;
    await page.locator('[data-area-label="liangjiang"]').click();
    await page.waitForURL(/district=liangjiang/);
    expect(await page.getAttribute('path[data-area="liangjiang"]', 'aria-pressed')).toBe('true');
    expect(await page.locator('[data-filter-chip="districts:liangjiang"]').innerText()).toContain('功能区：两江新区');
    // The four named Liangjiang projects, none counted in a district; named projects only.
    await page.waitForFunction(() => document.querySelectorAll('[data-project]').length === 4);
    expect(await page.getAttribute('[data-kpi="projects"]', 'data-basis')).toBe('itemized');
    expect(await page.getAttribute('path[data-district="500112"]', 'aria-pressed')).toBe('false');
    await page.locator('[data-area-label="liangjiang"]').click();
    await page.waitForURL((u) => !u.search.includes('district='));
    expectClean(w);
    await w.context.close();
  });

  it('the keyboard list selects an area (focus, Enter), in English too', async () => {
    const w = await openView(h, '?lang=en');
    const { page } = w;
    const item = page.locator('[data-area-item="gaoxin"]');
    expect(await item.innerText()).toContain('Chongqing High-tech Zone');
    await item.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/district=gaoxin/);
    expect(await item.getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('[data-filter-chip="districts:gaoxin"]').innerText()).toContain('Functional area: Chongqing High-tech Zone');
    expect(await page.getAttribute('path[data-area="gaoxin"]', 'aria-pressed')).toBe('true');
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => !u.search.includes('district='));
    expectClean(w);
    await w.context.close();
  });

  it('a link with ?district=liangjiang opens that view; an area and a district combine as OR', async () => {
    const w = await openView(h, '?district=liangjiang');
    const { page } = w;
    await page.waitForFunction(() => document.querySelectorAll('[data-project]').length === 4);
    expect(await page.locator('[data-notice="url"]').count()).toBe(0);
    expect(await page.getAttribute('[data-area-item="liangjiang"]', 'aria-pressed')).toBe('true');
    await page.goto(`${h.baseUrl}?district=500110,liangjiang`);
    // The project table mounts when it comes near the viewport (LazyMount).
    await page.locator('[data-region="projects"], .lazy-projects').first().scrollIntoViewIfNeeded();
    await page.waitForFunction(() => document.querySelectorAll('[data-project]').length === 5);
    expect(await page.locator('.filter-summary').innerText()).not.toBe('');
    expectClean(w);
    await w.context.close();
  });
});

describe('header import control (production build, Chromium)', () => {
  it('导入名录 opens the data dialog at its import section with the file chooser focused', async () => {
    const w = await openView(h);
    const { page } = w;
    const button = page.locator('[data-import-button]');
    expect(await button.innerText()).toBe('导入名录');
    await button.click();
    await page.waitForSelector('.data-dialog [data-choose-file]');
    await page.waitForFunction(() => document.activeElement?.hasAttribute('data-choose-file') === true);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('.data-dialog'));
    // The Data button still opens the dialog at its top (the close button focused).
    await page.locator('[data-data-button]').click();
    await page.waitForSelector('.data-dialog');
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-choose-file') ?? false)).toBe(false);
    expectClean(w);
    await w.context.close();
  });

  it('reads "Import register" in English', async () => {
    const w = await openView(h, '?lang=en');
    expect(await w.page.locator('[data-import-button]').innerText()).toBe('Import register');
    await w.context.close();
  });
});
