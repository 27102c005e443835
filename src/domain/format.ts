/**
 * Number formatting per locale, through Intl only (no string surgery on digits).
 * Amounts are stored in 亿元 (10^8 yuan): zh shows "2524亿元", en "252.4 billion yuan".
 */
export type Lang = 'zh-CN' | 'en';

const YI = 1e8;
const cache = new Map<string, Intl.NumberFormat>();

function nf(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(lang, options);
    cache.set(key, f);
  }
  return f;
}

/** zh keeps 亿 with one decimal (2138.6亿); en needs two decimals of billions for the same precision. */
function compact(lang: Lang): Intl.NumberFormat {
  return nf(lang, {
    notation: 'compact',
    compactDisplay: 'long',
    maximumFractionDigits: lang === 'zh-CN' ? 1 : 2,
    useGrouping: false,
  });
}

/** An amount in 亿元 as words of the locale: "2524亿元" / "252.4 billion yuan". */
export function formatAmount(yi: number, lang: Lang): string {
  const n = compact(lang).format(yi * YI);
  return lang === 'zh-CN' ? `${n}元` : `${n} yuan`;
}

/** The number part and the unit separately, for large KPI figures. */
export function formatAmountParts(yi: number, lang: Lang): { number: string; unit: string } {
  const parts = compact(lang).formatToParts(yi * YI);
  const number = parts.filter((p) => p.type !== 'compact' && p.type !== 'literal').map((p) => p.value).join('');
  const compactWord = parts.find((p) => p.type === 'compact')?.value ?? '';
  return lang === 'zh-CN' ? { number, unit: `${compactWord}元` } : { number, unit: `${compactWord} yuan` };
}

export function formatCount(n: number, lang: Lang): string {
  return nf(lang, { maximumFractionDigits: 0 }).format(n);
}

export function formatPercent(fraction: number, lang: Lang): string {
  return nf(lang, { style: 'percent', maximumFractionDigits: 0 }).format(fraction);
}
