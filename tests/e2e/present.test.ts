/**
 * End-to-end: presentation mode on conference screens. Every scene of the default tour has one
 * hero and no "not published" headline, and nothing overflows, at 1080p and 4K in both
 * languages (and at 1280×720); the map as hero names its districts and keeps its callouts clear; the presenter's
 * state is discreet; type sizes at 1080p, clicker keys, blackout, reload on a scene, and leaving with Esc.
 */
import { describe, expect, it } from 'vitest';
import { fileHarness, openPage, openPresent as open, openPresentOnClock, waitScene, type Watched } from './harness';

const h = fileHarness();

const openPresent = (query: string, viewport?: { width: number; height: number }): Promise<Watched> => open(h, query, viewport);

/**
 * What the stage overflows, measured in the page: elements whose content is wider than their
 * box (scrollWidth > clientWidth), the hero and the secondary panels when their content is
 * taller than their box (they clip it), and elements outside the viewport. Leaflet's own panes
 * are left out (the map clips them by design: its renderer draws past the view), and so are
 * visually hidden texts (1 px boxes for screen readers).
 */
async function overflow(w: Watched): Promise<string[]> {
  return w.page.evaluate(() => {
    const out: string[] = [];
    const name = (el: Element) => `${el.tagName.toLowerCase()}.${String(el.getAttribute('class') ?? '').split(' ').join('.')}`;
    for (const el of document.querySelectorAll<HTMLElement>('.present, .present *')) {
      if (el.closest('.leaflet-container, .visually-hidden, svg')) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      const clips = el.matches('.present-hero > *, .present-secondary > *');
      if (el.scrollWidth > el.clientWidth + 1 || (clips && el.scrollHeight > el.clientHeight + 1)) out.push(`${name(el)} overflows (${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight})`);
      if (r.left < -1 || r.top < -1 || r.right > innerWidth + 1 || r.bottom > innerHeight + 1) out.push(`${name(el)} is off screen`);
    }
    return out;
  });
}

/**
 * The scene's headline: its hero (`[data-scene-hero]`, one per scene) — the hero's headings,
 * big figures and banners — and any KPI headline on the stage. None may say "not published".
 */
async function headlines(w: Watched): Promise<{ heroes: number; unpublishedKpis: number; text: string }> {
  return w.page.evaluate(() => {
    const hero = document.querySelectorAll('.present-stage [data-scene-hero]');
    const text = [...document.querySelectorAll('.present-stage [data-scene-hero] :is(h2, h3, [data-hero-headline], .not-published-banner)')].map((e) => e.textContent ?? '').join(' | ');
    return { heroes: hero.length, unpublishedKpis: document.querySelectorAll('.present-stage [data-kpi-headline="unpublished"]').length, text };
  });
}

