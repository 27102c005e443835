/**
 * End-to-end: what the big screen says and how it behaves at a venue. An unpublished figure is
 * never a headline number (scene 2, 智能制造: the sector's published figures are the hero, the
 * unpublished "≥ 1 billion" count is not on stage; in explore mode it reads "not published",
 * the named project a second line, "1 project"); locators follow the screen's language; the
 * control bar never covers the map's footnote; the wake lock is taken again after the laptop
 * sleeps and the tour resumes; the installed app opens presentation mode one click from full
 * screen.
 */
import { describe, expect, it } from 'vitest';
import { fileHarness, openPresent as open, openPresentOnClock, openView, type Watched } from './harness';

const h = fileHarness();

const openPresent = (query: string, viewport?: { width: number; height: number }, init?: () => void): Promise<Watched> => open(h, query, viewport, init);

describe('KPI wording on the big screen and in explore mode', () => {
  for (const lang of ['en', 'zh-CN'] as const) {
    it(`scene 2 (${lang}): the sector's published figures are the hero; no KPI card says "not published" on stage`, async () => {
      const w = await openPresent(`?lang=${lang}&mode=present&scene=2&interval=0`);
      expect(await w.page.getAttribute('[data-scene-hero]', 'data-scene-hero')).toBe('figure');
      // The published figure (32 projects in the sector) is the headline number.
      expect(await w.page.locator('[data-scene-hero] [data-kpi="projects"] .hero-number').textContent()).toBe('32');
      expect(await w.page.locator('[data-scene-hero] [data-kpi="projects"]').getAttribute('data-basis')).toBe('published');
      // "≥ 1 billion" was never published for the sector: it is not on stage at all.
      expect(await w.page.locator('.present-stage [data-kpi="over10"], .present-stage [data-kpi-headline]').count()).toBe(0);
      await w.context.close();
    });
  }

  it('explore (390×844, en): what is known is one statement, its locators in English', async () => {
    const w = await openView(h, '?lang=en&district=500110', { width: 390, height: 844 });
    const projects = w.page.locator('[data-kpi="projects"]');
    expect(await projects.getAttribute('data-known')).toBe('named');
    expect(await projects.locator('.known-coverage').textContent()).toContain('the sources name 1, worth 3.5 billion yuan.');
    const source = (await projects.locator('.known-source').textContent()) ?? '';
    expect(source).toContain('§district highlights · Qijiang District');
    expect(source).not.toMatch(/[\u4e00-\u9fff]/);
    await w.context.close();
    const all = await openView(h, '?lang=en');
    expect(await all.page.locator('[data-kpi="over50"] .kpi-unit').textContent()).toBe('projects');
    await all.context.close();
  });
});

