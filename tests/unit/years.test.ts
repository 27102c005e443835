/**
 * The year (edition) filter on registers, on small inline tables: the engine's rule (a row
 * without an edition never matches a year), cross-filtering with the other dimensions, the
 * progress view (edition marks and edition-over-edition of every edition, figures of the
 * selected ones), and the URL (year= for the filter, edition= for the editions chart).
 */
import { describe, expect, it } from 'vitest';
import { DATASET } from '../../src/data/dataset';
import type { Dataset, ItemizedProject, SectorKey, StageKey } from '../../src/data/types';
import { computeView } from '../../src/domain/engine';
import { registerDataset } from '../../src/domain/register/dataset';
import { matcher } from '../../src/domain/filters';
import { DIMENSIONS, EMPTY_FILTERS, YEAR_KEYS, type Filters } from '../../src/domain/filters';
import { compareRows, editionsByUnit } from '../../src/domain/progress';
import { computeProgress } from '../../src/domain/progress-view';
import { DEFAULT_STATE, EDITION_YEARS, parseUrl, serializeUrl } from '../../src/stores/url-codec';

interface Spec {
  district?: string;
  amount?: number;
  sector?: SectorKey | null;
  stage?: StageKey | null;
  edition?: number | null;
  report?: string | null;
  funds?: number | null;
}

let n = 0;
function row(s: Spec): ItemizedProject {
  n += 1;
  return {
    id: `P${n}`,
    district: s.district ?? '500110',
    area: null,
    partner: { zh: '', en: '' },
    name: { zh: `项目${n}`, en: `p${n}` },
    amount: s.amount ?? 10,
    amountApprox: false,
    sector: s.sector ?? null,
    investor: null,
    signing: null,
    inside92: 'yes',
    source: { id: 'R', locator: 'test' },
    note: null,
    progress: { stage: s.stage ?? null, fundsInPlace: s.funds ?? null, startDate: null, reportDate: s.report ?? null, edition: s.edition === undefined ? null : s.edition },
    original: null,
  };
}

function register(rows: ItemizedProject[], columns: string[] = ['stage', 'funds', 'edition']): Dataset {
  return registerDataset(rows, { id: 'r-years', name: 'test', fileName: 'test.csv', importedAt: '2026-01-01', info: { version: 1, versions: [], origin: 'browser', extraHeaders: [], columns } });
}

function f(partial: Partial<Filters>): Filters {
  return { ...EMPTY_FILTERS, ...partial };
}

describe('year filter: the engine rule', () => {
  const rows = [
    row({ edition: 2022, sector: 'health', amount: 10, stage: 'started' }),
    row({ edition: 2022, sector: 'digital-economy', amount: 20, district: '500102', stage: 'signed' }),
    row({ edition: 2023, sector: 'health', amount: 30, stage: 'producing' }),
    row({ edition: 2024, sector: 'health', amount: 5, district: '500102' }),
    row({ edition: null, sector: 'health', amount: 100 }),
  ];
  const d = register(rows);

  it('is a dimension like the others, after stages (URL and chip order)', () => {
    expect(DIMENSIONS.at(-1)).toBe('years');
    expect(EMPTY_FILTERS.years).toEqual([]);
    expect(YEAR_KEYS[0]).toBe('2000');
    expect(YEAR_KEYS).toContain('2025');
  });

  it('OR within the years, AND with the other dimensions; a row without an edition never matches', () => {
    const m = matcher(f({ years: ['2022', '2024'] }), ['years']);
    expect(rows.filter(m).map((r) => r.progress?.edition)).toEqual([2022, 2022, 2024]);
    const both = matcher(f({ years: ['2022', '2023'], sectors: ['health'] }), ['years', 'sectors']);
    expect(rows.filter(both).map((r) => r.amount)).toEqual([10, 30]);
    // A year no row names: nothing matches (never "all").
    expect(rows.filter(matcher(f({ years: ['2030'] }), ['years']))).toEqual([]);
  });

  it('the KPIs, charts and map follow it (complete basis on a register)', () => {
    const v = computeView(d, f({ years: ['2022'] }));
    expect(v.active).toEqual(['years']);
    expect(v.kpis.projects.value).toBe(2);
    expect(v.kpis.investment.value).toBe(30);
    expect(v.kpis.projects.basis).toBe('complete');
    const health = v.charts.sector.bars.find((b) => b.key === 'health');
    expect(health?.projects.value).toBe(1);
    const cells = Object.fromEntries(v.map.cells.filter((c) => c.projects > 0).map((c) => [c.code, c.projects]));
    expect(cells).toEqual({ '500110': 1, '500102': 1 });
  });

  it('a district selection cross-filters the year too', () => {
    const v = computeView(d, f({ years: ['2022', '2024'], districts: ['500102'] }));
    expect(v.rows.map((r) => r.progress?.edition)).toEqual([2022, 2024]);
  });

  it('on the published figures (no edition per project) a year leaves no named project', () => {
    const v = computeView(DATASET, f({ years: ['2021'] }));
    expect(v.rows).toEqual([]);
    expect(v.status).toBe('itemized');
    expect(v.kpis.projects.fullPublished).toBe(false);
  });
});

