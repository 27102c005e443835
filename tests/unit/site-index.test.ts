// registers/index.json: good entries are used, bad ones left out and reported by number.
import { describe, expect, it } from 'vitest';
import { parseSiteIndex } from '../../src/domain/register/site-index';


describe('the site register index', () => {
  it('reads entries with their defaults: title from the name, no unit, no sheet', () => {
    expect(parseSiteIndex({ registers: [{ name: 'bureau', file: 'bureau.xlsx' }, { name: 'b2', file: 'B.CSV', title: '  Bureau 2 ', unit: '万元', sheet: 'Data' }] })).toEqual({
      registers: [
        { name: 'bureau', file: 'bureau.xlsx', title: 'bureau', unit: null, sheet: null },
        { name: 'b2', file: 'B.CSV', title: 'Bureau 2', unit: '万元', sheet: 'Data' },
      ],
      shape: false,
      entries: { shown: [], hidden: [], total: 0 },
      cachedAt: null,
    });
  });

  it('leaves out a bad name, file, unit or a repeated name, and reports each', () => {
    const r = parseSiteIndex({ registers: [{ name: 'ok', file: 'a.json' }, { name: 'Bad Name', file: 'a.csv' }, { name: 'x', file: '../a.csv' }, { name: 'y', file: 'a.csv', unit: '美元' }, { name: 'ok', file: 'b.csv' }, 42, { name: 'z', file: 'z.csv', unit: null }] });
    expect(r.registers.map((e) => e.name)).toEqual(['ok']);
    expect(r.entries.shown.map((e) => e.item)).toEqual([2, 3, 4, 5, 6, 7]);
    expect(r.entries.total).toBe(6);
  });

  it('caps the named bad entries at 20 and counts the rest', () => {
    const r = parseSiteIndex({ registers: Array.from({ length: 60000 }, () => 1) });
    expect(r.entries.shown).toHaveLength(20);
    expect(r.entries.total).toBe(60000);
  });

  it('says what shape it expected when the file is not a list of registers', () => {
    for (const value of [null, [], { registers: {} }, 'x']) {
      const r = parseSiteIndex(value);
      expect(r.registers).toEqual([]);
      expect(r.shape).toBe(true);
    }
  });
});
