/**
 * End-to-end: editions 2018–2025 (the 2024 and 2025 entries, per-edition breakdowns), the
 * published follow-through (S12) in the progress panel, and the progress scene of the tour.
 */
import { describe, expect, it } from 'vitest';
import { expectClean, fileHarness, fixture, importRegister, openView, scrollThrough } from './harness';

const h = fileHarness();

describe('editions 2018–2025 and the published follow-through (production build, Chromium)', () => {
  it('draws eight editions: 2024 without a bar (held in Tianjin), 2025 open-ended (a lower bound)', async () => {
    const w = await openView(h);
    const { page } = w;
    const chart = page.locator('[data-chart="editions"]');
    expect(await chart.locator('[data-key]').evaluateAll((els) => els.map((e) => e.getAttribute('data-key')))).toEqual(['2018', '2019', '2020', '2021', '2022', '2023', '2024', '2025']);
    expect(await chart.locator('[data-key="2024"]').getAttribute('data-mark')).toBe('none');
    expect(await chart.locator('[data-key="2025"]').getAttribute('data-mark')).toBe('lower-bound');
    const text = await chart.innerText();
    expect(text).toContain('2024（天津）');
    expect(text).toContain('无重庆届次');
    expect(await chart.locator('[data-key="2024"]').getAttribute('aria-label')).toContain('无重庆届次（在天津举办）');
    // The unit once above the bars, numbers at their ends (issue 24).
    expect(text).toContain('单位：亿元');
    expect(await chart.locator('.bar-value').allTextContents()).toContain('2000以上');
    // Tianjin's 2024 figures never appear.
    expect(text).not.toMatch(/1092|103 个/);
    expectClean(w);
    await w.context.close();
  });

  it('selecting an edition shows its own published breakdowns with sources; the rest is "not published"', async () => {
    const w = await openView(h);
    const { page } = w;
    await page.locator('[data-chart="editions"] [data-key="2023"]').click();
    const detail = page.locator('[data-edition-detail="2023"]');
    await detail.waitFor();
    expect(await detail.locator('[data-breakdown]').evaluateAll((els) => els.map((e) => e.getAttribute('data-breakdown')))).toEqual(['size', 'sector', 'investor']);
    expect(await detail.locator('[data-breakdown="size"] [data-category]').count()).toBe(2);
    expect(await detail.locator('[data-breakdown="size"] [data-rest]').innerText()).toContain('68');
    expect(await detail.innerText()).toContain('S15');
    expect(await page.getAttribute('[data-chart="editions"] [data-key="2023"]', 'aria-pressed')).toBe('true');
    // Keyboard: 2025 by Enter.
    await page.focus('[data-chart="editions"] [data-key="2025"]');
    await page.keyboard.press('Enter');
    const d2025 = page.locator('[data-edition-detail="2025"]');
    await d2025.waitFor();
    const t2025 = await d2025.innerText();
    expect(t2025).toContain('1200亿元');
    expect(t2025).toContain('S18');
    expect(t2025).toContain('未公布');
    expectClean(w);
    await w.context.close();
  });

  it('the progress panel shows S12 city-wide in both languages', async () => {
    const w = await openView(h, '?lang=en');
    const { page } = w;
    const panel = page.locator('[data-chart="progress"] [data-follow-through="S12"]');
    await panel.waitFor();
    const text = await panel.innerText();
    expect(text).toContain('253');
    expect(text).toContain('about 63%');
    expect(text).toContain('131.06 billion yuan');
    expect(text).toContain('S12');
    expect(text).toMatch(/City-wide/);
    expectClean(w);
    await w.context.close();
  });
});

