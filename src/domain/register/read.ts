/**
 * From a file's bytes to sheets of text cells, for CSV (UTF-8, UTF-16 or GB18030), XLSX (every
 * sheet, hidden ones marked, read with read-excel-file, loaded only when an XLSX file comes in)
 * and JSON (an array of objects keyed by header names, an object with a "projects" array, or an
 * array of rows whose first row is the header). A file that cannot be read throws a ReadError
 * whose code the UI words in both languages; nothing is half-read. Which sheet and which row
 * holds the table is decided later (table.ts, chooseSheet).
 */
import { mapHeaders, REQUIRED } from './fields';
import { decodeBytes, parseCsv, type Encoding } from './import';
import { findTable } from './table';
import { READ_LIMITS, STORED_LIMITS, type LimitDetail } from './limits';
import { openXlsx, XLSX_LIMITS, ZipLimitError, type XlsxArchive } from './xlsx-archive';

export { READ_LIMITS } from './limits';

function limitError(detail: LimitDetail): ReadError {
  return new ReadError('limit', JSON.stringify(detail));
}

export type FileKind = 'csv' | 'xlsx' | 'json';

export type ReadErrorCode = 'empty' | 'binary' | 'xlsx' | 'json-syntax' | 'json-shape' | 'too-large' | 'limit';

export class ReadError extends Error {
  constructor(
    readonly code: ReadErrorCode,
    readonly detail = '',
  ) {
    super(detail ? `${code}: ${detail}` : code);
    this.name = 'ReadError';
  }
}

/** Files larger than this are refused before reading (a 100 000-row register is about 15 MB). */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;

/** Refuse a sheet past READ_LIMITS (one pass over the cells, in the worker). */
export function checkSheetLimits(rows: readonly (readonly string[])[], where: string): void {
  if (rows.length > READ_LIMITS.rows) throw limitError({ limit: 'rows', actual: rows.length, max: READ_LIMITS.rows, where });
  for (const row of rows) {
    let width = row.length;
    while (width > 0 && row[width - 1] === '') width--;
    if (width > READ_LIMITS.columns) throw limitError({ limit: 'columns', actual: width, max: READ_LIMITS.columns, where });
    for (let i = 0; i < width; i++) {
      const cell = row[i] ?? '';
      if (cell.length > READ_LIMITS.cellChars) throw limitError({ limit: 'cell', actual: cell.length, max: READ_LIMITS.cellChars, where });
    }
  }
}

/**
 * Refuse a header of a column kept as text (mapped to no field) past what storage keeps for it
 * (STORED_LIMITS.header): checked on the chosen table, before anything can be saved. The
 * refusal names the header by its first characters.
 */
export function checkKeptHeaders(headers: readonly string[]): void {
  for (const h of headers) {
    if (h.length > STORED_LIMITS.header) throw limitError({ limit: 'header', actual: h.length, max: STORED_LIMITS.header, where: `${h.slice(0, 40)}…` });
  }
}

/** The XLSX file opened within its limits (xlsx-archive.ts); a refusal as a ReadError. */
function openXlsxWithinLimits(bytes: Uint8Array): XlsxArchive {
  try {
    return openXlsx(bytes, { ...XLSX_LIMITS, maxRows: READ_LIMITS.rows, maxColumns: READ_LIMITS.columns });
  } catch (e) {
    if (!(e instanceof ZipLimitError)) throw new ReadError('xlsx', e instanceof Error ? e.message : String(e));
    if (e.limit === 'not-a-zip') throw new ReadError('xlsx', 'not a zip archive (no central directory)');
    throw limitError({ limit: e.limit, actual: e.actual, max: e.max, where: e.entry });
  }
}

/** The kind of a file: by its content where that is unambiguous (a ZIP is XLSX), else by extension. */
export function fileKind(name: string, bytes: Uint8Array): FileKind {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return 'xlsx';
  const ext = name.toLowerCase().split('.').pop() ?? '';
  if (ext === 'xlsx') return 'xlsx';
  if (ext === 'json') return 'json';
  if (ext === 'csv' || ext === 'txt' || ext === 'tsv') return 'csv';
  // No telling extension: JSON if it starts like JSON, else CSV.
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 64)).replace(/^\uFEFF/, '').trimStart();
  return head.startsWith('[') || head.startsWith('{') ? 'json' : 'csv';
}

/** A spreadsheet or JSON cell as text: numbers without float noise, dates as YYYY-MM-DD. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(Math.round(value * 1e9) / 1e9) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  return JSON.stringify(value);
}

export interface ReadSheet {
  name: string;
  /** Hidden in the workbook (never chosen by default). */
  hidden: boolean;
  /** Every row from the file's first, as text cells; row i is the file's row i + 1. */
  rows: string[][];
}