describe('presentation controls and the venue', () => {
  for (const viewport of [
    { width: 1920, height: 1080 },
    { width: 3840, height: 2160 },
  ]) {
    it(`the control bar does not cover the map's footnote (${viewport.width}×${viewport.height})`, async () => {
      const w = await openPresent('?mode=present&scene=4&interval=0', viewport);
      await w.page.mouse.move(10, 10);
      const boxes = await w.page.evaluate(() => {
        const r = (el: Element | null) => (el ? el.getBoundingClientRect().toJSON() as DOMRect : null);
        return { bar: r(document.querySelector('.present-controls')), note: r(document.querySelector('[data-region="map"] .source-note')), footer: r(document.querySelector('.present-footer')) };
      });
      expect(boxes.bar && boxes.note && boxes.footer).toBeTruthy();
      const overlap = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      expect(overlap(boxes.bar!, boxes.note!)).toBe(false);
      expect(overlap(boxes.bar!, boxes.footer!)).toBe(false);
      expect(boxes.bar!.bottom).toBeLessThanOrEqual(viewport.height);
      await w.context.close();
    });
  }

  it('after the laptop sleeps and wakes, the wake lock is taken again and the tour goes on from its scene', async () => {
    // A stand-in for the Screen Wake Lock API and for page visibility, both driven by the test.
    // On a clock the test moves: the tour's 30 s pass only when the test says so.
    const w = await openPresentOnClock(h, '?mode=present&scene=3&interval=30', { width: 1920, height: 1080 }, () => {
      const state = { requests: 0, visible: true, sentinels: [] as EventTarget[] };
      (window as unknown as { __wake: typeof state }).__wake = state;
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (state.visible ? 'visible' : 'hidden') });
      Object.defineProperty(navigator, 'wakeLock', {
        configurable: true,
        value: {
          request: () => {
            state.requests += 1;
            const s = new EventTarget() as EventTarget & { released: boolean; type: string; release: () => Promise<void> };
            s.released = false;
            s.type = 'screen';
            s.release = async () => {
              if (s.released) return;
              s.released = true;
              s.dispatchEvent(new Event('release'));
            };
            state.sentinels.push(s);
            return Promise.resolve(s);
          },
        },
      });
    });
    const { page } = w;
    await page.waitForFunction(() => (window as unknown as { __wake: { requests: number } }).__wake.requests === 1);
    const progress = async () => Number(await page.locator('.present-progress').getAttribute('aria-valuenow'));
    // 20 s into the scene's 30: two thirds of the countdown.
    await page.clock.runFor(20_000);
    expect(await progress()).toBeGreaterThanOrEqual(60);
    // Sleep: the page is hidden and the system releases the lock.
    await page.evaluate(async () => {
      const s = (window as unknown as { __wake: { visible: boolean; sentinels: { release: () => Promise<void> }[] } }).__wake;
      s.visible = false;
      document.dispatchEvent(new Event('visibilitychange'));
      await s.sentinels[0]?.release();
    });
    expect(await page.evaluate(() => (window as unknown as { __wake: { requests: number } }).__wake.requests)).toBe(1);
    // Wake.
    await page.evaluate(() => {
      (window as unknown as { __wake: { visible: boolean } }).__wake.visible = true;
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await page.waitForFunction(() => (window as unknown as { __wake: { requests: number } }).__wake.requests === 2);
    expect(await page.locator('.present-count').textContent()).toMatch(/^场景 3\/\d+$/);
    expect(new URL(page.url()).searchParams.get('scene')).toBe('3');
    // Still touring (not paused), with the countdown restarted: the scene's full 30 s from the wake.
    expect(await page.locator('.present-state').textContent()).toBe('每 30 秒自动切换');
    expect(await progress()).toBeLessThan(10);
    await page.clock.runFor(20_000);
    expect(await page.locator('.present-count').textContent()).toMatch(/^场景 3\/\d+$/);
    await page.clock.runFor(10_000 + 1000);
    expect(await page.locator('.present-count').textContent()).toMatch(/^场景 4\/\d+$/);
    await w.context.close();
  });

  it('the installed app opens presentation mode one click from full screen', async () => {
    const w = await openPresent('?mode=present&lang=en&interval=0', { width: 1920, height: 1080 }, () => {
      const real = window.matchMedia.bind(window);
      window.matchMedia = (q: string) => (q === '(display-mode: standalone)' ? ({ matches: true, media: q, addEventListener: () => undefined, removeEventListener: () => undefined } as unknown as MediaQueryList) : real(q));
    });
    const ready = w.page.locator('[data-fullscreen-ready]');
    expect(await ready.textContent()).toContain('full screen');
    await ready.click();
    await w.page.waitForFunction(() => document.fullscreenElement !== null);
    expect(await ready.count()).toBe(0);
    await w.context.close();
    // In a browser tab (not installed) no such prompt covers the stage.
    const tab = await openPresent('?mode=present&interval=0');
    expect(await tab.page.locator('[data-fullscreen-ready]').count()).toBe(0);
    await tab.context.close();
  });
});
