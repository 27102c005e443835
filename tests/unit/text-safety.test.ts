import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findInvisible, hasInvisible, revealInvisible } from '../../src/domain/text-safety';

describe('text safety (bidi and zero-width characters)', () => {
  it('shows a right-to-left override visibly instead of reversing the text', () => {
    const spoof = '发票\u202Efdp.exe';
    expect(revealInvisible(spoof)).toBe('发票⟦RLO U+202E⟧fdp.exe');
    expect(findInvisible(spoof)).toEqual(['U+202E']);
  });

  it('marks zero-width, isolate, tag and control characters', () => {
    expect(revealInvisible('a\u200Bb\u2066c\u2069\uFEFF')).toBe('a⟦ZWSP U+200B⟧b⟦LRI U+2066⟧c⟦PDI U+2069⟧⟦BOM U+FEFF⟧');
    expect(revealInvisible('x\u{E0041}')).toBe('x⟦U+E0041⟧');
    expect(revealInvisible('bell\u0007')).toBe('bell⟦U+0007⟧');
  });

  it('leaves ordinary text (Chinese, English, Arabic letters, tabs and new lines) as it is', () => {
    for (const s of ['两江新区 智能制造', 'Project A, phase 2', 'مشروع', 'a\tb\nc\r\n']) {
      expect(revealInvisible(s)).toBe(s);
      expect(hasInvisible(s)).toBe(false);
    }
  });

  it('never leaves an invisible character behind, for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(hasInvisible(revealInvisible(s))).toBe(false);
      }),
    );
  });
});
