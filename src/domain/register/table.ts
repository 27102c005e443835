/**
 * Finding the table in a sheet as offices lay it out: a merged title row, a 填报单位 / 单位：万元
 * line, the header on row 3 (sometimes two rows: 投资额 over 亿元 and 到位资金), data, then 合计.
 * The header is the row among the first 30 that best matches known header names; a unit the
 * lines above it state is kept; two-row headers are flattened. Totals and subtotals rows
 * (合计, 小计, 总计, 其中) are told apart from projects here and checked in import.ts.
 */
import { headerField, REQUIRED, type Field } from './fields';
import { unitInHeader, unitInLine, type MoneyUnit } from './money';

/** How far down a sheet the header is looked for. */
export const HEADER_SCAN_ROWS = 30;

/** A sheet's rows with the file's own row numbers (1-based, as the file counts them). */
export interface NumberedRows {
  rows: readonly (readonly string[])[];
  /** rowNumbers[i] is the file's row number of rows[i]. */
  rowNumbers: readonly number[];
}

export interface TableLayout {
  /** Index into the rows of the (first) header row. */
  headerRow: number;
  /** 1 or 2 header rows (two-row headers are flattened into `headers`). */
  headerRows: 1 | 2;
  headers: string[];
  /** Index of the first data row. */
  bodyStart: number;
  /** Text of the lines above the header (title, 填报单位, 单位), for the mapping step. */
  above: string[];
  /** The unit a line above the header states, if any. */
  unitLine: MoneyUnit | null;
  /** How many known header names the header row matched (0 = no table found). */
  score: number;
}

/** Known fields a row's cells name, and whether all required ones are among them. */
function scoreRow(cells: readonly string[]): { score: number; required: number } {
  const seen = new Set<Field>();
  for (const c of cells) {
    const f = headerField(c);
    if (f) seen.add(f);
  }
  return { score: seen.size, required: REQUIRED.filter((f) => seen.has(f)).length };
}

const UNIT_ONLY = /^[([（【]?\s*(单位[:：]?)?\s*(亿元|万元|元|亿|万)\s*[)\]）】]?$/;

/** A row under a header that continues it: units (亿元) or sub-headers, no data. */
function isSubHeader(cells: readonly string[], top: readonly string[]): boolean {
  let continues = 0;
  for (let i = 0; i < cells.length; i++) {
    const c = (cells[i] ?? '').trim();
    if (c === '') continue;
    // A number, a district code or a date is data, not a header.
    if (/^[\d.,\-/年月日¥￥]+$/.test(c)) return false;
    if (UNIT_ONLY.test(c) || headerField(c) !== null) continues += 1;
    else if ((top[i] ?? '').trim() !== '') return false;
  }
  return continues > 0;
}

/** Flattens a two-row header: a merged top cell carries over the sub-cells under it (投资额 / 亿元 → 投资额（亿元）). */
function flatten(top: readonly string[], sub: readonly string[]): string[] {
  const width = Math.max(top.length, sub.length);
  const out: string[] = [];
  let carried = '';
  for (let i = 0; i < width; i++) {
    const t = (top[i] ?? '').trim();
    const s = (sub[i] ?? '').trim();
    if (t !== '') carried = t;
    // An empty top cell with a sub-cell is the continuation of a merged cell to its left.
    const head = t !== '' ? t : s !== '' ? carried : '';
    if (s === '') out.push(head);
    else if (UNIT_ONLY.test(s)) out.push(`${head}（${s.replace(/[()（）[\]【】]|单位[:：]?/g, '').trim()}）`);
    // "投资额" over "其中：到位资金" names the sub-column, not the merged parent.
    else if (headerField(s) !== null) out.push(s + (unitInHeader(head) && !unitInHeader(s) ? `（${unitInHeader(head)}）` : ''));
    else out.push(head === '' ? s : `${head}${s}`);
  }
  return out;
}

/**
 * The table in a sheet. `forcedHeaderRow` is the user's choice in the mapping step. Rows above
 * the header are never data; a unit they state applies to money columns that state none.
 */
export function findTable(rows: readonly (readonly string[])[], forcedHeaderRow: number | null = null): TableLayout {
  let best = 0;
  let bestScore = -1;
  if (forcedHeaderRow !== null && forcedHeaderRow >= 0 && forcedHeaderRow < rows.length) best = forcedHeaderRow;
  else {
    const scan = Math.min(rows.length, HEADER_SCAN_ROWS);
    let bestRequired = -1;
    for (let i = 0; i < scan; i++) {
      const { score, required } = scoreRow(rows[i] ?? []);
      // Required fields first (a title row can mention 项目 once), then any known header.
      if (required > bestRequired || (required === bestRequired && score > bestScore)) {
        best = i;
        bestScore = score;
        bestRequired = required;
      }
    }
  }
  const top = rows[best] ?? [];
  const next = rows[best + 1];
  const two = next !== undefined && isSubHeader(next, top);
  const headers = two ? flatten(top, next) : top.map((c) => c.trim());
  const above = rows.slice(0, best).map((r) => r.filter((c) => c.trim() !== '').join(' ')).filter((s) => s !== '');
  let unitLine: MoneyUnit | null = null;
  for (const line of above) unitLine ??= unitInLine(line);
  return {
    headerRow: best,
    headerRows: two ? 2 : 1,
    headers,
    bodyStart: best + (two ? 2 : 1),
    above,
    unitLine,
    score: scoreRow(headers).score,
  };
}

export type TotalsKind = 'total' | 'subtotal' | 'of-which';

/**
 * Whether a row is a totals line, from the text of its first non-empty cells: 合计 / 总计 /
 * 共计 (the whole table), 小计 (the rows since the previous subtotal), 其中 (a breakdown line).
 * Spaces inside are ignored ("合  计").
 */
export function totalsKind(cells: readonly string[]): TotalsKind | null {
  let looked = 0;
  for (const c of cells) {
    const v = c.replace(/\s+/g, '');
    if (v === '') continue;
    if (/^(全市|全区|全县)?(合计|总计|共计|总合计)/.test(v) || /^(grand)?total\b/i.test(c.trim())) return 'total';
    if (/^小计/.test(v) || /^subtotal\b/i.test(c.trim())) return 'subtotal';
    if (/^其中/.test(v) || /^ofwhich/i.test(v)) return 'of-which';
    looked += 1;
    // Totals are labelled in the first cells (序号 and 项目名称); later text is data.
    if (looked >= 2) return null;
  }
  return null;
}
