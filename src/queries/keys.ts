/**
 * Every query key of the app, built in one place (TanStack Query's key factory): a key is never
 * retyped, and an invalidation by prefix (every register query, every dataset of one register)
 * names the same tuple the queries were stored under. No imports, so any module can use it
 * without pulling code into its chunk.
 */
export const queryKeys = {
  /** The registers this browser holds (IndexedDB); a prefix of every query about them. */
  registers: () => ['registers'] as const,
  /** The register store's health check (the data dialog's damaged-records notice). */
  registersHealth: () => ['registers', 'health'] as const,
  /** registers/index.json, the registers published with the site. */
  siteRegisters: () => ['site-registers'] as const,
  /** A dataset by data id ("published", "r-…", "r-….v2", "site:<name>"). */
  dataset: (id: string) => ['dataset', id] as const,
  /** The rows of one stored version of a register (month-over-month). */
  registerVersionRows: (register: string, version: number) => ['register-version-rows', register, version] as const,
  geometry: () => ['geometry', 'chongqing'] as const,
};

/** Whether a query key is a dataset whose data id starts with `prefix` (a register and its versions). */
export function isDatasetKeyOf(key: readonly unknown[], prefix: string): boolean {
  const id = key[1];
  return key[0] === 'dataset' && typeof id === 'string' && id.startsWith(prefix);
}
