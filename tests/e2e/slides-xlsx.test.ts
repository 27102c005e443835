/**
 * End-to-end: the exports a presenter and an official need — slide PNGs at a fixed 16:9 size
 * whatever the screen, and XLSX workbooks read back with read-excel-file (the reader the import
 * uses): numbers as numbers, units in the headers, a provenance sheet, column widths, Chinese
 * intact; citations in exports and the footer that a reader can follow (never a repository path).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { downloadExport, fileHarness, fixture, openView } from './harness';

const h = fileHarness();


const download = downloadExport;

function pngSize(data: Buffer): { width: number; height: number } {
  expect(data.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

/** The <col width> values of a sheet, straight from the workbook's XML. */
function columnWidths(path: string, sheet: number): number[] {
  const xml = execFileSync('unzip', ['-p', path, `xl/worksheets/sheet${sheet}.xml`], { encoding: 'utf8' });
  return [...xml.matchAll(/<col [^>]*width="([\d.]+)"/g)].map((m) => Number(m[1]));
}

describe('slide PNGs (16:9, whatever the screen)', () => {
  it('a chart at 1440×900 exports 1920×1080 (default) and 3840×2160; the whole page too; zh and en', async () => {
    const w = await openView(h, '?district=500110', { width: 1440, height: 900 });
    const slide = await download(w, '[data-chart="sector"]', 'slide');
    expect(slide.name).toBe('sector-investment_qijiang_2021_zh.slide.png');
    expect(pngSize(slide.data)).toEqual({ width: 1920, height: 1080 });
    const uhd = await download(w, '[data-chart="sector"]', 'slide4k');
    expect(pngSize(uhd.data)).toEqual({ width: 3840, height: 2160 });
    const map = await download(w, '[data-region="map"]', 'slide');
    expect(pngSize(map.data)).toEqual({ width: 1920, height: 1080 });
    await w.page.locator('.page-actions > summary').click();
    const [dl] = await Promise.all([w.page.waitForEvent('download'), w.page.locator('[data-export="page-slide"]').click()]);
    expect(dl.suggestedFilename()).toBe('dashboard_qijiang_2021_zh.slide.png');
    expect(pngSize(readFileSync(await dl.path()))).toEqual({ width: 1920, height: 1080 });
    expect(w.errors).toEqual([]);
    await w.context.close();

    const en = await openView(h, '?lang=en', { width: 390, height: 844 });
    const phone = await download(en, '[data-chart="investor"]', 'slide');
    expect(phone.name).toBe('investor-investment_all_2021_en.slide.png');
    expect(pngSize(phone.data)).toEqual({ width: 1920, height: 1080 });
    // A phone's page exports are in the tools menu (issue 25).
    await en.page.locator('[data-tools-button]').click();
    const [dl4k] = await Promise.all([en.page.waitForEvent('download'), en.page.locator('[data-menu-item="page-slide-4k"]').click()]);
    expect(pngSize(readFileSync(await dl4k.path()))).toEqual({ width: 3840, height: 2160 });
    await en.context.close();
  });
});

/** The words a slide PNG carries (its iTXt "Description" chunk): what was drawn on it. */
function slideWords(data: Buffer): string {
  for (let at = 8; at < data.length; ) {
    const len = data.readUInt32BE(at);
    const type = data.subarray(at + 4, at + 8).toString('ascii');
    if (type === 'iTXt') {
      const body = data.subarray(at + 8, at + 8 + len);
      const key = body.subarray(0, body.indexOf(0)).toString('latin1');
      if (key === 'Description') return body.subarray(key.length + 5).toString('utf8');
    }
    at += 12 + len;
  }
  return '';
}

const ISO_TIME = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const DOUBLED = /(依据|来源|筛选|Basis|Sources?|Filters)\s*[:：]\s*\1\s*[:：]/;

