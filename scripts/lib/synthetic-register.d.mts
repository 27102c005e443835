/** Types for synthetic-register.mjs (SYNTHETIC benchmark and test registers; never shipped). */
export function writeSyntheticRegister(rows: number, districtCodes: readonly string[], seed?: number): { path: string; bytes: number };
export function writeSyntheticOfficeRegister(rows: number, districtCodes: readonly string[], kind: 'csv' | 'xlsx', seed?: number): Promise<{ path: string; bytes: number }>;
