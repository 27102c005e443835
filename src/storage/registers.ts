/**
 * Imported registers kept in the browser's IndexedDB (through idb-keyval): an index of
 * registers (name, versions, the mapping the user confirmed) and each version's accepted rows,
 * stored column by column (see domain/register/columns.ts). Version 1 keeps the key the first
 * release used (`rows:<id>`), so registers saved by it stay readable and become version 1.
 * Plain TS; usable from the page and from the import worker. Nothing leaves the browser.
 * Everything read back is checked (validate.ts): a damaged index entry is left out of the list
 * and reported by inspectIndex(), damaged rows make loadRegister() throw a DamagedRegisterError
 * (never half-shown), and repair/delete are offered for both. Every change is announced on a
 * BroadcastChannel so other tabs follow.
 */
import { createStore, del, get, set, update, type UseStore } from 'idb-keyval';
import type { ItemizedProject } from '../data/types';
import { extraHeadersOf, fromColumns, toColumns, type RegisterColumns } from '../domain/register/columns';
import type { Field, MoneyField } from '../domain/register/fields';
import type { MoneyUnit } from '../domain/register/money';
import type { ValueMap } from '../domain/register/values';
import { REGISTERS_CHANNEL, type RegistersChanged } from './channel';
import { checkColumns, checkIndex, readMeta, type ColumnsCheck, type IndexCheck, type RegisterMeta, type VersionMeta } from './validate';

export type { RegisterMeta, VersionMeta } from './validate';

/** What the user confirmed in the mapping step, applied again to the register's next version. */
export interface StoredSettings {
  sheet: string | null;
  /** Field → the header text it was read from. */
  columns: Partial<Record<Field, string>>;
  units: Partial<Record<MoneyField, MoneyUnit>>;
  values: ValueMap;
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

/** The index as stored: only the entries that pass the schema check (damaged ones are reported by inspectIndex). */
async function readIndex(): Promise<RegisterMeta[]> {
  return checkIndex(await get<unknown>(INDEX_KEY, db())).registers;
}

/** The stored list as a list (an unreadable one counts as empty), damaged entries kept as they are. */
function rawList(list: unknown): unknown[] {
  return Array.isArray(list) ? list : [];
}

function idOf(entry: unknown): unknown {
  return typeof entry === 'object' && entry !== null ? (entry as { id?: unknown }).id : undefined;
}

/** What is wrong with the stored index (nothing, usually). Never throws. */
export async function inspectIndex(): Promise<IndexCheck> {
  try {
    return checkIndex(await get<unknown>(INDEX_KEY, db()));
  } catch (e) {
    return { registers: [], damaged: [{ id: null, name: null, problems: [`IndexedDB: ${e instanceof Error ? e.message : String(e)}`] }], unreadable: true };
  }
}

/** Drop the damaged entries of the index (and the rows of those whose id could be read); keep the rest. */
export async function repairIndex(): Promise<number> {
  const check = await inspectIndex();
  await set(INDEX_KEY, check.registers, db());
  for (const d of check.damaged) if (d.id !== null && !check.registers.some((m) => m.id === d.id)) await del(rowsKey(d.id, 1), db());
  announce(null);
  return check.damaged.length;
}

/** A stored version whose rows fail the schema check: shown as damaged, never as data. */
export class DamagedRegisterError extends Error {
  constructor(
    readonly id: string,
    readonly version: number,
    readonly check: Omit<ColumnsCheck, 'repaired'>,
  ) {
    super(`register ${id} version ${version} is damaged: ${check.badRows} of ${check.rows} rows unreadable`);
    this.name = 'DamagedRegisterError';
  }

