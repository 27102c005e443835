/**
 * End-to-end: exports through the UI (CSV, PNG, SVG downloads with their provenance), sharing
 * (link and locally generated QR code), and the printed A4 report rendered to PDF.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fileHarness, openView, type Watched } from './harness';

const h = fileHarness();

async function download(w: Watched, panel: string, format: string): Promise<{ name: string; data: Buffer }> {
  const { page } = w;
  const scope = page.locator(panel);
  await scope.locator('.export-menu > summary').first().click();
  const [dl] = await Promise.all([page.waitForEvent('download'), scope.locator(`[data-export="${format}"]`).first().click()]);
  const path = await dl.path();
  return { name: dl.suggestedFilename(), data: readFileSync(path) };
}

function pngSize(data: Buffer): { width: number; height: number } {
  expect(data.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

describe('export and share (production build, Chromium)', () => {
  it('CSV of a chart: BOM, provenance lines with filters and sources, the numbers on screen, zh intact', async () => {
    const w = await openView(h, '?district=500110');
    const { name, data } = await download(w, '[data-chart="sector"]', 'csv');
    expect(name).toBe('sector-investment_qijiang_2021_zh.csv');
    const text = data.toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toBe('# 标题: 按行业');
    expect(lines[1]).toBe('# 筛选: 区县：綦江区');
    expect(lines.find((l) => l.startsWith('# 来源: S1'))).toContain('綦江区');
    expect(lines.find((l) => l.startsWith('# 链接:'))).toContain('district=500110');
    expect(lines).toContain('smart-manufacturing,智能制造,1,仅点名项目,35,仅点名项目');
    expect(w.errors).toEqual([]);
    await w.context.close();
  });

  it('CSV of the map lists all 38 districts; CSV of the table lists every named row', async () => {
    const w = await openView(h, '?lang=en');
    const map = await download(w, '[data-region="map"]', 'csv');
    expect(map.name).toBe('map-investment_all_2021_en.csv');
    const mapLines = map.data.toString('utf8').split('\r\n');
    expect(mapLines.filter((l) => /^50\d{4},/.test(l))).toHaveLength(38);
    expect(mapLines).toContain('500110,Qijiang District,1,35,0');
    const table = await download(w, '[data-region="projects"]', 'csv');
    expect(table.data.toString('utf8').split('\r\n').filter((l) => l.includes('S1 ') || l.includes('S11 ')).length).toBeGreaterThanOrEqual(12);
    await w.context.close();
  });

  it('PNG of a chart at 2× with provenance drawn in; PNG of the whole page', async () => {
    const w = await openView(h);
    const { name, data } = await download(w, '[data-chart="investor"]', 'png');
    expect(name).toBe('investor-investment_all_2021_zh.png');
    const box = await w.page.locator('[data-chart="investor"]').boundingBox();
    const size = pngSize(data);
    expect(size.width).toBeGreaterThanOrEqual(Math.floor(box!.width * 2));
    expect(size.height).toBeGreaterThan(box!.height * 2 + 100);
    await w.page.locator('.page-actions > summary').click();
    const [dl] = await Promise.all([w.page.waitForEvent('download'), w.page.locator('[data-export="page-png"]').click()]);
    expect(dl.suggestedFilename()).toBe('dashboard_all_2021_zh.png');
    expect(pngSize(readFileSync(await dl.path())).height).toBeGreaterThan(1000);
    expect(w.errors).toEqual([]);
    await w.context.close();
  });

  it('SVG of a chart and of the map carry the title, filters and sources', async () => {
    const w = await openView(h, '?lang=en&sector=health');
    const chart = await download(w, '[data-chart="sector"]', 'svg');
    const svg = chart.data.toString('utf8');
    expect(svg).toContain('<title>By sector</title>');
    expect(svg).toContain('Sector: Health industry');
    expect(svg).toContain('S1 ');
    expect(svg).toContain('data-key="health"');
    await w.context.close();
    // Unfiltered, some districts are hatched (named projects without an amount): the pattern travels with the SVG.
    const w2 = await openView(h, '?lang=en');
    const map = await download(w2, '[data-region="map"]', 'svg');
    const mapSvg = map.data.toString('utf8');
    expect(mapSvg).toContain('District map');
    expect(mapSvg).toContain('G1 ');
    expect((mapSvg.match(/data-district=/g) ?? []).length).toBe(38);
    expect(mapSvg).toContain('url(#map-hatch-unstated)');
    expect(mapSvg).toContain('id="map-hatch-unstated"');
    await w2.context.close();
  });

  it('share: the link is the exact view and a QR code is drawn locally', async () => {
    const w = await openView(h, '?lang=en&investor=private');
    await w.page.getByRole('button', { name: 'Share' }).click();
    const url = await w.page.inputValue('[data-share-url]');
    expect(url).toBe(`${h.baseUrl}?lang=en&investor=private`);
    await w.page.locator('[data-qr] svg').waitFor();
    expect(w.offOrigin).toEqual([]);
    await w.context.close();
  });

  it('prints an A4 landscape report with every panel and the sources', async () => {
    const w = await openView(h, '?district=500110');
    await w.page.emulateMedia({ media: 'print' });
    const pdf = await w.page.pdf({ preferCSSPageSize: true, printBackground: true });
    const text = pdf.toString('latin1');
    const pages = (text.match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    // Header, KPIs and panels, the named projects, and the sources: a few pages, not dozens.
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(6);
    // A4 landscape: 842 × 595 pt.
    expect(text).toMatch(/\/MediaBox\s*\[\s*0 0 841\.\d+ 59[45]\.\d+\s*\]/);
    await w.context.close();
  });
});
