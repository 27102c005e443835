/**
 * The dataset as a TanStack Query source. The bundled (published) dataset is small (about
 * 5 kB gzip) and needed for the first paint, so it ships in the main chunk as the query's
 * initial data: no loading flash and no layout shift. Another source (an imported register)
 * plugs in through DatasetSourceProvider with its own loader, and panels do not change.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { createContext, createElement, useContext, type ReactNode } from 'react';
import { DATASET } from '../data/dataset';
import type { Dataset } from '../data/types';

export interface DatasetSource {
  /** Identifies the source in the query cache, e.g. "published" or a register's id. */
  id: string;
  load: () => Promise<Dataset>;
  /** Data available synchronously (the bundled dataset), so the first paint needs no loading state. */
  initialData?: Dataset;
}

export const BUNDLED_SOURCE: DatasetSource = { id: 'published', load: () => Promise.resolve(DATASET), initialData: DATASET };

/** Query options for a dataset source (the bundled data unless another source is given). */
export function datasetQueryOptions(source: DatasetSource = BUNDLED_SOURCE) {
  return queryOptions({
    queryKey: ['dataset', source.id] as const,
    queryFn: source.load,
    staleTime: Infinity,
    gcTime: Infinity,
    ...(source.initialData ? { initialData: source.initialData } : {}),
  });
}

const DatasetSourceContext = createContext<DatasetSource>(BUNDLED_SOURCE);

export function DatasetSourceProvider({ source, children }: { source: DatasetSource; children: ReactNode }) {
  return createElement(DatasetSourceContext.Provider, { value: source }, children);
}

export function useDataset() {
  return useQuery(datasetQueryOptions(useContext(DatasetSourceContext)));
}
