/**
 * End-to-end: editions 2018–2025 (the 2024 and 2025 entries, per-edition breakdowns), the
 * published follow-through (S12) in the progress panel, and the progress scene of the tour.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openView, startHarness, type Harness, type Watched } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

function expectClean(w: Watched): void {
  expect(w.errors).toEqual([]);
  expect(w.offOrigin).toEqual([]);
}

describe('editions 2018–2025 and the published follow-through (production build, Chromium)', () => {
  it('draws eight editions: 2024 without a bar (held in Tianjin), 2025 open-ended (a lower bound)', async () => {
    const w = await openView(h);
    const { page } = w;
    const chart = page.locator('[data-chart="editions"]');
    expect(await chart.locator('[data-key]').evaluateAll((els) => els.map((e) => e.getAttribute('data-key')))).toEqual(['2018', '2019', '2020', '2021', '2022', '2023', '2024', '2025']);
    expect(await chart.locator('[data-key="2024"]').getAttribute('data-mark')).toBe('none');
    expect(await chart.locator('[data-key="2025"]').getAttribute('data-mark')).toBe('lower-bound');
    const text = await chart.innerText();
    expect(text).toContain('2024 (天津)');
    expect(text).toContain('无重庆届次');
    expect(await chart.locator('[data-key="2024"]').getAttribute('aria-label')).toContain('无重庆届次（在天津举办）');
    expect(text).toContain('2000亿元以上');
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
