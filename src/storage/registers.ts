/**
 * Imported registers kept in the browser's IndexedDB (through idb-keyval): an index of
 * registers (name, file, date, row counts) and each register's accepted rows under its id,
 * stored column by column (see domain/register/columns.ts).
 * Plain TS; usable from the page and from the import worker. Nothing leaves the browser.
 */
import { createStore, del, get, set, update, type UseStore } from 'idb-keyval';
import type { ItemizedProject } from '../data/types';
import { fromColumns, toColumns, type RegisterColumns } from '../domain/register/columns';

export interface RegisterMeta {
  /** "r-" and random base-36 characters; the value of the URL's data= parameter (DATA_ID in url-codec.ts). */
  id: string;
  name: string;
  fileName: string;
  /** ISO timestamp of the import. */
  importedAt: string;
  /** Rows imported (accepted). */
  rows: number;
  /** Rows rejected at import, with reasons shown then and downloadable. */
  rejected: number;
}

export interface StoredRegister {
  meta: RegisterMeta;
  projects: ItemizedProject[];
}

const INDEX_KEY = 'index';
const rowsKey = (id: string) => `rows:${id}`;

let store: UseStore | null = null;
function db(): UseStore {
  store ??= createStore('cq-expo-registers', 'registers');
  return store;
}

export function newRegisterId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return `r-${Array.from(bytes, (b) => (b % 36).toString(36)).join('')}`;
}

/** Registers in the order they were imported, newest first. */
export async function listRegisters(): Promise<RegisterMeta[]> {
  const index = (await get<RegisterMeta[]>(INDEX_KEY, db())) ?? [];
  return [...index].sort((a, b) => b.importedAt.localeCompare(a.importedAt));
}

export async function saveRegister(register: StoredRegister): Promise<void> {
  // Rows first: an index entry never points at rows that are not there.
  await set(rowsKey(register.meta.id), toColumns(register.projects, register.meta.fileName), db());
  await update<RegisterMeta[]>(INDEX_KEY, (index = []) => [...index.filter((m) => m.id !== register.meta.id), register.meta], db());
}

export async function loadRegister(id: string): Promise<StoredRegister | null> {
  const index = (await get<RegisterMeta[]>(INDEX_KEY, db())) ?? [];
  const meta = index.find((m) => m.id === id);
  if (!meta) return null;
  const columns = await get<RegisterColumns>(rowsKey(id), db());
  return columns?.format === 1 ? { meta, projects: fromColumns(columns) } : null;
}

export async function renameRegister(id: string, name: string): Promise<void> {
  await update<RegisterMeta[]>(INDEX_KEY, (index = []) => index.map((m) => (m.id === id ? { ...m, name } : m)), db());
}

export async function deleteRegister(id: string): Promise<void> {
  await update<RegisterMeta[]>(INDEX_KEY, (index = []) => index.filter((m) => m.id !== id), db());
  await del(rowsKey(id), db());
}
