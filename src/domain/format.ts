/**
 * The languages the dashboard speaks, and the numbers that read the same way in every one of
 * them once Intl has the locale (counts, percentages). Amounts need the catalog's unit words:
 * src/i18n/format.ts.
 */
export type Lang = 'zh-CN' | 'en';

const cache = new Map<string, Intl.NumberFormat>();

/** An Intl.NumberFormat per locale and options, made once. */
export function numberFormat(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(lang, options);
    cache.set(key, f);
  }
  return f;
}

export function formatCount(n: number, lang: Lang): string {
  return numberFormat(lang, { maximumFractionDigits: 0 }).format(n);
}

export function formatPercent(fraction: number, lang: Lang): string {
  return numberFormat(lang, { style: 'percent', maximumFractionDigits: 0 }).format(fraction);
}

/** A rate as monthly bulletins write it: a percentage with one decimal (41.5%). */
export function formatRate(fraction: number, lang: Lang): string {
  return numberFormat(lang, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(fraction);
}

/** A rate for an export's number cell: the percentage with one decimal (0.41538 → 41.5). */
export function ratePercent(fraction: number | null): number | null {
  return fraction === null ? null : Math.round(fraction * 1000) / 10;
}
