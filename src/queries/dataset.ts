/**
 * The dataset as a TanStack Query source: one queryOptions factory shared by panels and tests.
 * The bundled dataset is code-split so the shell paints first; a later source (an imported
 * register) plugs in behind another key without touching panels.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Dataset } from '../data/types';

export async function loadBundledDataset(): Promise<Dataset> {
  const mod = await import('../data/dataset');
  return mod.DATASET;
}

export function datasetQueryOptions(load: () => Promise<Dataset> = loadBundledDataset) {
  return queryOptions({
    queryKey: ['dataset', 'published'] as const,
    queryFn: load,
    staleTime: Infinity,
    gcTime: Infinity,
  });
}

export function useDataset() {
  return useQuery(datasetQueryOptions());
}
