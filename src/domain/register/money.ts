/**
 * Money in a register: the units offices write (亿元, 万元, 元), where a column's unit is stated
 * (its header, a 单位 line above the table, or the user's choice in the mapping step), and the
 * one reader every money column uses (contract investment, funds in place). A unit is never
 * guessed: a cell whose own unit contradicts its column's stated unit is an error, not a
 * conversion. Values come out in 亿元, the dataset's unit.
 */
import { STORED_LIMITS } from './limits';

export type MoneyUnit = '亿元' | '万元' | '元';

export const MONEY_UNITS: readonly MoneyUnit[] = ['亿元', '万元', '元'];

/** How many 亿元 one of the unit is. */
const TO_YI: Record<MoneyUnit, number> = { 亿元: 1, 万元: 1e-4, 元: 1e-8 };

/**
 * Where a money column's unit came from (shown in the mapping step), in order of precedence:
 * the user's choice in this import, the file's own word (its header, then a 单位 line), then a
 * choice remembered from the register's earlier version — which applies only where the file
 * states nothing, so a new version written in 万元 is never read in the 亿元 chosen before.
 */
export type UnitSource = 'user' | 'header' | 'unit-line' | 'remembered' | 'none';

/** Full-width digits and punctuation to ASCII (Chinese input methods type them). */
export function halfWidth(s: string): string {
  return s.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

/** A unit word as offices write it: 亿元, 亿, 万元, 万, 元, with or without 人民币 / RMB. */
function unitOf(word: string): MoneyUnit | null {
  const w = word.replace(/人民币|rmb|cny/gi, '').replace(/\s+/g, '').toLowerCase();
  if (w === '100millionyuan' || w === 'yi' || w === 'hundredmillionyuan') return '亿元';
  if (w === '10000yuan' || w === '10,000yuan' || w === '10thousandyuan' || w === 'tenthousandyuan') return '万元';
  if (w === 'yuan') return '元';
  if (w === '亿元' || w === '亿') return '亿元';
  if (w === '万元' || w === '万') return '万元';
  if (w === '元') return '元';
  return null;
}

/** The unit a header states, e.g. "投资额（万元）", "总投资(亿元)", "签约金额/万元", "合同金额 万元". */
export function unitInHeader(header: string): MoneyUnit | null {
  const h = halfWidth(header).replace(/\s+/g, '');
  const bracketed = /[([【]([^)\]】]*)[)\]】]/.exec(h);
  if (bracketed?.[1] !== undefined) {
    const u = unitOf(bracketed[1].replace(/^单位[:：]?/, ''));
    if (u) return u;
  }
  const trailing = /(?:[/:：]|单位)?(亿元|万元|亿|万|元)$/.exec(h);
  // A bare trailing 元 belongs to words like 单元 or 公元 only rarely in register headers;
  // 金额 / 投资 / 资金 before it make it a unit.
  if (trailing?.[1] !== undefined && (trailing[1] !== '元' || /(额|资|金|计)元$/.test(h) || /[/:：]元$/.test(h))) return unitOf(trailing[1]);
  return null;
}

/** The unit a line above the table states: "单位：万元", "金额单位：亿元", "(单位:亿元)". */
export function unitInLine(text: string): MoneyUnit | null {
  const m = /单位\s*[:：]\s*(人民币)?\s*(亿元|万元|元|亿|万)/.exec(halfWidth(text));
  return m?.[2] !== undefined ? unitOf(m[2]) : null;
}

/** The name of a header without its unit: "投资额（万元）" → "投资额". */
export function withoutUnit(header: string): string {
  return halfWidth(header)
    .replace(/[([【][^)\]】]*(亿元|万元|元|亿|万|yuan)[^)\]】]*[)\]】]/gi, '')
    .replace(/[/:：]?(亿元|万元)$/, '')
    .trim();
}

