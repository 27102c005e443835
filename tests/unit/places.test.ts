import { describe, expect, it } from 'vitest';
import { AREAS } from '../../src/data/areas';
import { DATASET } from '../../src/data/dataset';
import type { Dataset, ItemizedProject } from '../../src/data/types';
import { basisPolicy, progressSource, publishedNotes, registerOf } from '../../src/domain/basis-policy';
import { computeView } from '../../src/domain/engine';
import { registerDataset } from '../../src/domain/register/dataset';
import { EMPTY_FILTERS, type Filters } from '../../src/domain/filters';
import { isAreaKey, placeOf, PLACE_KEYS } from '../../src/domain/places';
import { checkTour } from '../../src/domain/tour';
import { parseUrl, serializeUrl, DEFAULT_STATE } from '../../src/stores/url-codec';
import { makeI18n } from '../../src/i18n/i18n';
import { dimensionLabel, filterSlug, filterSummary, valueLabel } from '../../src/i18n/labels';

function f(partial: Partial<Filters>): Filters {
  return { ...EMPTY_FILTERS, ...partial };
}

function row(id: string, place: { district?: string; area?: ItemizedProject['area'] }, amount: number | null): ItemizedProject {
  return {
    id,
    district: place.district ?? null,
    area: place.area ?? null,
    partner: { zh: `甲${id}`, en: `P${id}` },
    name: { zh: `项目${id}`, en: `Project ${id}` },
    amount,
    amountApprox: false,
    sector: 'smart-manufacturing',
    investor: null,
    signing: null,
    inside92: 'yes',
    source: { id: 'R', locator: 'test.csv' },
    note: null,
    progress: null,
    original: null,
  };
}

/** A small register: two rows in 渝北, one in 两江新区, one in 万盛经开区, one in 綦江. */
const REGISTER: Dataset = registerDataset(
  [
    row('a', { district: '500112' }, 10),
    row('b', { district: '500112' }, 5),
    row('c', { area: 'liangjiang' }, 40),
    row('d', { area: 'wansheng' }, 7),
    row('e', { district: '500110' }, 3),
  ],
  { id: 'r-test', name: 'test.csv', importedAt: '2026-01-01' },
);

describe('places: functional areas beside the districts', () => {
  it('a row is placed in its area when it has one, else in its district', () => {
    expect(placeOf({ area: 'liangjiang', district: null })).toBe('liangjiang');
    expect(placeOf({ area: null, district: '500110' })).toBe('500110');
    expect(PLACE_KEYS.slice(-3)).toEqual(['liangjiang', 'gaoxin', 'wansheng']);
    expect(PLACE_KEYS).toHaveLength(41);
    expect(isAreaKey('gaoxin')).toBe(true);
    expect(isAreaKey('500110')).toBe(false);
  });

  it('an area row counts in the city total and its area, never in the districts it lies in', () => {
    const v = computeView(REGISTER, EMPTY_FILTERS);
    expect(v.kpis.projects.value).toBe(5);
    expect(v.kpis.investment.value).toBe(65);
    const yubei = v.map.cells.find((c) => c.code === '500112');
    const qijiang = v.map.cells.find((c) => c.code === '500110');
    expect(yubei).toMatchObject({ projects: 2, amount: 15 });
    // 万盛 lies inside 綦江, but its row is not 綦江's.
    expect(qijiang).toMatchObject({ projects: 1, amount: 3 });
    expect(v.map.areas).toEqual([
      { key: 'liangjiang', projects: 1, amount: 40, unstatedAmounts: 0, notStated: 0, selected: false },
      { key: 'gaoxin', projects: 0, amount: 0, unstatedAmounts: 0, notStated: 0, selected: false },
      { key: 'wansheng', projects: 1, amount: 7, unstatedAmounts: 0, notStated: 0, selected: false },
    ]);
    expect(v.map.cells.reduce((s, c) => s + c.projects, 0) + v.map.areas.reduce((s, a) => s + a.projects, 0)).toBe(5);
  });

  it('the place filter takes areas and districts, OR within the dimension', () => {
    const lj = computeView(REGISTER, f({ districts: ['liangjiang'] }));
    expect(lj.rows.map((r) => r.id)).toEqual(['c']);
    expect(lj.kpis.investment).toMatchObject({ value: 40, basis: 'complete' });
    expect(lj.map.areas.find((a) => a.key === 'liangjiang')?.selected).toBe(true);
    const both = computeView(REGISTER, f({ districts: ['500110', 'wansheng'] }));
    expect(both.rows.map((r) => r.id)).toEqual(['d', 'e']);
    // 渝北 alone does not take Liangjiang's row (never split by guess).
    expect(computeView(REGISTER, f({ districts: ['500112'] })).rows.map((r) => r.id)).toEqual(['a', 'b']);
  });

  it('on the published data the named Liangjiang projects become filterable, named projects only', () => {
    const v = computeView(DATASET, f({ districts: ['liangjiang'] }));
    expect(v.rows.map((r) => r.id).sort()).toEqual(['liangjiang-iat', 'liangjiang-iflytek', 'liangjiang-qianxin', 'liangjiang-tencent']);
    expect(v.status).toBe('itemized');
    expect(v.kpis.projects).toMatchObject({ basis: 'itemized', fullPublished: false, value: 0 });
    expect(v.kpis.projects.coverage).toMatchObject({ notStatedInside: 4 });
  });

  it('the URL carries area keys in the place filter, in canonical order, and drops unknown ones', () => {
    const { state, dropped } = parseUrl('?district=liangjiang,500110,nowhere');
    expect(state.filters.districts).toEqual(['500110', 'liangjiang']);
    expect(dropped).toEqual([{ param: 'district', value: 'nowhere', reason: 'unknown-value' }]);
    expect(serializeUrl({ ...DEFAULT_STATE, filters: f({ districts: ['wansheng', '500110'] }) })).toBe('?district=500110,wansheng');
  });

  it('tours accept area keys in filters and highlights', () => {
    const check = checkTour({
      format: 'cq-expo-tour',
      version: 1,
      scenes: [{ id: 'a', title: { zh: '两江', en: 'LJ' }, point: { zh: '点', en: 'p' }, filters: { districts: ['gaoxin'] }, panels: ['map'], highlight: 'wansheng' }],
    });
    expect(check.ok).toBe(true);
  });

  it('labels, summaries and file names name areas as areas, in both languages', () => {
    const zh = makeI18n('zh-CN');
    const en = makeI18n('en');
    expect(valueLabel('districts', 'gaoxin', zh)).toBe('重庆高新区');
    expect(valueLabel('districts', 'wansheng', en)).toBe('Wansheng Economic and Technological Development Zone');
    expect(dimensionLabel('districts', ['liangjiang'], zh)).toBe('功能区');
    expect(dimensionLabel('districts', ['500110', 'liangjiang'], en)).toBe('District or area');
    expect(dimensionLabel('districts', ['500110'], zh)).toBe('区县');
    expect(filterSummary(f({ districts: ['500110', 'liangjiang'] }), zh)).toBe('区县/功能区：綦江区或两江新区');
    expect(filterSlug(f({ districts: ['500110', 'liangjiang'] }))).toBe('qijiang-liangjiang');
  });
});

