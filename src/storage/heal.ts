/**
 * What the stored registers are, worked out from everything stored — the index, each register's
 * own description (`meta:<id>`, written with every change) and its rows (`rows:<id>[.vN]`) — so
 * a damaged or lost index never hides a register: every register that can be read is listed,
 * and every stored record that cannot is named. Plain TS, no IndexedDB: registers.ts reads the
 * records in one transaction and hands them here.
 */
import { checkColumns, checkIndex, type RegisterMeta } from './validate';

export const INDEX_KEY = 'index';
export const metaKey = (id: string) => `meta:${id}`;
/** Version 1 keeps the key the first release used (`rows:<id>`). */
export const rowsKey = (id: string, version: number) => (version === 1 ? `rows:${id}` : `rows:${id}.v${version}`);

/** A rows key's register id and version; null for any other key. */
export function parseRowsKey(key: string): { id: string; version: number } | null {
  const m = /^rows:(r-[a-z0-9]{6,32})(?:\.v([1-9]\d{0,5}))?$/.exec(key);
  return m?.[1] ? { id: m[1], version: m[2] === undefined ? 1 : Number(m[2]) } : null;
}

/** A stored record that cannot be read: named with its id when it could be read, and why. */
export interface Unreadable {
  id: string | null;
  name: string | null;
  problems: string[];
}

export interface Health {
  /** Every register that can be read, the ones found only by their own records included. */
  registers: RegisterMeta[];
  /** Stored records that cannot be read (none of these is listed). */
  damaged: Unreadable[];
  /** The index itself was not a list. */
  unreadable: boolean;
  /** Registers listed that the index did not list (found again from their own records). */
  recovered: string[];
}

/** What a first pass over the index and the description records gives, before orphan rows are read. */
export interface FirstPass {
  registers: Map<string, RegisterMeta>;
  damaged: Unreadable[];
  unreadable: boolean;
  indexed: Set<string>;
  /** Registers with rows but no readable description: their rows must be read to list them. */
  orphans: Map<string, number[]>;
}

export function firstPass(rawIndex: unknown, metas: readonly (readonly [string, unknown])[], rowKeys: readonly string[]): FirstPass {
  const index = checkIndex(rawIndex);
  const registers = new Map<string, RegisterMeta>();
  const indexed = new Set<string>();
  for (const m of index.registers) {
    registers.set(m.id, m);
    indexed.add(m.id);
  }
  const damaged: Unreadable[] = [];
  // A register's own description is written with every change, so it wins over the index.
  for (const [id, raw] of metas) {
    const check = checkIndex([raw]);
    const meta = check.registers[0];
    if (meta && meta.id === id) registers.set(id, meta);
    else damaged.push({ id, name: check.damaged[0]?.name ?? null, problems: check.damaged[0]?.problems ?? ['the description names another register'] });
  }
  for (const d of index.damaged) damaged.push(d);
  const orphans = new Map<string, number[]>();
  for (const key of rowKeys) {
    const parsed = parseRowsKey(key);
    if (!parsed || registers.has(parsed.id)) continue;
    orphans.set(parsed.id, [...(orphans.get(parsed.id) ?? []), parsed.version].sort((a, b) => a - b));
  }
  return { registers, damaged, unreadable: index.unreadable, indexed, orphans };
}

/**
 * A register known only by its rows (its description lost): listed under its file's name, one
 * version per readable rows record; dated `now` (the date of the import is lost with the
 * description). Null when no version's rows can be read.
 */
export function recoverFromRows(id: string, versions: readonly { version: number; raw: unknown }[], now: string): { meta: RegisterMeta | null; problems: string[] } {
  const kept: NonNullable<RegisterMeta['versions']> = [];
  const problems: string[] = [];
  for (const { version, raw } of versions) {
    const check = checkColumns(raw);
    if (!check.repaired) {
      problems.push(`version ${version}: ${check.problems.join('; ')}`);
      continue;
    }
    const locator = typeof raw === 'object' && raw !== null && typeof (raw as { locator?: unknown }).locator === 'string' ? (raw as { locator: string }).locator : id;
    kept.push({ version, fileName: locator.slice(0, 1000), importedAt: now, rows: check.rows, rejected: 0 });
  }
  const latest = kept[kept.length - 1];
  if (!latest) return { meta: null, problems };
  const meta = { id, name: latest.fileName, fileName: latest.fileName, importedAt: now, rows: latest.rows, rejected: 0, versions: kept };
  return { meta, problems };
}

/** The final health once orphans are recovered (or named): damaged records of listed registers are not named. */
export function finish(pass: FirstPass, recovered: readonly { id: string; meta: RegisterMeta | null; problems: string[] }[]): Health {
  const registers = new Map(pass.registers);
  const orphanDamage: Unreadable[] = [];
  for (const r of recovered) {
    if (r.meta) registers.set(r.id, r.meta);
    else orphanDamage.push({ id: r.id, name: null, problems: r.problems.length > 0 ? r.problems : ['no rows'] });
  }
  // Named once per id (a damaged index entry and a damaged description of one register are one problem).
  const seen = new Set<string>();
  const damaged = [...pass.damaged, ...orphanDamage].filter((d) => {
    if (d.id === null) return true;
    if (registers.has(d.id) || seen.has(d.id)) return false;
    seen.add(d.id);
    return true;
  });
  return { registers: [...registers.values()], damaged, unreadable: pass.unreadable, recovered: [...registers.keys()].filter((id) => !pass.indexed.has(id)) };
}
