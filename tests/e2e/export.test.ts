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
    // The basis said once, the time as a reader writes it (no ISO timestamp).
    for (const text of [svg, mapSvg]) {
      expect(text).not.toMatch(/(Basis|Filters|Source)\s*:\s*\1\s*:/);
      expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
      expect(text).toMatch(/Exported: [A-Z][a-z]+ \d{1,2}, \d{4}/);
    }
    await w2.context.close();
  });

  it('chart labels are whole in both languages at every width: wrapped, never cut with "…" or clipped at the left edge; bar ends print numbers, the unit once', async () => {
    for (const [query, viewport] of [
      ['?lang=en', { width: 1440, height: 900 }],
      ['?lang=en', { width: 390, height: 844 }],
      ['?lang=en', { width: 3840, height: 2160 }],
      ['', { width: 1920, height: 1080 }],
      ['', { width: 390, height: 844 }],
    ] as const) {
      const w = await openView(h, query, viewport);
      const ticks = await w.page.$$eval('.bars', (charts) =>
        charts.flatMap((chart) => {
          const svg = chart.querySelector('svg');
          const left = svg?.getBoundingClientRect().left ?? 0;
          return [...chart.querySelectorAll<SVGTextElement>('.bar-tick')].map((t) => ({ text: [...t.querySelectorAll('tspan')].map((s) => s.textContent).join(' '), x: t.getBoundingClientRect().left - left }));
        }),
      );
      expect(ticks.length).toBeGreaterThan(10);
      for (const t of ticks) {
        expect(t.text).not.toContain('…');
        expect(t.x).toBeGreaterThanOrEqual(-0.5);
      }
      // A wrapped label's lines, joined, are the whole label.
      const labels = ticks.map((t) => t.text.replace(/\s/g, ''));
      for (const l of query ? ['Science & technology', 'Other-province SOEs & others', 'At the venue, in person'] : ['新材料等其他', '外省市国企等其他']) expect(labels).toContain(l.replace(/\s/g, ''));
      const values = await w.page.$$eval('[data-chart="investor"] .bar-value', (v) => v.map((e) => e.textContent ?? ''));
      expect(values.every((v) => /^[\d.,]+$/.test(v))).toBe(true);
      expect(await w.page.locator('[data-chart="investor"] .bar-unit').count()).toBe(1);
      expect(w.errors).toEqual([]);
      await w.context.close();
    }
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
