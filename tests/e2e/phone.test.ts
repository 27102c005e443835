/**
 * End-to-end: a shared link opened on a phone (390×844, touch). The first screen says what the
 * link shows in one sentence under at most four header controls; the tools are in one menu;
 * a one-finger swipe on the map scrolls the page and leaves the map where it was; Share hands
 * the view to the phone's own share sheet; the sector chart starts within two screen heights.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectClean, fileHarness, openPage, type Watched } from './harness';

const h = fileHarness();
const PHONE = { width: 390, height: 844 };
const LINK = '?district=500110&sector=smart-manufacturing&lang=en';
const SENTENCE = 'Qijiang District · Smart manufacturing: the sources published no total for this selection; they name 1 project worth 3.5 billion yuan.';

async function openPhone(query: string, init?: () => void): Promise<Watched> {
  const w = await openPage(h, PHONE, { touch: true });
  if (init) await w.page.addInitScript(init);
  await w.page.goto(`${h.baseUrl}${query}`);
  await w.page.waitForSelector('html[data-live] [data-kpi="projects"][data-basis]');
  return w;
}

/** Header controls a reader sees on the first screen (buttons, menus' summaries, links, inputs). */
function visibleHeaderControls(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.app-header button, .app-header summary, .app-header a[href], .app-header input')]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && r.height > 0 && r.top < window.innerHeight;
      })
      .map((el) => el.textContent?.trim() ?? ''),
  );
}

/** Where the map shows Chongqing: a district's box relative to the map frame, and the pane's transform. */
function mapView(page: Page): Promise<string> {
  return page.evaluate(() => {
    const frame = document.querySelector('.leaflet-frame')!.getBoundingClientRect();
    const d = document.querySelector('path[data-district="500103"]')!.getBoundingClientRect();
    const pane = document.querySelector<HTMLElement>('.leaflet-map-pane')!.style.transform;
    return `${Math.round(d.left - frame.left)},${Math.round(d.top - frame.top)},${Math.round(d.width)}|${pane}`;
  });
}

