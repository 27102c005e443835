/**
 * Reading a user's project register (plain TS): decode the bytes (UTF-8, or GB18030 as Chinese
 * office software writes it), parse CSV, map the header row, and validate every row (each bad
 * row reported with its row number, column and reason; nothing dropped silently). The
 * reconciliation and the dataset built from the rows are in reconcile.ts.
 */
import Papa from 'papaparse';
import type { ItemizedProject } from '../../data/types';
import type { RowError, RowProblem } from './errors';
import { mapHeaders, matchDistrict, valueMatchers, type Field, type HeaderMapping, type Vocabulary } from './fields';

export { errorTable } from './errors';
export type { RowError, RowProblem } from './errors';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** Decode a file's bytes: a BOM decides; else UTF-8 if it is valid UTF-8; else GB18030. */
export function decodeBytes(bytes: Uint8Array): { text: string; encoding: Encoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}

/**
 * CSV text to rows of cells (RFC 4180, any line ends); parse problems are reported, not thrown.
 * Parsed in chunks so a large file can report progress (characters done, characters in all).
 */
export function parseCsv(text: string, onProgress?: (done: number, total: number) => void): { rows: string[][]; problems: string[] } {
  const rows: string[][] = [];
  const problems: string[] = [];
  // Papa Parse streams a string in chunks too (its StringStreamer honours chunkSize); its
  // typings only admit `chunk` for files, hence the narrower signature here.
  const parseInChunks = Papa.parse as (input: string, config: Papa.ParseConfig<string[]> & { chunkSize: number; chunk: (result: Papa.ParseResult<string[]>) => void }) => void;
  parseInChunks(text, {
    skipEmptyLines: false,
    chunkSize: 1 << 20,
    chunk: (result) => {
      for (const e of result.errors) problems.push(`row ${rows.length + (e.row ?? 0) + 1}: ${e.message}`);
      for (const r of result.data) if (Array.isArray(r)) rows.push(r);
      onProgress?.(Math.min(result.meta.cursor, text.length), text.length);
    },
  });
  // A trailing line break yields one empty row; it is not a row of the register.
  const last = rows[rows.length - 1];
  if (last && last.length === 1 && last[0] === '') rows.pop();
  return { rows, problems };
}

export interface RegisterCheck {
  mapping: HeaderMapping;
  projects: ItemizedProject[];
  errors: RowError[];
  /** Data rows in the file, blank rows not counted. */
  rowsRead: number;
  rowsRejected: number;
  blankRows: number;
}

/** "35", "35.5", "1,016", "35亿", "35 亿元" → 亿元; anything else → NaN. */
export function parseAmount(value: string): number {
  const v = value.trim().replace(/[,，\s]/g, '').replace(/亿元?$/, '');
  return /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : NaN;
}

export interface CheckOptions {
  /** Columns chosen in the mapping step; by default the header names decide. */
  mapping?: HeaderMapping;
  /** Called every `progressEvery` rows with (rows done, rows in all). */
  onProgress?: (done: number, total: number) => void;
  progressEvery?: number;
}

export function checkRegister(table: readonly (readonly string[])[], vocabularies: readonly Vocabulary[], locator: (row: number) => string, options: CheckOptions = {}): RegisterCheck {
  const [header = [], ...body] = table;
  const mapping = options.mapping ?? mapHeaders(header);
  const { onProgress, progressEvery = 10000 } = options;
  const match = valueMatchers(vocabularies);
  const projects: ItemizedProject[] = [];
  const errors: RowError[] = [];
  const ids = new Set<string>();
  let rowsRead = 0;
  let rowsRejected = 0;
  let blankRows = 0;
  if (mapping.missing.length > 0) return { mapping, projects, errors, rowsRead: 0, rowsRejected: 0, blankRows: 0 };
  body.forEach((cells, i) => {
    const row = i + 2;
    if (onProgress && i % progressEvery === 0) onProgress(i, body.length);
    if (cells.every((c) => c.trim() === '')) {
      blankRows += 1;
      return;
    }
    rowsRead += 1;
    const cell = (f: Field): string => {
      const col = mapping.columns[f];
      return col === null ? '' : (cells[col] ?? '').trim();
    };
    const rowErrors: RowError[] = [];
    const fail = (column: Field, problem: RowProblem) => rowErrors.push({ row, column, value: cell(column), problem });

    const id = cell('id') || `row-${row}`;
    if (ids.has(id)) fail('id', 'duplicate-id');
    const project = cell('project');
    if (project === '') fail('project', 'missing');
    const districtText = cell('district');
    const district = districtText === '' ? null : matchDistrict(districtText);
    if (districtText === '') fail('district', 'missing');
    else if (!district) fail('district', 'unknown-district');
    const amountText = cell('amount');
    const amount = amountText === '' ? NaN : parseAmount(amountText);
    if (amountText === '') fail('amount', 'missing');
    else if (Number.isNaN(amount)) fail('amount', 'not-a-number');
    else if (amount < 0) fail('amount', 'negative');
    const sector = cell('sector') === '' ? null : match.sector(cell('sector'));
    if (cell('sector') !== '' && !sector) fail('sector', 'unknown-sector');
    const investor = cell('investor') === '' ? null : match.investor(cell('investor'));
    if (cell('investor') !== '' && !investor) fail('investor', 'unknown-investor');
    const signing = cell('signing') === '' ? null : match.signing(cell('signing'));
    if (cell('signing') !== '' && !signing) fail('signing', 'unknown-signing');

    if (rowErrors.length > 0 || !district) {
      errors.push(...rowErrors);
      rowsRejected += 1;
      return;
    }
    ids.add(id);
    const note = cell('note');
    projects.push({
      id,
      district: district.code,
      area: null,
      partner: { zh: cell('partner'), en: cell('partner') },
      name: { zh: project, en: project },
      amount,
      amountApprox: false,
      sector,
      investor,
      signing,
      inside92: 'yes',
      progress: null,
      original: null,
      source: { id: 'R', locator: locator(row) },
      note: note ? { zh: note, en: note } : null,
    });
  });
  onProgress?.(body.length, body.length);
  return { mapping, projects, errors, rowsRead, rowsRejected, blankRows };
}