describe('year filter: the progress view', () => {
  const rows = [
    row({ edition: 2022, stage: 'started', amount: 10 }),
    row({ edition: 2022, stage: 'signed', amount: 20, district: '500102' }),
    row({ edition: 2023, stage: 'producing', amount: 30 }),
    row({ edition: 2023, stage: 'signed', amount: 40, district: '500102' }),
    row({ edition: null, stage: 'started', amount: 5 }),
  ];
  const d = register(rows);

  it('without a year filter: marks for every edition, the rows without one counted apart', () => {
    const pv = computeProgress(d, EMPTY_FILTERS);
    expect(pv.editions).toEqual([2022, 2023]);
    expect(pv.years).toEqual([
      { year: 2022, projects: 2, amount: 30, selected: false },
      { year: 2023, projects: 2, amount: 70, selected: false },
    ]);
    expect(pv.noYear).toBe(1);
    expect(pv.yearFilter).toBe(false);
    expect(pv.summary.projects).toBe(5);
  });

  it('a year: the figures are of that edition; the marks and the edition-over-edition rows keep every edition', () => {
    const pv = computeProgress(d, f({ years: ['2023'] }));
    expect(pv.summary.projects).toBe(2);
    expect(pv.summary.startedRate.byCount).toMatchObject({ num: 1, den: 2 });
    expect(pv.editions).toEqual([2022, 2023]);
    expect(pv.years.map((c) => c.selected)).toEqual([false, true]);
    expect(pv.editionRows).toHaveLength(5);
    const e = editionsByUnit(pv.editionRows);
    expect(e.editions).toEqual([2022, 2023]);
    const qijiang = e.districts.find((u) => u.unit.kind === 'district' && u.unit.code === '500110');
    expect(qijiang?.cells.map((c) => c.projects)).toEqual([1, 1]);
    expect(pv.byStarted.districts.map((r) => r.summary.projects)).toEqual([1, 1]);
  });

  it('the stage filter still leaves the panel’s own figures of all stages; the year filter does not', () => {
    const pv = computeProgress(d, f({ years: ['2022'], stages: ['started'] }));
    expect(pv.summary.projects).toBe(2);
    expect(pv.stageFilter).toBe(true);
  });

  it('other filters narrow the marks too (cross-filtered)', () => {
    const pv = computeProgress(d, f({ districts: ['500102'] }));
    expect(pv.years.map((c) => c.projects)).toEqual([1, 1]);
    expect(pv.noYear).toBe(0);
  });

  it('a register with one edition offers no marks', () => {
    const pv = computeProgress(register([row({ edition: 2021 }), row({ edition: 2021 })]), EMPTY_FILTERS);
    expect(pv.editions).toEqual([2021]);
  });

  it('with two reporting dates, the marks and figures are of each project’s latest report; month over month compares the selected edition', () => {
    const two = register(
      [
        row({ edition: 2022, stage: 'signed', report: '2026-09-30', district: '500110' }),
        row({ edition: 2023, stage: 'signed', report: '2026-09-30', district: '500102' }),
        row({ edition: 2022, stage: 'started', report: '2026-10-31', district: '500110' }),
        row({ edition: 2023, stage: 'signed', report: '2026-10-31', district: '500102' }),
      ].map((r, i) => ({ ...r, id: `row-${i + 1}`, name: { zh: i % 2 === 0 ? '甲' : '乙', en: '' } })),
      ['stage', 'edition', 'reportDate'],
    );
    const pv = computeProgress(two, f({ years: ['2022'] }));
    expect(pv.rule).toMatchObject({ rule: 'latest-per-project', from: '2026-10-31', to: '2026-10-31', superseded: 2 });
    expect(pv.years.map((c) => c.projects)).toEqual([1, 1]);
    expect(pv.rows).toHaveLength(1);
    const earlier = two.projects.filter((r) => r.progress?.reportDate === '2026-09-30' && r.progress.edition === 2022);
    const diff = compareRows(earlier, pv.rows);
    expect(diff.newlyStarted).toHaveLength(1);
    expect(diff.matched).toBe(1);
  });
});

