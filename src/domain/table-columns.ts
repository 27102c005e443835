/**
 * Which columns the project table and its CSV/XLSX exports have for a dataset (plain TS): the
 * progress columns a register's rows carry (stage, funds in place, start date), the published
 * rows' "not stated to be among the 92", and a register's own words (its category texts and
 * unmapped columns). The table and both exports read this one decision.
 */
import type { Dataset } from '../data/types';
import { progressColumns } from './progress';

/** A progress column the table shows and exports, in column order. */
export type ProgressColumn = 'stage' | 'funds' | 'startDate';

export const PROGRESS_COLUMNS: readonly ProgressColumn[] = ['stage', 'funds', 'startDate'];

export interface TableColumns {
  /** The progress columns the dataset's rows carry (a register whose file had them); none for the published figures. */
  progress: readonly ProgressColumn[];
  /**
   * Whether a row may be "not stated to be among the 92": only the published figures' named
   * projects are matched against the published total; every row of a register is its own count.
   */
  inside92: boolean;
  /** The file's own category texts beside the terms, the signing mode and its unmapped columns (a register's). */
  fileTexts: boolean;
}

const PUBLISHED: TableColumns = { progress: [], inside92: true, fileTexts: false };

const cache = new WeakMap<Dataset, TableColumns>();

/** The columns of a dataset's table and exports (kept per dataset: a register without declared columns is scanned once). */
export function tableColumns(dataset: Dataset): TableColumns {
  if (dataset.kind === 'published') return PUBLISHED;
  let known = cache.get(dataset);
  if (!known) {
    const has = progressColumns(dataset.projects, dataset.register.columns);
    known = { progress: PROGRESS_COLUMNS.filter((c) => has[c]), inside92: false, fileTexts: true };
    cache.set(dataset, known);
  }
  return known;
}
