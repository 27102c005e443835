/**
 * End-to-end: presentation mode on conference screens. No scrollbars or overflow at 1080p and
 * 4K, type sizes at 1080p, clicker keys, blackout, reload on a scene, and leaving with Esc.
 */
import { describe, expect, it } from 'vitest';
import { fileHarness, openPage, openPresent as open, openPresentOnClock, waitScene, type Watched } from './harness';

const h = fileHarness();

const openPresent = (query: string, viewport?: { width: number; height: number }): Promise<Watched> => open(h, query, viewport);

/** Overflow of the page and of every panel, in px (0 = fits). */
async function overflow(w: Watched): Promise<{ page: number; panels: number }> {
  return w.page.evaluate(() => {
    const doc = document.documentElement;
    const page = Math.max(doc.scrollWidth - window.innerWidth, doc.scrollHeight - window.innerHeight);
    const panels = Math.max(
      0,
      ...[...document.querySelectorAll<HTMLElement>('.present-panels > *, .present .kpi')].map((el) => Math.max(el.scrollHeight - el.clientHeight, el.scrollWidth - el.clientWidth)),
    );
    return { page, panels };
  });
}

describe('presentation mode (production build, Chromium)', () => {
  for (const viewport of [
    { width: 1920, height: 1080 },
    { width: 3840, height: 2160 },
  ]) {
    it(`every scene fits ${viewport.width}×${viewport.height} with no scrollbars or overflow, zh and en`, async () => {
      for (const lang of ['zh-CN', 'en']) {
        const w = await openPresent(`?lang=${lang}&mode=present&scene=1&interval=0`, viewport);
        for (let scene = 1; scene <= 6; scene++) {
          if (scene > 1) {
            await w.page.keyboard.press('ArrowRight');
            await w.page.waitForURL(new RegExp(`scene=${scene}`));
            await waitScene(w.page, scene);
          }
          const o = await overflow(w);
          expect({ lang, scene, ...o }).toEqual({ lang, scene, page: 0, panels: 0 });
        }
        expect(w.errors).toEqual([]);
        expect(w.offOrigin).toEqual([]);
        await w.context.close();
      }
    });
  }

  it('at 1080p body text is at least 28 px and KPI figures at least 64 px; sources stay visible', async () => {
    const w = await openPresent('?mode=present&scene=1&interval=0');
    const sizes = await w.page.evaluate(() => {
      const px = (sel: string) => [...document.querySelectorAll(sel)].map((e) => parseFloat(getComputedStyle(e).fontSize));
      return {
        point: px('.present-point'),
        kpiLabel: px('.kpi-label'),
        kpiNumber: px('.kpi-number'),
        barLabels: px('.bar-tick, .bar-value'),
        sources: px('.kpi-source'),
      };
    });
    // 1 rem is computed from the viewport (100vw × 28 / 1920), which leaves 27.9999 px after
    // floating point; a hundredth of a pixel is within that rounding.
    const min = (xs: number[]) => Math.min(...xs) + 0.01;
    expect(min(sizes.point)).toBeGreaterThanOrEqual(28);
    expect(min(sizes.kpiLabel)).toBeGreaterThanOrEqual(28);
    expect(min(sizes.barLabels)).toBeGreaterThanOrEqual(28);
    expect(min(sizes.kpiNumber)).toBeGreaterThanOrEqual(64);
    expect(Math.min(...sizes.sources)).toBeGreaterThanOrEqual(14);
    expect(await w.page.locator('.kpi-source').first().isVisible()).toBe(true);
    await w.context.close();
  });

  it('clicker keys, blackout and reload on a scene', async () => {
    const w = await openPresent('?lang=en&mode=present&scene=1&interval=0');
    const { page } = w;
    await page.keyboard.press('PageDown');
    await page.waitForURL(/scene=2/);
    expect(await page.textContent('.present-title')).toBe('Smart manufacturing');
    expect(await page.textContent('[data-kpi="investment"]')).toContain('101.6');
    await page.keyboard.press('End');
    await page.waitForURL(/scene=6/);
    await page.keyboard.press('PageUp');
    await page.waitForURL(/scene=5/);
    await page.keyboard.press('b');
    await page.locator('[data-blackout]').waitFor();
    const black = await page.evaluate(() => getComputedStyle(document.querySelector('[data-blackout]')!).backgroundColor);
    expect(black).toBe('rgb(0, 0, 0)');
    await page.keyboard.press('.');
    expect(await page.locator('[data-blackout]').count()).toBe(0);

    await page.reload();
    await page.waitForSelector('.present-count');
    expect(await page.textContent('.present-count')).toBe('Scene 5 of 6');
    expect(await page.textContent('.present-title')).toBe('Liangjiang New Area');

    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.documentElement.dataset.mode === 'explore');
    expect(page.url()).not.toContain('mode=present');
    expect(w.errors).toEqual([]);
    await w.context.close();
  });

  it('auto-advances with a visible progress bar (on a clock the test moves)', async () => {
    const w = await openPresentOnClock(h, '?mode=present&scene=1&interval=5');
    const { page } = w;
    const progress = async () => Number(await page.getAttribute('.present-progress', 'aria-valuenow'));
    const scene = async () => (await page.textContent('.present-count'))?.match(/\d+/)?.[0];
    // The bar moves with the clock: 1.5 s of 5 s is 30 %, read on its 200 ms tick.
    const before = await progress();
    await page.clock.runFor(1500);
    expect((await progress()) - before).toBeGreaterThanOrEqual(26);
    expect((await progress()) - before).toBeLessThanOrEqual(34);
    expect(await scene()).toBe('1');
    // Not before its 5 s (the timer started at most a step before the countdown was drawn) …
    await page.clock.runFor(3400);
    expect(await scene()).toBe('1');
    // … and then at once (the timer starts when the scene is committed, a task after its render).
    let waited = 0;
    while ((await scene()) === '1' && waited < 1000) {
      await page.clock.runFor(100);
      waited += 100;
    }
    expect(await scene()).toBe('2');
    // The next scene's countdown starts again from the start.
    expect(await progress()).toBeLessThan(10);
    expect(w.errors).toEqual([]);
    await w.context.close();
  });

  it('the Present button in explore mode starts the tour', async () => {
    const w = await openPage(h);
    await w.page.goto(h.baseUrl);
    await w.page.getByRole('button', { name: /演示模式/ }).click();
    await w.page.waitForURL(/mode=present/);
    expect(await w.page.getAttribute('html', 'data-mode')).toBe('present');
    expect(await w.page.textContent('.present-count')).toBe('场景 1/6');
    await w.context.close();
  });
});