export type MoneyProblem =
  | 'not-a-number'
  | 'negative'
  | 'ambiguous-unit'
  | 'no-unit'
  /** A comma that is not a thousands separator ("10,5", "1,23", "1.234,5"): perhaps a decimal comma — never guessed. */
  | 'decimal-comma'
  /** A space between digits ("10 20"): one number or two — never guessed. */
  | 'space-in-number'
  /** Above what storage keeps (STORED_LIMITS.amount 亿元). */
  | 'above-limit';

export type MoneyReading = { ok: true; value: number; unit: MoneyUnit } | { ok: false; problem: MoneyProblem };

/** Digits with commas between groups of exactly three ("12,345", "1,234.5"): the only comma read. */
const THOUSANDS = /^-?\d{1,3}(,\d{3})+(\.\d+)?$/;

/**
 * Reads "3.5亿", "35000万元", "¥1,016", "１,０１６", "35 亿元" into 亿元. Numbers are read one
 * way only: full-width digits are digits; a comma is a thousands separator only between groups
 * of exactly three digits before any decimal point; any other comma (a decimal comma, as
 * "10,5" or "１０，５") and any space between digits ("10 20") is refused with its reason,
 * never guessed. Above STORED_LIMITS.amount 亿元 is refused too (storage would not keep it).
 * `columnUnit` is the column's stated unit; null when nothing states one (then a cell must
 * carry its own unit, or the caller's `fallback` — the unit the user confirmed — applies).
 */
export function readMoney(text: string, columnUnit: MoneyUnit | null, fallback: MoneyUnit | null = null): MoneyReading {
  const v = halfWidth(text).trim().replace(/^[¥￥]|^(RMB|CNY)\s*/i, '').trim();
  const m = /^(-?[\d.,\s]*\d)\s*(亿元|万元|亿|万|元)?$/.exec(v);
  if (!m?.[1]) return { ok: false, problem: 'not-a-number' };
  const written = m[1];
  if (/\d\s+[\d.,]|[\d.,]\s+\d/.test(written)) return { ok: false, problem: 'space-in-number' };
  if (written.includes(',') && !THOUSANDS.test(written)) return { ok: false, problem: 'decimal-comma' };
  const plain = written.replace(/,/g, '');
  if (!/^-?\d+(\.\d+)?$/.test(plain)) return { ok: false, problem: 'not-a-number' };
  const n = Number(plain);
  if (!Number.isFinite(n)) return { ok: false, problem: 'not-a-number' };
  if (n < 0) return { ok: false, problem: 'negative' };
  const own = m[2] !== undefined ? unitOf(m[2]) : null;
  if (own && columnUnit && own !== columnUnit) return { ok: false, problem: 'ambiguous-unit' };
  const unit = own ?? columnUnit ?? fallback;
  if (!unit) return { ok: false, problem: 'no-unit' };
  // Round away float noise from the conversion (1e-8 亿元 is one yuan).
  const value = Math.round(n * TO_YI[unit] * 1e8) / 1e8;
  if (!(value <= STORED_LIMITS.amount)) return { ok: false, problem: 'above-limit' };
  return { ok: true, value, unit };
}

/**
 * A warning when a column's numbers look like another unit: major projects are signed for
 * about 0.05–1000亿元, so a median above 1000 read as 亿元 is more likely 万元, a median below
 * 1 read as 万元 is more likely 亿元, and so on. Returns the unit the values look like, or null.
 */
export function plausibleUnit(numbersAsWritten: readonly number[], unit: MoneyUnit): MoneyUnit | null {
  const xs = numbersAsWritten.filter((n) => Number.isFinite(n) && n > 0).sort((a, b) => a - b);
  if (xs.length === 0) return null;
  const median = xs[Math.floor(xs.length / 2)] ?? 0;
  const yi = median * TO_YI[unit];
  if (yi >= 0.05 && yi <= 1000) return null;
  // The unit under which the median is a plausible size for a signed project.
  return MONEY_UNITS.find((u) => u !== unit && median * TO_YI[u] >= 0.05 && median * TO_YI[u] <= 1000) ?? null;
}
