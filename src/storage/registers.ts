/**
 * Imported registers kept in the browser's IndexedDB (through idb-keyval): an index of
 * registers (name, versions, the mapping the user confirmed) and each version's accepted rows,
 * stored column by column (see domain/register/columns.ts). Version 1 keeps the key the first
 * release used (`rows:<id>`), so registers saved by it stay readable and become version 1.
 * Plain TS; usable from the page and from the import worker. Nothing leaves the browser.
 */
import { createStore, del, get, set, update, type UseStore } from 'idb-keyval';
import type { ItemizedProject } from '../data/types';
import { extraHeadersOf, fromColumns, toColumns, type RegisterColumns } from '../domain/register/columns';
import type { Field, MoneyField } from '../domain/register/fields';
import type { MoneyUnit } from '../domain/register/money';
import type { ValueMap } from '../domain/register/values';

export interface VersionMeta {
  version: number;
  fileName: string;
  /** ISO timestamp of the import. */
  importedAt: string;
  rows: number;
  rejected: number;
  /** Optional fields the file had a column for. */
  columns?: string[];
}

/** What the user confirmed in the mapping step, applied again to the register's next version. */
export interface StoredSettings {
  sheet: string | null;
  /** Field → the header text it was read from. */
  columns: Partial<Record<Field, string>>;
  units: Partial<Record<MoneyField, MoneyUnit>>;
  values: ValueMap;
}

export interface RegisterMeta {
  /** "r-" and random base-36 characters; the value of the URL's data= parameter (DATA_ID in url-codec.ts). */
  id: string;
  name: string;
  /** The latest version's file, date and counts. */
  fileName: string;
  importedAt: string;
  rows: number;
  rejected: number;
  /** Oldest first; absent in registers saved by the first release (then: one version, these fields). */
  versions?: VersionMeta[];
  settings?: StoredSettings;
}

export interface StoredRegister {
  meta: RegisterMeta;
  version: VersionMeta;
  projects: ItemizedProject[];
  extraHeaders: string[];
}

const INDEX_KEY = 'index';
const rowsKey = (id: string, version: number) => (version === 1 ? `rows:${id}` : `rows:${id}.v${version}`);

let store: UseStore | null = null;
function db(): UseStore {
  store ??= createStore('cq-expo-registers', 'registers');
  return store;
}

export function newRegisterId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return `r-${Array.from(bytes, (b) => (b % 36).toString(36)).join('')}`;
}

/** A register's versions, oldest first (one for a register from the first release). */
export function versionsOf(meta: RegisterMeta): VersionMeta[] {
  return meta.versions ?? [{ version: 1, fileName: meta.fileName, importedAt: meta.importedAt, rows: meta.rows, rejected: meta.rejected }];
}

/** Registers in the order they were imported, newest first. */
export async function listRegisters(): Promise<RegisterMeta[]> {
  const index = (await get<RegisterMeta[]>(INDEX_KEY, db())) ?? [];
  return [...index].sort((a, b) => b.importedAt.localeCompare(a.importedAt));
}

export interface SaveRequest {
  /** An existing register's id to add a version to; a new register otherwise. */
  registerId: string | null;
  name: string;
  version: Omit<VersionMeta, 'version'>;
  settings: StoredSettings;
  projects: readonly ItemizedProject[];
  extraHeaders: readonly string[];
}

/** Saves a new register or a new version of one; returns its meta and the version number. */
export async function saveRegister(request: SaveRequest): Promise<{ meta: RegisterMeta; version: number }> {
  const index = (await get<RegisterMeta[]>(INDEX_KEY, db())) ?? [];
  const existing = request.registerId === null ? undefined : index.find((m) => m.id === request.registerId);
  const id = existing?.id ?? newRegisterId();
  const versions = existing ? versionsOf(existing) : [];
  const number = (versions[versions.length - 1]?.version ?? 0) + 1;
  const version: VersionMeta = { ...request.version, version: number };
  // Rows first: an index entry never points at rows that are not there.
  await set(rowsKey(id, number), toColumns(request.projects, request.version.fileName, request.extraHeaders), db());
  const meta: RegisterMeta = {
    id,
    name: existing?.name ?? request.name,
    fileName: version.fileName,
    importedAt: version.importedAt,
    rows: version.rows,
    rejected: version.rejected,
    versions: [...versions, version],
    settings: request.settings,
  };
  await update<RegisterMeta[]>(INDEX_KEY, (list = []) => [...list.filter((m) => m.id !== id), meta], db());
  return { meta, version: number };
}

/** A register's rows: the version asked for, else the latest. Null when it is not stored. */
export async function loadRegister(id: string, version: number | null = null): Promise<StoredRegister | null> {
  const index = (await get<RegisterMeta[]>(INDEX_KEY, db())) ?? [];
  const meta = index.find((m) => m.id === id);
  if (!meta) return null;
  const versions = versionsOf(meta);
  const v = version === null ? versions[versions.length - 1] : versions.find((x) => x.version === version);
  if (!v) return null;
  const columns = await get<RegisterColumns>(rowsKey(id, v.version), db());
  if (columns?.format !== 1 && columns?.format !== 2) return null;
  return { meta, version: v, projects: fromColumns(columns), extraHeaders: extraHeadersOf(columns) };
}

export async function renameRegister(id: string, name: string): Promise<void> {
  await update<RegisterMeta[]>(INDEX_KEY, (index = []) => index.map((m) => (m.id === id ? { ...m, name } : m)), db());
}

/** Deletes one version (the register goes when its last version does), or the whole register. */
export async function deleteRegister(id: string, version: number | null = null): Promise<void> {
  const index = (await get<RegisterMeta[]>(INDEX_KEY, db())) ?? [];
  const meta = index.find((m) => m.id === id);
  if (!meta) return;
  const versions = versionsOf(meta);
  const going = version === null ? versions : versions.filter((v) => v.version === version);
  const staying = versions.filter((v) => !going.includes(v));
  await update<RegisterMeta[]>(
    INDEX_KEY,
    (list = []) => {
      const others = list.filter((m) => m.id !== id);
      const last = staying[staying.length - 1];
      if (!last) return others;
      return [...others, { ...meta, fileName: last.fileName, importedAt: last.importedAt, rows: last.rows, rejected: last.rejected, versions: staying }];
    },
    db(),
  );
  for (const v of going) await del(rowsKey(id, v.version), db());
}