describe('slides laid out for the slide (issue 24)', () => {
  it('chart, map and page slides: title, filters, basis once, whole labels, one source line, a local date — zh and en', async () => {
    const w = await openView(h, '?district=500110', { width: 1440, height: 900 });
    const sector = slideWords((await download(w, '[data-chart="sector"]', 'slide')).data);
    const lines = sector.split('\n');
    expect(lines[0]).toBe('按行业');
    expect(lines).toContain('区县：綦江区');
    expect(lines.some((l) => l.startsWith('依据：仅点名项目'))).toBe(true);
    // Every category whole (the longest lost its first character when captured), numbers only at the bar ends, the unit once.
    for (const label of ['智能制造', '数字经济', '科技', '大健康', '新材料等其他']) expect(lines).toContain(label);
    expect(lines).toContain('单位：亿元');
    expect(lines).toContain('35');
    expect(lines.filter((l) => l.startsWith('来源'))).toHaveLength(1);
    expect(sector).toMatch(/导出于：\d{4}年\d{1,2}月\d{1,2}日/);
    expect(sector).not.toMatch(ISO_TIME);
    expect(sector).not.toMatch(DOUBLED);
    // The map: its legend and the district names, no control (radio buttons, search box, list).
    const map = slideWords((await download(w, '[data-region="map"]', 'slide')).data);
    expect(map).toContain('綦江区');
    expect(map).toContain('无点名项目');
    expect(map).not.toMatch(ISO_TIME);
    expect(map).not.toMatch(DOUBLED);
    expect(map.split('\n').filter((l) => l.startsWith('依据')).length).toBe(1);
    await w.page.locator('.page-actions > summary').click();
    const [dl] = await Promise.all([w.page.waitForEvent('download'), w.page.locator('[data-export="page-slide"]').click()]);
    const page = slideWords(readFileSync(await dl.path()));
    // What is known for the filters in one sentence (the named project's 35亿元), then the charts drawn.
    expect(page).toMatch(/綦江区：.*35亿元/);
    expect(page).toContain('按行业');
    expect(page).not.toMatch(ISO_TIME);
    expect(page).not.toMatch(DOUBLED);
    expect(w.errors).toEqual([]);
    await w.context.close();

    const en = await openView(h, '?lang=en', { width: 1920, height: 1080 });
    const investor = slideWords((await download(en, '[data-chart="investor"]', 'slide')).data);
    expect(investor.split('\n')[0]).toBe('By investor type');
    expect(investor).toContain('Amounts in billion yuan');
    expect(investor).toContain('Other-province SOEs & others');
    expect(investor).not.toContain('…');
    // The unit said once; the bar ends print numbers.
    expect(investor.split('\n').filter((l) => l.includes('billion yuan'))).toEqual(['Amounts in billion yuan']);
    expect(investor.split('\n')).toContain('167');
    expect(investor).toMatch(/Exported: [A-Z][a-z]+ \d{1,2}, \d{4}/);
    expect(investor).not.toMatch(ISO_TIME);
    expect(investor).not.toMatch(DOUBLED);
    const mapEn = slideWords((await download(en, '[data-region="map"]', 'slide')).data);
    expect(mapEn).not.toMatch(DOUBLED);
    expect(mapEn).not.toMatch(ISO_TIME);
    expect(en.errors).toEqual([]);
    await en.context.close();
  });
});

