/**
 * Reading a user's project register (plain TS): decode the bytes (UTF-8, or GB18030 as Chinese
 * office software writes it), parse CSV, find the table (table.ts), and check every row: places
 * (places.ts), money in its stated unit (money.ts), categories through the value mapping
 * (values.ts), progress columns, totals rows checked against the rows they cover, and the same
 * project listed twice (duplicates). Each row not imported is reported with its row number,
 * column and reason; every other cell is kept.
 * The reconciliation and the dataset built from the rows are in reconcile.ts.
 */
import Papa from 'papaparse';
import type { CategoryField, ItemizedProject, ProjectProgress, RowOriginal } from '../../data/types';
import type { RemarkCode, RowError, RowProblem, RowRemark } from './errors';
import { CATEGORY_FIELDS, FIELDS, MONEY_FIELDS, mapHeaders, withColumns, type Field, type HeaderMapping, type MoneyField } from './fields';
import { halfWidth, plausibleUnit, readMoney, unitInHeader, type MoneyUnit, type UnitSource } from './money';
import { matchPlace } from './places';
import { findTable, totalsKind, type NumberedRows, type TableLayout, type TotalsKind } from './table';
import { readCategory, type UnmatchedValue, type ValueMap } from './values';

export { errorTable } from './errors';
export type { RowError, RowProblem, RowRemark } from './errors';

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

/** What the user chose in the mapping step; everything optional (the file decides by default). */
export interface ImportSettings {
  /** Index of the header row in the sheet's rows (null: detected). */
  headerRow?: number | null;
  /** Column per field (null: by header names). */
  columns?: Record<Field, number | null> | null;
  /** The unit of a money column, confirmed or changed by the user in this import. */
  units?: Partial<Record<MoneyField, MoneyUnit>>;
  /** Units chosen for the register's earlier version: they apply only where this file states none. */
  remembered?: Partial<Record<MoneyField, MoneyUnit>>;
  /** What to do with duplicates; keep both (the file as written, nothing dropped) unless the user chooses. */
  duplicates?: DuplicateChoice | null;
  /** Values of category columns mapped to terms (or kept unclassified). */
  values?: ValueMap;
}

export interface MoneyColumnUnit {
  unit: MoneyUnit | null;
  source: UnitSource;
  /** A unit remembered from the earlier version that this file's own unit overrode (null: none, or the same). */
  setAside: MoneyUnit | null;
  /** Set when the numbers look like another unit (e.g. a median above 1000 read as 亿元). */
  looksLike: MoneyUnit | null;
}

export interface TotalsCheck {
  row: number;
  kind: TotalsKind;
  label: string;
  /** 亿元 as the row states it; null where it states none (or an 其中 line). */
  stated: number | null;
  /** 亿元 over the imported project rows it covers. */
  rows: number;
  covered: number;
  /** Rows it covers that were not imported (their amounts are not in `rows`). */
  rejectedInSpan: number;
  matches: boolean | null;
}

/** Keep both rows of a duplicate, or only the later one (the earlier becomes a row not imported). */
export type DuplicateChoice = 'keep-both' | 'keep-later';

/** One project listed more than once: by id (case and width folded) or by name and place. */
export interface DuplicateGroup {
  kind: 'id' | 'name-place';
  /** The id, or the name, as the first row writes it. */
  value: string;
  /** The rows' numbers in the file, in order (the later ones are the duplicates). */
  rows: number[];
  /** The report date the rows share (null: the register has no report dates, or the rows none). */
  reportDate: string | null;
}

export interface RegisterCheck {
  layout: TableLayout;
  mapping: HeaderMapping;
  units: Record<MoneyField, MoneyColumnUnit>;
  /** Money columns that are mapped but whose unit nothing states: the user must confirm one. */
  needsUnit: MoneyField[];
  projects: ItemizedProject[];
  errors: RowError[];
  remarks: RowRemark[];
  totals: TotalsCheck[];
  /** Per category column: its distinct values that no term matches (mapped by the user or not). */
  unmatched: Record<CategoryField, UnmatchedValue[]>;
  /** Headers of the columns kept as text (mapped to no field). */
  extraHeaders: string[];
  /** Optional fields the file has a column for. */
  present: Field[];
  /** Data rows in the file: blank, totals and section rows not counted. */
  rowsRead: number;
  rowsRejected: number;
  blankRows: number;
  /** Section headings inside the table (一、智能制造): listed, not projects. */
  sections: { row: number; text: string }[];
  /** The same project twice within one report date (or in a register without dates), in file order. */
  duplicates: DuplicateGroup[];
}

