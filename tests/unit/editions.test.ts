import { describe, expect, it } from 'vitest';
import { DATASET } from '../../src/data/dataset';
import type { Edition, Fact } from '../../src/data/types';
import { validateDataset } from '../../src/data/validate';
import { editionBreakdowns, editionFact, editionMark, editionSources } from '../../src/domain/editions';

const pub = (value: number, id: Fact['source']['id'] = 'S1', locator = 'x'): Fact => ({ value, basis: 'published', source: { id, locator } });

function edition(over: Partial<Edition>): Edition {
  return {
    year: 2030,
    host: 'chongqing',
    projects: pub(10),
    investment: pub(100),
    investmentBound: 'exact',
    method: 'major-projects',
    online: false,
    note: null,
    absence: null,
    breakdowns: [],
    ...over,
  };
}

function byYear(year: number): Edition {
  const e = DATASET.editions.find((x) => x.year === year);
  if (!e) throw new Error(`no ${year}`);
  return e;
}

describe('editions 2018–2025 in the bundled dataset', () => {
  it('runs from 2018 to 2025, one entry a year', () => {
    expect(DATASET.editions.map((e) => e.year)).toEqual([2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]);
  });

  it('2024 is no Chongqing edition: held in Tianjin (S16), no figure at all, the reason stated', () => {
    const e = byYear(2024);
    expect(e.host).toBe('tianjin');
    expect(e.projects).toBeNull();
    expect(e.investment).toBeNull();
    expect(e.breakdowns).toEqual([]);
    expect(e.absence?.source.id).toBe('S16');
    expect(editionMark(e)).toBe('absent');
    // Tianjin's 103 projects / ~1092亿 never appear as Chongqing's.
    expect(JSON.stringify(e)).not.toMatch(/103|1092/);
  });

  it('2025 is a lower bound "above 2000亿" (S17), count not published, 1200亿 on site (S18)', () => {
    const e = byYear(2025);
    expect(e.investment).toMatchObject({ value: 2000, source: { id: 'S17' } });
    expect(e.investmentBound).toBe('lower');
    expect(e.projects).toBeNull();
    expect(editionMark(e)).toBe('lower-bound');
    const [signing] = editionBreakdowns(e);
    expect(signing?.categories[0]).toMatchObject({ key: 'on-site', projects: null, investment: { value: 1200, source: { id: 'S18' } } });
    // Nothing can be worked out from a lower bound: the rest is unknown, not "800亿".
    expect(signing?.rest).toEqual({ projects: null, investment: null });
  });

  it('2022: four named sectors (S13, S14) leave 19 projects / 606亿 not published, never a category', () => {
    const [sector, size] = editionBreakdowns(byYear(2022));
    expect(sector?.categories.map((c) => c.key)).toEqual(['nev', 'software', 'electronics', 'biomedicine']);
    expect(sector?.categories[0]).toMatchObject({ projects: { value: 18, source: { id: 'S13' } }, investment: { value: 833 } });
    expect(sector?.rest?.projects).toMatchObject({ value: 19, basis: 'derived', derivation: '70 − 18 − 14 − 13 − 6' });
    expect(sector?.rest?.investment).toMatchObject({ value: 606, basis: 'derived', derivation: '2121 − 833 − 330 − 224 − 128' });
    expect(size?.categories).toEqual([expect.objectContaining({ key: '10-plus', projects: expect.objectContaining({ value: 54 }) })]);
    expect(size?.rest?.projects?.value).toBe(16);
    // A count-only breakdown says nothing of the amounts.
    expect(size?.rest?.investment).toBeNull();
  });

  it('2023: size bands, NEV and foreign-invested from S15, each with its unpublished rest', () => {
    const views = editionBreakdowns(byYear(2023));
    expect(views.map((b) => b.id)).toEqual(['size', 'sector', 'investor']);
    expect(views[0]?.categories.map((c) => [c.key, c.projects?.value])).toEqual([
      ['50-100', 11],
      ['100-plus', 5],
    ]);
    expect(views[0]?.rest?.projects?.value).toBe(68);
    expect(views[1]?.categories[0]).toMatchObject({ key: 'nev', projects: { value: 19 }, investment: { value: 688 }, share: { value: 32.2 } });
    expect(views[1]?.rest?.investment?.value).toBe(1450.6);
    expect(views[2]?.categories[0]).toMatchObject({ key: 'foreign', projects: { value: 7 }, investment: { value: 96.2 } });
    expect(views[2]?.rest?.investment?.value).toBe(2042.4);
    expect(editionSources(byYear(2023)).map((r) => r.id)).toEqual(expect.arrayContaining(['S8', 'S15']));
  });

  it('2021 shows all of today’s breakdowns, complete, with no rest', () => {
    const views = editionBreakdowns(byYear(2021));
    expect(views.map((b) => b.id)).toEqual(['sector', 'investor', 'size', 'signing']);
    expect(views.every((b) => b.complete && b.rest === null)).toBe(true);
    expect(views[0]?.categories.map((c) => c.key)).toEqual(DATASET.sectors.map((m) => m.key));
  });

  it('editions that count by another method or publish no breakdown are kept as they are', () => {
    expect(byYear(2018).breakdowns).toEqual([]);
    expect(editionBreakdowns(byYear(2019))[0]?.categories.map((c) => c.projects?.value)).toEqual([89, 441]);
    expect(editionFact(byYear(2025), 'projects')).toBeNull();
    expect(editionFact(byYear(2024), 'investment')).toBeNull();
  });
});

