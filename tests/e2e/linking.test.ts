/**
 * End-to-end: cross-filtering between map, charts and table, with history. Each panel is
 * filtered by the other dimensions and highlights its own selection.
 */
import { describe, expect, it } from 'vitest';
import { clickDistrict, fileHarness, openView } from './harness';

const h = fileHarness();

describe('linked filtering (production build, Chromium)', () => {
  it('chart → map and table: a sector bar filters the table and recolours the map; other charts say "not published"', async () => {
    const w = await openView(h);
    const { page } = w;
    await page.locator('[data-chart="sector"] rect[data-key="smart-manufacturing"]').click();
    await page.waitForURL(/sector=smart-manufacturing/);
    expect(await page.getAttribute('[data-chart="sector"] rect[data-key="smart-manufacturing"]', 'aria-pressed')).toBe('true');
    expect(await page.getAttribute('[data-chart="sector"]', 'data-chart-mode')).toBe('published');
    expect(await page.getAttribute('[data-chart="investor"]', 'data-chart-mode')).toBe('itemized');
    expect(await page.locator('[data-chart="investor"] [role="note"]').innerText()).toContain('来源未公布');
    const rows = await page.$$eval('[data-project]', (els) => els.map((e) => e.getAttribute('data-project')));
    expect(rows.sort()).toEqual(['bishan-csgc', 'qijiang-zhongnan']);
    expect(await page.getAttribute('path[data-district="500102"]', 'aria-label')).toContain('无点名项目');
    expect(await page.getAttribute('path[data-district="500120"]', 'aria-label')).toContain('点名项目 1 个');
    expect(w.errors).toEqual([]);
    await w.context.close();
  });

  it('map → charts and table: a district makes every chart itemized with coverage; keyboard toggles a bar', async () => {
    const w = await openView(h, '?lang=en');
    const { page } = w;
    await clickDistrict(page, '500110');
    await page.waitForURL(/district=500110/);
    for (const c of ['sector', 'investor', 'size', 'signing']) {
      expect(await page.getAttribute(`[data-chart="${c}"]`, 'data-chart-mode')).toBe('itemized');
    }
    // The page's one banner says it (KPI statement, with the coverage); the charts do not repeat it.
    expect(await page.locator('[data-region="kpis"] [data-page-banner]').innerText()).toContain('The sources published no total or breakdown for Qijiang District');
    expect(await page.locator('[data-kpi="investment"]').innerText()).toContain('Of the 92 projects signed, the sources name 1');
    expect(await page.locator('[data-chart="sector"] [role="note"]').count()).toBe(0);
    expect(await page.locator('[data-project]').count()).toBe(1);
    await page.focus('[data-chart="size"] rect[data-key="10-50"]');
    await page.keyboard.press('Enter');
    await page.waitForURL(/size=10-50/);
    expect(await page.locator('[data-filter-chip]').count()).toBe(2);
    expect(w.errors).toEqual([]);
    await w.context.close();
  });

  it('table → map: "show on map" outlines the project’s district', async () => {
    const w = await openView(h);
    const { page } = w;
    await page.locator('[data-project="jiangjin-manwah"]').getByRole('button', { name: /在地图上显示/ }).click();
    await page.waitForFunction(() => document.querySelector('path[data-district="500116"]')?.classList.contains('is-highlighted'));
    expect(await page.locator('path.is-highlighted').count()).toBe(1);
    expect(w.errors).toEqual([]);
    await w.context.close();
  });

  it('back and forward walk the filter history across panels', async () => {
    const w = await openView(h);
    const { page } = w;
    await page.locator('[data-chart="investor"] rect[data-key="foreign"]').click();
    await page.waitForURL(/investor=foreign/);
    await clickDistrict(page, '500107');
    await page.waitForURL(/district=500107/);
    expect(await page.locator('[data-project]').count()).toBe(1);
    await page.goBack();
    // Back/forward change the address bar first; the panels then draw what it names.
    await page.waitForURL((u) => !u.search.includes('district'));
    await expect.poll(() => page.getAttribute('path[data-district="500107"]', 'aria-pressed')).toBe('false');
    await expect.poll(() => page.textContent('[data-kpi="investment"]')).toContain('73亿元');
    await page.goBack();
    await page.waitForURL((u) => u.search === '');
    await expect.poll(() => page.textContent('[data-kpi="investment"]')).toContain('2524亿元');
    await page.goForward();
    await page.waitForURL(/investor=foreign/);
    await expect.poll(() => page.getAttribute('[data-chart="investor"] rect[data-key="foreign"]', 'aria-pressed')).toBe('true');
    expect(w.errors).toEqual([]);
    await w.context.close();
  });

  it('chips remove filters and "clear all" resets every panel', async () => {
    const w = await openView(h, '?sector=health&investor=private&district=500101');
    const { page } = w;
    expect(await page.locator('[data-filter-chip]').count()).toBe(3);
    await page.locator('[data-filter-chip="sectors:health"] button').click();
    await page.waitForURL((u) => !u.search.includes('sector='));
    await page.getByRole('button', { name: '清除全部筛选' }).click();
    await page.waitForURL((u) => u.search === '');
    expect(await page.getAttribute('[data-kpi="projects"]', 'data-basis')).toBe('published');
    expect(w.errors).toEqual([]);
    await w.context.close();
  });
});
