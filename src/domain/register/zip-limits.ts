/**
 * A bounded look at an XLSX file before anything is inflated (plain TS, no dependencies): the
 * zip's central directory gives every entry's compressed and uncompressed size, so a 1.5 MB
 * file that would inflate to 1.5 GB is refused from its directory alone, in microseconds.
 * Each worksheet's declared dimension (<dimension ref="A1:K200001"/>) is read by inflating at
 * most the first 64 KiB of that sheet, so a 2 000 000-row workbook is refused by
 * its row count before the reader builds anything; a sheet big enough to hold more rows than
 * the limit has them counted by a streaming inflate too (the dimension is optional and may be
 * wrong). Every refusal names the limit it hit.
 */

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

export interface ZipEntry {
  name: string;
  /** 0 = stored, 8 = deflate. */
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

export interface XlsxCheck {
  entries: ZipEntry[];
  totalBytes: number;
  /** The first worksheet's path in the zip, if it was found. */
  sheet: string | null;
  /** Rows and columns the sheet declares (from its <dimension>), when it declares them. */
  rows: number | null;
  columns: number | null;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function u16(b: Uint8Array, at: number): number {
  if (at + 2 > b.length) throw new ZipLimitError('not-a-zip', at, b.length);
  return (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
}

function u32(b: Uint8Array, at: number): number {
  if (at + 4 > b.length) throw new ZipLimitError('not-a-zip', at, b.length);
  return ((b[at] ?? 0) | ((b[at + 1] ?? 0) << 8) | ((b[at + 2] ?? 0) << 16) | ((b[at + 3] ?? 0) << 24)) >>> 0;
}

/** A 64-bit little-endian size; past 2^53 it is simply "too large" (Infinity). */
function u64(b: Uint8Array, at: number): number {
  const lo = u32(b, at);
  const hi = u32(b, at + 4);
  return hi >= 0x200000 ? Infinity : hi * 0x100000000 + lo;
}

const latin1 = new TextDecoder('latin1');
const utf8 = new TextDecoder('utf-8');

/** Read the central directory: every entry's name and sizes (Zip64 included). Never inflates. */
export function zipEntries(bytes: Uint8Array, maxEntries: number = XLSX_LIMITS.maxEntries): ZipEntry[] {
  // The end-of-central-directory record is in the last 22 + 65 535 bytes (its comment is at most 64 KiB).
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (u32(bytes, i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipLimitError('not-a-zip', 0, 0);
  let count = u16(bytes, eocd + 10);
  let offset = u32(bytes, eocd + 16);
  if ((count === 0xffff || offset === 0xffffffff) && eocd >= 20 && u32(bytes, eocd - 20) === ZIP64_LOCATOR) {
    const at = u64(bytes, eocd - 20 + 8);
    if (!Number.isFinite(at) || u32(bytes, at) !== ZIP64_EOCD) throw new ZipLimitError('not-a-zip', 0, 0);
    count = u64(bytes, at + 32);
    offset = u64(bytes, at + 48);
  }
  if (count > maxEntries) throw new ZipLimitError('entries', count, maxEntries);
  const entries: ZipEntry[] = [];
  let p = offset;
  for (let n = 0; n < count; n++) {
    if (!Number.isFinite(p) || u32(bytes, p) !== CENTRAL) throw new ZipLimitError('not-a-zip', n, count);
    const flags = u16(bytes, p + 8);
    const method = u16(bytes, p + 10);
    let compressedSize = u32(bytes, p + 20);
    let uncompressedSize = u32(bytes, p + 24);
    const nameLen = u16(bytes, p + 28);
    const extraLen = u16(bytes, p + 30);
    const commentLen = u16(bytes, p + 32);
    let localHeaderOffset = u32(bytes, p + 42);
    const nameBytes = bytes.subarray(p + 46, p + 46 + nameLen);
    const name = (flags & 0x800) !== 0 ? utf8.decode(nameBytes) : latin1.decode(nameBytes);
    // Zip64 extended information: the 64-bit values, in this order, for the fields set to 0xFFFFFFFF.
    let e = p + 46 + nameLen;
    const extraEnd = e + extraLen;
    while (e + 4 <= extraEnd) {
      const id = u16(bytes, e);
      const size = u16(bytes, e + 2);
      if (id === 0x0001) {
        let q = e + 4;
        if (uncompressedSize === 0xffffffff) {
          uncompressedSize = u64(bytes, q);
          q += 8;
        }
        if (compressedSize === 0xffffffff) {
          compressedSize = u64(bytes, q);
          q += 8;
        }
        if (localHeaderOffset === 0xffffffff) localHeaderOffset = u64(bytes, q);
      }
      e += 4 + size;
    }
    entries.push({ name, method, compressedSize, uncompressedSize, localHeaderOffset });
    p = extraEnd + commentLen;
  }
  return entries;
}

/** Where an entry's data starts, from its local header (which must agree with the directory). */
function dataStart(bytes: Uint8Array, entry: ZipEntry): number {
  const at = entry.localHeaderOffset;
  if (!Number.isFinite(at) || u32(bytes, at) !== LOCAL) throw new ZipLimitError('inconsistent', 0, 0, entry.name);
  const flags = u16(bytes, at + 6);
  // Without a data descriptor the local header repeats the sizes; a bomb that declares a small
  // size in one place and a large one in the other is refused.
  const localSize = u32(bytes, at + 22);
  if ((flags & 0x08) === 0 && localSize !== 0xffffffff && localSize !== entry.uncompressedSize) {
    throw new ZipLimitError('inconsistent', localSize, entry.uncompressedSize, entry.name);
  }
  return at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
}

/** At most `max` bytes of an entry's content, inflating only as much as that needs. */
export async function entryHead(bytes: Uint8Array, entry: ZipEntry, max: number): Promise<Uint8Array> {
  const start = dataStart(bytes, entry);
  const raw = bytes.subarray(start, Math.min(bytes.length, start + entry.compressedSize));
  if (entry.method === 0) return raw.subarray(0, max);
  if (entry.method !== 8) return new Uint8Array(0);
  // Fed 16 KiB at a time on demand, so a bomb never inflates more than a chunk past `max`.
  let fed = 0;
  const input = new ReadableStream<BufferSource>(
    {
      pull(controller) {
        if (fed >= raw.length) {
          controller.close();
          return;
        }
        controller.enqueue(raw.slice(fed, fed + 16384));
        fed += 16384;
      },
    },
    { highWaterMark: 0 },
  );
  const reader = input.pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  const out = new Uint8Array(max);
  let filled = 0;
  try {
    while (filled < max) {
      const { value, done } = await reader.read();
      if (done || !value) break;
      const take = Math.min(value.length, max - filled);
      out.set(value.subarray(0, take), filled);
      filled += take;
    }
  } catch {
    // A corrupt stream: whatever was inflated before the error is all there is to look at.
  } finally {
    void reader.cancel().catch(() => undefined);
  }
  return out.subarray(0, filled);
}

/** The shortest row element (`<row/>`): a sheet smaller than maxRows × this cannot be past the row limit. */
const MIN_ROW_BYTES = 6;
/** Longest `<prefix:row ` opening the counter must see whole (a prefix of up to 10 characters). */
const ROW_TAG_MAX = 16;

/**
 * Rows of a sheet counted by inflating it as a stream (nothing kept but a 16-byte carry), so a
 * sheet that declares no dimension — or a false one — is still refused by its row count
 * rather than failing later inside the reader. Inflating more than the directory declared is
 * refused as 'inconsistent' (a zip that lies about its sizes).
 */
export async function countRows(bytes: Uint8Array, entry: ZipEntry): Promise<number> {
  const start = dataStart(bytes, entry);
  const raw = bytes.subarray(start, Math.min(bytes.length, start + entry.compressedSize));
  if (entry.method !== 0 && entry.method !== 8) return 0;
  let fed = 0;
  const source = (): ReadableStream<BufferSource> =>
    new ReadableStream<BufferSource>(
      {
        pull(controller) {
          if (fed >= raw.length) {
            controller.close();
            return;
          }
          controller.enqueue(raw.slice(fed, fed + 65536));
          fed += 65536;
        },
      },
      { highWaterMark: 0 },
    );
  const reader = (entry.method === 8 ? source().pipeThrough(new DecompressionStream('deflate-raw')) : (source() as ReadableStream<Uint8Array>)).getReader();
  const tag = /<(?:[A-Za-z_][\w.-]{0,9}:)?row[\s>/]/g;
  let rows = 0;
  let inflated = 0;
  let carry = '';
  try {
    for (;;) {
      const { value, done } = await reader.read();
      const text = carry + (done || !value ? '' : latin1.decode(value));
      // A tag that may continue in the next chunk is counted then (it is carried over).
      const limit = done ? text.length : text.length - ROW_TAG_MAX;
      tag.lastIndex = 0;
      for (let m = tag.exec(text); m !== null && m.index < limit; m = tag.exec(text)) rows++;
      if (done) break;
      carry = text.slice(Math.max(0, limit));
      inflated += value?.length ?? 0;
      if (inflated > entry.uncompressedSize + 65536) throw new ZipLimitError('inconsistent', inflated, entry.uncompressedSize, entry.name);
    }
  } catch (e) {
    if (e instanceof ZipLimitError) throw e;
    // A corrupt stream: the rows counted so far are a lower bound; the reader reports the damage.
  } finally {
    void reader.cancel().catch(() => undefined);
  }
  return rows;
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

/** The first worksheet, as the workbook lists it; falls back to the lowest-numbered sheet file. */
async function firstSheet(bytes: Uint8Array, entries: readonly ZipEntry[]): Promise<ZipEntry | null> {
  const byName = new Map(entries.map((e) => [e.name, e]));
  const small = 1024 * 1024;
  const workbook = byName.get('xl/workbook.xml');
  const rels = byName.get('xl/_rels/workbook.xml.rels');
  if (workbook && rels && workbook.uncompressedSize <= small && rels.uncompressedSize <= small) {
    const wb = utf8.decode(await entryHead(bytes, workbook, small));
    const id = /<(?:\w+:)?sheet\b[^>]*\br:id="([^"]+)"/.exec(wb)?.[1];
    const relXml = utf8.decode(await entryHead(bytes, rels, small));
    if (id) {
      for (const m of relXml.matchAll(/<Relationship\b[^>]*>/g)) {
        if (!m[0].includes(`Id="${id}"`)) continue;
        const target = /Target="([^"]+)"/.exec(m[0])?.[1];
        if (!target) break;
        const path = target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
        const hit = byName.get(path);
        if (hit) return hit;
      }
    }
  }
  const sheets = entries.filter((e) => /^xl\/worksheets\/sheet\d+\.xml$/.test(e.name));
  sheets.sort((a, b) => Number(/\d+/.exec(a.name.slice(14))?.[0]) - Number(/\d+/.exec(b.name.slice(14))?.[0]));
  return sheets[0] ?? null;
}

/**
 * Check an XLSX file against `limits` before reading it; throws ZipLimitError naming the limit.
 * Cost: the central directory, plus inflating ≤ 64 KiB of the sheet and ≤ 1 MiB of the
 * workbook's index files; for a sheet of 3 MB or more (maxRows × 6 bytes), one streaming
 * inflate of it to count its rows.
 */
export async function checkXlsx(bytes: Uint8Array, limits: Readonly<XlsxLimits> = XLSX_LIMITS): Promise<XlsxCheck> {
  const entries = zipEntries(bytes, limits.maxEntries);
  let totalBytes = 0;
  for (const e of entries) {
    if (e.uncompressedSize > limits.maxEntryBytes) throw new ZipLimitError('entry-bytes', e.uncompressedSize, limits.maxEntryBytes, e.name);
    totalBytes += e.uncompressedSize;
  }
  if (totalBytes > limits.maxTotalBytes) throw new ZipLimitError('total-bytes', totalBytes, limits.maxTotalBytes);
  const sheet = await firstSheet(bytes, entries);
  let rows: number | null = null;
  let columns: number | null = null;
  // Every worksheet (the reader reads them all), the first one first; at most 64 KiB inflated each.
  const sheets = [sheet, ...entries.filter((e) => e !== sheet && /^xl\/worksheets\/[^/]+\.xml$/.test(e.name))].filter((e): e is ZipEntry => e !== null);
  for (const entry of sheets.slice(0, 256)) {
    const head = latin1.decode(await entryHead(bytes, entry, 64 * 1024));
    const dim = declaredDimension(head);
    if (!dim) continue;
    if (entry === sheet) {
      rows = dim.rows;
      columns = dim.columns;
    }
    if (dim.rows > limits.maxRows) throw new ZipLimitError('rows', dim.rows, limits.maxRows, entry.name);
    if (dim.columns > limits.maxColumns) throw new ZipLimitError('columns', dim.columns, limits.maxColumns, entry.name);
  }
  // The dimension is optional and can be wrong: a sheet large enough to hold more rows than the
  // limit has its rows counted (streamed; about one extra inflate of that sheet, in the worker).
  for (const entry of sheets.slice(0, 256)) {
    if (entry.uncompressedSize < limits.maxRows * MIN_ROW_BYTES) continue;
    const counted = await countRows(bytes, entry);
    if (counted > limits.maxRows) throw new ZipLimitError('rows', counted, limits.maxRows, entry.name);
    if (entry === sheet && (rows === null || counted > rows)) rows = counted;
  }
  return { entries, totalBytes, sheet: sheet?.name ?? null, rows, columns };
}
