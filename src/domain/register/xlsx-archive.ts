/**
 * Opens an XLSX file (a zip archive) once, within the documented limits, for the reader: one
 * pass of fflate's unzipSync, whose entry list gives each entry's name and declared sizes
 * before that entry is inflated, so a 1.5 MB file that would inflate to 1.5 GB is refused from
 * the list, and nothing inflates past its declared size (fflate writes into a buffer of exactly
 * that size). The inflated worksheets are then checked for rows and columns (their declared
 * <dimension> and their counted <row> elements) before read-excel-file parses anything, and
 * the workbook's hidden sheets are read from the same bytes. Every refusal names its limit.
 */
import { strFromU8, unzipSync } from 'fflate';

export interface XlsxLimits {
  maxEntries: number;
  maxTotalBytes: number;
  maxEntryBytes: number;
  maxRows: number;
  maxColumns: number;
}

/** The documented limits (README "Import a register", docs/benchmarks.md). */
export const XLSX_LIMITS: Readonly<XlsxLimits> = {
  /** Entries in the zip (a workbook has a few dozen). */
  maxEntries: 10_000,
  /** Sum of every entry's uncompressed size. */
  maxTotalBytes: 256 * 1024 * 1024,
  /** One entry's uncompressed size (the sheet XML, or the shared strings). */
  maxEntryBytes: 256 * 1024 * 1024,
  /** Rows the first sheet may declare, header included. */
  maxRows: 500_001,
  /** Columns the first sheet may declare. */
  maxColumns: 500,
};

export type ZipLimit = 'not-a-zip' | 'entries' | 'total-bytes' | 'entry-bytes' | 'rows' | 'columns' | 'inconsistent';

/** Why the file is refused: `limit` names the rule, `actual` and `max` the numbers. */
export class ZipLimitError extends Error {
  constructor(
    readonly limit: ZipLimit,
    readonly actual: number,
    readonly max: number,
    readonly entry = '',
  ) {
    super(`${limit}: ${actual} > ${max}${entry ? ` (${entry})` : ''}`);
    this.name = 'ZipLimitError';
  }
}

export interface SheetSize {
  /** `<row>` elements in the sheet's XML. */
  rows: number;
  /** Columns its <dimension> declares, when it declares one. */
  columns: number | null;
}

export interface XlsxArchive {
  /** The XML parts (what read-excel-file reads), inflated. */
  files: Record<string, Uint8Array>;
  /** Entries in the archive, and the sum of their declared uncompressed sizes. */
  entries: number;
  totalBytes: number;
  /** Every worksheet's size, by its path in the archive. */
  sheets: Record<string, SheetSize>;
  /** Names of the sheets the workbook marks hidden or very hidden. */
  hidden: Set<string>;
}

/** The parts read-excel-file reads; images, printer settings and the like are never inflated. */
const isXmlPart = (name: string): boolean => name.endsWith('.xml') || name.endsWith('.rels');
const isWorksheet = (name: string): boolean => /^xl\/worksheets\/[^/]+\.xml$/.test(name);
/** The smallest central-directory record: a directory claiming more entries than fit is not a zip. */
const MIN_ENTRY_BYTES = 46;

const latin1 = new TextDecoder('latin1');

/**
 * The archive's XML parts, inflated in one pass of fflate's entry list with every size limit
 * checked before the entry it concerns is inflated. Past the entry or total limit nothing more
 * is inflated; the rest of the list is only counted, so the refusal states the real numbers.
 */
function unpack(bytes: Uint8Array, limits: Readonly<XlsxLimits>): { files: Record<string, Uint8Array>; declared: Map<string, number>; entries: number; totalBytes: number } {
  const declared = new Map<string, number>();
  const most = Math.max(1, Math.floor(bytes.length / MIN_ENTRY_BYTES));
  let entries = 0;
  let totalBytes = 0;
  let current = '';
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: ({ name, size, originalSize, compression }) => {
        entries++;
        if (entries > most) throw new ZipLimitError('not-a-zip', entries, most);
        totalBytes += originalSize;
        if (entries > limits.maxEntries) return false;
        if (originalSize > limits.maxEntryBytes) throw new ZipLimitError('entry-bytes', originalSize, limits.maxEntryBytes, name);
        if (totalBytes > limits.maxTotalBytes) return false;
        if (!isXmlPart(name)) return false;
        // A stored entry is copied as it is: its two sizes must agree. Other methods are the reader's to refuse.
        if (compression === 0 && size !== originalSize) throw new ZipLimitError('inconsistent', size, originalSize, name);
        declared.set(name, originalSize);
        current = name;
        return true;
      },
    });
  } catch (e) {
    if (e instanceof ZipLimitError) throw e;
    // fflate's code 13: no end-of-central-directory record.
    if ((e as { code?: number }).code === 13) throw new ZipLimitError('not-a-zip', 0, 0);
    // A stored block inside a deflate stream longer than the entry's declared size.
    if (e instanceof RangeError) throw new ZipLimitError('inconsistent', 0, declared.get(current) ?? 0, current);
    throw e;
  }
  if (entries > limits.maxEntries) throw new ZipLimitError('entries', entries, limits.maxEntries);
  if (totalBytes > limits.maxTotalBytes) throw new ZipLimitError('total-bytes', totalBytes, limits.maxTotalBytes);
  return { files, declared, entries, totalBytes };
}

