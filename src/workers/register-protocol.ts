/** Messages between the page and the register import worker (types only). */
import type { CategoryField } from '../data/types';
import type { Field, HeaderMapping, MoneyField } from '../domain/register/fields';
import type { RemarkCode, RowProblem } from '../domain/register/errors';
import type { DuplicateChoice, DuplicateGroup, MoneyColumnUnit, RowError, RowRemark, TotalsCheck } from '../domain/register/import';
import type { MoneyUnit } from '../domain/register/money';
import type { ReconciliationLine } from '../domain/register/reconcile';
import type { PackedRegister } from '../domain/register/packed';
import type { FileKind, ReadErrorCode } from '../domain/register/read';
import type { UnmatchedValue, ValueMap } from '../domain/register/values';
import type { VersionDiff } from '../domain/register/versions';
import type { StorageFailure } from '../storage/failure';
import type { RegisterMeta, VersionMeta } from '../storage/registers';

/** The choices of the mapping step (all optional: the file decides by default). */
export interface WorkerSettings {
  sheet?: string | null;
  headerRow?: number | null;
  columns?: Record<Field, number | null> | null;
  units?: Partial<Record<MoneyField, MoneyUnit>>;
  values?: ValueMap;
  /** Keep both rows of each duplicate (the default: the file as written), or only the later. */
  duplicates?: DuplicateChoice | null;
}

/** What the user confirmed in the dialog before saving (the worker refuses a save without it). */
export interface SaveConfirmed {
  /** Money columns whose "looks like another unit" warning the user confirmed. */
  units: MoneyField[];
  /** The user's word that the register is the city's full list for 2021 (then it is reconciled with the published 92). */
  fullList2021: boolean;
}

export type ToWorker =
  /** `update`: the id of a stored register the file is a new version of. */
  | { type: 'read'; file: File; update: string | null }
  | { type: 'settings'; settings: WorkerSettings }
  /** `store` false: this browser does not let the site store data — the register is handed back, kept in this tab only. */
  | { type: 'save'; name: string; store: boolean; confirmed: SaveConfirmed }
  /** The full list of rows not imported (or imported with a remark) as a CSV file, in `lang`; `header`: the error table's column names. */
  | { type: 'list-csv'; which: 'errors' | 'remarks'; lang: 'zh-CN' | 'en'; header: [string, string, string, string] }
  /** A register published with the site: fetched from the same origin, read and checked, not stored. */
  | { type: 'load-site'; url: string; fileName: string; settings: WorkerSettings }
  /** A stored register version (latest when version is null): read back from IndexedDB and checked here, handed over packed. */
  | { type: 'load-stored'; id: string; version: number | null };

export type ImportPhase = 'read' | 'parse' | 'check' | 'save';

export interface CheckSummary {
  fileName: string;
  kind: FileKind;
  encoding: string | null;
  sheets: { name: string; hidden: boolean; rows: number }[];
  sheet: string;
  /** The first rows of the sheet (trimmed), to choose another header row. */
  preview: { row: number; text: string }[];
  headerRow: number;
  headerRows: 1 | 2;
  /** Lines above the header (title, 填报单位, 单位). */
  above: string[];
  header: string[];
  mapping: HeaderMapping;
  units: Record<MoneyField, MoneyColumnUnit>;
  needsUnit: MoneyField[];
  /** The first VALUES_SENT distinct values per column (most rows first); unmatchedTotal counts them all. */
  unmatched: Record<CategoryField, UnmatchedValue[]>;
  unmatchedTotal: Record<CategoryField, number>;
  values: ValueMap;
  /** The first TOTALS_SENT totals rows; totalsTotal counts them all (a mismatch is also a row error). */
  totals: TotalsCheck[];
  totalsTotal: number;
  /** The first SECTIONS_SENT section headings; sectionsTotal counts them all. */
  sections: { row: number; text: string }[];
  sectionsTotal: number;
  extraHeaders: string[];
  rowsRead: number;
  rowsAccepted: number;
  rowsRejected: number;
  blankRows: number;
  /** At most ROW_ISSUES_PER_KIND per problem, in row order; the rest are counted in errorsHidden. */
  errors: RowError[];
  errorsTotal: number;
  errorsHidden: { kind: RowProblem; count: number }[];
  /** Likewise capped per remark. */
  remarks: RowRemark[];
  remarksTotal: number;
  remarksHidden: { kind: RemarkCode; count: number }[];
  /** Parser remarks that did not stop reading. */
  problems: string[];
  reconciliation: ReconciliationLine[];
  /** The first DUPLICATES_SENT duplicate groups (rows as the file numbers them); duplicatesTotal counts them all. */
  duplicates: DuplicateGroup[];
  duplicatesTotal: number;
  /** The choice the rows were checked with (keep both unless the user chose otherwise). */
  duplicateChoice: DuplicateChoice;
  /** Set when the file is a new version of a stored register: what would change. */
  update: { registerId: string; name: string; version: number; diff: VersionDiff } | null;
  /** Milliseconds spent reading, parsing and checking (measured in the worker). */
  ms: { read: number; parse: number; check: number };
}

export type FromWorker =
  | { type: 'progress'; phase: ImportPhase; done: number; total: number }
  | { type: 'checked'; summary: CheckSummary }
  | { type: 'failed'; code: ReadErrorCode | 'internal' | 'worker' | 'fetch' | 'site-unit' | 'site-missing'; detail: string }
  /**
   * `meanwhile`: another tab saved a newer version first ('newer', this one follows it) or deleted
   * the register ('gone', this one starts a new register). `unstored`: the register's rows,
   * packed, when it could not be stored (kept in this tab only).
   */
  | { type: 'saved'; meta: RegisterMeta; version: number; ms: number; meanwhile: 'newer' | 'gone' | null; unstored?: PackedRegister }
  /** The browser refused to store the register (quota, private mode): what was not saved. Nothing was changed. */
  | { type: 'save-failed'; reason: StorageFailure; name: string; version: number; rows: number; detail: string }
  /** `cachedAt`: the file came from the copy kept for offline use, saved then (ISO); null when fresh. */
  | { type: 'site-loaded'; packed: PackedRegister; summary: CheckSummary; cachedAt: string | null }
  /** The list asked for with 'list-csv' (UTF-8 with a BOM, CRLF), named after the file. */
  | { type: 'list-csv'; which: 'errors' | 'remarks'; fileName: string; blob: Blob }
  /** `stored` null: no such register or version in this browser. */
  | { type: 'stored-loaded'; stored: { meta: RegisterMeta; version: VersionMeta; packed: PackedRegister } | null }
  | { type: 'stored-damaged'; id: string; version: number; check: { rows: number; badRows: number; problems: string[] } };