  /** A repair keeps some rows (otherwise only deleting helps). */
  get repairable(): boolean {
    return this.check.rows > this.check.badRows;
  }
}

/** Rewrite a damaged version without its unreadable rows; returns the rows kept and dropped. */
export async function repairRegister(id: string, version: number): Promise<{ kept: number; dropped: number }> {
  const meta = (await readIndex()).find((m) => m.id === id);
  if (!meta) throw new Error(`register ${id} is not stored`);
  const check = checkColumns(await get<unknown>(rowsKey(id, version), db()));
  if (!check.repaired) throw new Error(`register ${id} version ${version} cannot be repaired`);
  const kept = check.rows - check.badRows;
  await set(rowsKey(id, version), check.repaired, db());
  await update<unknown>(
    INDEX_KEY,
    (list) =>
      rawList(list).map((entry) => {
        const m = idOf(entry) === id ? readMeta(entry) : null;
        if (!m) return entry;
        const versions = versionsOf(m).map((v) => (v.version === version ? { ...v, rows: kept } : v));
        const latest = versions[versions.length - 1];
        return { ...m, versions, rows: latest?.version === version ? kept : m.rows };
      }),
    db(),
  );
  announce(id);
  return { kept, dropped: check.badRows };
}

/** Tells other tabs (and this page, from the worker) that registers changed. */
function announce(id: string | null): void {
  try {
    const channel = new BroadcastChannel(REGISTERS_CHANNEL);
    const message: RegistersChanged = { type: 'changed', id };
    channel.postMessage(message);
    channel.close();
  } catch {
    // No BroadcastChannel (old browser): other tabs see the change on their next reload.
  }
}

/** A register's versions, oldest first (one for a register from the first release). */
export function versionsOf(meta: RegisterMeta): VersionMeta[] {
  return meta.versions ?? [{ version: 1, fileName: meta.fileName, importedAt: meta.importedAt, rows: meta.rows, rejected: meta.rejected }];
}

/** Registers in the order they were imported, newest first. */
export async function listRegisters(): Promise<RegisterMeta[]> {
  const index = await readIndex();
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
  const index = await readIndex();
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
  // Damaged entries of other registers stay as they are (reported, repairable); an unreadable index is replaced.
  try {
    await update<unknown>(INDEX_KEY, (list) => [...rawList(list).filter((m) => idOf(m) !== id), meta], db());
  } catch (e) {
    // The index could not be written (e.g. the quota ran out just then): the rows go too, so
    // a failed save leaves nothing behind that no entry points at.
    await del(rowsKey(id, number), db()).catch(() => undefined);
    throw e;
  }
  announce(id);
  return { meta, version: number };
}

/** A register's rows: the version asked for, else the latest. Null when it is not stored. */
export async function loadRegister(id: string, version: number | null = null): Promise<StoredRegister | null> {
  const stored = await loadRegisterColumns(id, version);
  if (!stored) return null;
  return { meta: stored.meta, version: stored.version, projects: fromColumns(stored.columns), extraHeaders: extraHeadersOf(stored.columns) };
}

/**
 * A register's checked columns, as stored (no row objects built): what the import worker reads
 * and hands to the page packed (domain/register/packed.ts), so the page never deserializes the
 * rows itself. Throws DamagedRegisterError like loadRegister.
 */
export async function loadRegisterColumns(id: string, version: number | null = null): Promise<{ meta: RegisterMeta; version: VersionMeta; columns: RegisterColumns } | null> {
  const index = await readIndex();
  const meta = index.find((m) => m.id === id);
  if (!meta) return null;
  const versions = versionsOf(meta);
  const v = version === null ? versions[versions.length - 1] : versions.find((x) => x.version === version);
  if (!v) return null;
  const raw = await get<unknown>(rowsKey(id, v.version), db());
  if (raw === undefined) return null;
  const check = checkColumns(raw);
  if (check.badRows > 0 || !check.repaired) throw new DamagedRegisterError(id, v.version, { rows: check.rows, badRows: check.badRows, problems: check.problems });
  return { meta, version: v, columns: check.repaired };
}

/** Deletes one version (the register goes when its last version does), or the whole register. */
export async function deleteRegister(id: string, version: number | null = null): Promise<void> {
  const all = await get<unknown>(INDEX_KEY, db());
  const meta = (await readIndex()).find((m) => m.id === id);
  if (!meta) {
    // A damaged entry: delete it and whatever rows it names, by id.
    if (rawList(all).some((m) => idOf(m) === id)) {
      await update<unknown>(INDEX_KEY, (list) => rawList(list).filter((m) => idOf(m) !== id), db());
      await del(rowsKey(id, 1), db());
      announce(id);
    }
    return;
  }
  const versions = versionsOf(meta);
  const going = version === null ? versions : versions.filter((v) => v.version === version);
  const staying = versions.filter((v) => !going.includes(v));
  await update<unknown>(
    INDEX_KEY,
    (list) => {
      const others = rawList(list).filter((m) => idOf(m) !== id);
      const last = staying[staying.length - 1];
      if (!last) return others;
      return [...others, { ...meta, fileName: last.fileName, importedAt: last.importedAt, rows: last.rows, rejected: last.rejected, versions: staying }];
    },
    db(),
  );
  for (const v of going) await del(rowsKey(id, v.version), db());
  announce(id);
}
