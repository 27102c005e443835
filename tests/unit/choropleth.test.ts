import { describe, expect, it } from 'vitest';
import type { DistrictCell } from '../../src/domain/engine';
import { binsFor, classify, fillOf, niceCeil, NONE_FILL, UNSTATED_FILL } from '../../src/features/district-map/choropleth';

function cell(code: string, projects: number, amount: number, unstated = 0): DistrictCell {
  return { code, projects, amount, unstatedAmounts: unstated, selected: false };
}

describe('choropleth', () => {
  const cells = [cell('a', 1, 35), cell('b', 1, 18), cell('c', 1, 0, 1), cell('d', 0, 0)];

  it('uses nice equal-interval bins up to the maximum', () => {
    expect(niceCeil(8.75)).toBe(10);
    expect(niceCeil(0.3)).toBeCloseTo(0.5);
    expect(binsFor(cells, 'amount').map((b) => b.to)).toEqual([10, 20, 30, 40]);
  });

  it('keeps "no named project" distinct from an unstated amount and from a value', () => {
    const bins = binsFor(cells, 'amount');
    expect(classify(cells[3]!, 'amount', bins)).toEqual({ kind: 'none' });
    expect(classify(cells[2]!, 'amount', bins)).toEqual({ kind: 'unstated' });
    expect(classify(cells[0]!, 'amount', bins)).toMatchObject({ kind: 'value', value: 35 });
    expect(fillOf({ kind: 'none' })).toBe(NONE_FILL);
    expect(fillOf({ kind: 'unstated' })).toBe(UNSTATED_FILL);
  });

  it('counts with integer bins; a district with an unstated amount still counts', () => {
    const bins = binsFor(cells, 'count');
    expect(bins).toHaveLength(1);
    expect(classify(cells[2]!, 'count', bins)).toMatchObject({ kind: 'value', value: 1 });
  });

  it('has no bins when nothing matches', () => {
    expect(binsFor([cell('a', 0, 0)], 'amount')).toEqual([]);
  });
});
