/**
 * End-to-end: month over month between two reporting dates of one register version; the year
 * (edition) filter of a register with an edition column, from the progress panel's edition
 * marks, the filter bar and the URL; and the editions chart's selected edition in the URL
 * (shared link, dropped value, back/forward).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectClean, fileHarness, importRegister, openView, scrollThrough, type Harness } from './harness';

/** Go to a view of a register and wait until its panels (the lazily mounted progress panel too) are drawn. */
async function goto(h: Harness, page: Page, query: string): Promise<void> {
  await page.goto(`${h.baseUrl}${query}`);
  await page.waitForSelector('[data-kpi="projects"][data-basis="complete"]');
  await scrollThrough(page);
  await page.waitForSelector('[data-chart="progress"][data-has-progress="true"]');
}

function kpiProjects(page: Page, n: number) {
  return page.waitForFunction((k) => document.querySelector('[data-kpi="projects"] .kpi-number')?.textContent === String(k), n);
}

const h = fileHarness();

describe('month over month by reporting dates (production build, Chromium)', () => {
  it('one register version whose rows carry two reporting dates: the panel shows what changed between them', async () => {
    const w = await openView(h);
    const { page } = w;
    const register = await importRegister(page, 'progress-dates.csv');
    await goto(h, page, `?data=${register}`);
    const panel = page.locator('[data-chart="progress"]');
    // The figures are of the latest date, and say so.
    expect(await panel.innerText()).toContain('2026-10-31');
    const mom = panel.locator('[data-month-over-month]');
    await mom.locator('[data-mom-diff]').waitFor();
    // The earlier date is the one compared with (no other version in this browser).
    expect(await mom.locator('[data-mom-select] option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))).toEqual(['d2026-09-30']);
    // 甲 and 丁 newly started, 乙 newly producing; funds +4 +3 +0 +1 = 8亿.
    expect(await mom.locator('[data-mom="started"] .follow-number').innerText()).toBe('2');
    expect(await mom.locator('[data-mom="producing"] .follow-number').innerText()).toBe('1');
    expect(await mom.locator('[data-mom="funds"]').innerText()).toContain('8亿元');
    expect(await mom.locator('[data-mom="rate"]').innerText()).toContain('50.0% → 100.0%');
    expect(await mom.locator('[data-mom-unit="500110"]').count()).toBe(1);
    expect(await mom.locator('[data-mom-unit="500102"]').count()).toBe(1);
    // The projects are listed (in a closed disclosure until opened).
    expect(await mom.locator('.mom-list').first().textContent()).toContain('测试项目甲');

    // The year filter applies to both dates alike: 2023 has 丁 newly started, nothing producing.
    await goto(h, page, `?data=${register}&year=2023`);
    await page.locator('[data-month-over-month] [data-mom-diff]').waitFor();
    expect(await page.locator('[data-mom="started"] .follow-number').innerText()).toBe('1');
    expect(await page.locator('[data-mom="producing"] .follow-number').innerText()).toBe('0');
    expect(await page.locator('[data-mom-unit="500110"]').count()).toBe(0);
    expectClean(w);
    await w.context.close();
  });
});

describe('the year (edition) filter on a register (production build, Chromium)', () => {
  it('from the edition marks and the filter bar: the URL, chips, KPIs, map and edition-over-edition table follow', async () => {
    const w = await openView(h);
    const { page } = w;
    const register = await importRegister(page, 'progress-v1.csv');
    await goto(h, page, `?data=${register}`);
    const marks = page.locator('[data-chart="progress"] [data-year-marks]');
    await page.waitForFunction(() => document.querySelectorAll('[data-year-marks] rect[data-key]').length === 2);
    expect(await marks.locator('rect[data-key]').evaluateAll((els) => els.map((e) => e.getAttribute('data-key')))).toEqual(['2023', '2025']);

    await marks.locator('rect[data-key="2023"]').click();
    await page.waitForFunction(() => new URLSearchParams(location.search).get('year') === '2023');
    expect(await page.getAttribute('[data-year-marks] rect[data-key="2023"]', 'aria-pressed')).toBe('true');
    expect(await page.locator('[data-filter-chip="years:2023"]').innerText()).toContain('届次：2023');
    // P04, P05, P08, P09, P13 are of 2023.
    await kpiProjects(page, 5);
    // The map follows: 綦江 has two 2023 projects, 两江新区 and 江津 none.
    expect(await page.getAttribute('[data-district-item="500110"]', 'class')).toContain('has-projects');
    expect(await page.getAttribute('[data-area-item="liangjiang"]', 'class')).not.toContain('has-projects');
    expect(await page.getAttribute('[data-district-item="500116"]', 'class') ?? '').not.toContain('has-projects');
    // The panel's rates are of 2023; the edition-over-edition table keeps both editions, 2023 marked.
    expect(await page.locator('[data-rate="started"]').innerText()).toContain('3/5');
    const table = page.locator('[data-editions-by-unit]');
    expect(await table.locator('[data-edition-col]').count()).toBe(2);
    expect(await table.locator('[data-edition-col="2023"]').getAttribute('data-selected')).toBe('true');
    expect(await table.locator('[data-edition-col="2025"]').getAttribute('data-selected')).toBe('false');

    // Keyboard: 2025 by Enter adds it (OR within the dimension).
    await page.focus('[data-year-marks] rect[data-key="2025"]');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => new URLSearchParams(location.search).get('year') === '2023,2025');
    await kpiProjects(page, 14);

    // The chip removes its year; back restores it.
    await page.click('[data-filter-chip="years:2023"] .chip-remove');
    await page.waitForFunction(() => new URLSearchParams(location.search).get('year') === '2025');
    await kpiProjects(page, 9);
    await page.goBack();
    await page.waitForFunction(() => new URLSearchParams(location.search).get('year') === '2023,2025');
    await page.waitForFunction(() => document.querySelector('[data-year-marks] rect[data-key="2023"]')?.getAttribute('aria-pressed') === 'true');
    expectClean(w);
    await w.context.close();
  });

  it('from the URL, with a bad year dropped and said; the published figures offer no year filter', async () => {
    const w = await openView(h);
    const { page } = w;
    const register = await importRegister(page, 'progress-v1.csv');
    await goto(h, page, `?data=${register}&year=2025,19x&lang=en`);
    await kpiProjects(page, 9);
    expect(await page.getAttribute('[data-year-marks] rect[data-key="2025"]', 'aria-pressed')).toBe('true');
    expect(await page.getAttribute('[data-year-marks] rect[data-key="2023"]', 'aria-pressed')).toBe('false');
    expect(await page.locator('[data-filter-chip="years:2025"]').innerText()).toContain('Edition: 2025');
    expect(await page.locator('[data-notice="url"]').innerText()).toContain('year=19x');
    expect(new URL(page.url()).searchParams.get('year')).toBe('2025');

    // The bundled data: one edition (2021), no edition per project: no marks, S12 as published.
    const w2 = await openView(h);
    await w2.page.locator('[data-chart="progress"] [data-follow-through="S12"]').waitFor();
    expect(await w2.page.locator('[data-year-marks]').count()).toBe(0);
    expectClean(w2);
    await w2.context.close();
    expectClean(w);
    await w.context.close();
  });
});

describe('the edition selected in the editions chart is in the URL (production build, Chromium)', () => {
  it('a shared link opens with it selected; a click changes the URL; back and forward restore it', async () => {
    const w = await openView(h, '?edition=2023');
    const { page } = w;
    const detail = page.locator('[data-edition-detail="2023"]');
    await detail.waitFor();
    expect(await detail.innerText()).toContain('S15');
    expect(await page.getAttribute('[data-chart="editions"] [data-key="2023"]', 'aria-pressed')).toBe('true');
    expect(new URL(page.url()).searchParams.get('edition')).toBe('2023');

    await page.locator('[data-chart="editions"] [data-key="2022"]').click();
    await page.waitForFunction(() => new URLSearchParams(location.search).get('edition') === '2022');
    await page.locator('[data-edition-detail="2022"]').waitFor();
    // Closing the detail drops it from the URL.
    await page.click('[data-edition-detail="2022"] .edition-close');
    await page.waitForFunction(() => !new URLSearchParams(location.search).has('edition'));
    expect(await page.locator('[data-edition-detail]').count()).toBe(0);

    await page.goBack();
    await page.waitForFunction(() => new URLSearchParams(location.search).get('edition') === '2022');
    await page.locator('[data-edition-detail="2022"]').waitFor();
    await page.goBack();
    await page.waitForFunction(() => new URLSearchParams(location.search).get('edition') === '2023');
    await page.locator('[data-edition-detail="2023"]').waitFor();
    expect(await page.getAttribute('[data-chart="editions"] [data-key="2022"]', 'aria-pressed')).toBe('false');
    await page.goForward();
    await page.locator('[data-edition-detail="2022"]').waitFor();
    expectClean(w);
    await w.context.close();
  });

  it('an edition the chart does not list is dropped with the usual notice; 2024 opens its reason', async () => {
    const w = await openView(h, '?edition=2030&lang=en');
    const { page } = w;
    const notice = page.locator('[data-notice="url"]');
    await notice.waitFor();
    expect(await notice.innerText()).toContain('edition=2030');
    expect(await page.locator('[data-edition-detail]').count()).toBe(0);
    expect(new URL(page.url()).searchParams.has('edition')).toBe(false);
    await w.context.close();

    const w2 = await openView(h, '?edition=2024');
    await w2.page.locator('[data-edition-detail="2024"] .edition-absence').waitFor();
    expect(await w2.page.locator('[data-edition-detail="2024"]').innerText()).toContain('S16');
    expectClean(w2);
    await w2.context.close();
  });
});
