/** A per-feature catalog pair as one function of the language (the x-messages.ts modules). */
import type { Lang } from '../domain/format';

export function perLanguage<T>(zh: T, en: NoInfer<T>): (lang: Lang) => T {
  const catalogs: Readonly<Record<Lang, T>> = { 'zh-CN': zh, en };
  return (lang) => catalogs[lang];
}
