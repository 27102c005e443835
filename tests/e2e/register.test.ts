/**
 * End-to-end: importing a project register through the UI (file picker → worker → checked
 * rows → IndexedDB), the rejected rows and their CSV, the panels on the register (basis
 * complete), reload, a link to a register this browser does not hold, an unreadable file,
 * the mapping step, XLSX, deleting, and presentation mode on a register.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fileHarness, fixture, openView } from './harness';

const h = fileHarness();


async function openImport(page: Page): Promise<void> {
  await page.click('[data-data-button]');
  await page.waitForSelector('[data-register-file]', { state: 'attached' });
}

async function kpi(page: Page, key: string): Promise<{ basis: string | null; text: string }> {
  const el = page.locator(`[data-kpi="${key}"]`);
  return { basis: await el.getAttribute('data-basis'), text: (await el.textContent()) ?? '' };
}

describe('register import (production build, Chromium)', () => {
  it('imports a CSV with good and bad rows: lists every rejected row, drives every panel, survives a reload', async () => {
    const { page, errors } = await openView(h);
    await openImport(page);
    await page.setInputFiles('[data-register-file]', fixture('register-mixed.csv'));
    const summary = page.locator('[data-import-summary]');
    await summary.waitFor();
    // An unknown sector is not a reason to reject: it is listed for mapping and kept as unclassified.
    expect(await summary.getAttribute('data-accepted')).toBe('4');
    expect(await summary.getAttribute('data-rejected')).toBe('5');
    expect(await summary.textContent()).toContain('读取 9 行：可导入 4 行，拒收 5 行');
    expect(await page.locator('[data-values-field="sector"] [data-value="space mining"]').count()).toBe(1);
    const rows = await page.locator('[data-import-errors] tbody tr').allTextContents();
    expect(rows).toHaveLength(5);
    expect(rows[0]).toBe('4区县 / 功能区Atlantis无法识别的区县或功能区');
    expect(rows[1]).toBe('5投资额lots金额不是数字');

    // The rejected rows as CSV, with reasons in words.
    const [dl] = await Promise.all([page.waitForEvent('download'), page.click('[data-download-errors]')]);
    expect(dl.suggestedFilename()).toBe('register-errors_register-mixed.csv');
    const csv = readFileSync(await dl.path(), 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1).split('\r\n').slice(0, 3)).toEqual(['行号,列,值,原因', '4,区县 / 功能区,Atlantis,无法识别的区县或功能区', '5,投资额,lots,金额不是数字']);

    // Marked as the city's full list for 2021: only then is it set beside the published 92.
    await page.check('[data-full-list]');
    await page.click('[data-import-save]');
    await page.waitForSelector('[data-import-done]');
    expect(page.url()).toMatch(/\?data=r-[a-z0-9]+\.v1$/);
    // Reconciliation: the register next to the published 92 / 2524.
    expect(await page.locator('.data-dialog [data-recon-row="total:all"]').textContent()).toBe('合计合计924−882,5241,070.5−1,453.5');
    await page.keyboard.press('Escape');
    await page.waitForSelector('.data-dialog', { state: 'detached' });

    await page.waitForSelector('[data-kpi="projects"][data-basis="complete"]');
    expect((await kpi(page, 'projects')).text).toMatch(/^签约项目4个完整名录/);
    expect((await kpi(page, 'investment')).text).toContain('1070.5亿元');
    expect(await page.locator('[data-data-button]').textContent()).toBe('数据：register-mixed');
    expect(await page.locator('[data-chart="sector"]').getAttribute('data-chart-mode')).toBe('complete');
    expect(await page.locator('[data-region="projects"] tbody tr').count()).toBe(4);
    await page.locator('[data-region="reconciliation"] [data-recon-row]').first().waitFor();
    expect(await page.locator('[data-region="reconciliation"] [data-recon-row]').count()).toBe(16);
    expect(await page.locator('#source-R').textContent()).toContain('register-mixed');
    // Exports carry the register as the source and "full register" as the basis.
    await page.locator('[data-chart="sector"] .export-menu > summary').click();
    const [chartCsv] = await Promise.all([page.waitForEvent('download'), page.locator('[data-chart="sector"] [data-export="csv"]').click()]);
    const exported = readFileSync(await chartCsv.path(), 'utf8');
    expect(exported).toContain('# 依据: 完整名录');
    expect(exported).toContain('# 来源: R 本浏览器导入的名录，《register-mixed》');
    // Filtering works on the register: 綦江 has two projects, 35亿 and 7亿.
    await page.locator('[data-region="map"] .district-list [data-district-item]', { hasText: '綦江区' }).click();
    await page.waitForFunction(() => document.querySelector('[data-kpi="investment"]')?.textContent?.includes('42亿元'));
    // The address bar follows the screen (written after the frame that shows the filter).
    await page.waitForURL(/district=500110/);

    const url = page.url();
    await page.reload();
    await page.waitForSelector('[data-kpi="projects"][data-basis="complete"]');
    expect(page.url()).toBe(url);
    expect((await kpi(page, 'investment')).text).toContain('42亿元');
    expect(await page.locator('[data-data-button]').textContent()).toBe('数据：register-mixed');
    expect(errors).toEqual([]);
  });

  it('a link to a register this browser does not hold explains that and shows the published figures', async () => {
    const { page, errors } = await openView(h, '?data=r-notheremissing&lang=en');
    const notice = page.locator('[data-data-notice="missing"]');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('r-notheremissing');
    expect(await kpi(page, 'projects')).toMatchObject({ basis: 'published' });
    expect((await kpi(page, 'projects')).text).toContain('92');
    await notice.getByRole('button', { name: 'Show the published figures' }).click();
    await notice.waitFor({ state: 'detached' });
    expect(new URL(page.url()).search).toBe('?lang=en');
    expect(errors).toEqual([]);
  });

  it('a file that cannot be read gets a clear message, and the data on screen stays as it was', async () => {
    const { page } = await openView(h, '?lang=en');
    await openImport(page);
    await page.setInputFiles('[data-register-file]', { name: 'photo.csv', mimeType: 'text/csv', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48]) });
    const failed = page.locator('[data-import-failed]');
    await failed.waitFor();
    expect(await failed.getAttribute('data-import-failed')).toBe('binary');
    expect(await failed.textContent()).toContain('The data on screen has not changed.');
    await page.setInputFiles('[data-register-file]', { name: 'r.json', mimeType: 'application/json', buffer: Buffer.from('{"rows": 3}') });
    await page.waitForSelector('[data-import-failed="json-shape"]');
    await page.keyboard.press('Escape');
    expect(await kpi(page, 'projects')).toMatchObject({ basis: 'published' });
    expect(new URL(page.url()).search).toBe('?lang=en');
  });

  it('the mapping step: unrecognised headers are chosen by hand; XLSX imports; deleting returns to the published figures', async () => {
    const { page } = await openView(h, '?lang=en');
    await openImport(page);
    await page.setInputFiles('[data-register-file]', { name: 'odd-headers.csv', mimeType: 'text/csv', buffer: Buffer.from('Title,Place,Yi\nPark,Qijiang,35\nHub,渝北区,12\n') });
    await page.waitForSelector('.import-mapping [role="alert"]');
    expect(await page.locator('.import-mapping [role="alert"]').textContent()).toContain('Project, Investment');
    await page.selectOption('select[data-field="project"]', '0');
    await page.selectOption('select[data-field="district"]', '1');
    await page.selectOption('select[data-field="amount"]', '2');
    await page.waitForSelector('[data-import-summary][data-accepted="2"]');

    // A stray quote: the CSV reader's remark is shown, and the swallowed row is rejected, not lost.
    await page.setInputFiles('[data-register-file]', { name: 'quote.csv', mimeType: 'text/csv', buffer: Buffer.from('project,district,amount\nPark,Qijiang,35\n"Hub,渝北区,12\n') });
    await page.waitForSelector('[data-import-summary][data-accepted="1"][data-rejected="1"]');
    expect(await page.locator('[data-parse-problems]').textContent()).toContain('row 3');

    await page.setInputFiles('[data-register-file]', fixture('register-zh.xlsx'));
    await page.waitForSelector('[data-import-summary][data-accepted="2"][data-rejected="2"]');
    await page.fill('.import-save input', 'Workbook test');
    await page.click('[data-import-save]');
    await page.waitForSelector('[data-import-done]');
    await page.waitForSelector('[data-kpi="investment"][data-basis="complete"]');
    expect((await kpi(page, 'investment')).text).toMatch(/5\.35\s*billion yuan/);
    const id = new URL(page.url()).searchParams.get('data');
    expect(id).toMatch(/^r-[a-z0-9]+\.v1$/);
    const register = id?.replace(/\.v\d+$/, '');
    expect(await page.locator(`[data-dataset="${register}"]`).textContent()).toContain('Workbook test');

    await page.click(`[data-delete="${register}"]`);
    await page.click('[data-confirm-delete]');
    await page.locator(`[data-dataset="${register}"]`).waitFor({ state: 'detached' });
    expect(new URL(page.url()).searchParams.get('data')).toBeNull();
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-kpi="projects"][data-basis="published"]');
  });

  it('a file dropped on the dialog is read like a chosen one; focus stays in the dialog', async () => {
    const { page } = await openView(h, '?lang=en');
    await openImport(page);
    // Focus starts on Close; Shift+Tab wraps to the dialog's last control, Tab back to Close.
    const inDialog = () => page.evaluate(() => Boolean(document.activeElement?.closest('[role="dialog"]')));
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Close');
    await page.keyboard.press('Shift+Tab');
    expect(await inDialog()).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Close');
    const csv = readFileSync(fixture('register-gb18030.csv')).toString('base64');
    const transfer = await page.evaluateHandle((b64) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const dt = new DataTransfer();
      dt.items.add(new File([bytes], 'dropped.csv', { type: 'text/csv' }));
      return dt;
    }, csv);
    await page.dispatchEvent('[data-dropzone]', 'dragover', { dataTransfer: transfer });
    await page.dispatchEvent('[data-dropzone]', 'drop', { dataTransfer: transfer });
    await page.waitForSelector('[data-import-summary][data-accepted="3"][data-rejected="0"]');
    expect(await page.locator('.import-checked').textContent()).toContain('File: dropped.csv (CSV, GB18030)');
  });

  it('presentation mode shows the register too', async () => {
    const { page } = await openView(h, '?lang=en');
    await openImport(page);
    await page.setInputFiles('[data-register-file]', fixture('register-gb18030.csv'));
    await page.waitForSelector('[data-import-summary][data-accepted="3"]');
    await page.click('[data-import-save]');
    await page.waitForSelector('[data-import-done]');
    const id = new URL(page.url()).searchParams.get('data');
    await page.goto(`${h.baseUrl}?data=${id}&lang=en&mode=present&scene=1&interval=0`);
    await page.waitForSelector('[data-kpi="projects"][data-basis="complete"]');
    expect((await kpi(page, 'investment')).text).toMatch(/6\.3\s*billion yuan/);
    expect(await page.locator('[data-present-data="register"]').textContent()).toBe('Data: register-gb18030 · Full register');
    // The extra header line still fits the 1920×1080 screen.
    expect(await page.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight && document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  });
});
