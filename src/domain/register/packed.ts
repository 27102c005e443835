/**
 * A register's columns packed for the trip from the import worker to the page (plain TS): text
 * columns either as a dictionary (few distinct values: districts, categories, dates) with one
 * Uint32Array of codes, or joined into one string with a Uint32Array of end offsets (ids, names,
 * partners), numbers in Float64Arrays (NaN for "none"). Posting it clones a handful of strings
 * and transfers the typed arrays' buffers (zero-copy) instead of cloning 100 000 × a dozen
 * values, and the page rebuilds its rows in chunks (rowsFromPacked) between which it yields, so
 * no single task of the page grows with the register.
 */
import type { CategoryField, ItemizedProject, SourceRef } from '../../data/types';
import { fromColumns, type RegisterColumns, type RegisterColumnsV2 } from './columns';
import { inSlices } from '../slices';

/** A column of texts (or nulls). */
export type PackedText =
  | { kind: 'dict'; values: (string | null)[]; codes: Uint32Array }
  | { kind: 'joined'; text: string; ends: Uint32Array; /** 1 where the value is null; absent when none is. */ nulls: Uint8Array | null };

export interface PackedRegister {
  format: 2;
  rows: number;
  locator: string;
  id: PackedText;
  district: PackedText;
  area: PackedText;
  partner: PackedText;
  name: PackedText;
  amount: Float64Array;
  sector: PackedText;
  investor: PackedText;
  signing: PackedText;
  note: PackedText;
  progress: { stage: PackedText; funds: Float64Array; startDate: PackedText; reportDate: PackedText; edition: Float64Array } | null;
  original: Record<CategoryField, PackedText>;
  extraHeaders: string[];
  extra: PackedText[];
}

/** Distinct values past which a column is joined rather than a dictionary. */
const MAX_DICT = 4096;

export function packTextAs(values: readonly (string | null | undefined)[], maxDict = MAX_DICT): PackedText {
  const n = values.length;
  const index = new Map<string | null, number>();
  const dict: (string | null)[] = [];
  const codes = new Uint32Array(n);
  let i = 0;
  for (; i < n; i++) {
    const v = values[i] ?? null;
    let code = index.get(v);
    if (code === undefined) {
      if (dict.length >= maxDict) break;
      code = dict.length;
      dict.push(v);
      index.set(v, code);
    }
    codes[i] = code;
  }
  if (i === n) return { kind: 'dict', values: dict, codes };
  const ends = new Uint32Array(n);
  let nulls: Uint8Array | null = null;
  const parts: string[] = [];
  let length = 0;
  for (let j = 0; j < n; j++) {
    const v = values[j] ?? null;
    if (v === null) (nulls ??= new Uint8Array(n))[j] = 1;
    else {
      parts.push(v);
      length += v.length;
    }
    ends[j] = length;
  }
  return { kind: 'joined', text: parts.join(''), ends, nulls };
}

export function packText(values: readonly (string | null | undefined)[]): PackedText {
  return packTextAs(values, MAX_DICT);
}

/** The value of row i of a packed text column. */
export function textAt(col: PackedText, i: number): string | null {
  if (col.kind === 'dict') return col.values[col.codes[i] as number] ?? null;
  if (col.nulls !== null && col.nulls[i] === 1) return null;
  return col.text.slice(i === 0 ? 0 : (col.ends[i - 1] as number), col.ends[i] as number);
}

function packNumbers(values: readonly (number | null | undefined)[]): Float64Array {
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = values[i] ?? NaN;
  return out;
}

