/**
 * End-to-end, every figure right (issue 22): a register whose projects reported on different
 * dates counts each project by its own latest report and every panel says so; ambiguous
 * numbers (a decimal comma, a space inside digits) are row errors with their reasons, and
 * nothing of them is counted.
 */
import { describe, expect, it } from 'vitest';
import { expectClean, fileHarness, importRegister, openView } from './harness';

const h = fileHarness();

const RULE = '按各项目最近一次填报统计；5 个项目，最近填报 2021-08-23 至 2021-08-24';

describe('several report dates (production build, Chromium)', () => {
  it('four projects on 2021-08-23 and one on 2021-08-24: 5 projects, 105亿元, the rule stated by the KPIs, the charts, the map and the table', async () => {
    const w = await openView(h);
    const { page } = w;
    await importRegister(page, 'register-report-dates.csv');
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-kpi="projects"][data-basis="complete"]');
    await page.waitForFunction(() => document.querySelector('[data-kpi="projects"] .kpi-number')?.textContent === '5');
    expect(await page.locator('[data-kpi="investment"] .kpi-value').innerText()).toBe('105亿元');
    for (const kpi of ['projects', 'investment', 'over10', 'over50']) expect(await page.locator(`[data-kpi="${kpi}"] .kpi-coverage`).innerText()).toBe(RULE);
    expect(await page.locator('[data-chart="sector"] [data-report-rule]').innerText()).toContain(RULE);
    expect(await page.locator('.project-table .source-note').innerText()).toContain(RULE);
    expect(await page.locator('.map-legend ~ .source-note').innerText()).toContain(RULE);
    expect(await page.locator('.project-table tbody tr').count()).toBe(5);
    expectClean(w);
    await w.context.close();
  });
});

describe('numbers read one way (production build, Chromium)', () => {
  it('10,5 / 10，5 / １０,５ / 10 20: four row errors with their reasons, nothing to save', async () => {
    const w = await openView(h);
    const { page } = w;
    await page.click('[data-data-button]');
    await page.waitForSelector('[data-register-file]', { state: 'attached' });
    const csv = '项目名称,区县,投资额（亿元）\n测试项目甲,綦江区,"10,5"\n测试项目乙,綦江区,10，5\n测试项目丙,綦江区,"１０,５"\n测试项目丁,綦江区,10 20\n';
    await page.setInputFiles('[data-register-file]', { name: 'ambiguous.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    const summary = page.locator('[data-import-summary]');
    await summary.waitFor();
    expect(await summary.getAttribute('data-accepted')).toBe('0');
    expect(await summary.getAttribute('data-rejected')).toBe('4');
    const rows = await page.locator('[data-import-errors] tbody tr').allTextContents();
    expect(rows).toEqual([
      '2投资额10,5数字中的逗号不是千分位（千分位须每三位一组，如 1,234.5）：可能是小数点，请改写为 10.5 这样的写法',
      '3投资额10，5数字中的逗号不是千分位（千分位须每三位一组，如 1,234.5）：可能是小数点，请改写为 10.5 这样的写法',
      '4投资额１０,５数字中的逗号不是千分位（千分位须每三位一组，如 1,234.5）：可能是小数点，请改写为 10.5 这样的写法',
      '5投资额10 20数字中间有空格，无法确定是一个数还是两个数',
    ]);
    // The published figures stay on screen: nothing was counted.
    expect(await page.locator('[data-kpi="projects"]').getAttribute('data-basis')).not.toBe('complete');
    expectClean(w);
    await w.context.close();
  });
});
