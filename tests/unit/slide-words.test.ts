import { describe, expect, it } from 'vitest';
import { labelled, localTime } from '../../src/export/image';
import { shortSources } from '../../src/export/slide';

describe('export wording', () => {
  it('labels a value once: a value that already opens with its label is not labelled again', () => {
    expect(labelled('依据', '：', '依据：仅点名项目（各区县完整数字未公布）')).toBe('依据：仅点名项目（各区县完整数字未公布）');
    expect(labelled('Basis', ': ', 'Basis: named projects only')).toBe('Basis: named projects only');
    expect(labelled('Basis', ': ', 'Published')).toBe('Basis: Published');
    expect(labelled('依据', '：', '已公布')).toBe('依据：已公布');
    // A value that merely starts with the word is still labelled.
    expect(labelled('Basis', ': ', 'Basis points are not used')).toBe('Basis: Basis points are not used');
  });

  it('writes the time as a reader of the language does, never as an ISO timestamp', () => {
    const zh = localTime('2026-12-03T08:17:32.825Z', 'zh-CN');
    const en = localTime('2026-12-03T08:17:32.825Z', 'en');
    expect(zh).toMatch(/^2026年12月\d{1,2}日/);
    expect(en).toMatch(/^December \d{1,2}, 2026/);
    for (const t of [zh, en]) expect(t).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
  });

  it('cites each source once by id and publisher when the full list is too long for a slide', () => {
    expect(
      shortSources([
        'S1 重庆日报，《2021智博会举行重大项目招商签约活动》，2021-08-23 — §数读',
        'S1 重庆日报，《2021智博会举行重大项目招商签约活动》，2021-08-23 — §各区县亮点看过来',
        'S6 People\'s Daily Online (English), [2020 online Smart Expo] — 2020 online signing',
        'G1 Apache ECharts 4.9.0 (Apache-2.0) — map/json',
      ]),
    ).toEqual(['S1 重庆日报', "S6 People's Daily Online", 'G1 Apache ECharts 4.9.0']);
  });
});
