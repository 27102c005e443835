/**
 * Everything read back from IndexedDB is checked against its schema before anything uses it
 * (plain TS): the register index (ids, names, dates, counts, versions) and each register's
 * columns (lengths match, amounts finite, non-negative and not absurd, keys from the
 * vocabularies, text of bounded length). Nothing here throws, whatever was stored: a damaged
 * entry is reported as damaged, with a repaired copy that drops what is unreadable and keeps
 * the rest, so the page can offer "repair" and "delete" instead of showing wrong figures or
 * going blank.
 */
import { AREA_KEYS } from '../data/areas';
import { DISTRICTS } from '../data/districts';
import { INVESTOR_KEYS, SECTOR_KEYS, SIGNING_KEYS, STAGE_KEYS } from '../data/vocabularies';

/** 亿元. A single project above this is not a real figure (China's GDP is about 1.3 million 亿元). */
export const MAX_STORED_AMOUNT = 10_000_000;
/** Problems kept per check; the rest are counted. */
const MAX_PROBLEMS = 20;
const MAX_TEXT = 10_000;
const ID = /^r-[a-z0-9]{6,32}$/;
const ISO = /^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DISTRICT_CODES = new Set(DISTRICTS.map((d) => d.code));

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function isCount(x: unknown): x is number {
  return typeof x === 'number' && Number.isSafeInteger(x) && x >= 0;
}

function isText(x: unknown, max = MAX_TEXT): x is string {
  return typeof x === 'string' && x.length <= max;
}

/** A figure that may be shown: a finite number, not negative, not absurd. */
export function isStoredAmount(x: unknown): x is number {
  return typeof x === 'number' && Number.isFinite(x) && x >= 0 && x <= MAX_STORED_AMOUNT;
}

function oneOf(keys: readonly string[]): (x: unknown) => boolean {
  const set = new Set(keys);
  return (x) => x === null || (typeof x === 'string' && set.has(x));
}

class Problems {
  readonly list: string[] = [];
  count = 0;
  add(text: string): void {
    this.count++;
    if (this.list.length < MAX_PROBLEMS) this.list.push(text);
  }
  lines(): string[] {
    return this.count > this.list.length ? [...this.list, `… and ${this.count - this.list.length} more`] : this.list;
  }
}

/* ---------- the index ---------- */

export interface IndexCheck<M> {
  /** The entries that passed, as stored. */
  registers: M[];
  /** Entries that did not, with the id when it could be read. */
  damaged: { id: string | null; name: string | null; problems: string[] }[];
  /** The index itself was not a list (everything in it is unreadable). */
  unreadable: boolean;
}

function checkVersion(v: unknown, where: string, p: Problems): boolean {
  if (!isRecord(v)) {
    p.add(`${where}: not an object`);
    return false;
  }
  const before = p.count;
  if (!isCount(v.version) || v.version < 1) p.add(`${where}.version: not a positive whole number`);
  if (!isText(v.fileName, 1000)) p.add(`${where}.fileName: not text`);
  if (!isText(v.importedAt, 40) || !ISO.test(v.importedAt)) p.add(`${where}.importedAt: not a date`);
  if (!isCount(v.rows)) p.add(`${where}.rows: not a count`);
  if (!isCount(v.rejected)) p.add(`${where}.rejected: not a count`);
  if (v.columns !== undefined && !(Array.isArray(v.columns) && v.columns.every((c) => isText(c, 200)))) p.add(`${where}.columns: not a list of names`);
  return p.count === before;
}

