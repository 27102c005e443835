/**
 * The dataset as a TanStack Query source. The bundled (published) dataset is small (about
 * 5 kB gzip) and needed for the first paint, so it ships in the main chunk as the query's
 * initial data: no loading flash and no layout shift. An imported register plugs in through
 * DatasetSourceProvider with its own loader (IndexedDB), and panels do not change.
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

export type DatasetKind = Dataset['kind'];

export const BUNDLED_SOURCE: DatasetSource = { id: 'published', load: () => Promise.resolve(DATASET), initialData: DATASET };

/** Query options for a dataset source (the bundled data unless another source is given). */
export function datasetQueryOptions(source: DatasetSource = BUNDLED_SOURCE) {
  return queryOptions({
    queryKey: ['dataset', source.id] as const,
    queryFn: source.load,
    staleTime: Infinity,
    gcTime: Infinity,
    // Local sources (the bundle, IndexedDB) do not fail transiently: report at once.
    retry: false,
    ...(source.initialData ? { initialData: source.initialData } : {}),
  });
}

const DatasetSourceContext = createContext<DatasetSource>(BUNDLED_SOURCE);

/** The kind of dataset on screen; the wording of a few labels depends on it (see i18n). */
export const DatasetKindContext = createContext<DatasetKind>('published');

export function DatasetSourceProvider({ source, kind = 'published', children }: { source: DatasetSource; kind?: DatasetKind; children: ReactNode }) {
  return createElement(DatasetSourceContext.Provider, { value: source }, createElement(DatasetKindContext.Provider, { value: kind }, children));
}

export function useDataset() {
  return useQuery(datasetQueryOptions(useContext(DatasetSourceContext)));
}