describe('the URL: year= (filter) and edition= (editions chart)', () => {
  it('serializes both readably and parses them back', () => {
    const s = { ...DEFAULT_STATE, data: 'r-abc123', filters: f({ stages: ['started'], years: ['2023', '2022'] }), edition: 2023 };
    const q = serializeUrl(s);
    expect(q).toBe('?data=r-abc123&stage=started&year=2022,2023&edition=2023');
    const back = parseUrl(q);
    expect(back.dropped).toEqual([]);
    expect(back.state.filters.years).toEqual(['2022', '2023']);
    expect(back.state.edition).toBe(2023);
  });

  it('drops values that are no year, or no edition the chart lists, and says so', () => {
    const { state, dropped } = parseUrl('?year=2022,19,abc,2022&edition=2017');
    expect(state.filters.years).toEqual(['2022']);
    expect(state.edition).toBeNull();
    expect(dropped).toEqual([
      { param: 'year', value: '19', reason: 'unknown-value' },
      { param: 'year', value: 'abc', reason: 'unknown-value' },
      { param: 'edition', value: '2017', reason: 'unknown-value' },
    ]);
    expect(parseUrl('?edition=2023.0').dropped).toHaveLength(1);
    expect(parseUrl('?edition=02023').dropped).toHaveLength(1);
    expect(parseUrl('?edition=2024').state.edition).toBe(2024);
  });

  it('edition= names exactly the editions of the data (2018–2025)', () => {
    expect(DATASET.editions.map((e) => e.year)).toEqual([...EDITION_YEARS]);
  });
});

describe('a register reporting on two dates: every figure but month over month is of the latest report', () => {
  // Two projects, each reported on 2026-09-30 and again on 2026-10-31.
  const rows = [
    row({ district: '500110', amount: 10, stage: 'signed', report: '2026-09-30' }),
    row({ district: '500102', amount: 20, stage: 'signed', report: '2026-09-30' }),
    row({ district: '500110', amount: 10, stage: 'started', report: '2026-10-31' }),
    row({ district: '500102', amount: 20, stage: 'producing', report: '2026-10-31' }),
  ].map((r, i) => ({ ...r, id: i % 2 === 0 ? 'A' : 'B' }));
  const d = register(rows, ['stage', 'funds']);

  it('counts each project once (the KPIs, the map and the charts agree with the progress panel)', () => {
    const v = computeView(d, EMPTY_FILTERS);
    expect(v.kpis.projects.value).toBe(2);
    expect(v.kpis.investment.value).toBe(30);
    expect(v.map.cells.filter((c) => c.projects > 0).map((c) => [c.code, c.projects])).toEqual([
      ['500102', 1],
      ['500110', 1],
    ]);
    expect(computeProgress(d, EMPTY_FILTERS).summary.projects).toBe(2);
  });

  it('a register with one reporting date (or none) is taken whole', () => {
    const one = register([row({ report: '2026-10-31' }), row({ report: '2026-10-31' }), row({ report: null })], ['stage']);
    expect(computeView(one, EMPTY_FILTERS).kpis.projects.value).toBe(3);
  });
});
