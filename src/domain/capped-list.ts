/**
 * Long problem lists, bounded (plain TS): identical entries are counted once ("×999"), at most
 * `limit` distinct entries are kept, and the rest are summarised per kind ("and 994 more of
 * the same kind"). Used for URL notices, tour problems and import errors, so a hostile input
 * cannot turn a notice into thousands of lines or megabytes of text.
 */

export interface Counted<T> {
  item: T;
  /** How many identical entries this one stands for (1 = just itself). */
  count: number;
}

export interface CappedList<T, K extends string = string> {
  shown: Counted<T>[];
  /** Entries not shown, per kind, in order of first appearance. */
  hidden: { kind: K; count: number }[];
  /** Every entry, identical ones included. */
  total: number;
}

/**
 * Group identical entries (same `keyOf`), keep the first `limit` groups and summarise the rest
 * by `kindOf`. One pass, O(n) time; memory is bounded by the number of distinct keys kept.
 */
export function capList<T, K extends string>(items: Iterable<T>, limit: number, keyOf: (item: T) => string, kindOf: (item: T) => K): CappedList<T, K> {
  const groups = new Map<string, Counted<T>>();
  const hidden = new Map<K, number>();
  let total = 0;
  for (const item of items) {
    total++;
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) {
      group.count++;
      continue;
    }
    if (groups.size < limit) {
      groups.set(key, { item, count: 1 });
      continue;
    }
    const kind = kindOf(item);
    hidden.set(kind, (hidden.get(kind) ?? 0) + 1);
  }
  return { shown: [...groups.values()], hidden: [...hidden].map(([kind, count]) => ({ kind, count })), total };
}

/** At most `perKind` entries of each kind, in their order; the rest counted per kind. */
export interface PerKindCap<T, K extends string = string> {
  kept: T[];
  /** Entries not kept, per kind, in order of first appearance. */
  hidden: { kind: K; count: number }[];
  total: number;
}

/**
 * Keep the first `perKind` entries of every kind (so one flood of a single problem cannot hide
 * the others) and count the rest: what the import worker sends the page instead of every row
 * error, the full list being built on request.
 */
export function capPerKind<T, K extends string>(items: Iterable<T>, perKind: number, kindOf: (item: T) => K): PerKindCap<T, K> {
  const seen = new Map<K, number>();
  const hidden = new Map<K, number>();
  const kept: T[] = [];
  let total = 0;
  for (const item of items) {
    total++;
    const kind = kindOf(item);
    const n = seen.get(kind) ?? 0;
    if (n < perKind) {
      seen.set(kind, n + 1);
      kept.push(item);
    } else hidden.set(kind, (hidden.get(kind) ?? 0) + 1);
  }
  return { kept, hidden: [...hidden].map(([kind, count]) => ({ kind, count })), total };
}
