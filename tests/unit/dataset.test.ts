import { describe, expect, it } from 'vitest';
import { DATASET } from '../../src/data/dataset';
import { getSource } from '../../src/data/sources';
import { validateDataset } from '../../src/data/validate';

describe('bundled dataset', () => {
  it('passes validation: breakdowns add up, sources resolve, districts are known', () => {
    expect(validateDataset(DATASET)).toEqual([]);
  });

  it('states the published totals', () => {
    expect(DATASET.totals.projects.value).toBe(92);
    expect(DATASET.totals.investment.value).toBe(2524);
    expect(DATASET.totals.over10.value).toBe(81);
    expect(DATASET.totals.over50.value).toBe(19);
  });

  it.each([
    ['sectors', DATASET.sectors],
    ['investors', DATASET.investors],
    ['signing', DATASET.signing],
  ] as const)('%s sum to 92 projects and 2524亿', (_name, marginals) => {
    expect(marginals.reduce((s, m) => s + m.projects.value, 0)).toBe(92);
    expect(marginals.reduce((s, m) => s + (m.investment?.value ?? 0), 0)).toBe(2524);
  });

  it('marks the 5–10 and 10–50 bands as derived, with no band amounts', () => {
    const byKey = Object.fromEntries(DATASET.sizes.map((m) => [m.key, m]));
    expect(byKey['5-10']?.projects).toMatchObject({ value: 11, basis: 'derived', derivation: '92 − 81' });
    expect(byKey['10-50']?.projects).toMatchObject({ value: 62, basis: 'derived' });
    expect(byKey['50-plus']?.projects).toMatchObject({ value: 19, basis: 'published' });
    expect(DATASET.sizes.every((m) => m.investment === null)).toBe(true);
  });

  it('has exactly the 38 current county-level divisions (梁平, 武隆 recoded)', () => {
    const codes = DATASET.districts.map((d) => d.code);
    expect(codes).toHaveLength(38);
    expect(codes).toContain('500155');
    expect(codes).toContain('500156');
    expect(codes).not.toContain('500228');
    expect(codes).not.toContain('500232');
    expect(DATASET.districts.filter((d) => d.kind === 'district')).toHaveLength(26);
    expect(DATASET.districts.filter((d) => d.kind === 'county')).toHaveLength(8);
    expect(DATASET.districts.filter((d) => d.kind === 'autonomous county')).toHaveLength(4);
  });

  it('every source id cited anywhere resolves', () => {
    for (const p of DATASET.projects) expect(getSource(p.source.id)).toBeDefined();
  });

  it('itemizes only named projects: 8 in the 92 with 78亿 stated, Liangjiang rows flagged', () => {
    const inside = DATASET.projects.filter((p) => p.inside92 === 'yes');
    expect(inside).toHaveLength(8);
    expect(inside.reduce((s, p) => s + (p.amount ?? 0), 0)).toBe(78);
    const lj = DATASET.projects.filter((p) => p.area === 'liangjiang');
    expect(lj).toHaveLength(4);
    expect(lj.every((p) => p.inside92 === 'not-stated' && p.district === null)).toBe(true);
  });

  it('keeps amounts the source does not state as null', () => {
    const unstated = DATASET.projects.filter((p) => p.amount === null).map((p) => p.id);
    expect(unstated).toEqual(
      expect.arrayContaining(['bishan-csgc', 'jiulongpo-bosch', 'jiangbei-aulton', 'yongchuan-iflytek', 'liangjiang-tencent', 'liangjiang-qianxin']),
    );
  });

  it('keeps the other provinces’ 32亿 outside the total', () => {
    expect(DATASET.otherProvinces.investment.value).toBe(32);
    expect(DATASET.otherProvinces.outsideTotal).toBe(true);
  });

  it('the validator catches a breakdown that does not add up and an unknown source', () => {
    const [first, ...rest] = DATASET.sectors;
    if (!first) throw new Error('no sectors');
    const broken = {
      ...DATASET,
      sectors: [{ ...first, projects: { ...first.projects, value: 33 } }, ...rest],
      projects: [{ ...DATASET.projects[0]!, district: '500999', source: { id: 'S99' as 'S1', locator: 'x' } }],
    };
    const problems = validateDataset(broken);
    expect(problems).toContain('sectors: projects sum to 93, not 92');
    expect(problems.some((p) => p.includes('unknown district 500999'))).toBe(true);
    expect(problems.some((p) => p.includes('S99'))).toBe(true);
  });
});
