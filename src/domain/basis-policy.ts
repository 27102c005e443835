/**
 * The basis policy: every rule that depends on what kind of dataset is on screen (the
 * published figures or a full register), in one place. Panels, wordings and the engine read
 * these rules instead of testing `dataset.kind`, so a new kind of dataset changes one module.
 */
import type { Dataset } from '../data/types';
import type { Dimension, Filters } from './filters';
import { progressColumns } from './progress';

export interface BasisPolicy {
  /** The basis of any figure summed over the dataset's rows. */
  rows: 'itemized' | 'complete';
  /** Printed marginals answer a selection on one published dimension (and the unfiltered totals). */
  printedMarginals: boolean;
  /** Row sums state their coverage ("3 of 92 projects named, 63亿 of 2524亿"): the rows are not the full list. */
  coverage: boolean;
  /** Rows may be shown but not counted, because the source does not say whether they are among the total. */
  rowsMayBeUncounted: boolean;
  /** Rows may lack an amount (shown as "not published", hatched on the map). */
  amountsMayBeUnstated: boolean;
  /** The charts' notes that explain the published figures (merged sectors, derived bands, signing counts). */
  publishedFigureNotes: boolean;
  /** A bar that is derived from printed figures says so on the bar. */
  derivedBarNotes: boolean;
  /** The note that 32亿 signed in other provinces is outside the published total. */
  otherProvincesNote: boolean;
  /** Which wording the catalogue uses: "named projects" / "published amounts", or the register's. */
  wording: 'published' | 'register';
  /** Presentation mode names the data on screen (the default tour's points were written for the published figures). */
  announceDataset: boolean;
  /** The dashboard shows the register's reconciliation with the published figures. */
  reconciliation: boolean;
  /** Progress comes from the rows' own stages (a register), else from the published follow-through (S12, city-wide). */
  progressFromRows: boolean;
}

const PUBLISHED: BasisPolicy = {
  rows: 'itemized',
  printedMarginals: true,
  coverage: true,
  rowsMayBeUncounted: true,
  amountsMayBeUnstated: true,
  publishedFigureNotes: true,
  derivedBarNotes: true,
  otherProvincesNote: true,
  wording: 'published',
  announceDataset: false,
  reconciliation: false,
  progressFromRows: false,
};

const REGISTER: BasisPolicy = {
  rows: 'complete',
  printedMarginals: false,
  coverage: false,
  rowsMayBeUncounted: false,
  amountsMayBeUnstated: false,
  publishedFigureNotes: false,
  derivedBarNotes: false,
  otherProvincesNote: false,
  wording: 'register',
  announceDataset: true,
  reconciliation: true,
  progressFromRows: true,
};

/** The rules for a dataset (or just its kind, where only the kind is at hand, e.g. i18n). */
export function basisPolicy(dataset: Pick<Dataset, 'kind'>): BasisPolicy {
  switch (dataset.kind) {
    case 'published':
      return PUBLISHED;
    case 'register':
      return REGISTER;
  }
}

/**
 * The active filters this dataset cannot answer: dimensions its rows carry no value for. The
 * published sources give no stage and no edition per project, so a filter by either matches no
 * row; a register answers them when its file had the column. A scene filtered by one of them
 * would show "not published / named projects 0": presentation mode says why in words instead.
 */
export function unansweredFilters(dataset: Pick<Dataset, 'kind' | 'projects' | 'register'>, filters: Filters): Dimension[] {
  const wanted = (['stages', 'years'] as const).filter((d) => filters[d].length > 0);
  if (wanted.length === 0) return [];
  if (!basisPolicy(dataset).progressFromRows) return [...wanted];
  const columns = progressColumns(dataset.projects, dataset.register?.columns ?? null);
  return wanted.filter((d) => (d === 'stages' ? !columns.stage : !columns.edition));
}