/** One index entry; its problems are added to `p`. */
function checkMeta(m: unknown, p: Problems): boolean {
  if (!isRecord(m)) {
    p.add('not an object');
    return false;
  }
  const before = p.count;
  if (!isText(m.id, 40) || !ID.test(m.id)) p.add('id: not a register id');
  if (!isText(m.name, 1000)) p.add('name: not text');
  if (!isText(m.fileName, 1000)) p.add('fileName: not text');
  if (!isText(m.importedAt, 40) || !ISO.test(m.importedAt)) p.add('importedAt: not a date');
  if (!isCount(m.rows)) p.add('rows: not a count');
  if (!isCount(m.rejected)) p.add('rejected: not a count');
  if (m.versions !== undefined) {
    if (!Array.isArray(m.versions) || m.versions.length === 0 || m.versions.length > 1000) p.add('versions: not a list of versions');
    else m.versions.forEach((v, i) => checkVersion(v, `versions[${i}]`, p));
  }
  if (m.settings !== undefined && !isRecord(m.settings)) p.add('settings: not an object');
  return p.count === before;
}

/** The stored index: which entries can be used, and which are damaged (and why). Never throws. */
export function checkIndex<M>(raw: unknown): IndexCheck<M> {
  if (raw === undefined || raw === null) return { registers: [], damaged: [], unreadable: false };
  if (!Array.isArray(raw)) return { registers: [], damaged: [{ id: null, name: null, problems: ['the index is not a list'] }], unreadable: true };
  const registers: M[] = [];
  const damaged: IndexCheck<M>['damaged'] = [];
  const seen = new Set<string>();
  for (const entry of raw.slice(0, 10_000)) {
    const p = new Problems();
    const ok = checkMeta(entry, p);
    const id = isRecord(entry) && typeof entry.id === 'string' && ID.test(entry.id) ? entry.id : null;
    const name = isRecord(entry) && isText(entry.name, 1000) ? entry.name : null;
    if (ok && id !== null && seen.has(id)) p.add('id: used twice');
    if (p.count === 0) {
      registers.push(entry as M);
      if (id) seen.add(id);
    } else damaged.push({ id, name, problems: p.lines() });
  }
  if (raw.length > 10_000) damaged.push({ id: null, name: null, problems: [`${raw.length - 10_000} more entries than the 10 000 an index may hold`] });
  return { registers, damaged, unreadable: false };
}

/* ---------- a register's columns ---------- */

export interface ColumnsCheck {
  /** Rows the record holds (its id column's length, when it has one). */
  rows: number;
  /** Rows that fail a check (dropped by a repair). */
  badRows: number;
  problems: string[];
  /** The record as it can be used: itself when clean, a copy without the bad rows when repairable, null when unreadable. */
  repaired: Record<string, unknown> | null;
}

type Check = (x: unknown) => boolean;

const text: Check = (x) => isText(x);
const textOrNull: Check = (x) => x === null || isText(x);
const district: Check = (x) => x === '' || (typeof x === 'string' && DISTRICT_CODES.has(x));
const fundsOrNull: Check = (x) => x === null || isStoredAmount(x);
const dateOrNull: Check = (x) => x === null || (typeof x === 'string' && DATE.test(x));
const editionOrNull: Check = (x) => x === null || (typeof x === 'number' && Number.isInteger(x) && x >= 1990 && x <= 2100);

/** Per-row columns of each format: path in the record → check. */
const V1: [string, Check][] = [
  ['id', (x) => isText(x, 200)],
  ['district', district],
  ['partner', text],
  ['name', text],
  ['amount', isStoredAmount],
  ['sector', oneOf(SECTOR_KEYS)],
  ['investor', oneOf(INVESTOR_KEYS)],
  ['signing', oneOf(SIGNING_KEYS)],
  ['note', textOrNull],
];
const V2: [string, Check][] = [
  ...V1,
  ['area', oneOf(AREA_KEYS)],
  ['original.sector', textOrNull],
  ['original.investor', textOrNull],
  ['original.signing', textOrNull],
  ['original.stage', textOrNull],
];
const PROGRESS: [string, Check][] = [
  ['progress.stage', oneOf(STAGE_KEYS)],
  ['progress.funds', fundsOrNull],
  ['progress.startDate', dateOrNull],
  ['progress.reportDate', dateOrNull],
  ['progress.edition', editionOrNull],
];

