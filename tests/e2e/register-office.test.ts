/**
 * End-to-end: registers as offices keep them, imported through the UI with no edit to the file
 * (SYNTHETIC fixtures from scripts/make-fixtures.mjs): a bureau workbook with a title row,
 * 单位 line, two-row header, 合计 row, notes and a hidden sheet; its next version; a GB18030
 * CSV in 万元; a file that states no unit; a totals row that does not add up; and a register
 * published with the site.
 */
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openView, startHarness, type Harness } from './harness';

let h: Harness;
const siteDir = new URL('../../dist/registers/', import.meta.url);
const siteIndex = new URL('index.json', siteDir);
let shippedIndex = '';
beforeAll(async () => {
  // A register "published with the site": the build's registers/ folder, as a deployer fills it.
  mkdirSync(siteDir, { recursive: true });
  shippedIndex = readFileSync(siteIndex, 'utf8');
  copyFileSync(office('bureau-register-v1.xlsx'), new URL('test-bureau.xlsx', siteDir));
  writeFileSync(siteIndex, JSON.stringify({ registers: [{ name: 'test-bureau', title: '测试台账（SYNTHETIC）', file: 'test-bureau.xlsx' }] }));
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
  writeFileSync(siteIndex, shippedIndex);
  rmSync(new URL('test-bureau.xlsx', siteDir), { force: true });
});

function office(name: string): string {
  return new URL(`../fixtures/office/${name}`, import.meta.url).pathname;
}

async function openImport(page: Page): Promise<void> {
  await page.click('[data-data-button]');
  await page.waitForSelector('[data-register-file]', { state: 'attached' });
}

const kpiText = async (page: Page, key: string) => (await page.locator(`[data-kpi="${key}"]`).textContent()) ?? '';

