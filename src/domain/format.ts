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