describe('XLSX exports (read back with read-excel-file)', () => {
  it('a chart table: numbers as numbers, units in the header, provenance sheet with citations, widths, zh intact', async () => {
    const w = await openView(h, '?district=500110');
    const x = await download(w, '[data-chart="sector"]', 'xlsx');
    expect(x.name).toBe('sector-investment_qijiang_2021_zh.xlsx');
    const sheets = await readXlsxFile(x.data);
    expect(sheets.map((s) => s.sheet)).toEqual(['数据', '来源与说明']);
    const [data, prov] = sheets.map((s) => s.data);
    const header = data![0]!.map(String);
    expect(header.some((c) => c.includes('亿元'))).toBe(true);
    const row = data!.find((r) => r[0] === 'smart-manufacturing')!;
    expect(row).toContain('智能制造');
    expect(row).toContain(35);
    expect(row.filter((c) => typeof c === 'number')).toContain(1);
    const fields = new Map<string, string[]>();
    for (const [k, v] of prov!.slice(1)) fields.set(String(k), [...(fields.get(String(k)) ?? []), String(v)]);
    expect(fields.get('标题')).toEqual(['按行业']);
    expect(fields.get('筛选')).toEqual(['区县：綦江区']);
    expect(fields.get('依据')?.[0]).toBeTruthy();
    const sources = fields.get('来源') ?? [];
    expect(sources.find((s) => s.startsWith('S1'))).toContain('重庆日报，《2021智博会举行重大项目招商签约活动》，2021-08-23');
    expect(sources.join(' ')).not.toMatch(/shared\/|\.txt/);
    expect(fields.get('语言')).toEqual(['zh-CN']);
    expect(fields.get('导出时间')?.[0]).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(fields.get('链接')?.[0]).toContain('district=500110');
    const widths = columnWidths(x.path, 1);
    expect(widths).toHaveLength(header.length);
    expect(Math.min(...widths)).toBeGreaterThanOrEqual(6);
    expect(columnWidths(x.path, 2)[1]).toBeGreaterThanOrEqual(80);
    expect(w.errors).toEqual([]);
    await w.context.close();
  });

  it('the project table and the map in English: every row, amounts as numbers (empty where not published), locators in English', async () => {
    const w = await openView(h, '?lang=en');
    const t = await download(w, '[data-region="projects"]', 'xlsx');
    const [data, prov] = (await readXlsxFile(t.data)).map((s) => s.data);
    expect(data!.length).toBe(13);
    const header = data![0]!.map(String);
    const amountCol = header.findIndex((c) => c.includes('100 million yuan'));
    expect(amountCol).toBeGreaterThan(-1);
    const amounts = data!.slice(1).map((r) => r[amountCol]);
    expect(amounts).toContain(35);
    expect(amounts.filter((a) => a === null || a === undefined).length).toBeGreaterThan(0);
    expect(amounts.every((a) => a === null || a === undefined || typeof a === 'number')).toBe(true);
    const sourceCol = header.indexOf('Source');
    const qijiang = data!.find((r) => String(r[sourceCol]).includes('Qijiang'))!;
    expect(String(qijiang[sourceCol])).toBe('S1 §district highlights·Qijiang District');
    expect(prov!.find((r) => r[0] === 'Source' && String(r[1]).startsWith('S1'))?.[1]).toContain('Chongqing Daily');
    const map = await download(w, '[data-region="map"]', 'xlsx');
    const [mapData] = (await readXlsxFile(map.data)).map((s) => s.data);
    const districts = mapData!.filter((r) => /^50\d{4}$/.test(String(r[0])));
    expect(districts).toHaveLength(38);
    expect(districts.find((r) => r[0] === '500110')?.slice(1)).toEqual(['Qijiang District', 1, 35, 0]);
    await w.context.close();
  });

  it('reconciliation of an imported register as XLSX, differences as numbers', async () => {
    const w = await openView(h);
    await w.page.click('[data-data-button]');
    await w.page.setInputFiles('[data-register-file]', fixture('register-mixed.csv'));
    // Reconciled with the published 92 only as the city's full 2021 list (issue 22).
    await w.page.check('[data-full-list]');
    await w.page.click('[data-import-save]');
    await w.page.waitForSelector('[data-import-done]');
    await w.page.keyboard.press('Escape');
    await w.page.waitForSelector('[data-panel="reconciliation"]');
    const x = await download(w, '[data-panel="reconciliation"]', 'xlsx');
    expect(x.name).toMatch(/^reconciliation_all_2021_zh\.xlsx$/);
    const [data, prov] = (await readXlsxFile(x.data)).map((s) => s.data);
    const total = data!.find((r) => r[0] === '合计')!;
    expect(total.slice(2, 5)).toEqual([92, 4, -88]);
    expect(total[5]).toBe(2524);
    expect(prov!.some((r) => r[0] === '来源' && String(r[1]).startsWith('R '))).toBe(true);
    await w.context.close();
  });
});

describe('citations on screen', () => {
  it('the footer cites publication, headline, date and page — never a repository path — in both languages', async () => {
    const w = await openView(h);
    const s1 = (await w.page.locator('#source-S1').textContent()) ?? '';
    expect(s1).toContain('重庆日报，《2021智博会举行重大项目招商签约活动》，2021-08-23，续第1版（上接1版）');
    const footer = (await w.page.locator('.sources-footer').textContent()) ?? '';
    expect(footer).not.toMatch(/shared\/|\.txt|src\//);
    expect(footer).toContain('epaper.cqrb.cn/cqrb/2022-08/23/001/content_rb_305240.htm');
    await w.page.click('.lang-switch button[lang="en"]');
    await w.page.waitForFunction(() => document.documentElement.lang === 'en');
    expect(await w.page.locator('#source-S1').textContent()).toContain('Chongqing Daily (重庆日报), “2021智博会举行重大项目招商签约活动”');
    await w.context.close();
  });
});
