/** Filter state shared by every panel: selections within a dimension are OR, across dimensions AND. */
import type { InvestorKey, ItemizedProject, SectorKey, SigningKey, SizeKey, StageKey } from '../data/types';

// The category keys are the vocabularies' (data/vocabularies.ts): one list per category.
export { INVESTOR_KEYS, SECTOR_KEYS, SIGNING_KEYS, STAGE_KEYS } from '../data/vocabularies';

export const SIZE_KEYS: readonly SizeKey[] = ['5-10', '10-50', '50-plus'];

export interface Filters {
  districts: readonly string[];
  sectors: readonly SectorKey[];
  investors: readonly InvestorKey[];
  sizes: readonly SizeKey[];
  signing: readonly SigningKey[];
  /** Stage after the signing (register rows only; the published sources give none per project). */
  stages: readonly StageKey[];
  /** Edition (signing year, "2022") a register gives per row; the published sources give none per project. */
  years: readonly string[];
}

export type Dimension = keyof Filters;

/** Dimensions in a fixed order (URL order, chip order). */
export const DIMENSIONS: readonly Dimension[] = ['districts', 'sectors', 'investors', 'sizes', 'signing', 'stages', 'years'];

export const EMPTY_FILTERS: Filters = {
  districts: [],
  sectors: [],
  investors: [],
  sizes: [],
  signing: [],
  stages: [],
  years: [],
};

/** The years an edition column can name (the importer reads 20xx, domain/register/import.ts), as filter keys in order. */
export const YEAR_KEYS: readonly string[] = Array.from({ length: 100 }, (_, i) => String(2000 + i));

export function activeDimensions(filters: Filters): Dimension[] {
  return DIMENSIONS.filter((d) => filters[d].length > 0);
}

/** A stable string for a filter state (keys sorted), used for memoization. */
export function filtersKey(filters: Filters): string {
  return DIMENSIONS.map((d) => `${d}=${[...filters[d]].sort().join(',')}`).join('&');
}

/** Size band of an amount in 亿元; null where the amount is unknown or only approximate. */
export function sizeBandOf(amount: number | null, approx: boolean): SizeKey | null {
  if (amount === null || approx) return null;
  if (amount >= 50) return '50-plus';
  if (amount >= 10) return '10-50';
  if (amount >= 5) return '5-10';
  return null;
}

/**
 * A row's key on a dimension (null: none): what the typed columns the engine counts on
 * (row-columns.ts) and the row predicate below (the progress panel's) match filters against.
 */
export function rowKey(row: ItemizedProject, dim: Dimension): string | null {
  switch (dim) {
    case 'districts':
      // The place filter holds district codes and area keys: a row in an area is never in a
      // district (as places.ts placeOf; written out so this module needs no other).
      return row.area ?? row.district;
    case 'sectors':
      return row.sector;
    case 'investors':
      return row.investor;
    case 'sizes':
      return sizeBandOf(row.amount, row.amountApprox);
    case 'signing':
      return row.signing;
    case 'stages':
      return row.progress?.stage ?? null;
    case 'years': {
      const e = row.progress?.edition ?? null;
      return e === null ? null : String(e);
    }
  }
}

/** A row predicate for the given dimensions (OR within a dimension, AND across), with Sets for speed. */
export function matcher(filters: Filters, dims: readonly Dimension[]): (row: ItemizedProject) => boolean {
  const sets = dims.map((d) => [d, new Set<string>(filters[d])] as const);
  return (row) => {
    for (const [dim, set] of sets) {
      const key = rowKey(row, dim);
      if (key === null || !set.has(key)) return false;
    }
    return true;
  };
}
