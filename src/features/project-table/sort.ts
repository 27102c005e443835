/**
 * Sorting for the project table (plain TS): text by the locale's collation, amounts and funds
 * in place numeric, stages in the order a project goes through them (data/vocabularies.ts),
 * start dates by date, unknowns last in either direction, ties in input order. With a limit,
 * only the first `limit` rows are ordered (a bounded insertion), so a page of a 100 000-row
 * register is cheap.
 */
import type { ItemizedProject } from '../../data/types';
import { STAGE_KEYS } from '../../data/vocabularies';

/** Columns sorted by the text shown (passed in: it depends on the language). */
export type TextColumn = 'district' | 'partner' | 'project' | 'sector' | 'investor';
export type SortColumn = TextColumn | 'amount' | 'stage' | 'funds' | 'startDate';

/** Columns whose first click sorts largest (or latest) first. */
export const DESCENDING_FIRST: ReadonlySet<SortColumn> = new Set<SortColumn>(['amount', 'funds', 'startDate']);
export interface Sort {
  column: SortColumn;
  dir: 'asc' | 'desc';
}

interface Keyed {
  row: ItemizedProject;
  i: number;
  key: string | number | null;
}

export function sortRows(
  rows: readonly ItemizedProject[],
  sort: Sort,
  text: (row: ItemizedProject, column: TextColumn) => string | null,
  collator: Intl.Collator,
  limit = Infinity,
): ItemizedProject[] {
  const sign = sort.dir === 'asc' ? 1 : -1;
  const column = sort.column;
  const keyOf = (row: ItemizedProject): string | number | null => {
    switch (column) {
      case 'amount':
        return row.amount;
      case 'funds':
        return row.progress?.fundsInPlace ?? null;
      case 'stage': {
        const stage = row.progress?.stage ?? null;
        return stage === null ? null : STAGE_KEYS.indexOf(stage);
      }
      case 'startDate':
        return row.progress?.startDate ?? null;
      default:
        return text(row, column);
    }
  };
  // ISO dates (yyyy-mm-dd) order as plain strings; other text by the locale's collation.
  const byCode = column === 'startDate';
  const compareKeys = (ak: Keyed['key'], ai: number, bk: Keyed['key'], bi: number): number => {
    if (ak === null || bk === null) return ak === bk ? ai - bi : ak === null ? 1 : -1;
    const c =
      typeof ak === 'number' && typeof bk === 'number' ? ak - bk : byCode ? (String(ak) < String(bk) ? -1 : String(ak) > String(bk) ? 1 : 0) : collator.compare(String(ak), String(bk));
    return c === 0 ? ai - bi : sign * c;
  };
  const compare = (a: Keyed, b: Keyed): number => compareKeys(a.key, a.i, b.key, b.i);
  if (rows.length <= limit * 4) {
    return rows
      .map((row, i) => ({ row, i, key: keyOf(row) }))
      .sort(compare)
      .slice(0, limit)
      .map((k) => k.row);
  }
  const top: Keyed[] = [];
  rows.forEach((row, i) => {
    const key = keyOf(row);
    const last = top[top.length - 1];
    // Most rows of a large register lose to the current last place: reject them before allocating.
    if (top.length >= limit && last && compareKeys(key, i, last.key, last.i) >= 0) return;
    const item = { row, i, key };
    let lo = 0;
    let hi = top.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const m = top[mid];
      if (m && compare(m, item) <= 0) lo = mid + 1;
      else hi = mid;
    }
    top.splice(lo, 0, item);
    if (top.length > limit) top.pop();
  });
  return top.map((k) => k.row);
}