describe('office registers (production build, Chromium)', () => {
  it('a bureau workbook imports as it is: sheet, header row, units and totals found; own categories mapped; then a new version', async () => {
    const { page, errors } = await openView(h);
    await openImport(page);
    await page.setInputFiles('[data-register-file]', office('bureau-register-v1.xlsx'));
    await page.waitForSelector('[data-import-summary][data-accepted="6"][data-rejected="0"]');
    // The hidden sheet is skipped; the table sheet and its header row 3 are found.
    expect(await page.locator('[data-import-sheet]').inputValue()).toBe('项目表');
    expect(await page.locator('[data-import-header-row]').inputValue()).toBe('2');
    expect(await page.locator('[data-import-above]').textContent()).toContain('单位：亿元');
    expect(await page.locator('[data-unit-field="amount"]').getAttribute('data-unit')).toBe('亿元');
    expect(await page.locator('[data-unit-field="amount"]').textContent()).toContain('取自表头“投资额（亿元）”');
    expect(await page.locator('[data-totals-row]').getAttribute('data-totals-match')).toBe('true');
    // The office's own sector names are listed with rows and amounts, none rejected.
    const values = page.locator('[data-values-field="sector"] tbody tr');
    expect(await values.count()).toBe(5);
    expect(await page.locator('[data-values-field="sector"] [data-value="汽车"]').textContent()).toContain('120亿元');
    await page.locator('[data-values-field="sector"] [data-value="汽车"] select').selectOption('smart-manufacturing');
    await page.waitForFunction(() => document.querySelector<HTMLSelectElement>('[data-values-field="sector"] [data-value="汽车"] select')?.value === 'smart-manufacturing');
    await page.click('[data-import-save]');
    await page.waitForSelector('[data-import-done]');
    expect(page.url()).toMatch(/\?data=r-[a-z0-9]+\.v1$/);
    const register = new URL(page.url()).searchParams.get('data')?.replace(/\.v1$/, '') ?? '';

    // The next month's file: what changes is shown before it is applied; the mapping applies again.
    await page.click(`[data-update="${register}"]`);
    await page.setInputFiles('[data-register-file]', office('bureau-register-v2.xlsx'));
    const diff = page.locator('[data-import-diff]');
    await diff.waitFor();
    expect([await diff.getAttribute('data-added'), await diff.getAttribute('data-removed'), await diff.getAttribute('data-changed')]).toEqual(['1', '1', '2']);
    expect(await page.locator('[data-values-field="sector"] [data-value="汽车"] select').inputValue()).toBe('smart-manufacturing');
    expect(await page.locator('[data-import-save]').textContent()).toContain('保存为第 2 版');
    await page.click('[data-import-save]');
    await page.waitForSelector('[data-import-done]');
    expect(page.url()).toMatch(new RegExp(`\\?data=${register}\\.v2$`));
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-kpi="projects"][data-basis="complete"]');
    expect(await kpiText(page, 'projects')).toMatch(/^签约项目6个/);
    expect(await kpiText(page, 'investment')).toContain('288.5亿元');

    // Earlier versions stay listed and can be shown; the URL names the version.
    await page.click('[data-data-button]');
    await page.click(`[data-dataset="${register}"] [data-show-version="1"]`);
    await page.waitForFunction((r) => location.search.includes(`data=${r}.v1`), register);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.querySelector('[data-kpi="investment"]')?.textContent?.includes('290.5亿元'));
    await page.reload();
    await page.waitForFunction(() => document.querySelector('[data-kpi="investment"]')?.textContent?.includes('290.5亿元'));
    expect(errors).toEqual([]);
  });

  it('a GB18030 CSV in 万元: the unit comes from the header, 350000万元 reads as 35亿元, a cell in 亿 is refused as ambiguous', async () => {
    const { page } = await openView(h, '?lang=en');
    await openImport(page);
    await page.setInputFiles('[data-register-file]', office('wanyuan-gb18030.csv'));
    await page.waitForSelector('[data-import-summary][data-accepted="3"][data-rejected="1"]');
    expect(await page.locator('[data-unit-field="amount"]').getAttribute('data-unit')).toBe('万元');
    expect(await page.locator('[data-import-errors] tbody tr').first().textContent()).toContain("the amount's unit contradicts");
    await page.click('[data-import-save]');
    await page.waitForSelector('[data-import-done]');
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-kpi="investment"][data-basis="complete"]');
    expect(await kpiText(page, 'investment')).toMatch(/3\.97\s*billion yuan/);
  });

  it('a file that states no unit waits for the user to choose one, warning when the numbers look like 万元', async () => {
    const { page } = await openView(h, '?lang=en');
    await openImport(page);
    await page.setInputFiles('[data-register-file]', office('no-unit.csv'));
    await page.waitForSelector('[data-unit-needed="amount"]');
    expect(await page.locator('[data-import-save]').count()).toBe(0);
    expect(await page.locator('[data-unit-warning="amount"]').textContent()).toContain('万元');
    await page.locator('[data-unit-field="amount"] select').selectOption('万元');
    await page.waitForSelector('[data-unit-field="amount"][data-unit="万元"][data-unit-source="user"]');
    expect(await page.locator('[data-unit-warning="amount"]').count()).toBe(0);
    await page.click('[data-import-save]');
    await page.waitForSelector('[data-import-done]');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => /2\.55\s*billion yuan/.test(document.querySelector('[data-kpi="investment"]')?.textContent ?? ''));
  });

  it('a 合计 row that does not add up is listed as a row not imported, subtotals that do are checked', async () => {
    const { page } = await openView(h);
    await openImport(page);
    await page.setInputFiles('[data-register-file]', office('totals-mismatch.csv'));
    await page.waitForSelector('[data-import-summary][data-accepted="3"]');
    expect(await page.locator('[data-totals-match="true"]').count()).toBe(2);
    expect(await page.locator('[data-totals-row="10"]').getAttribute('data-totals-match')).toBe('false');
    expect(await page.locator('[data-import-errors] tbody tr').first().textContent()).toBe('10投资额30合计/小计与所含各行之和不符');
  });

  it('a workbook whose sheet is big enough to be inflated in parts (over 512 kB) reads under the strict CSP', async () => {
    // read-excel-file's own zip reader would start blob: workers for it, which the CSP forbids.
    const { writeSyntheticOfficeRegister } = await import('../../scripts/lib/synthetic-register.mjs');
    const file = await writeSyntheticOfficeRegister(3000, ['500110', '500112'], 'xlsx');
    const { page, errors } = await openView(h, '?lang=en');
    await openImport(page);
    await page.setInputFiles('[data-register-file]', file.path);
    await page.waitForSelector('[data-import-summary][data-accepted="3000"]', { timeout: 60000 });
    expect(await page.locator('[data-unit-field="amount"]').getAttribute('data-unit')).toBe('万元');
    expect(await page.locator('[data-totals-match="true"]').count()).toBe(1);
    expect(errors).toEqual([]);
    rmSync(dirname(file.path), { recursive: true, force: true });
  });

  it('a register saved by the first release (format 1, no versions) still opens, as version 1', async () => {
    const { page } = await openView(h, '?lang=en');
    await page.evaluate(async () => {
      const open = indexedDB.open('cq-expo-registers');
      open.onupgradeneeded = () => open.result.createObjectStore('registers');
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const tx = db.transaction('registers', 'readwrite');
      const store = tx.objectStore('registers');
      store.put([{ id: 'r-legacy01', name: 'Old register', fileName: 'old.csv', importedAt: '2026-11-20T10:00:00.000Z', rows: 1, rejected: 0 }], 'index');
      store.put({ format: 1, id: ['x1'], district: ['500110'], partner: ['Firm'], name: ['Park (SYNTHETIC)'], amount: [35], sector: [null], investor: [null], signing: [null], note: [null], locator: 'old.csv' }, 'rows:r-legacy01');
      await new Promise((resolve) => (tx.oncomplete = resolve));
      db.close();
    });
    await page.goto(`${h.baseUrl}?lang=en&data=r-legacy01`);
    await page.waitForSelector('[data-kpi="projects"][data-basis="complete"]');
    expect(await kpiText(page, 'investment')).toMatch(/3\.5\s*billion yuan/);
    await page.click('[data-data-button]');
    expect(await page.locator('[data-dataset="r-legacy01"]').textContent()).toContain('Old register');
  });

  it('a register published with the site opens from a link for everyone, listed in the data dialog', async () => {
    const { page, errors } = await openView(h, '?data=site:test-bureau');
    await page.waitForSelector('[data-kpi="projects"][data-basis="complete"]');
    expect(await kpiText(page, 'projects')).toMatch(/^签约项目6个/);
    expect(await page.locator('[data-data-button]').textContent()).toBe('数据：测试台账（SYNTHETIC）');
    await page.click('[data-data-button]');
    await page.waitForSelector('[data-site-registers] [data-dataset="site:test-bureau"][aria-current="true"]');
    expect(errors).toEqual([]);
    // A link to a site register the site no longer lists says so and shows the published figures.
    const gone = await openView(h, '?data=site:withdrawn&lang=en');
    await gone.page.waitForSelector('[data-data-notice="missing"]');
    expect(await gone.page.locator('[data-data-notice]').textContent()).toContain('published with this site');
    expect(await gone.page.locator('[data-kpi="projects"]').getAttribute('data-basis')).toBe('published');
  });
});
