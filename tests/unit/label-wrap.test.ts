import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { estimateWidth, labelColumn, wrapText, type Measure } from '../../src/components/label-wrap';
import { amountsInOneUnit } from '../../src/i18n/format';
import { en } from '../../src/i18n/en';
import { zh } from '../../src/i18n/zh-CN';

/** Every character one unit wide: line widths are character counts. */
const mono: Measure = (text) => [...text].length;

describe('wrapText', () => {
  it('keeps a label that fits on one line', () => {
    expect(wrapText('Private firms', 20, mono)).toEqual(['Private firms']);
  });

  it('breaks English at spaces and keeps every word whole', () => {
    expect(wrapText('Science & technology innovation', 12, mono)).toEqual(['Science &', 'technology', 'innovation']);
    expect(wrapText('At the venue, in person', 13, mono)).toEqual(['At the venue,', 'in person']);
  });

  it('breaks Chinese between characters and never starts a line with closing punctuation', () => {
    expect(wrapText('新材料等其他', 4, mono)).toEqual(['新材料等', '其他']);
    expect(wrapText('开工（在建）', 5, mono)).toEqual(['开工', '（在建）']);
    expect(wrapText('外省市国企，等其他', 5, mono)).toEqual(['外省市国', '企，等其他']);
    // Quotation marks stay with what they quote.
    expect(wrapText('公布了“2000以上”', 8, mono)).toEqual(['公布了“2000', '以上”']);
  });

  it('breaks a word longer than the width by characters', () => {
    expect(wrapText('Other-province', 6, mono)).toEqual(['Other-', 'provin', 'ce']);
  });

  it('keeps every character, in order, on lines no wider than the width (one-character pieces aside)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'bc', 'def', ' ', '新', '材', '（', '）', '，', '&'), { maxLength: 30 }), fc.integer({ min: 2, max: 12 }), (pieces, width) => {
        const text = pieces.join('').replace(/\s+/g, ' ').trim();
        const lines = wrapText(text, width, mono);
        expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
        for (const l of lines) expect(l.includes('…')).toBe(false);
        // A line is over the width only when punctuation was kept with its neighbour.
        for (const l of lines) expect(mono(l) <= width + 2).toBe(true);
      }),
    );
  });
});

describe('labelColumn', () => {
  it('is the widest label plus the gap, capped', () => {
    expect(labelColumn(['ab', 'abcdef'], mono, 100, 2, 0)).toBe(8);
    expect(labelColumn(['a'.repeat(200)], mono, 100, 2, 0)).toBe(100);
    expect(labelColumn([], mono, 100, 2, 48)).toBe(48);
  });

  it('estimates CJK wider than Latin when nothing can be measured', () => {
    expect(estimateWidth('新材料', 10)).toBe(30);
    expect(estimateWidth('abc', 10)).toBeCloseTo(16.8);
  });
});

describe('amountsInOneUnit', () => {
  it('prints numbers in the largest amount unit, the unit once', () => {
    expect(amountsInOneUnit([1016, 35, 0.5], 'zh-CN', zh.money)).toEqual({ unit: '亿元', numbers: ['1016', '35', '0.5'] });
    expect(amountsInOneUnit([1016, 35], 'en', en.money)).toEqual({ unit: 'billion yuan', numbers: ['101.6', '3.5'] });
  });
});
