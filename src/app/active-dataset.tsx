/**
 * Chooses the dataset every panel reads: the published figures, or the imported register the
 * URL names (data=<id>). While a register loads, panels show their loading states; if the
 * link names a register this browser does not hold, the published figures stay on screen
 * and a notice explains why (registers never leave the browser that imported them).
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { BUNDLED_SOURCE, datasetQueryOptions, DatasetSourceProvider } from '../queries/dataset';
import { followRegisterChanges, registerSource } from '../queries/registers';
import { useViewStore } from '../stores/view-store';

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
  useEffect(() => followRegisterChanges(client), [client]);
  const source = useMemo(() => (dataId === null ? BUNDLED_SOURCE : registerSource(dataId, client)), [dataId, client]);
  const query = useQuery(datasetQueryOptions(source));
  const problem = useMemo(() => (dataId !== null && query.error ? { id: dataId, error: query.error } : null), [dataId, query.error]);
  const shown = problem ? BUNDLED_SOURCE : source;
  const kind = problem ? 'published' : (query.data?.kind ?? 'published');
  return (
    <DataProblemContext.Provider value={problem}>
      <DatasetSourceProvider source={shown} kind={kind}>
        {children}
      </DatasetSourceProvider>
    </DataProblemContext.Provider>
  );
}
