import { describe, expect, it } from 'vitest';
import { DATASET } from '../../src/data/dataset';
import type { Dataset } from '../../src/data/types';
import { computeView, selectView } from '../../src/domain/engine';
import { registerDataset } from '../../src/domain/register/dataset';
import { EMPTY_FILTERS, type Filters } from '../../src/domain/filters';

function f(partial: Partial<Filters>): Filters {
  return { ...EMPTY_FILTERS, ...partial };
}

describe('engine: KPIs', () => {
  it('no filter: the published totals', () => {
    const v = computeView(DATASET, EMPTY_FILTERS);
    expect(v.status).toBe('published');
    expect(v.kpis.projects).toMatchObject({ value: 92, basis: 'published', fullPublished: true });
    expect(v.kpis.investment).toMatchObject({ value: 2524, basis: 'published' });
    expect(v.kpis.over10.value).toBe(81);
    expect(v.kpis.over50.value).toBe(19);
    expect(v.kpis.projects.sources[0]).toMatchObject({ id: 'S1', locator: expect.any(String), locatorEn: expect.any(String) });
  });

  it('one sector: the printed marginal (智能制造 → 32 / 1016, published)', () => {
    const v = computeView(DATASET, f({ sectors: ['smart-manufacturing'] }));
    expect(v.kpis.projects).toMatchObject({ value: 32, basis: 'published', fullPublished: true });
    expect(v.kpis.investment).toMatchObject({ value: 1016, basis: 'published', fullPublished: true });
  });

  it('one sector: ≥10亿 / ≥50亿 counts were not published, so they are itemized with coverage', () => {
    const v = computeView(DATASET, f({ sectors: ['smart-manufacturing'] }));
    expect(v.kpis.over10).toMatchObject({ basis: 'itemized', fullPublished: false });
    expect(v.kpis.over10.coverage).toMatchObject({ projectsOf: 92, amountOf: 2524 });
    expect(v.status).toBe('itemized');
  });

  it('two values of one dimension: OR, summed and marked derived', () => {
    const v = computeView(DATASET, f({ investors: ['private', 'foreign'] }));
    expect(v.kpis.projects).toMatchObject({ value: 74, basis: 'derived', derivation: '69 + 5' });
    expect(v.kpis.investment).toMatchObject({ value: 1743, basis: 'derived', derivation: '1670 + 73' });
  });

  it('signing mode: amounts from S3, counts from S1/S3', () => {
    const v = computeView(DATASET, f({ signing: ['off-site'] }));
    expect(v.kpis.projects.value).toBe(26);
    expect(v.kpis.investment).toMatchObject({ value: 451, sources: [{ id: 'S3', locator: expect.any(String) }] });
  });

  it('size band: counts derived, ≥10亿/≥50亿 follow from the bands, amount not published', () => {
    const v = computeView(DATASET, f({ sizes: ['5-10'] }));
    expect(v.kpis.projects).toMatchObject({ value: 11, basis: 'derived' });
    expect(v.kpis.over10).toMatchObject({ value: 0, basis: 'derived' });
    expect(v.kpis.over50).toMatchObject({ value: 0, basis: 'derived' });
    expect(v.kpis.investment).toMatchObject({ basis: 'itemized', fullPublished: false });
    const big = computeView(DATASET, f({ sizes: ['50-plus'] }));
    expect(big.kpis.projects).toMatchObject({ value: 19, basis: 'published' });
    expect(big.kpis.over10).toMatchObject({ value: 19, basis: 'published' });
  });

  it('two dimensions (sector AND investor): never published → itemized with coverage', () => {
    const v = computeView(DATASET, f({ sectors: ['smart-manufacturing'], investors: ['central-soe'] }));
    expect(v.status).toBe('itemized');
    expect(v.kpis.projects).toMatchObject({ value: 1, basis: 'itemized', fullPublished: false });
    expect(v.kpis.investment.value).toBe(0);
    expect(v.kpis.investment.coverage).toEqual({
      projects: 1,
      projectsOf: 92,
      amount: 0,
      amountOf: 2524,
      unstatedAmounts: 1,
      notStatedInside: 0,
      complete: false,
    });
    expect(v.rows.map((r) => r.id)).toEqual(['bishan-csgc']);
  });

  it('any district: itemized (綦江 → 1 project, 35亿 of 2524亿)', () => {
    const v = computeView(DATASET, f({ districts: ['500110'] }));
    expect(v.kpis.projects).toMatchObject({ value: 1, basis: 'itemized', fullPublished: false });
    expect(v.kpis.investment).toMatchObject({ value: 35, basis: 'itemized' });
    expect(v.kpis.investment.sources).toEqual([{ id: 'S1', locator: expect.stringContaining('綦江'), locatorEn: expect.stringContaining('Qijiang') }]);
  });

  it('districts OR: 綦江 + 涪陵 → 2 projects, 53亿', () => {
    const v = computeView(DATASET, f({ districts: ['500110', '500102'] }));
    expect(v.kpis.projects.value).toBe(2);
    expect(v.kpis.investment.value).toBe(53);
  });

  it('empty result: a district with no named project gives 0 with coverage, never an estimate', () => {
    const v = computeView(DATASET, f({ districts: ['500101'] }));
    expect(v.rows).toEqual([]);
    expect(v.kpis.projects).toMatchObject({ value: 0, basis: 'itemized', fullPublished: false, sources: [] });
    expect(v.kpis.projects.coverage?.projects).toBe(0);
  });
});

