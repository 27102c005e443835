/** Messages between the page and the register import worker (types only). */
import type { Field, HeaderMapping } from '../domain/register/fields';
import type { RowError } from '../domain/register/import';
import type { ReconciliationLine } from '../domain/register/reconcile';
import type { FileKind, ReadErrorCode } from '../domain/register/read';
import type { RegisterMeta } from '../storage/registers';

export type ToWorker =
  | { type: 'read'; file: File }
  | { type: 'map'; columns: Record<Field, number | null> }
  | { type: 'save'; name: string };

export type ImportPhase = 'read' | 'parse' | 'check' | 'save';

export interface CheckSummary {
  fileName: string;
  kind: FileKind;
  encoding: string | null;
  header: string[];
  mapping: HeaderMapping;
  rowsRead: number;
  rowsAccepted: number;
  rowsRejected: number;
  blankRows: number;
  errors: RowError[];
  /** Parser remarks that did not stop reading. */
  problems: string[];
  reconciliation: ReconciliationLine[];
  /** Milliseconds spent reading, parsing and checking (measured in the worker). */
  ms: { read: number; parse: number; check: number };
}

export type FromWorker =
  | { type: 'progress'; phase: ImportPhase; done: number; total: number }
  | { type: 'checked'; summary: CheckSummary }
  | { type: 'failed'; code: ReadErrorCode | 'internal' | 'worker'; detail: string }
  | { type: 'saved'; meta: RegisterMeta; ms: number };
