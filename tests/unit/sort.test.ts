import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DATASET } from '../../src/data/dataset';
import type { ItemizedProject } from '../../src/data/types';
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
