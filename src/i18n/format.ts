/**
 * Amounts in words of the reader's language: Intl's compact notation gives the number and its
 * magnitude word (亿, billion), the catalog's `money` entry the precision and the unit words.
 * Amounts are stored in 亿元 (10^8 yuan): zh shows "2524亿元", en "252.4 billion yuan".
 */
import { numberFormat, type Lang } from '../domain/format';
import type { Messages } from './messages';

const YI = 1e8;

/** The number part and the unit separately, for large KPI figures. */
export function formatAmountParts(yi: number, lang: Lang, money: Messages['money']): { number: string; unit: string } {
  const parts = numberFormat(lang, { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: money.fractionDigits, useGrouping: false }).formatToParts(yi * YI);
  const number = parts.filter((p) => p.type !== 'compact' && p.type !== 'literal').map((p) => p.value).join('');
  const magnitude = parts.find((p) => p.type === 'compact')?.value ?? '';
  return { number, unit: money.unit(magnitude) };
}

/** An amount in 亿元 as words of the locale: "2524亿元" / "252.4 billion yuan". */
export function formatAmount(yi: number, lang: Lang, money: Messages['money']): string {
  const { number, unit } = formatAmountParts(yi, lang, money);
  return money.amount(number, unit);
}

/**
 * Several amounts in the unit of the largest ("亿元", "billion yuan") with the numbers apart:
 * a chart says the unit once and prints numbers at its bar ends ("101.6", not "101.6 billion yuan").
 */
export function amountsInOneUnit(yis: readonly number[], lang: Lang, money: Messages['money']): { unit: string; numbers: string[] } {
  const max = Math.max(0, ...yis);
  const { number, unit } = formatAmountParts(max, lang, money);
  const shown = Number.parseFloat(number);
  const divisor = max > 0 && shown > 0 ? Math.pow(10, Math.round(Math.log10((max * YI) / shown))) : YI;
  const fmt = numberFormat(lang, { maximumFractionDigits: money.fractionDigits, useGrouping: false });
  return { unit, numbers: yis.map((v) => fmt.format((v * YI) / divisor)) };
}
