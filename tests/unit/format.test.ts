import { describe, expect, it } from 'vitest';
import { formatCount, formatRate, ratePercent } from '../../src/domain/format';
import { makeI18n } from '../../src/i18n/i18n';

describe('amounts in words of the language', () => {
  it.each([
    [2524, 'zh-CN', '2524亿元'],
    [2524, 'en', '252.4 billion yuan'],
    [2138.6, 'zh-CN', '2138.6亿元'],
    [2138.6, 'en', '213.86 billion yuan'],
    [1016, 'zh-CN', '1016亿元'],
    [5, 'en', '500 million yuan'],
    [32, 'en', '3.2 billion yuan'],
  ] as const)('%s亿 in %s is %s', (yi, lang, expected) => {
    expect(makeI18n(lang).amount(yi)).toBe(expected);
  });

  it('splits number and unit for large KPI figures', () => {
    expect(makeI18n('zh-CN').amountParts(2524)).toEqual({ number: '2524', unit: '亿元' });
    expect(makeI18n('en').amountParts(2524)).toEqual({ number: '252.4', unit: 'billion yuan' });
  });

  it('counts use the locale', () => {
    expect(formatCount(92, 'en')).toBe('92');
    expect(formatCount(100000, 'en')).toBe('100,000');
  });

  it('lists and alternatives follow the language (Intl.ListFormat)', () => {
    expect(makeI18n('zh-CN').list(['行业', '投资方', '金额'])).toBe('行业、投资方、金额');
    expect(makeI18n('en').list(['sector', 'investor', 'amount'])).toBe('sector, investor, amount');
    expect(makeI18n('en').or(['Qijiang', 'Bishan'])).toBe('Qijiang or Bishan');
  });
});

describe('rates: one decimal, as monthly bulletins write them', () => {
  it('shows 41.5% (and 50.0%) in both languages, and exports the percentage as a number', () => {
    expect(formatRate(27 / 65, 'zh-CN')).toBe('41.5%');
    expect(formatRate(27 / 65, 'en')).toBe('41.5%');
    expect(formatRate(0.5, 'en')).toBe('50.0%');
    expect(ratePercent(27 / 65)).toBe(41.5);
    expect(ratePercent(null)).toBeNull();
  });
});