/** Stored columns (either format) → the packed form. Format 1 gains empty format-2 columns. `maxDict`: for tests. */
export function packColumns(cols: RegisterColumns, maxDict = MAX_DICT): PackedRegister {
  const packText = (values: readonly (string | null | undefined)[]) => packTextAs(values, maxDict);
  const n = cols.id.length;
  const v2: RegisterColumnsV2 | null = cols.format === 2 ? cols : null;
  const empty = (): PackedText => ({ kind: 'dict', values: [null], codes: new Uint32Array(n) });
  const pr = v2?.progress ?? null;
  return {
    format: 2,
    rows: n,
    locator: cols.locator,
    id: packText(cols.id),
    district: packText(cols.district),
    area: v2 ? packText(v2.area) : empty(),
    partner: packText(cols.partner),
    name: packText(cols.name),
    amount: packNumbers(cols.amount),
    sector: packText(cols.sector),
    investor: packText(cols.investor),
    signing: packText(cols.signing),
    note: packText(cols.note),
    progress: pr ? { stage: packText(pr.stage), funds: packNumbers(pr.funds), startDate: packText(pr.startDate), reportDate: packText(pr.reportDate), edition: packNumbers(pr.edition) } : null,
    original: {
      sector: v2 ? packText(v2.original.sector) : empty(),
      investor: v2 ? packText(v2.original.investor) : empty(),
      signing: v2 ? packText(v2.original.signing) : empty(),
      stage: v2 ? packText(v2.original.stage) : empty(),
    },
    extraHeaders: v2 ? [...v2.extraHeaders] : [],
    extra: v2 ? v2.extra.map((column) => packText(column)) : [],
  };
}

/** The buffers to transfer with a packed register (each once). */
export function transferables(p: PackedRegister): ArrayBuffer[] {
  const out = new Set<ArrayBuffer>();
  const text = (c: PackedText) => {
    if (c.kind === 'dict') out.add(c.codes.buffer as ArrayBuffer);
    else {
      out.add(c.ends.buffer as ArrayBuffer);
      if (c.nulls) out.add(c.nulls.buffer as ArrayBuffer);
    }
  };
  [p.id, p.district, p.area, p.partner, p.name, p.sector, p.investor, p.signing, p.note, ...Object.values(p.original), ...p.extra].forEach(text);
  out.add(p.amount.buffer as ArrayBuffer);
  if (p.progress) {
    [p.progress.stage, p.progress.startDate, p.progress.reportDate].forEach(text);
    out.add(p.progress.funds.buffer as ArrayBuffer);
    out.add(p.progress.edition.buffer as ArrayBuffer);
  }
  return [...out];
}

const num = (x: number): number | null => (Number.isNaN(x) ? null : x);

/** Rows [from, to) of a packed register as stored columns (format 2), for fromColumns. */
function sliceColumns(p: PackedRegister, from: number, to: number): RegisterColumnsV2 {
  const texts = (c: PackedText) => {
    const out: (string | null)[] = new Array<string | null>(to - from);
    for (let i = from; i < to; i++) out[i - from] = textAt(c, i);
    return out;
  };
  const nums = (a: Float64Array) => Array.from(a.subarray(from, to), num);
  const nonNull = (c: PackedText) => texts(c).map((t) => t ?? '');
  const pr = p.progress;
  return {
    format: 2,
    locator: p.locator,
    id: nonNull(p.id),
    district: nonNull(p.district),
    area: texts(p.area) as RegisterColumnsV2['area'],
    partner: nonNull(p.partner),
    name: nonNull(p.name),
    amount: Array.from(p.amount.subarray(from, to)),
    sector: texts(p.sector) as RegisterColumnsV2['sector'],
    investor: texts(p.investor) as RegisterColumnsV2['investor'],
    signing: texts(p.signing) as RegisterColumnsV2['signing'],
    note: texts(p.note),
    progress: pr
      ? { stage: texts(pr.stage) as NonNullable<RegisterColumnsV2['progress']>['stage'], funds: nums(pr.funds), startDate: texts(pr.startDate), reportDate: texts(pr.reportDate), edition: nums(pr.edition) }
      : null,
    original: { sector: texts(p.original.sector), investor: texts(p.original.investor), signing: texts(p.original.signing), stage: texts(p.original.stage) },
    extraHeaders: p.extraHeaders,
    extra: p.extra.map(nonNull),
  };
}

/**
 * The register's rows (exactly fromColumns of the stored columns), built in slices of a few
 * milliseconds with `pause()` awaited between them (domain/slices.ts). Every row shares one
 * source object, as fromColumns does.
 */
export async function rowsFromPacked(p: PackedRegister, pause: () => Promise<void>): Promise<ItemizedProject[]> {
  const rows: ItemizedProject[] = new Array<ItemizedProject>(p.rows);
  const source: SourceRef = { id: 'R', locator: p.locator };
  await inSlices(
    p.rows,
    (from, to) => {
      const part = fromColumns(sliceColumns(p, from, to), source);
      for (let i = 0; i < part.length; i++) rows[from + i] = part[i] as ItemizedProject;
    },
    pause,
  );
  return rows;
}
