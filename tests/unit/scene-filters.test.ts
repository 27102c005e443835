// A scene's filters that the data on screen cannot answer (domain/basis-policy.ts): the
// published figures have no stage or edition per project; a register has them when its file did.
import { describe, expect, it } from 'vitest';
import type { RegisterInfo } from '../../src/data/types';
import { DATASET as dataset } from '../../src/data/dataset';
import { unansweredFilters } from '../../src/domain/scene-filters';
import { registerDataset } from '../../src/domain/register/dataset';
import { EMPTY_FILTERS, type Filters } from '../../src/domain/filters';

function register(columns: string[]): Parameters<typeof unansweredFilters>[0] {
  const info: Omit<RegisterInfo, 'id' | 'name' | 'fileName'> = { version: 1, versions: [], origin: 'browser', extraHeaders: [], columns };
  return registerDataset([], { id: 'r-1', name: 'test', fileName: 'test.csv', importedAt: '2021-08-23T00:00:00Z', info });
}

describe('unansweredFilters', () => {
  it('the published figures answer no stage and no edition filter, and every other one', () => {
    expect(unansweredFilters(dataset, { ...EMPTY_FILTERS, stages: ['started'], years: ['2022'] })).toEqual(['stages', 'years']);
    expect(unansweredFilters(dataset, { ...EMPTY_FILTERS, years: ['2022'] })).toEqual(['years']);
    expect(unansweredFilters(dataset, { ...EMPTY_FILTERS, sectors: ['smart-manufacturing'] })).toEqual([]);
    expect(unansweredFilters(dataset, EMPTY_FILTERS)).toEqual([]);
  });

  it('a register answers what its file had a column for', () => {
    const filters: Filters = { ...EMPTY_FILTERS, stages: ['started'], years: ['2022'] };
    expect(unansweredFilters(register(['stage', 'edition']), filters)).toEqual([]);
    expect(unansweredFilters(register(['stage']), filters)).toEqual(['years']);
    expect(unansweredFilters(register(['funds']), filters)).toEqual(['stages', 'years']);
  });
});