/** An id as offices mean it: `P1`, `p1` and `Ｐ１` are one id. */
export function foldId(id: string): string {
  return halfWidth(id).normalize('NFKC').trim().toLowerCase();
}

/** A project's name and place as one key (name folded like an id; place as its code). */
function namePlaceKey(p: ItemizedProject): string {
  return `${foldId(p.name.zh).replace(/\s+/g, '')}\u0000${p.district ?? p.area ?? ''}`;
}

/**
 * The duplicates among accepted rows: the same folded id, or the same name and place, twice
 * within one report date (a project reported once per date is its history, not a duplicate).
 * A name-and-place group with exactly an id group's rows is listed once, as the id group.
 */
export function findDuplicates(projects: readonly ItemizedProject[], rows: readonly number[], givenIds: readonly boolean[]): DuplicateGroup[] {
  const byId = new Map<string, number[]>();
  const byName = new Map<string, number[]>();
  projects.forEach((p, i) => {
    const date = p.progress?.reportDate ?? '';
    const add = (m: Map<string, number[]>, k: string) => {
      const list = m.get(k);
      if (list) list.push(i);
      else m.set(k, [i]);
    };
    if (givenIds[i]) add(byId, `${date}\u0000${foldId(p.id)}`);
    add(byName, `${date}\u0000${namePlaceKey(p)}`);
  });
  const groups: { kind: DuplicateGroup['kind']; at: number[] }[] = [];
  const seen = new Set<string>();
  for (const at of byId.values()) if (at.length > 1) {
    groups.push({ kind: 'id', at });
    seen.add(at.join(','));
  }
  for (const at of byName.values()) if (at.length > 1 && !seen.has(at.join(','))) groups.push({ kind: 'name-place', at });
  return groups
    .map(({ kind, at }) => {
      const first = projects[at[0] ?? 0];
      return { kind, value: (kind === 'id' ? first?.id : first?.name.zh) ?? '', rows: at.map((i) => rows[i] ?? 0), reportDate: first?.progress?.reportDate ?? null };
    })
    .sort((a, b) => (a.rows[0] ?? 0) - (b.rows[0] ?? 0) || a.kind.localeCompare(b.kind));
}

export type DateReading = { ok: true; date: string; precision: 'day' | 'month' } | { ok: false; problem: 'unreadable' | 'impossible' };

/**
 * A date cell as offices write it → ISO (yyyy-mm-dd, or yyyy-mm for a month only); an Excel
 * serial day number too. A date written in a date's form that names no day of the calendar
 * ("2021-02-31", "2021-13-01") is 'impossible' (a row error); text in no date's form is
 * 'unreadable' (a remark: the cell is not read).
 */
export function readDate(text: string): DateReading {
  const v = halfWidth(text).trim();
  const pad = (n: string) => n.padStart(2, '0');
  const valid = (y: string, m: string, d?: string): DateReading => {
    const year = Number(y);
    const mm = Number(m);
    const dd = d === undefined ? 1 : Number(d);
    if (year < 1990 || year > 2100) return { ok: false, problem: 'unreadable' };
    // Day 0 of the next month is the last day of this one.
    if (mm < 1 || mm > 12 || dd < 1 || dd > new Date(Date.UTC(year, mm, 0)).getUTCDate()) return { ok: false, problem: 'impossible' };
    return d === undefined ? { ok: true, date: `${y}-${pad(m)}`, precision: 'month' } : { ok: true, date: `${y}-${pad(m)}-${pad(d)}`, precision: 'day' };
  };
  let m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[ T].*)?$/.exec(v);
  if (m?.[1] && m[2] && m[3]) return valid(m[1], m[2], m[3]);
  m = /^(\d{4})[-/.年](\d{1,2})月?$/.exec(v);
  if (m?.[1] && m[2]) return valid(m[1], m[2]);
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(v);
  if (m?.[1] && m[2] && m[3]) return valid(m[1], m[2], m[3]);
  // Excel stores dates as days since 1899-12-30; a date column read as a number shows them.
  if (/^\d{5}(\.\d+)?$/.test(v)) {
    const n = Math.floor(Number(v));
    if (n >= 32874 && n <= 73051) return { ok: true, date: new Date(Date.UTC(1899, 11, 30) + n * 86400000).toISOString().slice(0, 10), precision: 'day' };
  }
  return { ok: false, problem: 'unreadable' };
}