describe('presentation mode (production build, Chromium)', () => {
  for (const viewport of [
    { width: 1280, height: 720 },
    { width: 1920, height: 1080 },
    { width: 3840, height: 2160 },
  ]) {
    it(`every scene has one hero, no "not published" headline and no overflow at ${viewport.width}×${viewport.height}, zh and en`, async () => {
      for (const lang of ['zh-CN', 'en']) {
        const w = await openPresent(`?lang=${lang}&mode=present&scene=1&interval=0`, viewport);
        for (let scene = 1; scene <= 6; scene++) {
          if (scene > 1) {
            await w.page.keyboard.press('ArrowRight');
            await w.page.waitForURL(new RegExp(`scene=${scene}`));
            await waitScene(w.page, scene);
          }
          const page = await w.page.evaluate(() => Math.max(document.documentElement.scrollWidth - innerWidth, document.documentElement.scrollHeight - innerHeight));
          const h = await headlines(w);
          expect({ lang, scene, page, overflow: await overflow(w), heroes: h.heroes, unpublishedKpis: h.unpublishedKpis }).toEqual({ lang, scene, page: 0, overflow: [], heroes: 1, unpublishedKpis: 0 });
          expect(h.text).not.toMatch(/未公布|not published/i);
        }
        expect(w.errors).toEqual([]);
        expect(w.offOrigin).toEqual([]);
        await w.context.close();
      }
    });
  }

  it('the map as hero (1920×1080): names the districts with their values; callouts cover no highlighted district and no label; Liangjiang shows Liangjiang', async () => {
    const w = await openPresent('?mode=present&scene=4&interval=0');
    const { page } = w;
    expect(await page.getAttribute('[data-scene-hero]', 'data-scene-hero')).toBe('map');
    const qijiang = page.locator('[data-stage-label="500110"]:not(.is-unplaced)');
    await qijiang.waitFor();
    expect(await qijiang.textContent()).toBe('綦江区35亿元');
    const layout = () =>
      page.evaluate(() => {
        const box = (e: Element) => e.getBoundingClientRect();
        const labels = [...document.querySelectorAll('.stage-label:not(.is-unplaced)')].map((e) => ({ id: e.getAttribute('data-stage-label'), kind: e.getAttribute('data-stage-label-kind'), r: box(e).toJSON() as DOMRect }));
        const lit = [...document.querySelectorAll('path.is-selected, path.is-highlighted')].map((e) => box(e).toJSON() as DOMRect);
        return { labels, lit };
      });
    const overlap = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    const check = async () => {
      const { labels, lit } = await layout();
      labels.forEach((a, i) => {
        for (const b of labels.slice(i + 1)) expect({ a: a.id, b: b.id, overlap: overlap(a.r, b.r) }).toEqual({ a: a.id, b: b.id, overlap: false });
        if (a.kind === 'callout') for (const r of lit) expect({ callout: a.id, covers: overlap(a.r, r) }).toEqual({ callout: a.id, covers: false });
      });
      return labels;
    };
    const named = (await check()).filter((l) => l.kind === 'name').map((l) => l.id);
    expect(named.sort()).toEqual(['500102', '500105', '500107', '500110', '500116', '500118', '500120', '500231']);

    await page.keyboard.press('ArrowRight');
    await waitScene(page, 5);
    await page.locator('[data-stage-label="liangjiang"]:not(.is-unplaced)').waitFor();
    const labels = await check();
    // Liangjiang's scene names no district's projects: the area, and the districts it lies in.
    expect(labels.filter((l) => l.kind === 'name')).toEqual([]);
    expect(await page.textContent('[data-stage-label="liangjiang"]')).toContain('两江新区');
    const rows = await page.locator('.present-stage [data-project]').evaluateAll((els) => els.map((e) => e.getAttribute('data-project')));
    expect(rows.length).toBe(4);
    expect(rows.every((id) => id?.startsWith('liangjiang-'))).toBe(true);
    expect(w.errors).toEqual([]);
    await w.context.close();
  });

  it('the presenter\'s state is small and muted; the footnote points to nothing off stage', async () => {
    const w = await openPresent('?lang=en&mode=present&scene=1&interval=0');
    const status = await w.page.evaluate(() => {
      const el = document.querySelector('.present-status')!;
      const cs = getComputedStyle(el);
      const title = getComputedStyle(document.querySelector('.present-title')!);
      const count = getComputedStyle(document.querySelector('.present-count')!);
      return { size: parseFloat(cs.fontSize), title: parseFloat(title.fontSize), muted: count.color !== title.color, weight: Number(count.fontWeight) };
    });
    // Small (two fifths of the title at most) and in the muted colour, not bold; axe checks it still meets AA contrast.
    expect(status.size).toBeLessThanOrEqual(status.title / 2.5);
    expect(status.muted).toBe(true);
    expect(status.weight).toBeLessThan(600);
    expect(await w.page.textContent('.present-footer')).not.toMatch(/footer|页脚/);
    await w.context.close();
  });

  it('at 1080p the talking point is at least 28 px, the hero figure at least 64 px, a hero chart\'s labels 28 px; sources stay visible', async () => {
    const w = await openPresent('?mode=present&scene=1&interval=0');
    const px = (sel: string) => w.page.evaluate((s) => [...document.querySelectorAll(s)].map((e) => parseFloat(getComputedStyle(e).fontSize)), sel);
    // 1 rem is computed from the viewport (100vw × 28 / 1920), which leaves 27.9999 px after
    // floating point; a hundredth of a pixel is within that rounding.
    const min = (xs: number[]) => Math.min(...xs) + 0.01;
    expect(min(await px('.present-point'))).toBeGreaterThanOrEqual(28);
    expect(min(await px('.hero-label'))).toBeGreaterThanOrEqual(28);
    expect(min(await px('.hero-number'))).toBeGreaterThanOrEqual(64);
    expect(Math.min(...(await px('.hero-source')))).toBeGreaterThanOrEqual(14);
    expect(await w.page.locator('.hero-source').first().isVisible()).toBe(true);
    await w.page.keyboard.press('ArrowRight');
    await waitScene(w.page, 2);
    await w.page.keyboard.press('ArrowRight');
    await waitScene(w.page, 3);
    expect(await w.page.getAttribute('[data-scene-hero]', 'data-scene-hero')).toBe('investor');
    expect(min(await px('[data-scene-hero] .bar-tick, [data-scene-hero] .bar-value'))).toBeGreaterThanOrEqual(28);
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
