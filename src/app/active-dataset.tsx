/**
 * Chooses the dataset every panel reads: the published figures, or the imported register the
 * URL names (data=<id>). While a register loads, panels show their loading states; if the
 * link names a register this browser does not hold, the published figures stay on screen
 * and a notice explains why (registers never leave the browser that imported them).
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useContext, useDeferredValue, useEffect, useMemo, type ReactNode } from 'react';
import { basisPolicy } from '../domain/basis-policy';
import { BUNDLED_SOURCE, datasetQueryOptions, DatasetSourceProvider, type DatasetSource } from '../queries/dataset';

import { useViewStore } from '../stores/view-store';
import { loadChunk } from '../components/load-chunk';

export interface DataProblem {
  id: string;
  error: Error;
}

const DataProblemContext = createContext<DataProblem | null>(null);

/** Why the dataset the URL names is not shown, or null. */
export function useDataProblem(): DataProblem | null {
  return useContext(DataProblemContext);
}

export function ActiveDataset({ children }: { children: ReactNode }) {
  const dataId = useViewStore((s) => s.data);
  const client = useQueryClient();
  // Another tab deleting or changing the register on screen is followed (and said: the notice).
  useEffect(
    function followOtherTabs() {
      // Another tab may change or delete the register on screen; with the published figures on
      // screen there is nothing to follow (the data dialog follows the list while it is open).
      if (dataId === null) return;
      let stop: (() => void) | null = null;
      let cancelled = false;
      void loadChunk(() => import('../queries/register-errors')).then((m) => {
        if (!cancelled) stop = m.followRegisterChanges(client);
      });
      return () => {
        cancelled = true;
        stop?.();
      };
    },
    [dataId, client],
  );
  const source = useMemo<DatasetSource>(
    () => (dataId === null ? BUNDLED_SOURCE : { id: dataId, load: async () => (await loadChunk(() => import('../queries/registers'))).registerSource(dataId, client).load() }),
    [dataId, client],
  );
  const query = useQuery(datasetQueryOptions(source));
  const problem = useMemo(() => (dataId !== null && query.error ? { id: dataId, error: query.error } : null), [dataId, query.error]);
  const shown = problem ? BUNDLED_SOURCE : source;
  // Deferred like the panels' data (queries/dataset.ts useDataset): both change in one render.
  const wording = useDeferredValue(problem || !query.data ? 'published' : basisPolicy(query.data).wording);
  return (
    <DataProblemContext.Provider value={problem}>
      <DatasetSourceProvider source={shown} wording={wording}>
        {children}
      </DatasetSourceProvider>
    </DataProblemContext.Provider>
  );
}
