/**
 * The progress panel's view model for a dataset and a filter state (plain TS, memoized like
 * selectView): which progress columns the register has, the stage summary and the ranked
 * tables over the rows that match every filter except the stage one (the panel highlights its
 * own selection and its rates stay rates of all stages), and the reporting dates and editions
 * the rows carry. Where a register reports several dates, the panel's figures are of each
 * project's latest report (current-rows.ts), as every other panel's are.
 * The year (edition) filter applies to the panel's figures like any other filter, but the
 * edition marks and the edition-over-edition table are of every edition (the year filter is
 * marked there, not applied), so that an edition can be compared with the others.
 */
import type { Dataset, ItemizedProject } from '../data/types';
import { matcher } from './filters';
import { registerOf } from './basis-policy';
import { activeDimensions, filtersKey, type Filters } from './filters';
import { currentRows, reportRule, ruleFor, type ReportRule } from './current-rows';
import { progressColumns, rankGroups, registerEditions, reportDates, summarizeByUnit, type ProgressColumns, type ProgressSummary, type RankedTables } from './progress';

export interface ProgressView {
  columns: ProgressColumns;
  /** Whether anything can be shown from the rows: a stage or a funds-in-place column. */
  hasProgress: boolean;
  /** Rows the panel counts (every filter but the stage one; each project's latest report). */
  rows: readonly ItemizedProject[];
  summary: ProgressSummary;
  byStarted: RankedTables;
  byFunds: RankedTables;
  /** Reporting dates in the rows, oldest first. */
  reportDates: readonly string[];
  /** The rule the figures follow where the rows carry reporting dates (each project's latest report), for the panel's rows; else null. */
  rule: ReportRule | null;
  /** Editions of the rows matching every filter but the stage and year ones (what the year marks offer). */
  editions: readonly number[];
  /** Those rows (each project's latest report): the edition-over-edition table compares editions over them. */
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
  const match = cross.length === 0 ? null : matcher(filters, cross);
  const columns = progressColumns(dataset.projects, registerOf(dataset)?.columns ?? null);
  // Every report date (the month-over-month choices); the figures of each project's latest report.
  const dates = reportDates(match ? dataset.projects.filter(match) : dataset.projects);
  const current = currentRows(dataset.projects);
  const all: readonly ItemizedProject[] = match ? current.filter(match) : current;
  const registerRule = reportRule(dataset.projects);
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
    rule: registerRule ? ruleFor(rows, registerRule) : null,
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
