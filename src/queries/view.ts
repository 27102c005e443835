/**
 * The engine's view model for the current dataset and filters (memoized in domain/). The
 * filters are deferred: a click's own render is tiny and paints at once, and React redraws the
 * panels from the new view in the background (time-sliced, interrupted by the next input).
 */
import { useDeferredValue } from 'react';
import { selectView, type View } from '../domain/engine';
import { useViewStore } from '../stores/view-store';
import { useDataset } from './dataset';

export function useView(): { view: View | undefined; isPending: boolean; error: Error | null; refetch: () => void } {
  const { data, isPending, error, refetch } = useDataset();
  const filters = useDeferredValue(useViewStore((s) => s.filters));
  const view = data ? selectView(data, filters) : undefined;
  return { view, isPending, error, refetch: () => void refetch() };
}
