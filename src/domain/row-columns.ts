/**
 * The rows of a dataset as typed columns, for the engine's per-click passes (plain TS): one
 * dictionary code per row and dimension (Int32Array, -1 for no value), amounts in a
 * Float64Array, and one flag array per row property the figures read. Built once per rows
 * array (memoized) so that a click on a 100 000-row register loops over integers instead of
 * calling a key function and a Set lookup per row, dimension and panel. A filter state becomes
 * one "how many active filters does this row fail" array, shared by every panel of one view.
 */
import type { ItemizedProject, SourceRef } from '../data/types';
import { DIMENSIONS, rowKey, type Dimension, type Filters } from './filters';

export interface DimColumn {
  /** Dictionary code of the row's key on this dimension; -1 where it has none. */
  codes: Int32Array;
  /** Code → key, in order of first appearance. */
  keys: string[];
  index: Map<string, number>;
  /**
   * 1 where the row has no key on this dimension although its file filled the cell in (a
   * register's own word that was not mapped to a term): "not matched", not "not filled in".
   */
  unmapped: Uint8Array;
}

/** The category column of a register whose own text a dimension keeps (RowOriginal.categories). */
const ORIGINAL_FIELD: Partial<Record<Dimension, 'sector' | 'investor' | 'signing' | 'stage'>> = { sectors: 'sector', investors: 'investor', signing: 'signing', stages: 'stage' };

export interface RowColumns {
  n: number;
  dims: Record<Dimension, DimColumn>;
  /** 亿元; NaN where the row states no amount. */
  amount: Float64Array;
  /** 1 where the amount is null. */
  unstated: Uint8Array;
  /** 1 where the row is among the total: every register row, and a published row unless its inside92 is 'not-stated'. */
  counted: Uint8Array;
  /** 1 where a stated, exact amount is ≥ 10 (and ≥ 50) 亿元. */
  over10: Uint8Array;
  over50: Uint8Array;
  /** 1 where the row is placed in a functional area (its place code is an area key). */
  inArea: Uint8Array;
  /** Dictionary code of the row's source (by id and locator). */
  source: Int32Array;
  sources: SourceRef[];
  sourceKeys: string[];
  /** Code of the row's reporting date in `reportKeys` (in order of first appearance), -1 where it has none. */
  report: Int32Array;
  reportKeys: string[];
}

/** Columns being built: rows [0, done) are coded. */
class Builder {
  readonly cols: RowColumns;
  private readonly sourceIndex = new Map<string, number>();
  private lastSource: SourceRef | null = null;
  private lastCode = -1;
  private readonly reportIndex = new Map<string, number>();
  done = 0;

  constructor(private readonly rows: readonly ItemizedProject[]) {
    const n = rows.length;
    const dims = {} as Record<Dimension, DimColumn>;
    for (const d of DIMENSIONS) dims[d] = { codes: new Int32Array(n), keys: [], index: new Map(), unmapped: new Uint8Array(n) };
    this.cols = {
      n,
      dims,
      amount: new Float64Array(n),
      unstated: new Uint8Array(n),
      counted: new Uint8Array(n),
      over10: new Uint8Array(n),
      over50: new Uint8Array(n),
      inArea: new Uint8Array(n),
      source: new Int32Array(n),
      sources: [],
      sourceKeys: [],
      report: new Int32Array(n).fill(-1),
      reportKeys: [],
    };
  }

