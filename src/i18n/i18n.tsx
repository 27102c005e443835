/**
 * The language in use comes from the store; this hook returns its catalog and formatters,
 * and an effect keeps html[lang] in step. Catalogs load per language (catalogs.ts).
 */
import { useContext, useEffect, useMemo, useSyncExternalStore } from 'react';
import { formatAmount, formatCount, type Lang } from '../domain/format';
import { DatasetWordingContext, type DatasetWording } from '../queries/dataset';
import { setLang, useViewStore } from '../stores/view-store';
import { loadCatalog, loadedCatalogs, subscribeCatalogs } from './catalogs';
import type { Messages } from './messages';
import { registerWording } from './register-wording';

export interface I18n {
  lang: Lang;
  t: Messages;
  amount: (yi: number) => string;
  count: (n: number) => string;
  /** Pick the current language from a bilingual pair. */
  pick: (pair: { zh: string; en: string }) => string;
}

/** A loaded catalog; throws if the entry (or a test's setup) has not loaded it with loadCatalog. */
export function catalogFor(lang: Lang): Messages {
  const messages = loadedCatalogs()[lang];
  if (!messages) throw new Error(`The ${lang} catalog is not loaded (loadCatalog)`);
  return messages;
}

/** Formatters and the catalog for a language; the basis policy picks the wording (a register changes a few words, see register-wording.ts). */
export function makeI18n(lang: Lang, wording: DatasetWording = 'published'): I18n {
  const base = catalogFor(lang);
  return {
    lang,
    t: wording === 'register' ? registerWording(base, lang) : base,
    amount: (yi) => formatAmount(yi, lang),
    count: (n) => formatCount(n, lang),
    pick: (pair) => (lang === 'en' ? pair.en : pair.zh),
  };
}

export function useI18n(): I18n {
  const wanted = useViewStore((s) => s.lang);
  const wording = useContext(DatasetWordingContext);
  const catalogs = useSyncExternalStore(subscribeCatalogs, loadedCatalogs, loadedCatalogs);
  // The language switch loads a catalog before it changes the store; only back/forward to a
  // link in the other language can get here first: keep the language on screen until it arrives.
  const lang: Lang = catalogs[wanted] ? wanted : wanted === 'en' ? 'zh-CN' : 'en';
  useEffect(() => {
    if (lang !== wanted) void loadCatalog(wanted);
  }, [lang, wanted]);
  return useMemo(() => makeI18n(lang, wording), [lang, wording]);
}

/** Keeps <html lang> and the document title in step with the language. */
export function useDocumentLanguage(): void {
  const { lang, t } = useI18n();
  useEffect(
    function syncHtmlLang() {
      document.documentElement.lang = lang;
      document.title = t.appTitle;
    },
    [lang, t],
  );
}

/** Switch the language: at once if its catalog is here, else as soon as it has loaded. */
export function switchLanguage(lang: Lang): void {
  if (loadedCatalogs()[lang]) setLang(lang);
  // A catalog that could not load (after the loader's retry) leaves the language as it is; the
  // next click fetches it again.
  else loadCatalog(lang).then(() => setLang(lang), () => undefined);
}
