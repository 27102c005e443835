import { describe, expect, it } from 'vitest';
import { DATASET } from '../../src/data/dataset';
import { computeView } from '../../src/domain/engine';
import { EMPTY_FILTERS, type Filters } from '../../src/domain/filters';
import { summarizeView } from '../../src/domain/view-summary';
import { makeI18n } from '../../src/i18n/i18n';
import { viewSentence } from '../../src/i18n/labels';

function f(partial: Partial<Filters>): Filters {
  return { ...EMPTY_FILTERS, ...partial };
}

describe('the view in one sentence', () => {
  it('no filter: the published totals', () => {
    const s = summarizeView(computeView(DATASET, EMPTY_FILTERS));
    expect(s).toMatchObject({ filters: [], known: 'published', projects: { known: 'published', value: 92 } });
    expect(viewSentence(s, makeI18n('zh-CN'))).toBe('2021智博会重庆签约重大项目：92 个项目，合同投资2524亿元（来源公布数）。');
    expect(viewSentence(s, makeI18n('en'))).toBe('Major projects of the 2021 Smart China Expo in Chongqing: 92 projects and 252.4 billion yuan of contract investment, as published.');
  });

  it('a combination the sources never published: what the named projects add up to, plural agreeing', () => {
    const view = computeView(DATASET, f({ districts: ['500110'], sectors: ['smart-manufacturing'] }));
    const s = summarizeView(view);
    expect(s.known).toBe('named');
    expect(s.filters.map((x) => x.dim)).toEqual(['districts', 'sectors']);
    // The same decision as the KPI row: both headline figures are named-only.
    expect(view.kpis.projects.fullPublished).toBe(false);
    const en = viewSentence(s, makeI18n('en'));
    expect(en).toBe(`Qijiang District · Smart manufacturing: the sources published no total for this selection; they name ${s.projects.value} project worth 3.5 billion yuan.`);
    const zh = viewSentence(s, makeI18n('zh-CN'));
    expect(zh).toMatch(/^綦江区·智能制造：来源没有公布这一组合的总数；点名项目 1 个，合计35亿元。$/);
    expect(zh).not.toMatch(/[,:;.]/);
  });

  it('several values of one dimension read as a list with "or"', () => {
    const s = summarizeView(computeView(DATASET, f({ investors: ['private', 'foreign'] })));
    expect(viewSentence(s, makeI18n('en'))).toBe('Private firms or Foreign firms: 74 projects and 174.3 billion yuan of contract investment, as published.');
    expect(viewSentence(s, makeI18n('zh-CN'))).toContain('或');
  });
});
