/**
 * Imported registers as query sources: the list kept in IndexedDB, and a register's dataset
 * (its rows checked at import, every figure computed from them, basis "complete").
 */
import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { DATASET } from '../data/dataset';
import { registerDataset } from '../domain/register/reconcile';
import type { DatasetSource } from './dataset';

export function registersQueryOptions() {
  return queryOptions({ queryKey: ['registers'] as const, queryFn: async () => (await import('../storage/registers')).listRegisters(), staleTime: Infinity });
}

/** A link names a register this browser does not hold (registers never leave the browser that imported them). */
export class RegisterMissingError extends Error {
  constructor(readonly id: string) {
    super(`register ${id} is not stored in this browser`);
    this.name = 'RegisterMissingError';
  }
}

export function registerSource(id: string): DatasetSource {
  return {
    id,
    load: async () => {
      // IndexedDB code loads only when a register is asked for, not on every first load.
      const { loadRegister } = await import('../storage/registers');
      const stored = await loadRegister(id);
      if (!stored) throw new RegisterMissingError(id);
      return registerDataset(stored.projects, DATASET, stored.meta);
    },
  };
}

/** Forget a register: its rows, its list entry and its cached dataset. */
export async function removeRegister(client: QueryClient, id: string): Promise<void> {
  const { deleteRegister } = await import('../storage/registers');
  await deleteRegister(id);
  client.removeQueries({ queryKey: ['dataset', id] });
  await client.invalidateQueries({ queryKey: ['registers'] });
}
