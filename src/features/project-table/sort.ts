/** Sorting for the project table (plain TS): text by the locale's collation, amounts numeric, unknowns last. */
import type { ItemizedProject } from '../../data/types';

export type SortColumn = 'district' | 'partner' | 'project' | 'amount' | 'sector' | 'investor';
export interface Sort {
  column: SortColumn;
  dir: 'asc' | 'desc';
}

export function sortRows(
  rows: readonly ItemizedProject[],
  sort: Sort,
  text: (row: ItemizedProject, column: Exclude<SortColumn, 'amount'>) => string | null,
  collator: Intl.Collator,
): ItemizedProject[] {
  const sign = sort.dir === 'asc' ? 1 : -1;
  const keyed = rows.map((row, i) => ({ row, i, key: sort.column === 'amount' ? row.amount : text(row, sort.column) }));
  keyed.sort((a, b) => {
    // Unknown values (no amount, unclassified) always sort last, whatever the direction.
    if (a.key === null || b.key === null) return a.key === b.key ? a.i - b.i : a.key === null ? 1 : -1;
    const c = typeof a.key === 'number' && typeof b.key === 'number' ? a.key - b.key : collator.compare(String(a.key), String(b.key));
    return c === 0 ? a.i - b.i : sign * c;
  });
  return keyed.map((k) => k.row);
}