describe('edition breakdown arithmetic (inline editions)', () => {
  it('the rest is the total minus the printed categories, derived with its arithmetic', () => {
    const e = edition({
      breakdowns: [{ id: 'sector', title: { zh: '行业', en: 'Sector' }, complete: false, categories: [{ key: 'a', label: { zh: 'a', en: 'a' }, projects: pub(3), investment: pub(40.5) }] }],
    });
    const [b] = editionBreakdowns(e);
    expect(b?.rest?.projects).toMatchObject({ value: 7, basis: 'derived', derivation: '10 − 3' });
    expect(b?.rest?.investment).toMatchObject({ value: 59.5, derivation: '100 − 40.5' });
  });

  it('a category without an amount makes the amount rest unknown', () => {
    const e = edition({
      breakdowns: [{ id: 'size', title: { zh: '规模', en: 'Size' }, complete: false, categories: [{ key: 'big', label: { zh: '大', en: 'big' }, projects: pub(2), investment: null }] }],
    });
    expect(editionBreakdowns(e)[0]?.rest).toEqual({ projects: expect.objectContaining({ value: 8 }), investment: null });
  });

  it('a complete breakdown has no rest', () => {
    const e = edition({
      breakdowns: [{ id: 'place', title: { zh: '地点', en: 'Place' }, complete: true, categories: [{ key: 'a', label: { zh: 'a', en: 'a' }, projects: pub(10), investment: null }] }],
    });
    expect(editionBreakdowns(e)[0]?.rest).toBeNull();
  });
});

describe('edition validation', () => {
  const withEdition = (year: number, over: Partial<Edition>) => ({ ...DATASET, editions: DATASET.editions.map((e) => (e.year === year ? { ...e, ...over } : e)) });

  it('the bundled editions pass', () => {
    expect(validateDataset(DATASET)).toEqual([]);
  });

  it('rejects a figure on the Tianjin year', () => {
    expect(validateDataset(withEdition(2024, { investment: pub(1092, 'S16') }))).toContain('editions.2024: held in Tianjin, so it carries no Chongqing figure');
  });

  it('rejects a Tianjin year without a reason, and a Chongqing edition without an amount', () => {
    expect(validateDataset(withEdition(2024, { absence: null }))).toContain('editions.2024: no Chongqing edition without a stated reason');
    expect(validateDataset(withEdition(2023, { investment: null }))).toContain('editions.2023: a Chongqing edition without an amount');
  });

  it('rejects a partial breakdown that adds up to more than the total', () => {
    const e = byYear(2022);
    const [sector] = e.breakdowns;
    if (!sector) throw new Error('no sector breakdown');
    const bad = { ...sector, categories: [...sector.categories, { key: 'extra', label: { zh: 'x', en: 'x' }, projects: pub(40, 'S14'), investment: null }] };
    expect(validateDataset(withEdition(2022, { breakdowns: [bad] }))).toContain('editions.2022.sector: projects add up to 91, more than the total 70');
  });

  it('rejects a complete breakdown that does not add up, an unknown source and years out of order', () => {
    const e = byYear(2019);
    const [place] = e.breakdowns;
    if (!place) throw new Error('no place breakdown');
    const wrong = { ...place, categories: place.categories.map((c, i) => (i === 0 ? { ...c, projects: pub(80, 'S5') } : c)) };
    expect(validateDataset(withEdition(2019, { breakdowns: [wrong] }))).toContain('editions.2019.place: complete, but projects add up to 521, not 530');
    expect(validateDataset(withEdition(2025, { investment: pub(2000, 'S99' as 'S1') }))).toContain('editions.2025.investment: source S99 is not in the registry');
    expect(validateDataset({ ...DATASET, editions: [...DATASET.editions].reverse() }).some((p) => p.includes('not consecutive'))).toBe(true);
  });
});
