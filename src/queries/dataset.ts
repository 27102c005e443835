/**
 * The dataset as a TanStack Query source. The bundled (published) dataset is small (about
 * 5 kB gzip) and needed for the first paint, so it ships in the main chunk as the query's
 * initial data: no loading flash and no layout shift. An imported register plugs in through
 * DatasetSourceProvider with its own loader (IndexedDB), and panels do not change.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { createContext, createElement, useContext, useDeferredValue, type ReactNode } from 'react';
import { DATASET } from '../data/dataset';
import type { Dataset } from '../data/types';
import type { BasisPolicy } from '../domain/basis-policy';
import { queryKeys } from './keys';

export interface DatasetSource {
  /** Identifies the source in the query cache, e.g. "published" or a register's id. */
  id: string;
  load: () => Promise<Dataset>;
  /** Data available synchronously (the bundled dataset), so the first paint needs no loading state. */
  initialData?: Dataset;
}

/** Which wording the labels use for the dataset on screen (the basis policy's decision). */
export type DatasetWording = BasisPolicy['wording'];

export const BUNDLED_SOURCE: DatasetSource = { id: 'published', load: () => Promise.resolve(DATASET), initialData: DATASET };

/** Query options for a dataset source (the bundled data unless another source is given). */
export function datasetQueryOptions(source: DatasetSource = BUNDLED_SOURCE) {
  return queryOptions({
    queryKey: queryKeys.dataset(source.id),
    queryFn: source.load,
    staleTime: Infinity,
    gcTime: Infinity,
    // Local sources (the bundle, IndexedDB) do not fail transiently: report at once.
    retry: false,
    // A dataset is an immutable snapshot and the views are memoized by its identity: a reload
    // (another tab changed the register) replaces it whole, without a deep comparison of every
    // row in one task.
    structuralSharing: false,
    ...(source.initialData ? { initialData: source.initialData } : {}),
  });
}

const DatasetSourceContext = createContext<DatasetSource>(BUNDLED_SOURCE);

/** The wording of the dataset on screen: a few labels depend on it (see i18n). */
export const DatasetWordingContext = createContext<DatasetWording>('published');

export function DatasetSourceProvider({ source, wording = 'published', children }: { source: DatasetSource; wording?: DatasetWording; children: ReactNode }) {
  return createElement(DatasetSourceContext.Provider, { value: source }, createElement(DatasetWordingContext.Provider, { value: wording }, children));
}

/**
 * The dataset on screen. A new one (a register just loaded, or another one chosen) is drawn in a
 * deferred render: React renders the panels on it in slices with input and paint in between,
 * instead of one task as long as the register is large. Until that render commits, panels keep
 * what they show (the loading state, or the dataset before), with its own wording: the wording
 * (DatasetWordingContext) is deferred the same way (active-dataset.tsx) and changes in the same
 * render, so a label never speaks of one dataset over another's figures.
 */
export function useDataset() {
  const query = useQuery(datasetQueryOptions(useContext(DatasetSourceContext)));
  const data = useDeferredValue(query.data);
  return { data, isPending: data === undefined && query.error === null, error: query.error, refetch: query.refetch };
}
