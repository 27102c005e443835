/**
 * The progress panel's view model for a dataset and a filter state (plain TS, memoized like
 * selectView): which progress columns the register has, the stage summary and the ranked
 * tables over the rows that match every filter except the stage one (the panel highlights its
 * own selection and its rates stay rates of all stages), and the reporting dates and editions
 * the rows carry. Where a register reports several dates, the panel's figures are of the latest.
 */
import type { Dataset, ItemizedProject } from '../data/types';
import { matcher } from './engine';
import { activeDimensions, filtersKey, type Filters } from './filters';
import { progressColumns, rankedTables, registerEditions, reportDates, summarize, type ProgressColumns, type ProgressSummary, type RankedTables } from './progress';

export interface ProgressView {
  columns: ProgressColumns;
  /** Whether anything can be shown from the rows: a stage or a funds-in-place column. */
  hasProgress: boolean;
  /** Rows the panel counts (every filter but the stage one; the latest reporting date). */
  rows: readonly ItemizedProject[];
  summary: ProgressSummary;
  byStarted: RankedTables;
  byFunds: RankedTables;
  /** Reporting dates in the rows, oldest first. */
  reportDates: readonly string[];
  /** The reporting date the figures are of, when the rows carry several; else null. */
  asOf: string | null;
  editions: readonly number[];
  /** The stage filter applies to the other panels; this panel marks it. */
  stageFilter: boolean;
}

/** A register whose rows carry a stage or funds-in-place column (the tour then gains the progress scenes). */
export function registerHasProgress(dataset: Dataset | undefined | null): boolean {
  if (!dataset || dataset.kind !== 'register') return false;
  const c = progressColumns(dataset.projects, dataset.register?.columns ?? null);
  return c.stage || c.funds;
}

export function computeProgress(dataset: Dataset, filters: Filters): ProgressView {
  const others = activeDimensions(filters).filter((d) => d !== 'stages');
  const match = matcher(filters, others);
  let rows = others.length === 0 ? [...dataset.projects] : dataset.projects.filter(match);
  const columns = progressColumns(dataset.projects, dataset.register?.columns ?? null);
  const dates = reportDates(rows);
  const asOf = dates.length >= 2 ? (dates[dates.length - 1] ?? null) : null;
  if (asOf !== null) rows = rows.filter((r) => r.progress?.reportDate === asOf);
  return {
    columns,
    hasProgress: columns.stage || columns.funds,
    rows,
    summary: summarize(rows, filters.stages),
    byStarted: rankedTables(rows, 'started'),
    byFunds: rankedTables(rows, 'funds'),
    reportDates: dates,
    asOf,
    editions: registerEditions(rows),
    stageFilter: filters.stages.length > 0,
  };
}

const memo = new WeakMap<Dataset, Map<string, ProgressView>>();

/** computeProgress, memoized per dataset and filter state (the last few). */
export function selectProgress(dataset: Dataset, filters: Filters): ProgressView {
  let cache = memo.get(dataset);
  if (!cache) {
    cache = new Map();
    memo.set(dataset, cache);
  }
  const key = filtersKey(filters);
  const hit = cache.get(key);
  if (hit) return hit;
  const view = computeProgress(dataset, filters);
  cache.set(key, view);
  if (cache.size > 16) {
    const oldest = cache.keys().next();
    if (!oldest.done) cache.delete(oldest.value);
  }
  return view;
}
