/**
 * The engine's view model for the current dataset and filters (memoized in domain/). In explore
 * mode the filters are deferred: a click's own render is tiny and paints at once, and React
 * redraws the panels from the new view in the background (time-sliced, interrupted by the next
 * input). A presentation scene is drawn whole instead: its title and its figures must never be
 * on screen from two different scenes.
 */
import { useDeferredValue } from 'react';
import { selectView, type View } from '../domain/engine';
import type { Filters } from '../domain/filters';
import { useViewStore } from '../stores/view-store';
import { useDataset } from './dataset';

/** The filters the panels draw: deferred while exploring, the store's own in a presentation. */
export function useShownFilters(): Filters {
  const live = useViewStore((s) => s.filters);
  const deferred = useDeferredValue(live);
  const present = useViewStore((s) => s.mode === 'present');
  return present ? live : deferred;
}

export function useView(): { view: View | undefined; isPending: boolean; error: Error | null; refetch: () => void } {
  const { data, isPending, error, refetch } = useDataset();
  const filters = useShownFilters();
  const view = data ? selectView(data, filters) : undefined;
  return { view, isPending, error, refetch: () => void refetch() };
}
