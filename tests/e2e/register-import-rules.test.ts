/**
 * End-to-end (issue 22, items 2, 5, 7): a new version's own unit beats the unit chosen for the
 * last one, and the dialog says which applied; a unit the numbers make doubtful is confirmed
 * before saving; duplicates are listed with both row numbers and the user's choice applies.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectClean, fileHarness, openView } from './harness';

const h = fileHarness();

async function chooseFile(page: Page, name: string, csv: string): Promise<void> {
  await page.setInputFiles('[data-register-file]', { name, mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
}

async function openImport(page: Page): Promise<void> {
  await page.click('[data-data-button]');
  await page.waitForSelector('[data-register-file]', { state: 'attached' });
}

const kpiText = async (page: Page, key: string) => (await page.locator(`[data-kpi="${key}"]`).textContent()) ?? '';

describe('import rules (production build, Chromium)', () => {
  it('version 1 without a unit (亿元 chosen), version 2 headed 投资额（万元）800 / 900: the file\'s unit applies, 0.17亿元', async () => {
    const w = await openView(h);
    const { page } = w;
    await openImport(page);
    await chooseFile(page, 'unit-v1.csv', '项目名称,区县,投资额\n甲,綦江区,8\n乙,渝北区,9\n');
    await page.waitForSelector('[data-unit-needed="amount"]');
    await page.locator('[data-unit-field="amount"] select').selectOption('亿元');
    await page.waitForSelector('[data-unit-field="amount"][data-unit="亿元"][data-unit-source="user"]');
    await page.click('[data-import-save]');
    await page.waitForSelector('[data-import-done]');
    const register = new URL(page.url()).searchParams.get('data')?.replace(/\.v1$/, '') ?? '';

    await page.click(`[data-update="${register}"]`);
    await chooseFile(page, 'unit-v2.csv', '项目名称,区县,投资额（万元）\n甲,綦江区,800\n乙,渝北区,900\n');
    const unit = page.locator('[data-unit-field="amount"][data-unit-source="header"]');
    await unit.waitFor();
    expect(await unit.getAttribute('data-unit')).toBe('万元');
    expect(await unit.textContent()).toContain('取自表头“投资额（万元）”');
    expect(await page.locator('[data-unit-set-aside="亿元"]').textContent()).toBe('文件自己说明了单位，按文件的“万元”读取；上一版选择的“亿元”不再适用。');
    await page.click('[data-import-save]');
    await page.waitForSelector('[data-import-done]');
    expect(page.url()).toMatch(new RegExp(`\\?data=${register}\\.v2$`));
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-kpi="investment"][data-basis="complete"]');
    // 0.17亿元, as the compact notation writes it: 1700万元.
    await page.waitForFunction(() => /1700\s*万元/.test(document.querySelector('[data-kpi="investment"]')?.textContent ?? ''));
    expect(await kpiText(page, 'investment')).not.toContain('亿元1700');
    expectClean(w);
    await w.context.close();
  });

  it('100000 / 200000 read as 亿元 look like 万元: saving waits until the user confirms the unit', async () => {
    const w = await openView(h);
    const { page } = w;
    await openImport(page);
    await chooseFile(page, 'implausible.csv', '项目名称,区县,投资额\n甲,綦江区,100000\n乙,渝北区,200000\n');
    await page.waitForSelector('[data-unit-needed="amount"]');
    await page.locator('[data-unit-field="amount"] select').selectOption('亿元');
    await page.waitForSelector('[data-unit-field="amount"][data-unit="亿元"]');
    expect(await page.locator('[data-unit-warning="amount"]').textContent()).toContain('万元');
    expect(await page.locator('[data-import-save]').isDisabled()).toBe(true);
    expect(await page.locator('[data-save-waits="unit-unconfirmed"]').count()).toBe(1);
    await page.check('[data-unit-confirm="amount"]');
    await page.waitForSelector('[data-import-save]:not([disabled])');
    expect(await page.locator('[data-save-waits]').count()).toBe(0);
    // Choosing 万元 instead takes the warning away (nothing to confirm).
    await page.locator('[data-unit-field="amount"] select').selectOption('万元');
    await page.waitForSelector('[data-unit-field="amount"][data-unit="万元"]');
    expect(await page.locator('[data-unit-warning="amount"]').count()).toBe(0);
    await page.click('[data-import-save]');
    await page.waitForSelector('[data-import-done]');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => /30\s*亿元/.test(document.querySelector('[data-kpi="investment"]')?.textContent ?? ''));
    expectClean(w);
    await w.context.close();
  });

  it('duplicates are listed with both row numbers; keep the later makes the earlier a row not imported', async () => {
    const w = await openView(h);
    const { page } = w;
    await openImport(page);
    await chooseFile(page, 'dupes.csv', '编号,项目名称,区县,投资额（亿元）\nP1,甲,綦江区,1\nQ1,乙,渝北区,2\np1,丙,綦江区,3\n,丁,渝北区,4\nrow-5,戊,渝北区,5\n');
    await page.waitForSelector('[data-import-duplicates="1"]');
    const line = page.locator('[data-duplicate-rows="2,4"]');
    expect(await line.textContent()).toBe('第 2、4 行：编号“P1”');
    // The default is stated, and both rows count until the user chooses.
    expect(await page.locator('[data-duplicates-choice="keep-both"]').isChecked()).toBe(true);
    expect(await page.locator('[data-import-summary]').getAttribute('data-accepted')).toBe('5');
    await page.check('[data-duplicates-choice="keep-later"]');
    await page.waitForSelector('[data-import-summary][data-accepted="4"][data-rejected="1"]');
    expect(await page.locator('[data-import-errors] tbody tr').first().textContent()).toBe('2编号P1与后面的行是同一项目（您选择了只保留后一行）');
    await page.waitForSelector('[data-import-save]:not([disabled])');
    await page.click('[data-import-save]');
    await page.waitForSelector('[data-import-done]');
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-kpi="investment"][data-basis="complete"]');
    await page.waitForFunction(() => /14\s*亿元/.test(document.querySelector('[data-kpi="investment"]')?.textContent ?? ''));
    // Not marked as the full 2021 list: no reconciliation with the published 92.
    expect(await page.locator('[data-region="reconciliation"]').count()).toBe(0);
    expectClean(w);
    await w.context.close();
  });

  it('mapping help: a proposal where the vocabulary supports it, taken only by the user; unmapped values said as such on the chart', async () => {
    const w = await openView(h);
    const { page } = w;
    await openImport(page);
    await chooseFile(page, 'sectors.csv', '项目名称,区县,投资额（亿元）,行业\n甲,綦江区,1,新材料\n乙,綦江区,2,新材料\n丙,渝北区,3,汽车\n丁,渝北区,4,汽车\n戊,渝北区,5,汽车\n己,渝北区,6,智能制造\n');
    const proposed = page.locator('[data-values-field="sector"] [data-value="新材料"]');
    await proposed.waitFor();
    expect(await proposed.getAttribute('data-suggestion')).toBe('new-materials-other');
    expect(await proposed.locator('select').inputValue()).toBe('');
    const open = page.locator('[data-values-field="sector"] [data-value="汽车"]');
    expect(await open.getAttribute('data-suggestion')).toBe('');
    expect(await open.textContent()).toContain('无建议，请您决定');
    await page.click('[data-accept-suggestion="新材料"]');
    await page.waitForFunction(() => document.querySelector<HTMLSelectElement>('[data-values-field="sector"] [data-value="新材料"] select')?.value === 'new-materials-other');
    expect(await open.locator('select').inputValue()).toBe('');
    // Not marked as the full 2021 list: the dialog says it is not compared with the 92.
    expect(await page.locator('[data-recon-skipped]').count()).toBe(1);
    await page.click('[data-import-save]');
    await page.waitForSelector('[data-import-done]');
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-kpi="projects"][data-basis="complete"]');
    const note = page.locator('[data-chart="sector"] [data-unmapped]');
    await note.waitFor();
    expect(await note.textContent()).toBe('3 个行业取值未对应（文件填写了，但未对应到看板的分类）。');
    expect(await page.locator('[data-region="reconciliation"]').count()).toBe(0);
    expectClean(w);
    await w.context.close();
  });
});
