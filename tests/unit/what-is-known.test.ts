/**
 * The decision "what is known" for a selection (domain/what-is-known.ts) and its words
 * (i18n/known.ts), on small datasets built inline: the published figures' totals and marginals
 * with a handful of named rows of our own.
 */
import { describe, expect, it } from 'vitest';
import { DATASET } from '../../src/data/dataset';
import type { ItemizedProject, PublishedDataset } from '../../src/data/types';
import { computeView } from '../../src/domain/engine';
import { EMPTY_FILTERS, type Filters } from '../../src/domain/filters';
import { registerDataset } from '../../src/domain/register/dataset';
import { summarizeView } from '../../src/domain/view-summary';
import { HEADLINE_LIMIT, nothingPublished, whatIsKnown, type WhatIsKnown } from '../../src/domain/what-is-known';
import { makeI18n } from '../../src/i18n/i18n';
import { knownCity, knownCoverage, pageBannerText, projectFacts } from '../../src/i18n/known';
import { selectionSummary } from '../../src/i18n/labels';

function f(partial: Partial<Filters>): Filters {
  return { ...EMPTY_FILTERS, ...partial };
}

const SRC = { id: 'S1', locator: '§各区县亮点看过来·綦江区', locatorEn: '§district highlights · Qijiang District' } as const;

function row(id: string, partial: Partial<ItemizedProject> = {}): ItemizedProject {
  return {
    id,
    district: '500110',
    area: null,
    partner: { zh: `签约方${id}`, en: `Partner ${id}` },
    name: { zh: `项目${id}`, en: `Project ${id}` },
    amount: null,
    amountApprox: false,
    sector: null,
    investor: null,
    signing: null,
    inside92: 'yes',
    source: SRC,
    note: null,
    progress: null,
    original: null,
    ...partial,
  };
}

/** The published totals and marginals, with these named rows only. */
function published(projects: ItemizedProject[]): PublishedDataset {
  return { ...DATASET, projects };
}

function unpublished(known: WhatIsKnown) {
  if (known.published) throw new Error('expected no published figure');
  return known;
}

describe('what is known: the decision', () => {
  const data = published([row('a', { amount: 35, sector: 'smart-manufacturing' })]);

  it('no filter, or one published marginal: the figures are published, the KPI cards show them', () => {
    for (const filters of [EMPTY_FILTERS, f({ sectors: ['smart-manufacturing'] }), f({ investors: ['private', 'foreign'] })]) {
      const view = computeView(data, filters);
      expect(whatIsKnown(view, data)).toEqual({ published: true });
      expect(nothingPublished(view)).toBe(false);
    }
  });

  it('a size band (count published, amount not): mixed, so the cards stay', () => {
    const view = computeView(data, f({ sizes: ['50-plus'] }));
    expect(whatIsKnown(view, data).published).toBe(true);
  });

  it('a district: the named project is the headline, with coverage and the published city totals', () => {
    const view = computeView(data, f({ districts: ['500110'] }));
    const known = unpublished(whatIsKnown(view, data));
    expect(known.banner).toBe('named');
    expect(known.headline.map((r) => r.id)).toEqual(['a']);
    expect(known.more).toBe(0);
    expect(known.coverage).toMatchObject({ projects: 1, projectsOf: 92, amount: 35, amountOf: 2524, unstatedAmounts: 0, notStatedInside: 0 });
    expect(known.city.projects).toMatchObject({ value: 92, basis: 'published', sources: [{ id: 'S1' }] });
    expect(known.city.investment).toMatchObject({ value: 2524, basis: 'published', sources: [{ id: 'S1' }] });
  });

  it('the same test as the phone sentence: nothing published exactly when both headline figures are named-only', () => {
    for (const filters of [EMPTY_FILTERS, f({ districts: ['500110'] }), f({ sizes: ['5-10'] }), f({ sectors: ['smart-manufacturing'], investors: ['private'] }), f({ districts: ['500101'] })]) {
      const view = computeView(data, filters);
      expect(nothingPublished(view)).toBe(summarizeView(view).known === 'named');
    }
  });

  it('largest stated amount first, no amount last, at most HEADLINE_LIMIT; the rest counted', () => {
    const amounts = [null, 5, 20, 10, null];
    const many = published(amounts.map((amount, i) => row(`r${i}`, { amount })));
    const known = unpublished(whatIsKnown(computeView(many, f({ districts: ['500110'] })), many));
    expect(HEADLINE_LIMIT).toBe(3);
    expect(known.headline.map((r) => r.amount)).toEqual([20, 10, 5]);
    expect(known.more).toBe(2);
    expect(known.coverage).toMatchObject({ projects: 5, amount: 35, unstatedAmounts: 2 });
  });

  it('a selection nothing matches: no headline, the banner says no figure was published', () => {
    const view = computeView(data, f({ districts: ['500101'] }));
    const known = unpublished(whatIsKnown(view, data));
    expect(known).toMatchObject({ banner: 'none', headline: [], more: 0, coverage: { projects: 0, notStatedInside: 0 } });
  });

  it('rows not stated to be among the total are named in the headline but not counted', () => {
    const lj = published([row('x', { district: null, area: 'liangjiang', inside92: 'not-stated', amount: 10, amountApprox: true }), row('y', { district: null, area: 'liangjiang', inside92: 'not-stated' })]);
    const known = unpublished(whatIsKnown(computeView(lj, f({ districts: ['liangjiang'] })), lj));
    expect(known.banner).toBe('named');
    expect(known.headline.map((r) => r.id)).toEqual(['x', 'y']);
    expect(known.coverage).toMatchObject({ projects: 0, amount: 0, notStatedInside: 2 });
  });

  it('a register has full figures: never the statement, whatever the filter', () => {
    const register = registerDataset([row('a', { amount: 35, sector: 'smart-manufacturing' }), row('b', { amount: 8, district: '500101' })], { id: 'test-register', name: 'test', importedAt: '2026-01-01' });
    for (const filters of [EMPTY_FILTERS, f({ districts: ['500110'] }), f({ districts: ['500110'], sectors: ['digital-economy'] })]) {
      expect(whatIsKnown(computeView(register, filters), register)).toEqual({ published: true });
    }
  });
});

