/**
 * Registers kept in this tab only: what an import saves when the browser does not let the site
 * store data (IndexedDB absent or refusing). The list and the dataset read them from here, so the
 * register is shown and listed until the tab is closed or reloaded. Plain TS, no IndexedDB.
 */
import type { PackedRegister } from '../domain/register/packed';
import type { RegisterMeta, VersionMeta } from './registers';

type Kept = { meta: RegisterMeta; version: VersionMeta; packed: PackedRegister };

const kept = new Map<string, Kept>();

/** A register kept here has one version (it cannot get another: the import worker cannot read it). */
export function keepInThisTab(meta: RegisterMeta, packed: PackedRegister): void {
  const version = meta.versions?.[0] ?? { version: 1, fileName: meta.fileName, importedAt: meta.importedAt, rows: meta.rows, rejected: meta.rejected };
  kept.set(meta.id, { meta, version, packed });
}

export function thisTabRegister(id: string): Kept | undefined {
  return kept.get(id);
}

export function thisTabRegisters(): RegisterMeta[] {
  return [...kept.values()].map((r) => r.meta);
}

export function forgetInThisTab(id: string): boolean {
  return kept.delete(id);
}
