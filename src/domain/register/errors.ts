/**
 * A rejected row's reasons, and the table of them offered for download (plain TS, no parser:
 * the page's dialog uses it without loading the import code).
 */
import type { Field } from './fields';

/** Why a row was not imported (a category never is a reason: unknown values are mapped or kept unclassified). */
export type RowProblem =
  | 'missing'
  | 'unknown-district'
  | 'not-a-number'
  | 'negative'
  /** The same project (id, or name and place) again further down, and the user chose to keep the later row. */
  | 'duplicate-earlier'
  /** The cell's own unit contradicts its column's stated unit (e.g. "3.5亿" under 投资额（万元）). */
  | 'ambiguous-unit'
  /** A 合计 / 小计 row whose amount is not the sum of the rows it covers. */
  | 'totals-mismatch'
  /** A comma that is not a thousands separator ("10,5"): a decimal comma is never guessed (money.ts). */
  | 'decimal-comma'
  /** A space between digits ("10 20"): one number or two is never guessed. */
  | 'space-in-number'
  /** An amount above what storage keeps (STORED_LIMITS.amount, limits.ts): named in the reason. */
  | 'above-limit'
  /** A date that names no day of the calendar ("2021-02-31", "2021-13-01"). */
  | 'impossible-date';

/** Something about a row that was imported as stated, worth the user's eye. */
export type RemarkCode = 'unreadable-date' | 'month-only-date' | 'unreadable-edition' | 'unreadable-funds' | 'negative-funds' | 'funds-above-amount';

export interface RowRemark {
  row: number;
  column: Field;
  value: string;
  remark: RemarkCode;
}

export interface RowError {
  /** 1-based row number in the file (the header is row 1). */
  row: number;
  column: Field;
  value: string;
  problem: RowProblem;
}

export interface ErrorLabels {
  header: readonly [string, string, string, string];
  column: (field: Field) => string;
  problem: (problem: RowProblem) => string;
}

/**
 * Row errors (and remarks) the import worker sends the page per kind of problem; the rest are
 * counted ("and 999 more of the same kind") and the full list is built in the worker when the
 * user downloads it, so a file of a million bad rows never sends a million objects.
 */
export const ROW_ISSUES_PER_KIND = 50;
/** Likewise for the other lists a hostile file can make long: distinct category values per column, totals rows, section headings. */
export const VALUES_SENT = 100;
export const TOTALS_SENT = 100;
export const SECTIONS_SENT = 10;
/** Duplicate groups the page gets (the rest are counted, and follow the same choice). */
export const DUPLICATES_SENT = 100;

export interface RemarkLabels {
  header: readonly [string, string, string, string];
  column: (field: Field) => string;
  remark: (remark: RemarkCode) => string;
}

/** The rows imported with a remark as a table (row, column, value, remark), header first. */
export function remarkTable(remarks: readonly RowRemark[], labels: RemarkLabels): string[][] {
  return [[...labels.header], ...remarks.map((r) => [String(r.row), labels.column(r.column), r.value, labels.remark(r.remark)])];
}

const CODES: ErrorLabels = { header: ['row', 'column', 'value', 'problem'], column: (f) => f, problem: (p) => p };

/** The bad rows as a table (row, column, value, problem), header first: codes, or words in a language. */
export function errorTable(errors: readonly RowError[], labels: ErrorLabels = CODES): string[][] {
  return [[...labels.header], ...errors.map((e) => [String(e.row), labels.column(e.column), e.value, labels.problem(e.problem)])];
}
