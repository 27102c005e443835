/**
 * End-to-end: the district map in the production build. 38 paths with data-district and names,
 * click and keyboard selection, tooltips on hover and focus, URL round-trip, the district list,
 * and fitting from a phone to a 4K screen, all without leaving 127.0.0.1.
 */
import { describe, expect, it } from 'vitest';
import { clickDistrict, expectClean, fileHarness, openView, waitAtRest } from './harness';

const h = fileHarness();

describe('district map (production build, Chromium)', () => {
  it('draws 38 districts with current codes and accessible names, and no tile requests', async () => {
    const w = await openView(h);
    const codes = await w.page.$$eval('path[data-district]', (els) => els.map((e) => e.getAttribute('data-district')));
    expect(new Set(codes).size).toBe(38);
    expect(codes).toContain('500155');
    expect(codes).toContain('500156');
    const labels = await w.page.$$eval('path[data-district]', (els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
    expect(labels.every((l) => l.length > 2)).toBe(true);
    expect(await w.page.getAttribute('path[data-district="500110"]', 'aria-label')).toContain('綦江区');
    expect(await w.page.locator('.leaflet-tile').count()).toBe(0);
    expect(await w.page.locator('[data-region="map"]').innerText()).toContain('仅点名项目');
    expectClean(w);
    await w.context.close();
  });

  it('click toggles a district in the filter and the URL; other panels follow; reload restores it', async () => {
    const w = await openView(h);
    const { page } = w;
    await clickDistrict(page, '500110');
    await page.waitForURL(/district=500110/);
    expect(await page.getAttribute('path[data-district="500110"]', 'aria-pressed')).toBe('true');
    expect(await page.textContent('[data-kpi="investment"]')).toContain('35亿元');
    expect(await page.getAttribute('[data-kpi="investment"]', 'data-basis')).toBe('itemized');
    expect(await page.locator('[data-project]').count()).toBe(1);
    await page.reload();
    await page.waitForFunction(() => document.querySelector('path[data-district="500110"]')?.getAttribute('aria-pressed') === 'true');
    await clickDistrict(page, '500110');
    await page.waitForURL((u) => !u.search.includes('district='));
    expectClean(w);
    await w.context.close();
  });

  it('keyboard: a district path is focusable, focus shows its tooltip, Enter selects it', async () => {
    const w = await openView(h, '?lang=en');
    const { page } = w;
    expect(await page.getAttribute('path[data-district="500102"]', 'tabindex')).toBe('0');
    await page.focus('path[data-district="500102"]');
    const tooltip = page.locator('.district-tooltip');
    await tooltip.first().waitFor();
    expect(await tooltip.first().innerText()).toContain('Fuling District');
    expect(await tooltip.first().innerText()).toContain('1 named project');
    await page.keyboard.press('Enter');
    await page.waitForURL(/district=500102/);
    expect(await page.textContent('[data-kpi="investment"]')).toContain('the sources name 1, worth 1.8 billion yuan.');
    expectClean(w);
    await w.context.close();
  });

  it('hover shows the tooltip with name, named projects, amount and basis', async () => {
    const w = await openView(h);
    const { page } = w;
    await page.locator('path[data-district="500116"]').hover();
    const text = await page.locator('.district-tooltip').first().innerText();
    expect(text).toContain('江津区');
    expect(text).toContain('15亿元');
    expect(text).toContain('敏华智能家居制造项目');
    expect(text).toContain('仅点名项目');
    expectClean(w);
    await w.context.close();
  });

  it('follows other filters: a sector filter leaves only districts with matching named projects coloured', async () => {
    const w = await openView(h, '?sector=smart-manufacturing&measure=count');
    const { page } = w;
    const label = await page.getAttribute('path[data-district="500120"]', 'aria-label');
    expect(label).toContain('璧山区');
    expect(label).toContain('点名项目 1 个');
    expect(await page.getAttribute('path[data-district="500102"]', 'aria-label')).toContain('无点名项目');
    expectClean(w);
    await w.context.close();
  });

  it('the district list mirrors the map: search in English, select, and the map path is pressed', async () => {
    const w = await openView(h, '?lang=en');
    const { page } = w;
    await page.getByRole('searchbox', { name: 'Find a district' }).fill('dianjiang');
    await page.locator('[data-district-item="500231"]').click();
    await page.waitForURL(/district=500231/);
    expect(await page.getAttribute('path[data-district="500231"]', 'aria-pressed')).toBe('true');
    expectClean(w);
    await w.context.close();
  });

  it.each([
    { width: 390, height: 844 },
    { width: 1920, height: 1080 },
    { width: 3840, height: 2160 },
  ])('fits all of Chongqing in the map frame at $width×$height', async (viewport) => {
    const w = await openView(h, '', viewport);
    const { page } = w;
    // The map refits whenever its frame changes size: measured once frame and districts are at rest.
    await waitAtRest(page, '.leaflet-frame, path[data-district]');
    const fit = await page.evaluate(() => {
      const frame = document.querySelector('.leaflet-frame')!.getBoundingClientRect();
      const boxes = [...document.querySelectorAll('path[data-district]')].map((p) => p.getBoundingClientRect());
      const left = Math.min(...boxes.map((b) => b.left));
      const right = Math.max(...boxes.map((b) => b.right));
      const top = Math.min(...boxes.map((b) => b.top));
      const bottom = Math.max(...boxes.map((b) => b.bottom));
      return { inside: left >= frame.left - 1 && right <= frame.right + 1 && top >= frame.top - 1 && bottom <= frame.bottom + 1, fill: Math.max((right - left) / frame.width, (bottom - top) / frame.height) };
    });
    expect(fit.inside).toBe(true);
    expect(fit.fill).toBeGreaterThan(0.8);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expectClean(w);
    await w.context.close();
  });

  it('zooms to the six central districts with one click', async () => {
    const w = await openView(h);
    const { page } = w;
    const before = await page.locator('path[data-district="500103"]').boundingBox();
    await page.getByRole('button', { name: '放大主城区' }).click();
    await page.waitForSelector('.map-frame[data-map-target="central"]');
    await waitAtRest(page, '.leaflet-frame, path[data-district]');
    const after = await page.locator('path[data-district="500103"]').boundingBox();
    expect(after!.width).toBeGreaterThan(before!.width * 3);
    expectClean(w);
    await w.context.close();
  });
});