export interface ReadTable {
  kind: FileKind;
  /** Text encoding of a CSV or JSON file. */
  encoding: Encoding | null;
  /** One sheet for CSV and JSON; every sheet of a workbook, in workbook order. */
  sheets: ReadSheet[];
  /** Parser remarks that did not stop reading (e.g. a row with a stray quote). */
  problems: string[];
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** JSON value to table: [{header: value}], {projects: [...]}, or [[header...], [cells...]]. */
export function jsonTable(value: unknown): string[][] {
  const list = isRecord(value) && Array.isArray(value.projects) ? value.projects : value;
  if (!Array.isArray(list)) throw new ReadError('json-shape', 'expected an array of projects');
  if (list.length === 0) throw new ReadError('empty');
  if (list.every((r) => Array.isArray(r))) return list.map((r: unknown[]) => r.map(cellText));
  if (!list.every(isRecord)) throw new ReadError('json-shape', 'every project must be an object');
  const header: string[] = [];
  const seen = new Set<string>();
  for (const r of list) {
    for (const k of Object.keys(r)) {
      if (!seen.has(k)) {
        seen.add(k);
        header.push(k);
      }
    }
  }
  return [header, ...list.map((r) => header.map((h) => cellText(r[h])))];
}

function stripTrailingBlankColumns(rows: string[][]): string[][] {
  return rows.map((r) => {
    let end = r.length;
    while (end > 0 && r[end - 1] === '') end -= 1;
    return end === r.length ? r : r.slice(0, end);
  });
}

/** Control characters other than tab, line ends and form feed mean this is not a text file. */
function looksBinary(text: string): boolean {
  const n = Math.min(text.length, 65536);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 32 && c !== 9 && c !== 10 && c !== 12 && c !== 13) return true;
  }
  return false;
}

/** `onProgress` reports CSV parsing (characters done, characters in all). */
export async function readTable(name: string, bytes: Uint8Array, onProgress?: (done: number, total: number) => void): Promise<ReadTable> {
  if (bytes.length === 0) throw new ReadError('empty');
  if (bytes.length > MAX_FILE_BYTES) throw new ReadError('too-large', `${Math.round(bytes.length / 1048576)} MB`);
  const kind = fileKind(name, bytes);
  if (kind === 'xlsx') {
    // One inflate: a zip bomb is refused from the entry list, a 2 000 000-row sheet by its rows,
    // before read-excel-file parses anything; the reader then reads the same inflated parts.
    const buffer = bytes.slice().buffer;
    const { hidden } = openXlsxWithinLimits(new Uint8Array(buffer));
    let sheets: ReadSheet[];
    try {
      const { default: readXlsxFile } = await import('read-excel-file/universal');
      const read = await readXlsxFile(buffer);
      sheets = read.map((s) => ({ name: s.sheet, hidden: hidden.has(s.sheet), rows: stripTrailingBlankColumns(s.data.map((r) => r.map(cellText))) }));
    } catch (e) {
      throw new ReadError('xlsx', e instanceof Error ? e.message : String(e));
    }
    if (sheets.every((s) => s.rows.length === 0)) throw new ReadError('empty');
    for (const sheet of sheets) checkSheetLimits(sheet.rows, sheet.name);
    return { kind, encoding: null, sheets, problems: [] };
  }
  const { text, encoding } = decodeBytes(bytes);
  if (looksBinary(text)) throw new ReadError('binary');
  if (text.trim() === '') throw new ReadError('empty');
  if (kind === 'json') {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (e) {
      throw new ReadError('json-syntax', e instanceof Error ? e.message : String(e));
    }
    const rows = jsonTable(value);
    checkSheetLimits(rows, name);
    return { kind, encoding, sheets: [{ name: name, hidden: false, rows }], problems: [] };
  }
  const { rows, problems } = parseCsv(text, onProgress);
  if (rows.length === 0) throw new ReadError('empty');
  checkSheetLimits(rows, name);
  return { kind, encoding, sheets: [{ name, hidden: false, rows }], problems };
}

/**
 * The sheet an import starts on: the user's choice, else the first visible sheet whose header
 * row (found by findTable) names all the required fields, else the first visible one.
 */
export function chooseSheet(sheets: readonly ReadSheet[], chosen: string | null): ReadSheet | undefined {
  if (chosen !== null) {
    const s = sheets.find((x) => x.name === chosen);
    if (s) return s;
  }
  const visible = sheets.filter((s) => !s.hidden);
  return visible.find((s) => findTable(s.rows).score >= REQUIRED.length && mapHeaders(findTable(s.rows).headers).missing.length === 0) ?? visible[0] ?? sheets[0];
}