/** "AB" → 28 (1-based column number). */
function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Rows and columns from a <dimension ref="A1:K200001"/> in the start of a sheet's XML. */
export function declaredDimension(xmlHead: string): { rows: number; columns: number } | null {
  const m = /<(?:\w+:)?dimension\b[^>]*\bref="([A-Za-z]{1,3})(\d{1,7})(?::([A-Za-z]{1,3})(\d{1,7}))?"/.exec(xmlHead);
  if (!m) return null;
  const [, c1 = 'A', r1 = '1', c2, r2] = m;
  const rows = r2 === undefined ? 1 : Number(r2) - Number(r1) + 1;
  const columns = c2 === undefined ? 1 : columnNumber(c2) - columnNumber(c1) + 1;
  return { rows: Math.max(rows, 0), columns: Math.max(columns, 0) };
}

const isNameByte = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f || c === 0x2e || c === 0x2d;
/** After `row`: whitespace, `>` or `/` (so `<rowBreaks>` is not a row). */
const endsName = (c: number): boolean => c === 0x20 || c === 0x3e || c === 0x2f || c === 0x0a || c === 0x09 || c === 0x0d;
const isRowAt = (xml: Uint8Array, p: number): boolean => xml[p] === 0x72 && xml[p + 1] === 0x6f && xml[p + 2] === 0x77 && endsName(xml[p + 3] ?? 0);

/** `<row>` elements (`<row` or `<prefix:row`, a prefix of up to 10 characters) in a sheet's XML, one byte scan. */
export function countRows(xml: Uint8Array): number {
  let rows = 0;
  const n = xml.length;
  for (let i = 0; i < n; i++) {
    if (xml[i] !== 0x3c) continue;
    if (isRowAt(xml, i + 1)) {
      rows++;
      continue;
    }
    // `<prefix:row`: a name of at most 10 bytes, then a colon.
    let q = i + 1;
    while (q <= i + 10 && isNameByte(xml[q] ?? 0)) q++;
    if (q > i + 1 && xml[q] === 0x3a && isRowAt(xml, q + 1)) rows++;
  }
  return rows;
}

/** A worksheet cut short (a stream longer than its declared size is cut there) no longer ends its root element. */
function endsWorksheet(xml: Uint8Array): boolean {
  return /<\/(?:\w+:)?worksheet>\s*$/.test(latin1.decode(xml.subarray(Math.max(0, xml.length - 64))));
}

/** Names of the sheets a workbook marks hidden or very hidden (from xl/workbook.xml). */
function hiddenSheets(workbook: Uint8Array | undefined): Set<string> {
  const hidden = new Set<string>();
  if (!workbook) return hidden;
  const unescape = (v: string) => v.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  for (const m of strFromU8(workbook).matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const tag = m[0];
    const name = /\bname="([^"]*)"/.exec(tag)?.[1];
    if (name !== undefined && /\bstate="(hidden|veryHidden)"/.test(tag)) hidden.add(unescape(name));
  }
  return hidden;
}

/**
 * Open an XLSX file within `limits`; throws ZipLimitError naming the limit. Cost: one inflate
 * of the XML parts (bounded by the size limits) and one scan of each worksheet for its rows.
 */
export function openXlsx(bytes: Uint8Array, limits: Readonly<XlsxLimits> = XLSX_LIMITS): XlsxArchive {
  const { files, declared, entries, totalBytes } = unpack(bytes, limits);
  for (const [name, data] of Object.entries(files)) {
    if (data.length !== declared.get(name)) throw new ZipLimitError('inconsistent', data.length, declared.get(name) ?? 0, name);
  }
  const sheets: Record<string, SheetSize> = {};
  for (const [name, xml] of Object.entries(files)) {
    if (!isWorksheet(name)) continue;
    const dim = declaredDimension(latin1.decode(xml.subarray(0, 64 * 1024)));
    if (dim && dim.rows > limits.maxRows) throw new ZipLimitError('rows', dim.rows, limits.maxRows, name);
    if (dim && dim.columns > limits.maxColumns) throw new ZipLimitError('columns', dim.columns, limits.maxColumns, name);
    if (!endsWorksheet(xml)) throw new ZipLimitError('inconsistent', xml.length, declared.get(name) ?? 0, name);
    // The dimension is optional and can be wrong: the rows are counted too.
    const rows = countRows(xml);
    if (rows > limits.maxRows) throw new ZipLimitError('rows', rows, limits.maxRows, name);
    sheets[name] = { rows, columns: dim?.columns ?? null };
  }
  const archive = { files, entries, totalBytes, sheets, hidden: hiddenSheets(files['xl/workbook.xml']) };
  if (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength) opened.set(bytes.buffer, archive);
  return archive;
}

/**
 * The archive read-excel-file reads (vite.config.ts points its zip step here, "readExcelSyncUnzip"):
 * the one openXlsx already made of these bytes, so the file is inflated once. A WeakMap keyed by
 * the buffer hands it over, because read-excel-file's public API takes only the bytes. Its own
 * zip step would inflate large entries in Web Workers made from blob: URLs, which the page's
 * CSP (worker-src 'self') forbids; the import runs in a worker, so inflating here blocks nothing.
 */
const opened = new WeakMap<ArrayBufferLike, XlsxArchive>();

export default function unzipForReader(input: ArrayBuffer): Promise<Record<string, Uint8Array>> {
  try {
    return Promise.resolve((opened.get(input) ?? openXlsx(new Uint8Array(input))).files);
  } catch (e) {
    return Promise.reject(e instanceof Error ? e : new Error(String(e)));
  }
}
