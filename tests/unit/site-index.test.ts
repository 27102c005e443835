// registers/index.json: good entries are used, bad ones left out and reported by number.
import { describe, expect, it } from 'vitest';
import { parseSiteIndex } from '../../src/domain/register/site-index';

const problem = (n: number) => `index.json entry ${n}: needs a unique name (a-z, 0-9, -), a file (.xlsx, .csv or .json) and, if given, unit 亿元/万元/元`;

describe('the site register index', () => {
  it('reads entries with their defaults: title from the name, no unit, no sheet', () => {
    expect(parseSiteIndex({ registers: [{ name: 'bureau', file: 'bureau.xlsx' }, { name: 'b2', file: 'B.CSV', title: '  Bureau 2 ', unit: '万元', sheet: 'Data' }] })).toEqual({
      registers: [
        { name: 'bureau', file: 'bureau.xlsx', title: 'bureau', unit: null, sheet: null },
        { name: 'b2', file: 'B.CSV', title: 'Bureau 2', unit: '万元', sheet: 'Data' },
      ],
      problems: [],
    });
  });

  it('leaves out a bad name, file, unit or a repeated name, and reports each', () => {
    const r = parseSiteIndex({ registers: [{ name: 'ok', file: 'a.json' }, { name: 'Bad Name', file: 'a.csv' }, { name: 'x', file: '../a.csv' }, { name: 'y', file: 'a.csv', unit: '美元' }, { name: 'ok', file: 'b.csv' }, 42, { name: 'z', file: 'z.csv', unit: null }] });
    expect(r.registers.map((e) => e.name)).toEqual(['ok']);
    expect(r.problems).toEqual([problem(2), problem(3), problem(4), problem(5), problem(6), problem(7)]);
  });

  it('says what shape it expected when the file is not a list of registers', () => {
    for (const value of [null, [], { registers: {} }, 'x']) expect(parseSiteIndex(value)).toEqual({ registers: [], problems: ['index.json: expected {"registers": [...]}'] });
  });
});
