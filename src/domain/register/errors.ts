/**
 * A rejected row's reasons, and the table of them offered for download (plain TS, no parser:
 * the page's dialog uses it without loading the import code).
 */
import type { Field } from './fields';

export type RowProblem =
  | 'missing'
  | 'unknown-district'
  | 'not-a-number'
  | 'negative'
  | 'duplicate-id'
  | 'unknown-sector'
  | 'unknown-investor'
  | 'unknown-signing';

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

const CODES: ErrorLabels = { header: ['row', 'column', 'value', 'problem'], column: (f) => f, problem: (p) => p };

/** The bad rows as a table (row, column, value, problem), header first: codes, or words in a language. */
export function errorTable(errors: readonly RowError[], labels: ErrorLabels = CODES): string[][] {
  return [[...labels.header], ...errors.map((e) => [String(e.row), labels.column(e.column), e.value, labels.problem(e.problem)])];
}
