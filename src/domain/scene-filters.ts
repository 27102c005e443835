/** Which of a scene's filters the dataset on screen cannot answer (presentation mode says so in words). Off the first view: only presentation loads it. */
import type { Dataset } from '../data/types';
import type { Dimension, Filters } from './filters';
import { progressColumns } from './progress';

/**
 * The active filters this dataset cannot answer: dimensions its rows carry no value for. The
 * published sources give no stage and no edition per project, so a filter by either matches no
 * row; a register answers them when its file had the column. A scene filtered by one of them
 * would show "not published / named projects 0": presentation mode says why in words instead.
 */
export function unansweredFilters(dataset: Dataset, filters: Filters): Dimension[] {
  const wanted = (['stages', 'years'] as const).filter((d) => filters[d].length > 0);
  if (wanted.length === 0) return [];
  if (dataset.kind !== 'register') return [...wanted];
  const columns = progressColumns(dataset.projects, dataset.register.columns ?? null);
  return wanted.filter((d) => (d === 'stages' ? !columns.stage : !columns.edition));
}