describe('what is known: the words', () => {
  const zh = makeI18n('zh-CN');
  const en = makeI18n('en');
  const data = published([row('a', { amount: 35, sector: 'smart-manufacturing' }), row('b', { district: '500120' }), row('c', { district: '500120', amount: 12 })]);

  it('one named project: banner, facts, coverage and city totals in both languages', () => {
    const view = computeView(data, f({ districts: ['500110'] }));
    const known = unpublished(whatIsKnown(view, data));
    expect(pageBannerText(view, zh)).toBe('来源没有公布綦江区的总数和分项数字；本页的数字和图表只统计来源点名的项目。');
    expect(pageBannerText(view, en)).toBe('The sources published no total or breakdown for Qijiang District; the figures and charts on this page count only the projects they name.');
    expect(projectFacts(known.headline[0]!, zh)).toEqual({ partner: '签约方a', name: '项目a', place: '綦江区', sector: '智能制造', amount: '35亿元', insideNotStated: false });
    expect(knownCoverage(known, zh)).toBe('92 个签约项目中，来源点名了其中 1 个，合计35亿元。');
    expect(knownCoverage(known, en)).toBe('Of the 92 projects signed, the sources name 1, worth 3.5 billion yuan.');
    expect(knownCity(known, zh)).toBe('全部项目（已公布）：92个，合同投资2524亿元');
    expect(knownCity(known, en)).toBe('All projects, as published: 92 projects, 252.4 billion yuan of contract investment');
    // The filter bar's line and the page exports' basis say the banner word for word.
    expect(selectionSummary(view, en)).toBe(pageBannerText(view, en));
    expect(pageBannerText(computeView(data, f({ sectors: ['smart-manufacturing'] })), en)).toBeNull();
  });

  it('a selection of many values is "this selection" in the banner (its chips name them)', () => {
    const view = computeView(data, f({ districts: ['500110', '500120', '500101'] }));
    expect(pageBannerText(view, zh)).toBe('来源没有公布这一组合的总数和分项数字；本页的数字和图表只统计来源点名的项目。');
    expect(pageBannerText(view, en)).toMatch(/^The sources published no total or breakdown for this selection;/);
  });

  it('two named projects, one without an amount: plural and the unstated count', () => {
    const view = computeView(data, f({ districts: ['500120'] }));
    const known = unpublished(whatIsKnown(view, data));
    expect(knownCoverage(known, zh)).toBe('92 个签约项目中，来源点名了其中 2 个，合计12亿元（其中 1 个未写明金额）。');
    expect(knownCoverage(known, en)).toBe('Of the 92 projects signed, the sources name 2, worth 1.2 billion yuan together (1 without a stated amount).');
    expect(projectFacts(known.headline[1]!, en).amount).toBe('amount not published');
  });

  it('nothing matches: the banner says so, the coverage names none; zh uses full-width punctuation only', () => {
    const view = computeView(data, f({ districts: ['500101'] }));
    const known = unpublished(whatIsKnown(view, data));
    expect(pageBannerText(view, zh)).toBe('来源没有公布万州区的任何数字。');
    expect(knownCoverage(known, en)).toBe('Of the 92 projects signed, the sources name none that matches.');
    for (const text of [pageBannerText(view, zh), knownCoverage(known, zh), knownCity(known, zh)]) expect(text).not.toMatch(/[,:;()]/);
  });
});
