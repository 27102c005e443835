/**
 * The language in use comes from the store; this hook returns its catalog and formatters,
 * and an effect keeps html[lang] in step. Catalogs load per language (catalogs.ts). Every
 * language-dependent choice is in the catalog or in Intl: nothing outside i18n/ tests the language.
 */
import { useContext, useEffect, useMemo, useSyncExternalStore } from 'react';
import { formatCount, formatPercent, type Lang } from '../domain/format';
import { DatasetWordingContext, type DatasetWording } from '../queries/dataset';
import { setLang, useViewStore } from '../stores/view-store';
import { loadCatalog, loadedCatalogs, subscribeCatalogs } from './catalogs';
import { formatAmount, formatAmountParts } from './format';
import type { Messages } from './messages';

/** The words that change with what the rows are (named projects, or a full register). */
export type Wording = Messages['wording']['published'];

export interface I18n {
  lang: Lang;
  t: Messages;
  /** The catalog's wording for the dataset on screen, as its basis policy decides (basisPolicy(dataset).wording). */
  w: Wording;
  amount: (yi: number) => string;
  amountParts: (yi: number) => { number: string; unit: string };
  count: (n: number) => string;
  percent: (fraction: number) => string;
  /** An enumeration: "行业、投资方、金额" / "sector, investor, amount" (Intl.ListFormat). */
  list: (items: readonly string[]) => string;
  /** Alternatives: "綦江区或璧山区" / "Qijiang or Bishan" (Intl.ListFormat). */
  or: (items: readonly string[]) => string;
  /** Read a bilingual {zh, en} pair of data (names, notes, citations) in the current language. */
  pick: (pair: { zh: string; en: string }) => string;
}

/** A loaded catalog; throws if the entry (or a test's setup) has not loaded it with loadCatalog. */
export function catalogFor(lang: Lang): Messages {
  const messages = loadedCatalogs()[lang];
  if (!messages) throw new Error(`The ${lang} catalog is not loaded (loadCatalog)`);
  return messages;
}

/** Formatters and the catalog for a language, with the wording the dataset's basis policy names. */
export function makeI18n(lang: Lang, wording: DatasetWording = 'published'): I18n {
  const t = catalogFor(lang);
  const list = new Intl.ListFormat(lang, { type: 'conjunction', style: 'narrow' });
  const or = new Intl.ListFormat(lang, { type: 'disjunction', style: 'long' });
  return {
    lang,
    t,
    w: t.wording[wording],
    amount: (yi) => formatAmount(yi, lang, t.money),
    amountParts: (yi) => formatAmountParts(yi, lang, t.money),
    count: (n) => formatCount(n, lang),
    percent: (fraction) => formatPercent(fraction, lang),
    list: (items) => list.format(items),
    or: (items) => or.format(items),
    pick: (pair) => pair[t.pairKey],
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
