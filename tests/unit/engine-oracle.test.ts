import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AREA_KEYS } from '../../src/data/areas';
import { DATASET } from '../../src/data/dataset';
import type { ItemizedProject, PublishedDataset, SourceRef } from '../../src/data/types';
import { STAGE_KEYS } from '../../src/data/vocabularies';
import { computeView } from '../../src/domain/engine';
import { EMPTY_FILTERS, INVESTOR_KEYS, SECTOR_KEYS, SIGNING_KEYS, SIZE_KEYS, sizeBandOf, type Filters } from '../../src/domain/filters';
import { registerDataset } from '../../src/domain/register/dataset';
import { reconcile, type ReconciliationLine } from '../../src/domain/register/reconcile';
import { filterMasks, matchesExcept, rowColumns } from '../../src/domain/row-columns';
import { countsByRows, countsOf } from './engine-oracle';

const DISTRICT_CODES = DATASET.districts.slice(0, 4).map((d) => d.code);
const SOURCES: SourceRef[] = [
  { id: 'S1', locator: 'p. 1' },
  { id: 'S2', locator: 'p. 2' },
  { id: 'S1', locator: 'p. 3' },
];

function row(partial: Partial<ItemizedProject>): ItemizedProject {
  return {
    id: 'x',
    district: '500110',
    area: null,
    partner: { zh: 'p', en: 'p' },
    name: { zh: 'n', en: 'n' },
    amount: 1,
    amountApprox: false,
    sector: null,
    investor: null,
    signing: null,
    inside92: 'yes',
    source: SOURCES[0] as SourceRef,
    note: null,
    progress: null,
    original: null,
    ...partial,
  };
}

const nullable = <T,>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
/** Amounts that land in every size band and on its edges, a few unstated. */
const amount = nullable(fc.oneof(fc.constantFrom(0, 4.9, 5, 9.99, 10, 49.9, 50, 120.3), fc.double({ min: 0, max: 200, noNaN: true })));

const rowArb = fc
  .record({
    // An unknown district code and a district code also used as a place for area rows.
    place: fc.oneof(fc.constantFrom(...DISTRICT_CODES, '509999'), fc.constantFrom(...AREA_KEYS).map((a) => ({ area: a }))),
    amount,
    amountApprox: fc.boolean(),
    sector: nullable(fc.constantFrom(...SECTOR_KEYS)),
    investor: nullable(fc.constantFrom(...INVESTOR_KEYS)),
    signing: nullable(fc.constantFrom(...SIGNING_KEYS)),
    inside: fc.constantFrom('yes' as const, 'yes' as const, 'not-stated' as const),
    source: fc.constantFrom(...SOURCES),
    stage: fc.option(nullable(fc.constantFrom(...STAGE_KEYS)), { nil: undefined }),
    edition: nullable(fc.constantFrom(2021, 2022)),
  })
  .map((r) =>
    row({
      id: `r-${r.sector ?? "x"}`,
      district: typeof r.place === 'string' ? r.place : null,
      area: typeof r.place === 'string' ? null : r.place.area,
      amount: r.amount,
      amountApprox: r.amountApprox,
      sector: r.sector,
      investor: r.investor,
      signing: r.signing,
      inside92: r.inside,
      source: r.source,
      progress: r.stage === undefined ? null : { stage: r.stage, fundsInPlace: null, startDate: null, reportDate: null, edition: r.edition },
    }),
  );

/** A dimension's selection: none half the time, so most cases keep many rows in play. */
const maybeNone = <T,>(keys: readonly T[]) => fc.oneof(fc.constant([] as T[]), fc.subarray([...keys]));

const filtersArb: fc.Arbitrary<Filters> = fc
  .record({
    districts: maybeNone([...DISTRICT_CODES, ...AREA_KEYS, '509999']),
    sectors: maybeNone([...SECTOR_KEYS]),
    investors: maybeNone([...INVESTOR_KEYS]),
    sizes: maybeNone([...SIZE_KEYS]),
    signing: maybeNone([...SIGNING_KEYS]),
    stages: maybeNone([...STAGE_KEYS]),
    years: maybeNone(['2021', '2022', '2030']),
  })
  .map((r) => ({ ...EMPTY_FILTERS, ...r }));

