/**
 * Why the browser refused to store something (plain TS, no IndexedDB code: the page words it
 * without loading storage). A full quota and storage that is switched off (private mode, site
 * data blocked) are told apart from a program error, so the user hears what was not saved
 * and why, not "something went wrong".
 */
export type StorageFailure = 'quota' | 'unavailable';

/** The DOMException (or its name, as it crosses a worker boundary) behind a failed write; null for any other error. */
export function storageFailure(e: unknown): StorageFailure | null {
  const name = typeof e === 'object' && e !== null && 'name' in e ? String((e as { name: unknown }).name) : '';
  const code = typeof e === 'object' && e !== null && 'code' in e ? (e as { code: unknown }).code : undefined;
  const message = e instanceof Error ? e.message : typeof e === 'string' ? e : '';
  // 22 and 1014 are the legacy codes of QUOTA_EXCEEDED_ERR (Firefox: NS_ERROR_DOM_QUOTA_REACHED).
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014) return 'quota';
  if (/quota/i.test(message)) return 'quota';
  // Private windows and blocked site data: the database cannot be opened or written at all.
  if (name === 'SecurityError' || name === 'InvalidStateError' || name === 'UnknownError' || name === 'StorageUnavailableError') return 'unavailable';
  if (/indexedDB is not defined|the user denied permission|access to the indexed database api is denied|mutation operation was attempted on a database that did not allow mutations/i.test(message)) return 'unavailable';
  return null;
}
