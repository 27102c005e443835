/**
 * Imported registers kept in the browser's IndexedDB (db.ts): an index of registers (name,
 * versions, the mapping the user confirmed), each register's own copy of its entry
 * (`meta:<id>`) and each version's accepted rows, stored column by column (see
 * domain/register/columns.ts). Version 1 keeps the key the first release used (`rows:<id>`), so
 * registers saved by it stay readable and become version 1. Plain TS; usable from the page and
 * from the import worker. Nothing leaves the browser.
 * Every change is one transaction (all of it is stored or none), and saves are also taken one at
 * a time across tabs (Web Locks): a version is numbered from what is stored when it is written,
 * so two tabs saving at once get versions 2 and 3, never one overwriting the other.
 * Everything read back is checked (validate.ts) and the list is worked out from all the records
 * (heal.ts): a register whose index entry is damaged or lost is still listed, records that
 * cannot be read are named (inspectIndex), damaged rows make loadRegister() throw a
 * DamagedRegisterError (never half-shown), and repair/delete are offered for both. Every change
 * is announced on a BroadcastChannel so other tabs follow.
 */
import type { ItemizedProject } from '../data/types';
import { extraHeadersOf, fromColumns, toColumns, type RegisterColumns } from '../domain/register/columns';
import type { Field, MoneyField } from '../domain/register/fields';
import type { MoneyUnit } from '../domain/register/money';
import type { ValueMap } from '../domain/register/values';
import { REGISTERS_CHANNEL, type RegistersChanged } from './channel';
import { inTransaction, request, StorageUnavailableError } from './db';
import { finish, firstPass, INDEX_KEY, metaKey, parseRowsKey, recoverFromRows, rowsKey, type Health } from './heal';
import { checkColumns, type ColumnsCheck, type RegisterMeta, type VersionMeta } from './validate';

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


/** Saves run one at a time across the tabs and workers of this site (where Web Locks exist). */
export const SAVE_LOCK = 'cq-expo-registers-save';

export function newRegisterId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return `r-${Array.from(bytes, (b) => (b % 36).toString(36)).join('')}`;
}

function idOf(entry: unknown): unknown {
  return typeof entry === 'object' && entry !== null ? (entry as { id?: unknown }).id : undefined;
}

const range = (prefix: string) => IDBKeyRange.bound(prefix, `${prefix}\uffff`);

/** What the stored records say, read in the transaction of `store` (heal.ts decides). */
async function scan(store: IDBObjectStore): Promise<Health & { rawIndex: unknown }> {
  const rawIndex = await request(store.get(INDEX_KEY));
  const metaKeys = (await request(store.getAllKeys(range('meta:')))).map(String);
  const metaValues = await request(store.getAll(range('meta:')));
  const rowKeys = (await request(store.getAllKeys(range('rows:')))).map(String);
  const pass = firstPass(rawIndex, metaKeys.map((k, i) => [k.slice(5), metaValues[i]] as const), rowKeys);
  const now = new Date().toISOString();
  const recovered: { id: string; meta: RegisterMeta | null; problems: string[] }[] = [];
  for (const [id, versions] of pass.orphans) {
    const records: { version: number; raw: unknown }[] = [];
    for (const version of versions) records.push({ version, raw: await request(store.get(rowsKey(id, version))) });
    recovered.push({ id, ...recoverFromRows(id, records, now) });
  }
  return { ...finish(pass, recovered), rawIndex };
}

/** The index to write: listed registers in place of their entries, `changed` put last, damaged entries kept (named). */
function nextIndex(rawIndex: unknown, registers: readonly RegisterMeta[], changed: RegisterMeta | null, removed: string | null): unknown[] {
  const listed = new Map(registers.map((m) => [m.id, m]));
  if (changed) listed.delete(changed.id);
  if (removed !== null) listed.delete(removed);
  const kept = (Array.isArray(rawIndex) ? rawIndex : []).filter((e) => {
    const id = idOf(e);
    return !(typeof id === 'string' && (listed.has(id) || id === changed?.id || id === removed));
  });
  return [...kept, ...listed.values(), ...(changed ? [changed] : [])];
}

/** A register's rows keys, every version (found by key, so none is left behind). */
async function rowKeysOf(store: IDBObjectStore, id: string): Promise<string[]> {
  return (await request(store.getAllKeys(range(`rows:${id}`)))).map(String).filter((k) => parseRowsKey(k)?.id === id);
}