  /** Code rows [done, to). */
  run(to: number): void {
    const { dims, amount, unstated, counted, over10, over50, inArea, source, sources, sourceKeys, report, reportKeys } = this.cols;
    const reportIndex = this.reportIndex;
    for (let i = this.done; i < to; i++) {
      const row = this.rows[i] as ItemizedProject;
      for (const d of DIMENSIONS) {
        const col = dims[d];
        const key = rowKey(row, d);
        if (key === null) {
          col.codes[i] = -1;
          const f = ORIGINAL_FIELD[d];
          if (f !== undefined && row.original?.categories[f]) col.unmapped[i] = 1;
          continue;
        }
        let code = col.index.get(key);
        if (code === undefined) {
          code = col.keys.length;
          col.keys.push(key);
          col.index.set(key, code);
        }
        col.codes[i] = code;
      }
      if (row.amount === null) {
        amount[i] = NaN;
        unstated[i] = 1;
      } else {
        amount[i] = row.amount;
        if (!row.amountApprox) {
          if (row.amount >= 10) over10[i] = 1;
          if (row.amount >= 50) over50[i] = 1;
        }
      }
      if (row.inside92 !== 'not-stated') counted[i] = 1;
      if (row.area !== null) inArea[i] = 1;
      // Register rows share one source object: skip the map for runs of the same one.
      if (row.source !== this.lastSource) {
        const key = `${row.source.id}|${row.source.locator}`;
        let code = this.sourceIndex.get(key);
        if (code === undefined) {
          code = sources.length;
          sources.push(row.source);
          sourceKeys.push(key);
          this.sourceIndex.set(key, code);
        }
        this.lastSource = row.source;
        this.lastCode = code;
      }
      source[i] = this.lastCode;
      const date = row.progress?.reportDate ?? null;
      if (date !== null) {
        let code = reportIndex.get(date);
        if (code === undefined) {
          code = reportKeys.length;
          reportKeys.push(date);
          reportIndex.set(date, code);
        }
        report[i] = code;
      }
    }
    this.done = Math.max(this.done, to);
  }
}

const cache = new WeakMap<readonly ItemizedProject[], RowColumns>();

/** The typed columns of a rows array (built on first use, then kept as long as the array). */
export function rowColumns(rows: readonly ItemizedProject[]): RowColumns {
  let cols = cache.get(rows);
  if (!cols) {
    const b = new Builder(rows);
    b.run(rows.length);
    cols = b.cols;
    cache.set(rows, cols);
  }
  return cols;
}

/**
 * Build (and keep) the typed columns of a large rows array ahead of its first view, the rows
 * coded by `inSlices(total, work)` — slices of a few milliseconds with a pause between them
 * (domain/slices.ts, passed in by the register code so the first view's engine does not carry
 * it) — so the first render finds them ready and no task of the page grows with the register.
 */
export async function prepareRowColumns(rows: readonly ItemizedProject[], inSlices: (total: number, work: (from: number, to: number) => void) => Promise<void>): Promise<RowColumns> {
  const known = cache.get(rows);
  if (known) return known;
  const b = new Builder(rows);
  await inSlices(rows.length, (_from, to) => b.run(to));
  cache.set(rows, b.cols);
  return b.cols;
}

/** For each active dimension, which of its codes the filter allows (1) — the row predicate as tables. */
export interface FilterMasks {
  active: Dimension[];
  allowed: Partial<Record<Dimension, Uint8Array>>;
  /** Per row: how many active dimensions it fails (0 = the row matches every filter). */
  fails: Uint8Array;
}

export function filterMasks(cols: RowColumns, filters: Filters, active: readonly Dimension[]): FilterMasks {
  const fails = new Uint8Array(cols.n);
  const allowed: Partial<Record<Dimension, Uint8Array>> = {};
  for (const d of active) {
    const col = cols.dims[d];
    const table = new Uint8Array(col.keys.length);
    for (const key of filters[d]) {
      const code = col.index.get(key);
      if (code !== undefined) table[code] = 1;
    }
    allowed[d] = table;
    const codes = col.codes;
    for (let i = 0; i < cols.n; i++) {
      const c = codes[i] as number;
      if (c < 0 || table[c] === 0) fails[i] = (fails[i] as number) + 1;
    }
  }
  return { active: [...active], allowed, fails };
}

/**
 * Whether row i matches every active filter except the one on `except` (null: all of them):
 * a chart is filtered by the other dimensions and highlights its own selection.
 */
export function matchesExcept(cols: RowColumns, masks: FilterMasks, except: Dimension | null): (i: number) => boolean {
  const fails = masks.fails;
  const own = except === null ? undefined : masks.allowed[except];
  if (!own || except === null) return (i) => fails[i] === 0;
  const codes = cols.dims[except].codes;
  return (i) => {
    const f = fails[i] as number;
    if (f === 0) return true;
    if (f > 1) return false;
    // Failing exactly one filter: it matches the others when that one is its own.
    const c = codes[i] as number;
    return c < 0 || own[c] === 0;
  };
}
