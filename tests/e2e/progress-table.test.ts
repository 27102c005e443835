/**
 * End-to-end: a register's progress columns (项目进展, 到位资金, 开工日期) in the project table
 * and its exports — stage as the dashboard's term, sortable by funds; the XLSX read back with
 * read-excel-file has funds as numbers and start dates as date cells, the CSV ISO dates; and
 * "not stated to be among the 92" only in the published data's export.
 */
import { execFileSync } from 'node:child_process';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { downloadExport, expectClean, fileHarness, importRegister, openView, type Watched } from './harness';

const h = fileHarness();

const ids = (w: Watched) =>
  w.page.locator('[data-region="projects"] tbody tr[data-project]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-project')));

describe('a register’s progress columns in the project table and its exports (production build, Chromium)', () => {
  it('the table shows stage, funds in place and start date, and sorts by funds', async () => {
    const w = await openView(h);
    const { page } = w;
    await importRegister(page, 'progress-start.csv');
    await page.keyboard.press('Escape');
    const table = page.locator('[data-region="projects"] table');
    await table.locator('[data-sort-column="funds"]').waitFor();
    expect(await table.locator('thead th').evaluateAll((ths) => ths.map((th) => th.getAttribute('data-sort-column')))).toEqual(['district', 'partner', 'project', 'amount', 'sector', 'investor', 'stage', 'funds', 'startDate', null, null]);
    const cell = (id: string, col: string) => table.locator(`tr[data-project="${id}"] [data-col="${col}"]`).innerText();
    // The file's 在建 reads as the vocabulary's term (never 未分类); its own word is in the details.
    expect(await cell('S01', 'stage')).toBe('已开工');
    expect(await cell('S02', 'stage')).toBe('已投产');
    expect(await cell('S03', 'stage')).toBe('签约未开工');
    expect(await cell('S01', 'funds')).toBe('6亿元');
    expect(await cell('S01', 'startDate')).toBe('2021-10-08');
    expect(await cell('S03', 'funds')).toBe('未填写');
    expect(await table.innerText()).not.toContain('未说明是否计入 92 个');
    await table.locator('[data-row-details-toggle="S01"]').click();
    expect(await table.locator('[data-row-details="S01"]').innerText()).toContain('在建 → 已开工');

    await table.locator('[data-sort-column="funds"] button').click();
    expect(await table.locator('[data-sort-column="funds"]').getAttribute('aria-sort')).toBe('descending');
    expect(await ids(w)).toEqual(['S02', 'S05', 'S01', 'S04', 'S03']);
    await table.locator('[data-sort-column="funds"] button').click();
    // Ascending; the row with no funds stays last.
    expect(await ids(w)).toEqual(['S04', 'S01', 'S05', 'S02', 'S03']);
    expectClean(w);
    await w.context.close();
  });

  it('the XLSX has funds as numbers and start dates as date cells, no 92 column; the CSV ISO dates', async () => {
    const w = await openView(h);
    await importRegister(w.page, 'progress-start.csv');
    await w.page.keyboard.press('Escape');
    await w.page.locator('[data-region="projects"] [data-sort-column="funds"]').waitFor();
    const x = await downloadExport(w, '[data-region="projects"]', 'xlsx');
    const [data] = (await readXlsxFile(x.data)).map((s) => s.data);
    const header = data![0]!.map(String);
    expect(header).toEqual(expect.arrayContaining(['进度', '进度（原文）', '到位资金（亿元）', '开工日期']));
    expect(header).not.toContain('未说明是否计入 92 个');
    const row = (name: string) => data!.find((r) => r[header.indexOf('项目')] === name)!;
    const funds = header.indexOf('到位资金（亿元）');
    const start = header.indexOf('开工日期');
    expect(row('测试项目甲')[funds]).toBe(6);
    expect(row('测试项目丁')[funds]).toBe(0.5);
    expect(row('测试项目丙')[funds] ?? null).toBeNull();
    const date = row('测试项目甲')[start];
    expect(date).toBeInstanceOf(Date);
    expect(date instanceof Date ? date.toISOString().slice(0, 10) : date).toBe('2021-10-08');
    expect(row('测试项目丙')[start] ?? null).toBeNull();
    expect(row('测试项目甲')[header.indexOf('进度')]).toBe('已开工');
    // The date cell is shown yyyy-mm-dd, as a spreadsheet user sees it.
    const styles = execFileSync('unzip', ['-p', x.path, 'xl/styles.xml'], { encoding: 'utf8' });
    expect(styles).toMatch(/formatCode="yyyy-mm-dd"/);

    const c = await downloadExport(w, '[data-region="projects"]', 'csv');
    const lines = c.data.toString('utf8').split('\r\n');
    const csvHeader = lines.find((l) => l.startsWith('区县/功能区'))!;
    expect(csvHeader).toContain('到位资金（亿元）,开工日期');
    expect(csvHeader).not.toContain('92');
    expect(lines.find((l) => l.includes('测试项目甲'))).toContain(',已开工,在建,6,2021-10-08,');
    expectClean(w);
    await w.context.close();
  });

  it('the published data’s export keeps "not stated to be among the 92" and has no progress columns', async () => {
    const w = await openView(h);
    const x = await downloadExport(w, '[data-region="projects"]', 'xlsx');
    const [data] = (await readXlsxFile(x.data)).map((s) => s.data);
    const header = data![0]!.map(String);
    expect(header).toContain('未说明是否计入 92 个');
    expect(header).not.toContain('到位资金（亿元）');
    expect(header).not.toContain('开工日期');
    const flag = header.indexOf('未说明是否计入 92 个');
    expect(data!.slice(1).some((r) => r[flag] === '未说明是否计入 92 个')).toBe(true);
    expect(await w.page.locator('[data-region="projects"] [data-sort-column="funds"]').count()).toBe(0);
    await w.context.close();
  });
});