/** reconcile's reference: the rows filtered per key. */
function reconcileByRows(projects: readonly ItemizedProject[], published: PublishedDataset): ReconciliationLine[] {
  const sum = (rows: readonly ItemizedProject[]) => ({ projects: rows.length, amount: Math.round(rows.reduce((s, r) => s + (r.amount ?? 0), 0) * 10) / 10 });
  const line = (dimension: ReconciliationLine['dimension'], ms: readonly { key: string; projects: { value: number }; investment: { value: number } | null }[], keyOf: (p: ItemizedProject) => string | null) =>
    ms.map((m) => ({ dimension, key: m.key, published: { projects: m.projects.value, amount: m.investment?.value ?? null }, register: sum(projects.filter((p) => keyOf(p) === m.key)) }));
  return [
    { dimension: 'total', key: 'all', published: { projects: published.totals.projects.value, amount: published.totals.investment.value }, register: sum(projects) },
    ...line('sectors', published.sectors, (p) => p.sector),
    ...line('investors', published.investors, (p) => p.investor),
    ...line('signing', published.signing, (p) => p.signing),
    ...line('sizes', published.sizes, (p) => sizeBandOf(p.amount, p.amountApprox)),
  ];
}

const tableArb = fc.array(rowArb, { maxLength: 40 }).map((rows) => rows.map((r, i) => ({ ...r, id: `r${i}` })));

describe('engine on typed columns', () => {
  it('counts as the row-by-row reference on random small tables (published and register datasets, any filters)', () => {
    fc.assert(
      fc.property(tableArb, filtersArb, fc.boolean(), (rows, filters, asRegister) => {
        const dataset = asRegister ? registerDataset(rows, { id: 'r-test', name: 'test', importedAt: '2021-09-01' }) : { ...DATASET, projects: rows };
        const counts = countsOf(computeView(dataset, filters));
        expect(counts).toEqual(countsByRows(dataset, filters, counts));
      }),
      { numRuns: 300 },
    );
  });

  it('counts as the row-by-row reference on the bundled data with single-key and crossed filters', () => {
    const cases: Filters[] = [
      EMPTY_FILTERS,
      ...SECTOR_KEYS.map((k) => ({ ...EMPTY_FILTERS, sectors: [k] })),
      ...SIZE_KEYS.map((k) => ({ ...EMPTY_FILTERS, sizes: [k] })),
      { ...EMPTY_FILTERS, sectors: ['health'], districts: [DISTRICT_CODES[0] as string] },
    ];
    for (const f of cases) {
      const counts = countsOf(computeView(DATASET, f));
      expect(counts).toEqual(countsByRows(DATASET, f, counts));
    }
  });

  it('reconcile over the typed columns equals filtering the rows per key', () => {
    fc.assert(
      fc.property(tableArb, (rows) => {
        expect(reconcile(rows, DATASET)).toEqual(reconcileByRows(rows, DATASET));
      }),
      { numRuns: 200 },
    );
  });

  it('codes each row once per dimension, -1 where it has no value', () => {
    const rows = [row({ sector: 'health', amount: 12 }), row({ sector: null, amount: null }), row({ sector: 'health', area: 'liangjiang', district: null, amount: 60 })];
    const cols = rowColumns(rows);
    expect(Array.from(cols.dims.sectors.codes)).toEqual([0, -1, 0]);
    expect(cols.dims.sectors.keys).toEqual(['health']);
    expect(cols.dims.districts.keys).toEqual(['500110', 'liangjiang']);
    expect(Array.from(cols.dims.sizes.codes)).toEqual([0, -1, 1]);
    expect(Array.from(cols.over10)).toEqual([1, 0, 1]);
    expect(Array.from(cols.over50)).toEqual([0, 0, 1]);
    expect(Array.from(cols.unstated)).toEqual([0, 1, 0]);
    expect(Array.from(cols.inArea)).toEqual([0, 0, 1]);
    expect(rowColumns(rows)).toBe(cols);
  });

  it('a row failing only its own dimension still counts in that chart (filtered by the others)', () => {
    const rows = [row({ sector: 'health', investor: 'private' }), row({ sector: 'science-tech', investor: 'private' }), row({ sector: 'health', investor: 'foreign' })];
    const cols = rowColumns(rows);
    const filters: Filters = { ...EMPTY_FILTERS, sectors: ['health'], investors: ['private'] };
    const masks = filterMasks(cols, filters, ['sectors', 'investors']);
    expect(Array.from(masks.fails)).toEqual([0, 1, 1]);
    const forSector = matchesExcept(cols, masks, 'sectors');
    expect([0, 1, 2].map(forSector)).toEqual([true, true, false]);
    const forAll = matchesExcept(cols, masks, null);
    expect([0, 1, 2].map(forAll)).toEqual([true, false, false]);
  });
});