describe('a shared link on a phone (390×844, touch)', () => {
  it('opens with the sentence, at most four header controls, and the answer before the map', async () => {
    const w = await openPhone(LINK);
    const { page } = w;
    const sentence = page.locator('[data-view-summary]');
    expect(await sentence.innerText()).toBe(SENTENCE);
    const box = (await sentence.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(PHONE.height);
    const controls = await visibleHeaderControls(page);
    expect(controls.length).toBeLessThanOrEqual(4);
    expect(controls.join(' | ')).toMatch(/Tools.*Share.*中文.*English/);
    // The sector chart (its placeholder until the first scroll) starts within two screen heights,
    // after the KPIs and before the map, in the DOM (keyboard order) as on screen.
    const order = await page.evaluate(() => {
      const top = (s: string) => document.querySelector(s)!.getBoundingClientRect().top + window.scrollY;
      const sector = top('.lazy-chart-sector, .chart-panel-sector');
      const map = top('.lazy-map, [data-region="map"]');
      const kpis = document.querySelector('[data-region="kpis"]')!;
      const charts = document.querySelector('[data-region="charts"]')!;
      const mapEl = document.querySelector('.lazy-map, [data-region="map"]')!;
      return {
        sector,
        map,
        domOrder: Boolean(kpis.compareDocumentPosition(charts) & Node.DOCUMENT_POSITION_FOLLOWING) && Boolean(charts.compareDocumentPosition(mapEl) & Node.DOCUMENT_POSITION_FOLLOWING),
      };
    });
    expect(order.sector).toBeLessThan(2 * PHONE.height);
    expect(order.sector).toBeLessThan(order.map);
    expect(order.domOrder).toBe(true);
    expectClean(w);
    await w.context.close();
  });

  it('puts present, tour, data, import and export in one keyboard-operable menu', async () => {
    const w = await openPhone('?lang=en');
    const { page } = w;
    const button = page.locator('[data-tools-button]');
    expect(await button.getAttribute('aria-haspopup')).toBe('menu');
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    await button.focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('[role="menu"]');
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    const items = await page.locator('[role="menuitem"]').allInnerTexts();
    expect(items.slice(0, 4)).toEqual(['▶ Present', 'Tour (6 scenes)', 'Data: Published figures (built in)', 'Import register']);
    expect(items.filter((t) => t.startsWith('Export: '))).toHaveLength(4);
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-menu-item') === 'present');
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-menu-item') === 'tour');
    await page.keyboard.press('Escape');
    await page.waitForSelector('[role="menu"]', { state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-tools-button'))).toBe(true);
    // The data dialog opens from the menu.
    await button.click();
    await page.locator('[data-menu-item="data"]').click();
    await page.waitForSelector('[role="dialog"]');
    expectClean(w);
    await w.context.close();
  });

  it('a one-finger swipe on the map scrolls the page and leaves the map where it was; controls cover no label', async () => {
    const w = await openPhone(LINK);
    const { page } = w;
    // Bring the map on screen (its panel mounts as it comes near) and wait for its districts.
    await page.evaluate(() => document.querySelector('.lazy-map, [data-region="map"]')!.scrollIntoView());
    await page.waitForFunction(() => document.querySelectorAll('path[data-district]').length === 38);
    await page.locator('.leaflet-frame').scrollIntoViewIfNeeded();
    await page.evaluate(() => document.querySelector('.leaflet-frame')!.scrollIntoView({ block: 'start' }));
    const frame = (await page.locator('.leaflet-frame').boundingBox())!;
    // No zoom button over a functional-area or a province label.
    const covered = await page.evaluate(() => {
      const zoom = document.querySelector('.leaflet-control-zoom')!.getBoundingClientRect();
      return [...document.querySelectorAll('.leaflet-tooltip.area-label, .leaflet-tooltip.context-label')]
        .filter((l) => {
          const r = l.getBoundingClientRect();
          return r.left < zoom.right && r.right > zoom.left && r.top < zoom.bottom && r.bottom > zoom.top;
        })
        .map((l) => l.textContent);
    });
    expect(covered).toEqual([]);
    const before = await mapView(page);
    const scrollBefore = await page.evaluate(() => window.scrollY);
    const x = frame.x + frame.width / 2;
    const y0 = frame.y + frame.height * 0.8;
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y: y0 }] });
    for (let i = 1; i <= 10; i += 1) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: y0 - i * 25 }] });
    // The hint says how to move the map while one finger drags on it.
    await page.waitForSelector('[data-map-hint="on"]');
    expect(await page.locator('[data-map-hint]').innerText()).toBe('Use two fingers to move the map');
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await page.waitForFunction((s) => window.scrollY > s + 100, scrollBefore);
    await page.waitForSelector('[data-map-hint="off"]', { state: 'attached' });
    expect(await mapView(page)).toBe(before);
    expectClean(w);
    await w.context.close();
  });

  it('shares through navigator.share with the view in words and its URL; closing the sheet is no error', async () => {
    const w = await openPhone(LINK, () => {
      const calls: ShareData[] = [];
      (window as unknown as { __shares: ShareData[] }).__shares = calls;
      Object.defineProperty(navigator, 'canShare', { configurable: true, value: () => true });
      Object.defineProperty(navigator, 'share', {
        configurable: true,
        value: (data: ShareData) => {
          calls.push(data);
          // The second share is closed by the reader.
          return calls.length === 1 ? Promise.resolve() : Promise.reject(new DOMException('Share canceled', 'AbortError'));
        },
      });
    });
    const { page } = w;
    await page.getByRole('button', { name: 'Share' }).click();
    await page.waitForFunction(() => (window as unknown as { __shares: ShareData[] }).__shares.length === 1);
    const [shared] = await page.evaluate(() => (window as unknown as { __shares: ShareData[] }).__shares);
    expect(shared).toEqual({ title: '2021 Smart China Expo: major-project investment dashboard', text: SENTENCE, url: page.url() });
    expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual(Object.fromEntries(new URLSearchParams(LINK)));
    await page.getByRole('button', { name: 'Share' }).click();
    await page.waitForFunction(() => (window as unknown as { __shares: ShareData[] }).__shares.length === 2);
    // Neither share fell back to the copy + QR dialog.
    expect(await page.locator('[role="dialog"]').count()).toBe(0);
    expectClean(w);
    await w.context.close();
  });

  it('picks districts in a searchable sheet, not a wall of chips', async () => {
    const w = await openPhone('?lang=en');
    const { page } = w;
    await page.evaluate(() => document.querySelector('.lazy-map, [data-region="map"]')!.scrollIntoView());
    const picker = page.locator('[data-district-picker]');
    await picker.waitFor();
    expect(await page.locator('[data-district-item]').count()).toBe(0);
    expect(await picker.innerText()).toBe('Choose a district or area');
    await picker.click();
    await page.getByRole('searchbox', { name: 'Find a district' }).fill('dianjiang');
    await page.locator('[data-district-item="500231"]').click();
    await page.waitForURL(/district=500231/);
    await page.getByRole('button', { name: 'Done' }).click();
    expect(await picker.innerText()).toBe('District: Dianjiang County');
    expectClean(w);
    await w.context.close();
  });
});