export type IndexHealth = Health & {
  /** This browser does not let the site store data (IndexedDB absent or refusing). */
  unavailable: boolean;
};

/** What is wrong with the stored registers (nothing, usually). Never throws. */
export async function inspectIndex(): Promise<IndexHealth> {
  try {
    const { registers, damaged, unreadable, recovered } = await inTransaction('readonly', scan);
    return { registers, damaged, unreadable, recovered, unavailable: false };
  } catch (e) {
    if (e instanceof StorageUnavailableError) return { registers: [], damaged: [], unreadable: false, recovered: [], unavailable: true };
    return { registers: [], damaged: [{ id: null, name: null, problems: [`IndexedDB: ${e instanceof Error ? e.message : String(e)}`] }], unreadable: true, recovered: [], unavailable: false };
  }
}

/**
 * Write the list again from everything stored: every register that can be read is listed (and
 * gets its own description again), entries that point at nothing are dropped; records that
 * cannot be read stay, named, until deleted. Returns how many entries were dropped. Never throws.
 */
export async function repairIndex(): Promise<{ listed: number; dropped: number; unreadable: number } | { failed: string }> {
  try {
    const result = await inTransaction('readwrite', async (store) => {
      const health = await scan(store);
      const stored = new Set((await request(store.getAllKeys(range('rows:')))).map((k) => parseRowsKey(String(k))?.id));
      const listed = new Set(health.registers.map((m) => m.id));
      const entries: unknown[] = Array.isArray(health.rawIndex) ? health.rawIndex : [];
      // Unreadable records with rows stay in the index (named); entries pointing at nothing go.
      const keep = entries.filter((e) => {
        const id = idOf(e);
        return typeof id === 'string' && stored.has(id) && !listed.has(id);
      });
      const dropped = entries.filter((e) => !keep.includes(e) && !listed.has(String(idOf(e)))).length;
      store.put([...keep, ...health.registers], INDEX_KEY);
      for (const m of health.registers) store.put(m, metaKey(m.id));
      return { listed: health.registers.length, dropped, unreadable: health.damaged.length };
    });
    announce(null);
    return result;
  } catch (e) {
    return { failed: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
  }
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
  const result = await inTransaction('readwrite', async (store) => {
    const health = await scan(store);
    const meta = health.registers.find((m) => m.id === id);
    if (!meta) throw new Error(`register ${id} is not stored`);
    const check = checkColumns(await request(store.get(rowsKey(id, version))));
    if (!check.repaired) throw new Error(`register ${id} version ${version} cannot be repaired`);
    const kept = check.rows - check.badRows;
    const versions = versionsOf(meta).map((v) => (v.version === version ? { ...v, rows: kept } : v));
    const latest = versions[versions.length - 1];
    const next: RegisterMeta = { ...meta, versions, rows: latest?.version === version ? kept : meta.rows };
    store.put(check.repaired, rowsKey(id, version));
    store.put(next, metaKey(id));
    store.put(nextIndex(health.rawIndex, health.registers, next, null), INDEX_KEY);
    return { kept, dropped: check.badRows };
  });
  announce(id);
  return result;
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

/** Registers in the order they were imported, newest first: every one that can be read. */
export async function listRegisters(): Promise<RegisterMeta[]> {
  const { registers } = await inTransaction('readonly', scan);
  return [...registers].sort((a, b) => b.importedAt.localeCompare(a.importedAt));
}

export interface SaveRequest {
  /** An existing register's id to add a version to; a new register otherwise. */
  registerId: string | null;
  /** The register's latest version the file was checked against (null for a new register). */
  basedOn: number | null;
  name: string;
  version: Omit<VersionMeta, 'version'>;
  settings: StoredSettings;
  /** The user said on import that the register is the city's full list for 2021. */
  fullList2021?: boolean;
  projects: readonly ItemizedProject[];
  extraHeaders: readonly string[];
}

export interface SaveResult {
  meta: RegisterMeta;
  version: number;
  /**
   * What happened meanwhile: 'newer' — another tab saved a version after the one this file was
   * checked against (this one comes after it); 'gone' — the register was deleted meanwhile (this
   * file starts a new register).
   */
  meanwhile: 'newer' | 'gone' | null;
}

/** `fn` holding the site-wide save lock (a plain call where Web Locks do not exist). */
function oneAtATime<T>(fn: () => Promise<T>): Promise<T> {
  const locks = (globalThis as { navigator?: { locks?: LockManager } }).navigator?.locks;
  return locks ? locks.request(SAVE_LOCK, fn) : fn();
}

/** The register a save would write, without storing it (for a browser that stores nothing). */
export function unstoredRegister(request: SaveRequest): { meta: RegisterMeta; columns: RegisterColumns } {
  const version: VersionMeta = { ...request.version, version: 1 };
  const meta: RegisterMeta = { id: newRegisterId(), name: request.name, fileName: version.fileName, importedAt: version.importedAt, rows: version.rows, rejected: version.rejected, versions: [version], settings: request.settings, fullList2021: request.fullList2021 === true };
  return { meta, columns: toColumns(request.projects, request.version.fileName, request.extraHeaders) };
}

/**
 * Saves a new register or a new version of one, in one transaction: the version is numbered
 * from what is stored at that moment, and the rows, the register's description and the index
 * are written together (or, on any failure, nothing is).
 */
export async function saveRegister(request: SaveRequest): Promise<SaveResult> {
  const columns = toColumns(request.projects, request.version.fileName, request.extraHeaders);
  const result = await oneAtATime(() =>
    inTransaction('readwrite', async (store) => {
      const health = await scan(store);
      const existing = request.registerId === null ? undefined : health.registers.find((m) => m.id === request.registerId);
      const id = existing?.id ?? newRegisterId();
      const versions = existing ? versionsOf(existing) : [];
      // Numbered after every stored version, also one a deleted latest version left behind.
      const storedVersions = existing ? (await rowKeysOf(store, id)).map((k) => parseRowsKey(k)?.version ?? 0) : [];
      const latest = Math.max(0, ...versions.map((v) => v.version), ...storedVersions);
      const number = latest + 1;
      const version: VersionMeta = { ...request.version, version: number };
      const meta: RegisterMeta = {
        id,
        name: existing?.name ?? request.name,
        fileName: version.fileName,
        importedAt: version.importedAt,
        rows: version.rows,
        rejected: version.rejected,
        versions: [...versions, version],
        settings: request.settings,
        fullList2021: request.fullList2021 === true,
      };
      store.put(columns, rowsKey(id, number));
      store.put(meta, metaKey(id));
      store.put(nextIndex(health.rawIndex, health.registers, meta, null), INDEX_KEY);
      const meanwhile: SaveResult['meanwhile'] = request.registerId !== null && !existing ? 'gone' : existing && request.basedOn !== null && latest !== request.basedOn ? 'newer' : null;
      return { meta, version: number, meanwhile };
    }),
  );
  announce(result.meta.id);
  return result;
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
  const found = await inTransaction('readonly', async (store) => {
    const meta = (await scan(store)).registers.find((m) => m.id === id);
    if (!meta) return null;
    const versions = versionsOf(meta);
    const v = version === null ? versions[versions.length - 1] : versions.find((x) => x.version === version);
    if (!v) return null;
    return { meta, v, raw: await request(store.get(rowsKey(id, v.version))) };
  });
  if (!found || found.raw === undefined) return null;
  const { meta, v, raw } = found;
  const check = checkColumns(raw);
  if (check.badRows > 0 || !check.repaired) throw new DamagedRegisterError(id, v.version, { rows: check.rows, badRows: check.badRows, problems: check.problems });
  return { meta, version: v, columns: check.repaired };
}

/** Deletes one version (the register goes when its last version does), or the whole register — or, for a record that cannot be read, everything stored under its id. */
export async function deleteRegister(id: string, version: number | null = null): Promise<void> {
  await inTransaction('readwrite', async (store) => {
    const health = await scan(store);
    const meta = health.registers.find((m) => m.id === id);
    const keys = await rowKeysOf(store, id);
    const versions = meta ? versionsOf(meta) : [];
    const going = version === null ? null : versions.filter((v) => v.version === version);
    const staying = going === null ? [] : versions.filter((v) => !going.includes(v));
    const last = staying[staying.length - 1];
    if (meta && last) {
      const next: RegisterMeta = { ...meta, fileName: last.fileName, importedAt: last.importedAt, rows: last.rows, rejected: last.rejected, versions: staying };
      for (const v of going ?? []) store.delete(rowsKey(id, v.version));
      store.put(next, metaKey(id));
      store.put(nextIndex(health.rawIndex, health.registers, next, null), INDEX_KEY);
      return;
    }
    if (!meta && version !== null) return;
    for (const key of keys) store.delete(key);
    store.delete(metaKey(id));
    store.put(nextIndex(health.rawIndex, health.registers, null, id), INDEX_KEY);
  });
  announce(id);
}
