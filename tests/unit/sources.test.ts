/** Citations: every source reads as something a reader can follow, in both languages, never a local path. */
import { describe, expect, it } from 'vitest';
import { citation, locatorText } from '../../src/i18n/cite';
import { makeI18n } from '../../src/i18n/i18n';
import { DATASET } from '../../src/data/dataset';
import { SOURCES } from '../../src/data/sources';
import type { SourceId } from '../../src/data/types';
import { validateDataset } from '../../src/data/validate';

const LOCAL = /shared\/|src\/|public\/|\.txt\b|file:|\/work\/|\/home\//;

describe('source citations', () => {
  it('S1 is Chongqing Daily, 2021-08-23, the page continued from p.1, with its headline — no repository path', () => {
    const s1 = SOURCES.find((s) => s.id === 'S1')!;
    expect(citation(s1, makeI18n('zh-CN'))).toBe('重庆日报，《2021智博会举行重大项目招商签约活动》，2021-08-23，续第1版（上接1版）');
    const en = citation(s1, makeI18n('en'));
    expect(en).toMatch(/^Chongqing Daily \(重庆日报\), “2021智博会举行重大项目招商签约活动” \[.+\], 2021-08-23, page continued from p\. 1$/);
    expect(s1.url).toBeNull();
  });

  it('every source, in both languages: publication, headline or [description], no local path; S13–S18 present', () => {
    for (const s of SOURCES) {
      for (const lang of ['zh-CN', 'en'] as const) {
        const c = citation(s, makeI18n(lang));
        expect(c, s.id).not.toMatch(LOCAL);
        expect(c.length, s.id).toBeGreaterThan(10);
        if (s.url) expect(c).toContain(s.url);
        if (s.date) expect(c).toContain(s.date);
      }
    }
    const ids = SOURCES.map((s) => s.id);
    expect(ids).toEqual(expect.arrayContaining<SourceId>(['S13', 'S14', 'S15', 'S16', 'S17', 'S18']));
    expect(citation(SOURCES.find((s) => s.id === 'S13')!, makeI18n('en'))).toContain('p. 1');
  });

  it('a locator reads in the screen language; the dataset validator accepts the bundled data', () => {
    const qijiang = DATASET.projects.find((p) => p.id === 'qijiang-zhongnan')!;
    expect(locatorText(qijiang.source, makeI18n('zh-CN'))).toBe('§各区县亮点看过来·綦江区');
    expect(locatorText(qijiang.source, makeI18n('en'))).toBe('§district highlights·Qijiang District');
    expect(locatorText({ id: 'R', locator: 'register.csv' }, makeI18n('en'))).toBe('register.csv');
    expect(validateDataset(DATASET)).toEqual([]);
  });

  it('the validator rejects a repository path and a Chinese-only locator', () => {
    const bad = {
      ...DATASET,
      sources: DATASET.sources.map((s) => (s.id === 'S1' ? { ...s, url: 'shared/source/smart-expo-2021-news.zh.txt' } : s)),
      totals: { ...DATASET.totals, projects: { ...DATASET.totals.projects, source: { id: 'S1' as const, locator: '正文' } } },
    };
    const problems = validateDataset(bad);
    expect(problems).toContain('sources.S1: cites a local path');
    expect(problems).toContain('totals.projects: locator has no English text');
  });
});