describe('areas data table', () => {
  it('every area has an outline of at least 4 points, and a label point inside its bounding box', () => {
    for (const a of AREAS) {
      expect(a.outline.length).toBeGreaterThanOrEqual(4);
      const lons = a.outline.map((p) => p[0]);
      const lats = a.outline.map((p) => p[1]);
      expect(a.labelAt[0]).toBeGreaterThan(Math.min(...lons));
      expect(a.labelAt[0]).toBeLessThan(Math.max(...lons));
      expect(a.labelAt[1]).toBeGreaterThan(Math.min(...lats));
      expect(a.labelAt[1]).toBeLessThan(Math.max(...lats));
      expect(a.note.zh).toContain('不是行政区');
      expect(a.note.en).toContain('not an administrative division');
    }
  });
});

describe('basis policy', () => {
  const tiny = (kind: Dataset['kind']): Pick<Dataset, 'kind'> => ({ kind });

  it('the published figures: named rows only, with coverage and the published notes', () => {
    expect(basisPolicy(tiny('published'))).toMatchObject({
      rows: 'itemized',
      coverage: true,
      publishedFigureNotes: true,
      wording: 'published',
      announceDataset: false,
      reconciliation: false,
    });
  });

  it('a register: every row counted, no coverage, none of the published-figure notes', () => {
    expect(basisPolicy(tiny('register'))).toMatchObject({
      rows: 'complete',
      coverage: false,
      publishedFigureNotes: false,
      derivedBarNotes: false,
      wording: 'register',
      announceDataset: true,
      reconciliation: true,
    });
  });

  it('the decisions panels show: published notes, where progress comes from, the register on screen', () => {
    const reg = registerDataset([row('a', { district: '500112' }, 10)], { id: 'r-x', name: 'x.csv', importedAt: '2026-01-01' });
    expect(publishedNotes(DATASET)).toMatchObject({ mergedOther: { investment: 620, share: 25 }, otherProvinces: 32, publishedTotal: 2524 });
    expect(publishedNotes(reg)).toBeNull();
    expect(progressSource(DATASET)).toMatchObject({ from: 'published', why: 'no-stage-per-project', followThrough: DATASET.followThrough });
    expect(progressSource(reg)).toMatchObject({ from: 'rows', dataset: reg });
    expect(registerOf(DATASET)).toBeNull();
    expect(registerOf(reg)?.name).toBe('x.csv');
    // Nothing of the published figures is carried by a register's dataset.
    expect(Object.keys(reg).sort()).toEqual(['districts', 'id', 'kind', 'projects', 'register', 'sources', 'title', 'totals']);
    expect(Object.keys(reg.totals).sort()).toEqual(['investment', 'projects']);
  });

  it('the engine follows the policy: a register with one sector selected is not answered by printed marginals', () => {
    const v = computeView(REGISTER, f({ sectors: ['smart-manufacturing'] }));
    expect(v.policy.rows).toBe('complete');
    expect(v.kpis.projects).toMatchObject({ value: 5, basis: 'complete' });
    expect(v.kpis.projects.coverage?.complete).toBe(true);
    const p = computeView(DATASET, f({ sectors: ['smart-manufacturing'] }));
    expect(p.kpis.projects).toMatchObject({ value: 32, basis: 'published' });
  });
});
