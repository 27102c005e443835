/**
 * The import's documented limits and how a refusal names one (plain TS, no parser: the data
 * dialog words a refusal without loading the reader).
 */

/**
 * What every reader refuses past (README "Import a register"): rows of a sheet (title lines
 * and header included), columns of a row (trailing empty cells not counted), characters in one
 * cell (Excel's own limit). XLSX files are checked as they are unzipped too (xlsx-archive.ts).
 */
export const READ_LIMITS = { rows: 500_001, columns: 500, cellChars: 32_767 } as const;

/**
 * What storage keeps, shared by the importer (which refuses past them before saving: a row
 * error for an amount, a file error for a header) and the stored-register schema
 * (columns-schema.ts, storage/validate.ts), so that what imports is what reads back.
 * `amount`: 亿元 per project or funds cell (China's GDP is about 1.3 million 亿元: more is not a
 * real figure). `text`: characters of one stored cell (READ_LIMITS.cellChars). `header`:
 * characters of a column header kept as text, of a file or register name.
 */
export const STORED_LIMITS = { amount: 10_000_000, text: READ_LIMITS.cellChars, header: 1000 } as const;

export type ReadLimit = 'rows' | 'columns' | 'cell' | 'header' | 'entries' | 'total-bytes' | 'entry-bytes' | 'inconsistent';

/** The detail of a 'limit' ReadError: which limit, the file's number and the maximum (JSON). */
export interface LimitDetail {
  limit: ReadLimit;
  actual: number;
  max: number;
  /** The sheet (or zip entry) it applies to, when there are several. */
  where: string;
}

/** Parse a 'limit' error's detail (null for any other detail). */
export function limitDetail(detail: string): LimitDetail | null {
  try {
    const d: unknown = JSON.parse(detail);
    if (typeof d === 'object' && d !== null && 'limit' in d && 'actual' in d && 'max' in d) return d as LimitDetail;
  } catch {
    // Not a limit detail.
  }
  return null;
}
