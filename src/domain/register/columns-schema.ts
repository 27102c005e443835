/**
 * The schema of a stored register's columns (valibot), whose inferred types are the
 * RegisterColumns the rest of the code uses: format 1 (the first release) and format 2. Each
 * column is a list whose every value passes one cell check (the same checks the repair uses
 * row by row in storage/validate.ts); a cell check is a plain loop, because a register runs to
 * 200 000 rows and a schema per cell would cost ten times as much on every read.
 */
import * as v from 'valibot';
import { AREA_KEYS } from '../../data/areas';
import { DISTRICTS } from '../../data/districts';
import { INVESTOR_KEYS, SECTOR_KEYS, SIGNING_KEYS, STAGE_KEYS } from '../../data/vocabularies';
import { STORED_LIMITS } from './limits';

/** 亿元. A single project above this is not a real figure; the importer refuses it as a row error (limits.ts). */
export const MAX_STORED_AMOUNT: number = STORED_LIMITS.amount;
/** READ_LIMITS.cellChars: whatever the reader accepts reads back. */
export const MAX_TEXT: number = STORED_LIMITS.text;
/** Characters of a kept column's header, of the file name (the locator): the importer refuses a longer header. */
export const MAX_HEADER: number = STORED_LIMITS.header;
const DATE = /^\d{4}-\d{2}(-\d{2})?$/; // the importer keeps yyyy-mm when a cell gives only the month
const DISTRICT_CODES = new Set(DISTRICTS.map((d) => d.code));

export type Cell<T> = (x: unknown) => x is T;

export const isText = (x: unknown, max = MAX_TEXT): x is string => typeof x === 'string' && x.length <= max;

/** A figure that may be shown: a finite number, not negative, not absurd. */
export function isStoredAmount(x: unknown): x is number {
  return typeof x === 'number' && Number.isFinite(x) && x >= 0 && x <= MAX_STORED_AMOUNT;
}

function keyOf<K extends string>(keys: readonly K[]): Cell<K | null> {
  const set = new Set<string>(keys);
  return (x): x is K | null => x === null || (typeof x === 'string' && set.has(x));
}

/** The check of each column's values. */
export const CELL = {
  text: (x: unknown): x is string => isText(x),
  textOrNull: (x: unknown): x is string | null => x === null || isText(x),
  district: (x: unknown): x is string => x === '' || (typeof x === 'string' && DISTRICT_CODES.has(x)),
  amount: isStoredAmount,
  fundsOrNull: (x: unknown): x is number | null => x === null || isStoredAmount(x),
  dateOrNull: (x: unknown): x is string | null => x === null || (typeof x === 'string' && DATE.test(x)),
  editionOrNull: (x: unknown): x is number | null => x === null || (typeof x === 'number' && Number.isInteger(x) && x >= 1990 && x <= 2100),
  sector: keyOf(SECTOR_KEYS),
  investor: keyOf(INVESTOR_KEYS),
  signing: keyOf(SIGNING_KEYS),
  stage: keyOf(STAGE_KEYS),
  area: keyOf(AREA_KEYS),
};

export const NOT_A_LIST = 'missing or not a list';
export const BAD_VALUE = 'a value that does not read';

/** A list whose every value passes `cell` (kept as it is, not copied). */
const column = <T>(cell: Cell<T>) => v.custom<T[]>((x) => Array.isArray(x) && x.every(cell), (issue) => (Array.isArray(issue.input) ? BAD_VALUE : NOT_A_LIST));
const name = (max: number, message: string) => v.pipe(v.string(message), v.maxLength(max, message));

const V1 = {
  id: column(CELL.text),
  district: column(CELL.district),
  partner: column(CELL.text),
  name: column(CELL.text),
  amount: column(CELL.amount),
  sector: column(CELL.sector),
  investor: column(CELL.investor),
  signing: column(CELL.signing),
  note: column(CELL.textOrNull),
};
/** The one locator every row cites (source R): the file name. */
const locator = name(MAX_HEADER, 'not text');

const PROGRESS = { stage: column(CELL.stage), funds: column(CELL.fundsOrNull), startDate: column(CELL.dateOrNull), reportDate: column(CELL.dateOrNull), edition: column(CELL.editionOrNull) };
const ORIGINAL = { sector: column(CELL.textOrNull), investor: column(CELL.textOrNull), signing: column(CELL.textOrNull), stage: column(CELL.textOrNull) };

const ColumnsV1Schema = v.object({ format: v.literal(1), locator, ...V1 });

const ColumnsV2Schema = v.object({
  format: v.literal(2),
  locator,
  /** Present only when the file had any progress column. */
  progress: v.nullable(v.object(PROGRESS, 'not an object')),
  /** Unmapped columns, one list each (aligned with extraHeaders). */
  extraHeaders: v.array(name(MAX_HEADER, 'not a list of names'), 'not a list of names'),
  extra: v.array(column(CELL.text), 'does not match extraHeaders'),
  ...V1,
  area: column(CELL.area),
  /** The file's own text per category column (null where it was the term's own label or empty). */
  original: v.object(ORIGINAL, NOT_A_LIST),
});

/** Every key of the format-2 record, nested ones included (what a missing key should have been). */
export const COLUMN_KEYS = { ...ColumnsV2Schema.entries, ...PROGRESS, ...ORIGINAL };

export const RegisterColumnsSchema = v.pipe(
  v.variant('format', [ColumnsV1Schema, ColumnsV2Schema], (issue) => `unknown format ${typeof issue.input === 'number' ? issue.input : typeof issue.input}`),
  v.check((c) => c.format === 1 || c.extra.length === c.extraHeaders.length, 'extra: does not match extraHeaders'),
);

export type RegisterColumns = v.InferOutput<typeof RegisterColumnsSchema>;
export type RegisterColumnsV2 = v.InferOutput<typeof ColumnsV2Schema>;
