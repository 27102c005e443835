/**
 * End-to-end: "say what is known, once". Where the sources published no figure for a selection
 * (綦江区), the KPI row is one statement — the named project as its headline, with its source —
 * under the page's one banner; the charts do not repeat it, and a chart with nothing to draw says
 * why in one line (no "Source: —", no "no named project matches" beside "1 more is unclassified").
 * A selection with published figures and a register's dashboard keep their KPI cards.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectClean, fileHarness, importRegister, openView } from './harness';

const h = fileHarness();

/**
 * How many of the page's "not published" banners (the page's one, and any chart's own) a reader
 * sees. A panel's note that the register lacks its columns (`data-lacks`, the progress panel's)
 * is another message, and that panel mounts only when scrolled near: it is not counted.
 */
async function visibleBanners(page: Page): Promise<number> {
  return page.evaluate(() => [...document.querySelectorAll('[data-page-banner], [data-chart] .not-published-banner:not([data-lacks])')].filter((e) => e.checkVisibility()).length);
}

function occurrences(text: string, word: string): number {
  return text.split(word).length - 1;
}

describe('what is known, said once (production build, Chromium)', () => {
  for (const [lang, query, partner, amount, number, word] of [
    ['zh-CN', '?district=500110', '中南高科', '35亿元', '35', '未公布'],
    ['en', '?lang=en&district=500110', 'Zhongnan Gaoke', '3.5 billion yuan', '3.5', 'not published'],
  ] as const) {
    it(`綦江区 (${lang}): the named project is the KPI row's headline, one banner for the page`, async () => {
      const w = await openView(h, query);
      const { page } = w;
      const kpis = page.locator('[data-region="kpis"]');
      const text = await kpis.innerText();
      expect(await kpis.locator('[data-known="named"]').count()).toBe(1);
      expect(await kpis.locator('.known-partner').innerText()).toBe(partner);
      expect(await kpis.locator('.known-amount').innerText()).toBe(amount);
      expect(text).toContain(number);
      expect(text).toContain('S1');
      expect(occurrences(text, word)).toBeLessThanOrEqual(1);
      // The contract's KPI attributes stay, on the statement.
      expect(await page.getAttribute('[data-kpi="projects"]', 'data-basis')).toBe('itemized');
      expect(await page.textContent('[data-kpi="investment"]')).toContain(amount);
      expect(await visibleBanners(page)).toBe(1);
      // The investor chart: one short line, no contradictory pair, no empty source line.
      const investor = page.locator('[data-chart="investor"]');
      expect(await investor.locator('[data-chart-empty]').count()).toBe(1);
      expect(await investor.locator('.chart-note').count()).toBe(0);
      expect(await investor.locator('.source-note').count()).toBe(0);
      expect(await page.locator('main').innerText()).not.toMatch(/(来源：|Source: )—/);
      expectClean(w);
      await w.context.close();
    });
  }

  it('綦江区 on a phone (390×844): the statement first, its banner left to the first line', async () => {
    const w = await openView(h, '?district=500110', { width: 390, height: 844 });
    const { page } = w;
    expect(await page.locator('.view-sentence').innerText()).toContain('来源没有公布');
    expect(await page.locator('[data-region="kpis"] .known-partner').innerText()).toBe('中南高科');
    expect(await visibleBanners(page)).toBeLessThanOrEqual(1);
    const wide = await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
    expect(wide).toBe(true);
    await w.context.close();
  });

  it('a selection nothing matches: the banner says nothing was published; no headline', async () => {
    const w = await openView(h, '?district=500101');
    const { page } = w;
    expect(await page.locator('[data-region="kpis"] [data-known="none"]').count()).toBe(1);
    expect(await page.locator('.known-project').count()).toBe(0);
    expect(await visibleBanners(page)).toBe(1);
    await w.context.close();
  });

  it('a sector with published figures keeps its cards and the charts their own notes', async () => {
    const w = await openView(h, '?sector=smart-manufacturing');
    const { page } = w;
    expect(await page.locator('[data-known]').count()).toBe(0);
    expect(await page.locator('[data-kpi="projects"] .kpi-number').innerText()).toBe('32');
    expect(await page.locator('[data-chart="investor"] .not-published-banner').innerText()).toContain('来源未公布');
    await w.context.close();
  });

  it('a register has full figures: a district shows its cards, never the statement', async () => {
    const w = await openView(h);
    const { page } = w;
    const id = await importRegister(page, 'register-gb18030.csv');
    await page.goto(`${h.baseUrl}?data=${id}&district=500110`);
    await page.waitForSelector('html[data-live] [data-kpi="projects"][data-basis="complete"]');
    // The KPIs paint first and the charts redraw in the background: wait until every chart
    // drawn is the register's (a chart still showing the published figures has its banner).
    await page.waitForFunction(() => {
      const charts = [...document.querySelectorAll('[data-chart][data-chart-mode]')];
      return charts.length > 0 && charts.every((c) => c.getAttribute('data-chart-mode') === 'complete');
    });
    expect(await page.locator('[data-known]').count()).toBe(0);
    expect(await visibleBanners(page)).toBe(0);
    await w.context.close();
  });
});