describe('engine: charts, map, table', () => {
  it('a chart shows published marginals when only its own dimension is filtered, and highlights its selection', () => {
    const v = computeView(DATASET, f({ sectors: ['health'] }));
    expect(v.charts.sector.mode).toBe('published');
    expect(v.charts.sector.hasSelection).toBe(true);
    const health = v.charts.sector.bars.find((b) => b.key === 'health');
    expect(health).toMatchObject({ selected: true, projects: { value: 8 }, investment: { value: 191 } });
    expect(v.charts.sector.bars.filter((b) => b.selected)).toHaveLength(1);
  });

  it('a chart filtered by another dimension falls back to itemized bars', () => {
    const v = computeView(DATASET, f({ investors: ['foreign'] }));
    expect(v.charts.investor.mode).toBe('published');
    expect(v.charts.sector.mode).toBe('itemized');
    expect(v.charts.sector.bars.every((b) => b.projects.basis === 'itemized')).toBe(true);
    // Bosch is foreign but its sector is not stated: it is counted as unclassified, not guessed.
    expect(v.charts.sector.unclassified).toBe(1);
    expect(v.charts.sector.bars.reduce((s, b) => s + b.projects.value, 0)).toBe(0);
  });

  it('size chart without filters: band counts published/derived, band amounts itemized', () => {
    const v = computeView(DATASET, EMPTY_FILTERS);
    const bars = Object.fromEntries(v.charts.size.bars.map((b) => [b.key, b]));
    expect(bars['10-50']?.projects).toMatchObject({ value: 62, basis: 'derived' });
    expect(bars['10-50']?.investment).toMatchObject({ value: 78, basis: 'itemized', fullPublished: false });
  });

  it('the map is filtered by the other dimensions and marks its own selection', () => {
    const v = computeView(DATASET, f({ districts: ['500110'], sectors: ['smart-manufacturing'] }));
    const qijiang = v.map.cells.find((c) => c.code === '500110');
    const bishan = v.map.cells.find((c) => c.code === '500120');
    expect(qijiang).toMatchObject({ selected: true, projects: 1, amount: 35 });
    expect(bishan).toMatchObject({ selected: false, projects: 1, unstatedAmounts: 1 });
    expect(v.map.cells).toHaveLength(38);
  });

  it('the map counts Liangjiang rows on the overlay, never as a district', () => {
    const v = computeView(DATASET, EMPTY_FILTERS);
    // The four named Liangjiang rows are not stated to be among the 92: shown, not counted.
    expect(v.map.areas.find((a) => a.key === 'liangjiang')).toEqual({ key: 'liangjiang', projects: 0, amount: 0, unstatedAmounts: 0, notStated: 4, selected: false });
    expect(v.map.cells.reduce((s, c) => s + c.projects, 0)).toBe(8);
    expect(v.coverage).toMatchObject({ projects: 8, amount: 78, notStatedInside: 4 });
  });

  it('editions ignore filters and say so', () => {
    expect(computeView(DATASET, EMPTY_FILTERS).editions.filtersIgnored).toBe(false);
    const v = computeView(DATASET, f({ sectors: ['health'] }));
    expect(v.editions.filtersIgnored).toBe(true);
    expect(v.editions.editions.map((e) => e.year)).toEqual([2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]);
  });

  it('a register dataset gives basis complete everywhere', () => {
    const register: Dataset = registerDataset([...DATASET.projects], { id: 'test-register', name: 'test', importedAt: '2026-01-01' });
    const v = computeView(register, EMPTY_FILTERS);
    expect(v.status).toBe('complete');
    expect(v.kpis.projects.basis).toBe('complete');
    expect(v.charts.sector.mode).toBe('complete');
  });

  it('selectView memoizes per filter state regardless of value order', () => {
    const a = selectView(DATASET, f({ districts: ['500110', '500102'] }));
    const b = selectView(DATASET, f({ districts: ['500102', '500110'] }));
    expect(a).toBe(b);
  });
});
