/**
 * Everything read back from IndexedDB is checked against its schema (valibot) before anything
 * uses it, and the schemas' types are the stored records' types: the register index (ids, names, dates, counts, versions) and each register's
 * columns (lengths match, amounts finite, non-negative and not absurd, keys from the
 * vocabularies, text of bounded length). Nothing here throws, whatever was stored: a damaged
 * entry is reported as damaged, with a repaired copy that drops what is unreadable and keeps
 * the rest, so the page can offer "repair" and "delete" instead of showing wrong figures or
 * going blank.
 */
import * as v from 'valibot';
import { BAD_VALUE, CELL, COLUMN_KEYS, isText, MAX_HEADER, RegisterColumnsSchema, type Cell, type RegisterColumns } from '../domain/register/columns-schema';
import type { StoredSettings } from './registers';

export { isStoredAmount, MAX_STORED_AMOUNT } from '../domain/register/columns-schema';

/** Problems kept per check; the rest are counted. */
const MAX_PROBLEMS = 20;
const ID = /^r-[a-z0-9]{6,32}$/;
const ISO = /^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/;

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** What a missing key should have been: its own schema's message for "nothing". */
function missingKeyMessages(entries: Record<string, v.GenericSchema>): Record<string, string> {
  return Object.fromEntries(Object.entries(entries).map(([key, schema]) => [key, v.safeParse(schema, undefined).issues?.[0].message ?? 'missing']));
}

/**
 * A schema issue as one problem line, "path: what is wrong". valibot reports a missing key with
 * its object's message; the key's own message is used instead. `index` writes list positions.
 */