/** A date cell → ISO (yyyy-mm-dd or yyyy-mm), or null where it names no date (readDate says why). */
export function parseDate(text: string): string | null {
  const r = readDate(text);
  return r.ok ? r.date : null;
}

const ORDINALS = ['一', '二', '三', '四', '五', '六'];

/** An edition as a year: "2021", "2021年", "2021届", "第四届" (the expo's first edition was 2018). */
export function parseEdition(text: string): number | null {
  const v = halfWidth(text).trim().replace(/\s+/g, '');
  const y = /^(20\d{2})(年|届|年度)?$/.exec(v);
  if (y?.[1]) return Number(y[1]);
  const o = /^第([一二三四五六1-6])届/.exec(v);
  if (o?.[1]) {
    const n = /\d/.test(o[1]) ? Number(o[1]) : ORDINALS.indexOf(o[1]) + 1;
    return 2017 + n;
  }
  return null;
}

const SECTION = /^([一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）]|第[一二三四五六七八九十\d]+(部分|类|章))/;

function decimals(text: string): number {
  const m = /\.(\d+)/.exec(halfWidth(text));
  return m?.[1]?.length ?? 0;
}

function emptyUnmatched(): Record<CategoryField, UnmatchedValue[]> {
  return { sector: [], investor: [], signing: [], stage: [] };
}

export interface CheckOptions {
  settings?: ImportSettings;
  /** Called every `progressEvery` rows with (rows done, rows in all). */
  onProgress?: (done: number, total: number) => void;
  progressEvery?: number;
}

/** Rows with the file's row numbers: for a table that starts at the file's first row. */
export function numbered(rows: readonly (readonly string[])[]): NumberedRows {
  return { rows, rowNumbers: rows.map((_, i) => i + 1) };
}

