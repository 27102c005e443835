/**
 * What the first view needs to know about registers without loading the register code: the
 * error a missing register raises, and following other tabs' register changes.
 */
import type { QueryClient } from '@tanstack/react-query';
import { REGISTERS_CHANNEL, type RegistersChanged } from '../storage/channel';
import { isDatasetKeyOf, queryKeys } from './keys';

/**
 * A link names a register this browser (or site) does not hold. `file`: the site lists the
 * register, but its file is missing on the server (said as missing, not as "not listed").
 */
export class RegisterMissingError extends Error {
  constructor(
    readonly id: string,
    readonly file: string | null = null,
  ) {
    super(file === null ? `register ${id} is not stored in this browser` : `the file ${file} of site register ${id} is missing`);
    this.name = 'RegisterMissingError';
  }
}

/**
 * Follow changes to stored registers made in other tabs (and by this page's import worker):
 * the list is read again, and so is any register dataset they touch — a register deleted
 * elsewhere then fails to load, and the page falls back to the published figures with the
 * "not in this browser" notice instead of showing it as current. Returns the unsubscribe.
 */
export function followRegisterChanges(client: QueryClient): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const channel = new BroadcastChannel(REGISTERS_CHANNEL);
  channel.onmessage = (event: MessageEvent<RegistersChanged>) => {
    const id = typeof event.data?.id === 'string' ? event.data.id : null;
    // The list is read again now, even with the data dialog closed, so the dialog never opens
    // on a list that still names a register another tab deleted.
    void client.invalidateQueries({ queryKey: queryKeys.registers(), refetchType: 'all' });
    void client.invalidateQueries({
      predicate: (q) => isDatasetKeyOf(q.queryKey, 'r-') && (id === null || isDatasetKeyOf(q.queryKey, id)),
    });
  };
  return () => channel.close();
}
