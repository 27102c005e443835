import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DATASET } from '../../src/data/dataset';
import type { ItemizedProject, StageKey } from '../../src/data/types';
import { sortRows, type Sort } from '../../src/features/project-table/sort';

const template = DATASET.projects[0]!;
const collator = new Intl.Collator('zh-CN');
const text = (row: ItemizedProject) => row.partner.en;

function rows(amounts: readonly (number | null)[]): ItemizedProject[] {
  return amounts.map((amount, i) => ({ ...template, id: `r${i}`, amount, partner: { zh: `p${i % 7}`, en: `p${i % 7}` } }));
}

describe('sortRows', () => {
  it('puts unknown amounts last in both directions', () => {
    const data = rows([5, null, 20, 10, null]);
    expect(sortRows(data, { column: 'amount', dir: 'desc' }, text, collator).map((r) => r.amount)).toEqual([20, 10, 5, null, null]);
    expect(sortRows(data, { column: 'amount', dir: 'asc' }, text, collator).map((r) => r.amount)).toEqual([5, 10, 20, null, null]);
  });

  it('a limited sort returns exactly the first rows of the full sort (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.integer({ min: 0, max: 50 }), { nil: null }), { maxLength: 400 }),
        fc.integer({ min: 1, max: 60 }),
        fc.constantFrom<Sort>({ column: 'amount', dir: 'asc' }, { column: 'amount', dir: 'desc' }, { column: 'partner', dir: 'asc' }, { column: 'partner', dir: 'desc' }),
        (amounts, limit, sort) => {
          const data = rows(amounts);
          const full = sortRows(data, sort, text, collator).map((r) => r.id);
          const top = sortRows(data, sort, text, collator, limit).map((r) => r.id);
          expect(top).toEqual(full.slice(0, limit));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('sortRows: a register’s progress columns', () => {
  const progress = (stage: StageKey | null, funds: number | null, start: string | null) => ({ stage, fundsInPlace: funds, startDate: start, reportDate: null, edition: null });
  const data: ItemizedProject[] = [
    { ...template, id: 'a', progress: progress('producing', 20, '2021-09-01') },
    { ...template, id: 'b', progress: progress(null, null, null) },
    { ...template, id: 'c', progress: progress('signed', 0.5, null) },
    { ...template, id: 'd', progress: progress('started', 6, '2021-10-08') },
    { ...template, id: 'e', progress: null },
    { ...template, id: 'f', progress: progress('stopped', 0, '2020-12-31') },
  ];
  const ids = (sort: Sort) => sortRows(data, sort, text, collator).map((r) => r.id);

  it('funds in place numerically, unknown last both ways (0 is known)', () => {
    expect(ids({ column: 'funds', dir: 'desc' })).toEqual(['a', 'd', 'c', 'f', 'b', 'e']);
    expect(ids({ column: 'funds', dir: 'asc' })).toEqual(['f', 'c', 'd', 'a', 'b', 'e']);
  });

  it('stages in the order a project goes through them (the vocabulary’s), not alphabetically', () => {
    expect(ids({ column: 'stage', dir: 'asc' })).toEqual(['c', 'd', 'a', 'f', 'b', 'e']);
    expect(ids({ column: 'stage', dir: 'desc' })).toEqual(['f', 'a', 'd', 'c', 'b', 'e']);
  });

  it('start dates by date', () => {
    expect(ids({ column: 'startDate', dir: 'desc' })).toEqual(['d', 'a', 'f', 'b', 'c', 'e']);
    expect(ids({ column: 'startDate', dir: 'asc' })).toEqual(['f', 'a', 'd', 'b', 'c', 'e']);
  });

  it('a limited sort by funds returns the first rows of the full sort (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: null }), { maxLength: 300 }), fc.integer({ min: 1, max: 40 }), fc.constantFrom<Sort['dir']>('asc', 'desc'), (funds, limit, dir) => {
        const rows = funds.map((f, i) => ({ ...template, id: `r${i}`, progress: progress(null, f, null) }));
        const sort: Sort = { column: 'funds', dir };
        expect(sortRows(rows, sort, text, collator, limit).map((r) => r.id)).toEqual(sortRows(rows, sort, text, collator).map((r) => r.id).slice(0, limit));
      }),
      { numRuns: 200 },
    );
  });
});
