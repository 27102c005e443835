/**
 * Another version of the register on screen, for the month-over-month view: its rows, read from
 * IndexedDB on demand (the storage code loads only when asked). A data id names the register and
 * version (`r-….v2`, see registers.ts).
 */
import { queryOptions } from '@tanstack/react-query';
import type { ItemizedProject } from '../data/types';
import { queryKeys } from './keys';
import { loadChunk } from '../components/load-chunk';

export function registerVersionRowsQueryOptions(register: string, version: number) {
  return queryOptions({
    queryKey: queryKeys.registerVersionRows(register, version),
    queryFn: async (): Promise<readonly ItemizedProject[]> => {
      const { loadRegister } = await loadChunk(() => import('../storage/registers'));
      const stored = await loadRegister(register, version);
      if (!stored) throw new Error(`version ${version} of ${register} is not stored in this browser`);
      return stored.projects;
    },
    staleTime: Infinity,
    retry: false,
  });
}
