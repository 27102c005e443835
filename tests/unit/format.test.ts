import { describe, expect, it } from 'vitest';
import { formatAmount, formatAmountParts, formatCount } from '../../src/domain/format';

describe('formatAmount', () => {
  it.each([
    [2524, 'zh-CN', '2524亿元'],
    [2524, 'en', '252.4 billion yuan'],
    [2138.6, 'zh-CN', '2138.6亿元'],
    [2138.6, 'en', '213.86 billion yuan'],
    [1016, 'zh-CN', '1016亿元'],
    [5, 'en', '500 million yuan'],
    [32, 'en', '3.2 billion yuan'],
  ] as const)('%s亿 in %s is %s', (yi, lang, expected) => {
    expect(formatAmount(yi, lang)).toBe(expected);
  });

  it('splits number and unit for large KPI figures', () => {
    expect(formatAmountParts(2524, 'zh-CN')).toEqual({ number: '2524', unit: '亿元' });
    expect(formatAmountParts(2524, 'en')).toEqual({ number: '252.4', unit: 'billion yuan' });
  });

  it('counts use the locale', () => {
    expect(formatCount(92, 'en')).toBe('92');
    expect(formatCount(100000, 'en')).toBe('100,000');
  });
});
