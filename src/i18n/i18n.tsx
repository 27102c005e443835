/**
 * The language in use comes from the store; this hook returns its catalog and formatters,
 * and an effect keeps html[lang] in step.
 */
import { useContext, useEffect, useMemo } from 'react';
import { basisPolicy } from '../domain/basis-policy';
import { formatAmount, formatCount, type Lang } from '../domain/format';
import { DatasetKindContext, type DatasetKind } from '../queries/dataset';
import { useViewStore } from '../stores/view-store';
import { en, zh, type Messages } from './messages';
import { registerWording } from './register-wording';

export interface I18n {
  lang: Lang;
  t: Messages;
  amount: (yi: number) => string;
  count: (n: number) => string;
  /** Pick the current language from a bilingual pair. */
  pick: (pair: { zh: string; en: string }) => string;
}

export function catalogFor(lang: Lang): Messages {
  return lang === 'en' ? en : zh;
}

/** Formatters and the catalog for a language; the basis policy picks the wording (a register changes a few words, see register-wording.ts). */
export function makeI18n(lang: Lang, kind: DatasetKind = 'published'): I18n {
  const base = catalogFor(lang);
  return {
    lang,
    t: basisPolicy({ kind }).wording === 'register' ? registerWording(base, lang) : base,
    amount: (yi) => formatAmount(yi, lang),
    count: (n) => formatCount(n, lang),
    pick: (pair) => (lang === 'en' ? pair.en : pair.zh),
  };
}

export function useI18n(): I18n {
  const lang = useViewStore((s) => s.lang);
  const kind = useContext(DatasetKindContext);
  return useMemo(() => makeI18n(lang, kind), [lang, kind]);
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