function issueText(issue: v.BaseIssue<unknown>, missing: Record<string, string>, index: (parent: unknown, i: number) => string | null): string {
  const keys = (issue.path ?? []).map((item) => item.key);
  const path = keys.map((k, i) => (typeof k === 'number' ? index(keys[i - 1], k) : `${i > 0 ? '.' : ''}${String(k)}`)).filter((x) => x !== null).join('');
  if (issue.type === 'variant' || path === '') return issue.message;
  const last = String(keys[keys.length - 1]);
  const isMissing = issue.received === 'undefined' && issue.expected === `"${last}"`;
  return `${path}: ${isMissing ? (missing[last] ?? issue.message) : issue.message}`;
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

const text = (max: number, message: string) => v.pipe(v.string(message), v.maxLength(max, message));
const date = (message: string) => v.pipe(v.string(message), v.maxLength(40, message), v.regex(ISO, message));
const count = (message: string, min = 0) => v.pipe(v.number(message), v.safeInteger(message), v.minValue(min, message));

const VERSION = {
  version: count('not a positive whole number', 1),
  fileName: text(MAX_HEADER, 'not text'),
  /** ISO timestamp of the import. */
  importedAt: date('not a date'),
  rows: count('not a count'),
  rejected: count('not a count'),
  /** Optional fields the file had a column for. */
  columns: v.optional(v.array(text(200, 'not a list of names'), 'not a list of names')),
};

const VersionMetaSchema = v.object(VERSION, 'not an object');

const META = {
  /** "r-" and random base-36 characters; the value of the URL's data= parameter (DATA_ID in url-codec.ts). */
  id: v.pipe(v.string('not a register id'), v.maxLength(40, 'not a register id'), v.regex(ID, 'not a register id')),
  name: text(MAX_HEADER, 'not text'),
  /** The latest version's file, date and counts. */
  fileName: text(MAX_HEADER, 'not text'),
  importedAt: date('not a date'),
  rows: count('not a count'),
  rejected: count('not a count'),
  /** Oldest first; absent in registers saved by the first release (then: one version, these fields). */
  versions: v.optional(v.pipe(v.array(VersionMetaSchema, 'not a list of versions'), v.minLength(1, 'not a list of versions'), v.maxLength(1000, 'not a list of versions'))),
  /** What the user confirmed in the mapping step (checked as an object; its parts are read with defaults). */
  settings: v.optional(v.custom<StoredSettings>(isRecord, 'not an object')),
  /** The user's word on import that this is the city's full list for 2021 (absent in older records: not said). */
  fullList2021: v.optional(v.boolean('not true or false')),
};

/** One entry of the stored register index. */
export const RegisterMetaSchema = v.object(META, 'not an object');
export type VersionMeta = v.InferOutput<typeof VersionMetaSchema>;
export type RegisterMeta = v.InferOutput<typeof RegisterMetaSchema>;

const META_MISSING = missingKeyMessages({ ...VERSION, ...META });
/** versions[0].rows; a list of names is named as a whole. */
const metaIndex = (parent: unknown, i: number) => (parent === 'columns' ? null : `[${i}]`);

export interface IndexCheck {
  /** The entries that passed. */
  registers: RegisterMeta[];
  /** Entries that did not, with the id when it could be read. */
  damaged: { id: string | null; name: string | null; problems: string[] }[];
  /** The index itself was not a list (everything in it is unreadable). */
  unreadable: boolean;
}

/** The stored index: which entries can be used, and which are damaged (and why). Never throws. */
export function checkIndex(raw: unknown): IndexCheck {
  if (raw === undefined || raw === null) return { registers: [], damaged: [], unreadable: false };
  if (!Array.isArray(raw)) return { registers: [], damaged: [{ id: null, name: null, problems: ['the index is not a list'] }], unreadable: true };
  const registers: RegisterMeta[] = [];
  const damaged: IndexCheck['damaged'] = [];
  const seen = new Set<string>();
  for (const entry of raw.slice(0, 10_000)) {
    const p = new Problems();
    const parsed = v.safeParse(RegisterMetaSchema, entry, { abortPipeEarly: true });
    for (const issue of parsed.issues ?? []) p.add(issueText(issue, META_MISSING, metaIndex));
    const id = isRecord(entry) && typeof entry.id === 'string' && ID.test(entry.id) ? entry.id : null;
    const name = isRecord(entry) && isText(entry.name, MAX_HEADER) ? entry.name : null;
    if (parsed.success && seen.has(parsed.output.id)) p.add('id: used twice');
    if (parsed.success && p.count === 0) {
      registers.push(parsed.output);
      seen.add(parsed.output.id);
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
  repaired: RegisterColumns | null;
}

/** Per-row columns of each format: path in the record → the check of its values (the schema's). */
const V1: [string, Cell<unknown>][] = [
  ['id', CELL.text],
  ['district', CELL.district],
  ['partner', CELL.text],
  ['name', CELL.text],
  ['amount', CELL.amount],
  ['sector', CELL.sector],
  ['investor', CELL.investor],
  ['signing', CELL.signing],
  ['note', CELL.textOrNull],
];
const V2: [string, Cell<unknown>][] = [
  ...V1,
  ['area', CELL.area],
  ['original.sector', CELL.textOrNull],
  ['original.investor', CELL.textOrNull],
  ['original.signing', CELL.textOrNull],
  ['original.stage', CELL.textOrNull],
];
const PROGRESS: [string, Cell<unknown>][] = [
  ['progress.stage', CELL.stage],
  ['progress.funds', CELL.fundsOrNull],
  ['progress.startDate', CELL.dateOrNull],
  ['progress.reportDate', CELL.dateOrNull],
  ['progress.edition', CELL.editionOrNull],
];

const COLUMN_MISSING = missingKeyMessages(COLUMN_KEYS);
/** An unmapped column by its number (extra.0); a list of names as a whole. */
const columnIndex = (parent: unknown, i: number) => (parent === 'extra' ? `.${i}` : null);

/** A list, or nothing (for the row-by-row pass, which runs only on a record whose lists the schema accepted). */
const list = (x: unknown): unknown[] => (Array.isArray(x) ? x : []);

function at(record: Record<string, unknown>, path: string): unknown {
  let x: unknown = record;
  for (const part of path.split('.')) x = isRecord(x) ? x[part] : undefined;
  return x;
}

/**
 * Check a stored register's columns against their schema. Columns that are missing or not
 * lists make the record unreadable (repaired null); rows with a bad value, and rows past the
 * shortest column, are bad rows — a repair keeps every other row as it was.
 */
export function checkColumns(raw: unknown): ColumnsCheck {
  const unreadable = (why: string, rows = 0): ColumnsCheck => ({ rows, badRows: rows, problems: [why], repaired: null });
  if (!isRecord(raw)) return unreadable('the record is not an object');
  const rows = Array.isArray(raw.id) ? raw.id.length : 0;
  const parsed = v.safeParse(RegisterColumnsSchema, raw);
  const structural = parsed.issues?.find((issue) => issue.message !== BAD_VALUE);
  if (structural) return unreadable(issueText(structural, COLUMN_MISSING, columnIndex), rows);
  const columns: [string, Cell<unknown>][] = raw.format === 1 ? [...V1] : [...V2];
  if (raw.format === 2) {
    if (raw.progress !== null) columns.push(...PROGRESS);
    list(raw.extra).forEach((_, j) => columns.push([`extra.${j}`, CELL.text]));
  }
  const arrays = columns.map(([path]) => list(path.startsWith('extra.') ? list(raw.extra)[Number(path.slice(6))] : at(raw, path)));
  const length = Math.min(...arrays.map((a) => a.length));
  const sameLength = arrays.every((a) => a.length === rows);
  if (parsed.success && sameLength) return { rows, badRows: 0, problems: [], repaired: parsed.output };
  // Some rows do not read: find them row by row, and keep the rest.
  const p = new Problems();
  const bad = new Uint8Array(rows);
  let badRows = 0;
  if (!sameLength) {
    p.add(`columns of different lengths (${length}–${Math.max(...arrays.map((a) => a.length))} values; ${rows} ids)`);
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
      const x = column[i];
      p.add(`row ${i + 1} ${path}: ${typeof x === 'number' ? String(x) : typeof x === 'string' ? JSON.stringify(x.length > 30 ? `${x.slice(0, 30)}…` : x) : x === null ? 'null' : typeof x}`);
    }
  });
  const keep = (column: unknown[]) => column.filter((_, i) => i < rows && bad[i] === 0);
  const copy: Record<string, unknown> = { ...raw };
  for (const [path] of columns) {
    if (path.startsWith('extra.')) continue;
    const [head, tail] = path.split('.');
    if (!head) continue;
    if (tail === undefined) copy[head] = keep(list(raw[head]));
    else copy[head] = { ...(isRecord(copy[head]) ? copy[head] : {}), [tail]: keep(list(at(raw, path))) };
  }
  if (raw.format === 2) copy.extra = list(raw.extra).map((column) => keep(list(column)));
  const repaired = v.safeParse(RegisterColumnsSchema, copy);
  return { rows, badRows, problems: p.lines(), repaired: repaired.success ? repaired.output : null };
}