export function checkRegister(sheet: NumberedRows, locator: (row: number) => string, options: CheckOptions = {}): RegisterCheck {
  const { settings = {}, onProgress, progressEvery = 10000 } = options;
  const layout = findTable(sheet.rows, settings.headerRow ?? null);
  const { headers } = layout;
  const mapping = settings.columns ? withColumns(headers, settings.columns) : mapHeaders(headers);
  const col = mapping.columns;
  const body = sheet.rows.slice(layout.bodyStart);
  const rowNumberOf = (i: number) => sheet.rowNumbers[layout.bodyStart + i] ?? layout.bodyStart + i + 1;

  // The user's choice now, else the file's own word, else the earlier version's choice.
  const unitFor = (f: MoneyField): { unit: MoneyUnit | null; source: UnitSource; setAside: MoneyUnit | null } => {
    const c = col[f];
    const user = settings.units?.[f];
    const remembered = settings.remembered?.[f] ?? null;
    if (user) return { unit: user, source: 'user', setAside: null };
    const fromHeader = c === null ? null : unitInHeader(headers[c] ?? '');
    const aside = (u: MoneyUnit) => (remembered !== null && remembered !== u ? remembered : null);
    if (fromHeader) return { unit: fromHeader, source: 'header', setAside: aside(fromHeader) };
    if (layout.unitLine) return { unit: layout.unitLine, source: 'unit-line', setAside: aside(layout.unitLine) };
    if (remembered) return { unit: remembered, source: 'remembered', setAside: null };
    return { unit: null, source: 'none', setAside: null };
  };
  const unitInfo = { amount: unitFor('amount'), funds: unitFor('funds') };
  const needsUnit = MONEY_FIELDS.filter((f) => col[f] !== null && unitInfo[f].unit === null);
  const written: Record<MoneyField, number[]> = { amount: [], funds: [] };

  const present = FIELDS.filter((f) => col[f] !== null && !(['project', 'district', 'amount'] as Field[]).includes(f));
  const mappedCols = new Set(Object.values(col).filter((c): c is number => c !== null));
  let width = headers.length;
  for (const r of body) if (r.length > width) width = r.length;
  const extraCols: number[] = [];
  for (let c = 0; c < width; c++) {
    if (mappedCols.has(c)) continue;
    if ((headers[c] ?? '').trim() !== '' || body.some((r) => (r[c] ?? '').trim() !== '')) extraCols.push(c);
  }
  const extraHeaders = extraCols.map((c) => (headers[c] ?? '').trim() || `#${c + 1}`);

  const projects: ItemizedProject[] = [];
  const errors: RowError[] = [];
  const remarks: RowRemark[] = [];
  const totals: TotalsCheck[] = [];
  const sections: { row: number; text: string }[] = [];
  const unmatchedMaps: Record<CategoryField, Map<string, UnmatchedValue>> = { sector: new Map(), investor: new Map(), signing: new Map(), stage: new Map() };
  // Every id the file gives (folded), so an id made up for an id-less row never equals one.
  const fileIds = new Set<string>();
  if (col.id !== null) for (const r of body) {
    const v = (r[col.id] ?? '').trim();
    if (v !== '') fileIds.add(foldId(v));
  }
  const autoId = (row: number): string => {
    let id = `row-${row}`;
    for (let k = 2; fileIds.has(foldId(id)); k++) id = `row-${row}-${k}`;
    fileIds.add(foldId(id));
    return id;
  };
  const projectRows: number[] = [];
  const givenIds: boolean[] = [];
  let rowsRead = 0;
  let rowsRejected = 0;
  let blankRows = 0;
  // Running spans for totals: every project row of the table, and those since the last subtotal.
  const all = { sum: 0, rows: 0, rejected: 0 };
  let since = { sum: 0, rows: 0, rejected: 0 };
  const values = settings.values ?? {};
  const hasProgress = (['stage', 'funds', 'startDate', 'reportDate', 'edition'] as Field[]).some((f) => col[f] !== null);

  if (mapping.missing.length > 0) {
    return { layout, mapping, units: { amount: { ...unitInfo.amount, looksLike: null }, funds: { ...unitInfo.funds, looksLike: null } }, needsUnit, projects, errors, remarks, totals, unmatched: emptyUnmatched(), extraHeaders, present, rowsRead: 0, rowsRejected: 0, blankRows: 0, sections, duplicates: [] };
  }

  body.forEach((cells, i) => {
    const row = rowNumberOf(i);
    if (onProgress && i % progressEvery === 0) onProgress(i, body.length);
    if (cells.every((c) => c.trim() === '')) {
      blankRows += 1;
      return;
    }
    const cell = (f: Field): string => {
      const c = col[f];
      return c === null ? '' : (cells[c] ?? '').trim();
    };

    const tk = totalsKind(cells);
    if (tk !== null) {
      const label = cells.find((c) => c.trim() !== '')?.trim() ?? '';
      const text = cell('amount');
      const reading = text === '' || tk === 'of-which' ? null : readMoney(text, unitInfo.amount.unit, '亿元');
      const span = tk === 'total' ? all : since;
      const stated = reading?.ok ? reading.value : null;
      // Within half a unit of the stated cell's last decimal, in the cell's own unit.
      const asWritten = Number(halfWidth(text).replace(/[^\d.]/g, ''));
      const perUnit = stated !== null && asWritten > 0 ? stated / asWritten : 1;
      const tolerance = 0.5 * 10 ** -decimals(text) * perUnit;
      const matches = stated === null ? null : Math.abs(stated - span.sum) <= tolerance + 1e-9;
      totals.push({ row, kind: tk, label, stated, rows: Math.round(span.sum * 1e6) / 1e6, covered: span.rows, rejectedInSpan: span.rejected, matches });
      if (matches === false) errors.push({ row, column: 'amount', value: text, problem: 'totals-mismatch' });
      if (tk === 'subtotal') since = { sum: 0, rows: 0, rejected: 0 };
      return;
    }
    const filled = cells.filter((c) => c.trim() !== '');
    if (filled.length === 1 && SECTION.test((filled[0] ?? '').trim())) {
      sections.push({ row, text: (filled[0] ?? '').trim() });
      since = { sum: 0, rows: 0, rejected: 0 };
      return;
    }

    rowsRead += 1;
    const rowErrors: RowError[] = [];
    const fail = (column: Field, problem: RowProblem) => rowErrors.push({ row, column, value: cell(column), problem });
    const remark = (column: Field, code: RemarkCode) => remarks.push({ row, column, value: cell(column), remark: code });

    const givenId = cell('id');
    const project = cell('project');
    if (project === '') fail('project', 'missing');
    const placeText = cell('district');
    const place = placeText === '' ? null : matchPlace(placeText);
    if (placeText === '') fail('district', 'missing');
    else if (!place) fail('district', 'unknown-district');
    const amountText = cell('amount');
    let amount = NaN;
    if (amountText === '') fail('amount', 'missing');
    else {
      const r = readMoney(amountText, unitInfo.amount.unit, '亿元');
      if (r.ok) {
        amount = r.value;
        const n = Number(halfWidth(amountText).replace(/[^\d.]/g, ''));
        if (Number.isFinite(n)) written.amount.push(n);
      } else fail('amount', r.problem === 'no-unit' ? 'ambiguous-unit' : r.problem);
    }

    const originals: Partial<Record<CategoryField, string>> = {};
    const category = <F extends CategoryField>(f: F) => {
      const r = readCategory(f, cell(f), values);
      if (r.original !== null) originals[f] = r.original;
      if (r.mapped === 'user' || r.mapped === 'unclassified') {
        const v = cell(f);
        const u = unmatchedMaps[f].get(v) ?? { value: v, rows: 0, amount: 0 };
        u.rows += 1;
        if (Number.isFinite(amount)) u.amount = Math.round((u.amount + amount) * 1e6) / 1e6;
        unmatchedMaps[f].set(v, u);
      }
      return r.key;
    };
    const sector = category('sector');
    const investor = category('investor');
    const signing = category('signing');
    const stage = category('stage');

    let progress: ProjectProgress | null = null;
    if (hasProgress) {
      let funds: number | null = null;
      const fundsText = cell('funds');
      if (fundsText !== '') {
        const r = readMoney(fundsText, unitInfo.funds.unit, '亿元');
        if (r.ok) {
          funds = r.value;
          const n = Number(halfWidth(fundsText).replace(/[^\d.]/g, ''));
          if (Number.isFinite(n)) written.funds.push(n);
          if (Number.isFinite(amount) && funds > amount + 1e-9) remark('funds', 'funds-above-amount');
        } else if (r.problem === 'decimal-comma' || r.problem === 'space-in-number' || r.problem === 'above-limit') fail('funds', r.problem);
        else remark('funds', r.problem === 'negative' ? 'negative-funds' : 'unreadable-funds');
      }
      // An impossible date is a row error; unreadable text a remark (not read); a report date
      // to the month only a remark (it orders before that month's days: current-rows.ts).
      const date = (f: 'startDate' | 'reportDate') => {
        const t = cell(f);
        if (t === '') return null;
        const d = readDate(t);
        if (!d.ok) {
          if (d.problem === 'impossible') fail(f, 'impossible-date');
          else remark(f, 'unreadable-date');
          return null;
        }
        if (f === 'reportDate' && d.precision === 'month') remark(f, 'month-only-date');
        return d.date;
      };
      const editionText = cell('edition');
      const edition = editionText === '' ? null : parseEdition(editionText);
      if (editionText !== '' && edition === null) remark('edition', 'unreadable-edition');
      progress = { stage, fundsInPlace: funds, startDate: date('startDate'), reportDate: date('reportDate'), edition };
    }

    if (rowErrors.length > 0 || !place || !Number.isFinite(amount)) {
      errors.push(...rowErrors);
      rowsRejected += 1;
      all.rejected += 1;
      since.rejected += 1;
      return;
    }
    const id = givenId || autoId(row);
    projectRows.push(row);
    givenIds.push(givenId !== '');
    all.sum += amount;
    all.rows += 1;
    since.sum += amount;
    since.rows += 1;
    const extra = extraCols.map((c) => (cells[c] ?? '').trim());
    const hasOriginal = Object.keys(originals).length > 0 || extra.some((v) => v !== '');
    const original: RowOriginal | null = hasOriginal ? { categories: originals, extra } : null;
    const note = cell('note');
    const partner = cell('partner');
    projects.push({
      id,
      district: place.kind === 'district' ? place.code : null,
      area: place.kind === 'area' ? place.key : null,
      partner: { zh: partner, en: partner },
      name: { zh: project, en: project },
      amount,
      amountApprox: false,
      sector,
      investor,
      signing,
      source: { id: 'R', locator: locator(row) },
      note: note ? { zh: note, en: note } : null,
      progress,
      original,
    });
  });
  onProgress?.(body.length, body.length);
  const duplicates = findDuplicates(projects, projectRows, givenIds);
  const projectRowOf = new Map(projects.map((p, i) => [p, projectRows[i] ?? 0]));
  let kept = projects;
  if (settings.duplicates === 'keep-later' && duplicates.length > 0) {
    // Every row of a group but its last is set aside, as a row not imported with the reason.
    const rowOf = new Map(projectRows.map((r, i) => [r, i]));
    const earlier = new Set<number>();
    for (const g of duplicates) for (const r of g.rows.slice(0, -1)) earlier.add(r);
    for (const r of [...earlier].sort((a, b) => a - b)) {
      const p = projects[rowOf.get(r) ?? -1];
      if (!p) continue;
      const byId = duplicates.some((g) => g.kind === 'id' && g.rows.includes(r));
      errors.push({ row: r, column: byId ? 'id' : 'project', value: byId ? p.id : p.name.zh, problem: 'duplicate-earlier' });
    }
    errors.sort((a, b) => a.row - b.row);
    kept = projects.filter((_, i) => !earlier.has(projectRows[i] ?? -1));
    rowsRejected += projects.length - kept.length;
  }
  // Two kept rows never share an id within one report date: a later row repeating an id
  // exactly (kept as the user chose) is told apart by its row number, "P1#7".
  const used = new Set<string>();
  kept = kept.map((p) => {
    const date = p.progress?.reportDate ?? '';
    if (!used.has(`${date}\u0000${p.id}`)) {
      used.add(`${date}\u0000${p.id}`);
      return p;
    }
    const row = projectRowOf.get(p) ?? 0;
    let id = `${p.id}#${row}`;
    for (let k = 2; used.has(`${date}\u0000${id}`) || fileIds.has(foldId(id)); k++) id = `${p.id}#${row}-${k}`;
    used.add(`${date}\u0000${id}`);
    return { ...p, id };
  });
  const units = {
    amount: { ...unitInfo.amount, looksLike: plausibleUnit(written.amount, unitInfo.amount.unit ?? '亿元') },
    funds: { ...unitInfo.funds, looksLike: plausibleUnit(written.funds, unitInfo.funds.unit ?? '亿元') },
  };
  const unmatched = emptyUnmatched();
  for (const f of CATEGORY_FIELDS) unmatched[f] = [...unmatchedMaps[f].values()].sort((a, b) => b.rows - a.rows || b.amount - a.amount || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
  return { layout, mapping, units, needsUnit, projects: kept, errors, remarks, totals, unmatched, extraHeaders, present, rowsRead, rowsRejected, blankRows, sections, duplicates };
}