function at(record: Record<string, unknown>, path: string): unknown {
  let x: unknown = record;
  for (const part of path.split('.')) x = isRecord(x) ? x[part] : undefined;
  return x;
}

/**
 * Check a stored register's columns. Columns that are missing or not lists make the record
 * unreadable (repaired null); rows with a bad value, and rows past the shortest column, are
 * bad rows — a repair keeps every other row as it was.
 */
export function checkColumns(raw: unknown): ColumnsCheck {
  const p = new Problems();
  const unreadable = (why: string, rows = 0): ColumnsCheck => ({ rows, badRows: rows, problems: [why], repaired: null });
  if (!isRecord(raw)) return unreadable('the record is not an object');
  if (raw.format !== 1 && raw.format !== 2) return unreadable(`unknown format ${typeof raw.format === 'number' ? raw.format : typeof raw.format}`);
  const rows = Array.isArray(raw.id) ? raw.id.length : 0;
  if (!isText(raw.locator, 1000)) return unreadable('locator: not text', rows);
  const columns: [string, Check][] = raw.format === 1 ? [...V1] : [...V2];
  if (raw.format === 2) {
    if (raw.progress !== null && !isRecord(raw.progress)) return unreadable('progress: not an object', rows);
    if (raw.progress !== null) columns.push(...PROGRESS);
    if (!Array.isArray(raw.extraHeaders) || !raw.extraHeaders.every((h) => isText(h, 1000))) return unreadable('extraHeaders: not a list of names', rows);
    if (!Array.isArray(raw.extra) || raw.extra.length !== raw.extraHeaders.length) return unreadable('extra: does not match extraHeaders', rows);
    raw.extra.forEach((_, j) => columns.push([`extra.${j}`, text]));
  }
  const arrays: unknown[][] = [];
  for (const [path] of columns) {
    const column = path.startsWith('extra.') && Array.isArray(raw.extra) ? raw.extra[Number(path.slice(6))] : at(raw, path);
    if (!Array.isArray(column)) return unreadable(`${path}: missing or not a list`, rows);
    arrays.push(column);
  }
  const length = Math.min(...arrays.map((a) => a.length));
  const bad = new Uint8Array(rows);
  let badRows = 0;
  if (arrays.some((a) => a.length !== rows)) {
    p.add(`columns of different lengths (${Math.min(...arrays.map((a) => a.length))}–${Math.max(...arrays.map((a) => a.length))} values; ${rows} ids)`);
    for (let i = length; i < rows; i++) bad[i] = 1;
    badRows += Math.max(0, rows - length);
  }
  columns.forEach(([path, check], c) => {
    const column = arrays[c] ?? [];
    for (let i = 0; i < length; i++) {
      if (check(column[i])) continue;
      if (bad[i] === 0) {
        bad[i] = 1;
        badRows++;
      }
      const v = column[i];
      p.add(`row ${i + 1} ${path}: ${typeof v === 'number' ? String(v) : typeof v === 'string' ? JSON.stringify(v.length > 30 ? `${v.slice(0, 30)}…` : v) : v === null ? 'null' : typeof v}`);
    }
  });
  if (badRows === 0) return { rows, badRows: 0, problems: [], repaired: raw };
  const keep = (column: unknown[]) => column.filter((_, i) => i < rows && bad[i] === 0);
  const copy: Record<string, unknown> = { ...raw };
  for (const [path] of columns) {
    if (path.startsWith('extra.')) continue;
    const [head, tail] = path.split('.');
    if (!head) continue;
    if (tail === undefined) copy[head] = keep(raw[head] as unknown[]);
    else {
      const inner = { ...(copy[head] as Record<string, unknown>) };
      inner[tail] = keep(inner[tail] as unknown[]);
      copy[head] = inner;
    }
  }
  if (raw.format === 2 && Array.isArray(raw.extra)) copy.extra = raw.extra.map((column) => keep(column as unknown[]));
  return { rows, badRows, problems: p.lines(), repaired: copy };
}
