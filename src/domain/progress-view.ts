/**
 * The progress panel's view model for a dataset and a filter state (plain TS, memoized like
 * selectView): which progress columns the register has, the stage summary and the ranked
 * tables over the rows that match every filter except the stage one (the panel highlights its
 * own selection and its rates stay rates of all stages), and the reporting dates and editions
 * the rows carry. Where a register reports several dates, the panel's figures are of the latest.
 * The year (edition) filter applies to the panel's figures like any other filter, but the
 * edition marks and the edition-over-edition table are of every edition (the year filter is
 * marked there, not applied), so that an edition can be compared with the others.
 */
import type { Dataset, ItemizedProject } from '../data/types';
import { matcher } from './filters';
import { registerOf } from './basis-policy';
import { activeDimensions, filtersKey, type Filters } from './filters';
import { progressColumns, rankGroups, registerEditions, reportDates, summarizeByUnit, type ProgressColumns, type ProgressSummary, type RankedTables } from './progress';

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
  /** Editions of the rows matching every filter but the stage and year ones (what the year marks offer). */
  editions: readonly number[];
  /** Those rows (latest reporting date): the edition-over-edition table compares editions over them. */
  editionRows: readonly ItemizedProject[];
  /** One cell per edition in `editions`: its projects and stated contract amount, and whether the year filter selects it. */
  years: readonly YearCell[];
  /** Rows among `editionRows` that state no edition (left out by any year filter). */
  noYear: number;
  /** The stage filter applies to the other panels; this panel marks it. */
  stageFilter: boolean;
  yearFilter: boolean;
}

export interface YearCell {
  year: number;
  projects: number;
  amount: number;
  selected: boolean;
}

/** A register whose rows carry a stage or funds-in-place column (the tour then gains the progress scenes). */
export function registerHasProgress(dataset: Dataset | undefined | null): boolean {
  const register = dataset ? registerOf(dataset) : null;
  if (!dataset || !register) return false;
  const c = progressColumns(dataset.projects, register.columns);
  return c.stage || c.funds;
}

export function computeProgress(dataset: Dataset, filters: Filters): ProgressView {
  // Every filter but the stage and year ones: the rows the edition marks and table compare.
  const cross = activeDimensions(filters).filter((d) => d !== 'stages' && d !== 'years');
  let all: readonly ItemizedProject[] = cross.length === 0 ? dataset.projects : dataset.projects.filter(matcher(filters, cross));
  const columns = progressColumns(dataset.projects, registerOf(dataset)?.columns ?? null);
  const dates = reportDates(all);
  const asOf = dates.length >= 2 ? (dates[dates.length - 1] ?? null) : null;
  if (asOf !== null) all = all.filter((r) => r.progress?.reportDate === asOf);
  const yearFilter = filters.years.length > 0;
  const rows = yearFilter ? all.filter(matcher(filters, ['years'])) : all;
  const editions = registerEditions(all);
  const byYear = new Map(editions.map((year) => [year, { year, projects: 0, amount: 0, selected: filters.years.includes(String(year)) }]));
  let noYear = 0;
  for (const r of all) {
    const e = r.progress?.edition ?? null;
    const cell = e === null ? undefined : byYear.get(e);
    if (!cell) {
      noYear += 1;
      continue;
    }
    cell.projects += 1;
    cell.amount += r.amount ?? 0;
  }
  const { summary, units } = summarizeByUnit(rows, filters.stages);
  return {
    columns,
    hasProgress: columns.stage || columns.funds,
    rows,
    summary,
    byStarted: rankGroups(units, 'started'),
    byFunds: rankGroups(units, 'funds'),
    reportDates: dates,
    asOf,
    editions,
    editionRows: all,
    years: [...byYear.values()].map((c) => ({ ...c, amount: Math.round(c.amount * 10) / 10 })),
    noYear,
    stageFilter: filters.stages.length > 0,
    yearFilter,
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