describe('a register with stages and funds (production build, Chromium)', () => {
  it('imports stages and funds, filters by a stage from the chart and from the URL, compares two versions', async () => {
    const w = await openView(h);
    const { page } = w;
    const register = await importRegister(page, 'progress-v1.csv');
    await page.keyboard.press('Escape');
    const panel = page.locator('[data-chart="progress"][data-has-progress="true"]');
    await panel.waitFor();
    // The stage marks (the edition marks, 2023 and 2025, are apart: progress-years.test.ts).
    await page.waitForFunction(() => document.querySelectorAll('[data-chart="progress"] .progress-stages rect[data-key]').length === 4);
    expect(await panel.locator('.progress-stages rect[data-key]').evaluateAll((els) => els.map((e) => e.getAttribute('data-key')))).toEqual(['signed', 'started', 'producing', 'stopped']);
    // 14 rows: started 6 + producing 2 of 14 with a stage.
    expect(await panel.locator('[data-rate="started"]').innerText()).toContain('57.1%');
    expect(await panel.locator('[data-rate="started"]').innerText()).toContain('8/14');
    expect(await panel.locator('[data-over-contract="1"]').count()).toBe(1);
    // Ranked: 綦江 and 涪陵 have 5 projects each; 两江新区 is an area; small districts are not ranked.
    const districts = panel.locator('[data-rank-table="started"]').first();
    expect(await districts.locator('[data-unit="500110"]').getAttribute('data-rank')).not.toBe('');
    expect(await districts.locator('[data-unit="500231"]').getAttribute('data-rank')).toBe('');
    expect(await panel.locator('[data-unit="liangjiang"]').count()).toBe(1);

    // A stage from the chart: the URL, the chips and the KPIs follow.
    await panel.locator('rect[data-key="started"]').click();
    await page.waitForFunction(() => location.search.includes('stage=started'));
    expect(await page.getAttribute('[data-chart="progress"] rect[data-key="started"]', 'aria-pressed')).toBe('true');
    expect(await page.locator('[data-filter-chip="stages:started"]').count()).toBe(1);
    await page.waitForFunction(() => /签约项目6个/.test(document.querySelector('[data-kpi="projects"]')?.textContent ?? ''));

    // A stage from the URL.
    await page.goto(`${h.baseUrl}?data=${register}&stage=producing,stopped`);
    await page.waitForSelector('[data-kpi="projects"][data-basis="complete"]');
    // The progress panel mounts when scrolled near (components/lazy-mount.tsx).
    await scrollThrough(page);
    await page.waitForFunction(() => /签约项目3个/.test(document.querySelector('[data-kpi="projects"]')?.textContent ?? ''));
    expect(await page.getAttribute('[data-chart="progress"] rect[data-key="producing"]', 'aria-pressed')).toBe('true');
    expect(await page.getAttribute('[data-chart="progress"] rect[data-key="signed"]', 'aria-pressed')).toBe('false');

    // The next month's file as version 2: month over month against version 1.
    await page.goto(`${h.baseUrl}?data=${register}`);
    await page.waitForSelector('[data-kpi="projects"][data-basis="complete"]');
    await page.click('[data-data-button]');
    await page.click(`[data-update="${register}"]`);
    await page.setInputFiles('[data-register-file]', fixture('progress-v2.csv'));
    await page.waitForSelector('[data-import-diff]');
    await page.click('[data-import-save]');
    await page.waitForSelector('[data-import-done]');
    await page.keyboard.press('Escape');
    await scrollThrough(page);
    const mom = page.locator('[data-month-over-month] [data-mom-diff]');
    await mom.waitFor();
    // P01, P05, P07, P12 newly started; P03 newly producing; funds +4 +2 +7 +6 +5 +1 = 25亿.
    expect(await mom.locator('[data-mom="started"]').innerText()).toContain('4');
    expect(await mom.locator('[data-mom="producing"]').innerText()).toContain('1');
    expect(await mom.locator('[data-mom="funds"]').innerText()).toContain('25亿元');
    expect(await mom.locator('[data-mom-unit="500110"]').count()).toBe(1);
    expect(w.errors).toEqual([]);
    expect(w.offOrigin).toEqual([]);

    // Presentation: the default tour gains the progress and month-over-month scenes.
    await page.goto(`${h.baseUrl}?data=${register}&mode=present&scene=7&interval=0`);
    await page.waitForSelector('[data-chart="progress"][data-has-progress="true"]');
    expect(await page.locator('.present-status').innerText()).toMatch(/7\/8|7 \/ 8|7 of 8/);
    await page.keyboard.press('ArrowRight');
    await page.waitForSelector('[data-chart="monthly"] [data-mom-diff]');
    expect(new URL(page.url()).searchParams.get('scene')).toBe('8');
    await w.context.close();
  });
});
