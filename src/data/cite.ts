/**
 * Citations in words (plain TS): one source as a reader can follow it — publication, headline
 * or [description], date, page or section, address — and a locator in the reader's language.
 * The footer, the provenance lines and every export use these, so they all say the same.
 */
import type { Source, SourceRef } from './types';

export type CiteLang = 'zh-CN' | 'en';

const pick = (pair: { zh: string; en: string }, lang: CiteLang) => (lang === 'en' ? pair.en : pair.zh);

/** The headline in quotes, or the description in brackets where the headline is not on record. */
export function citeTitle(s: Source, lang: CiteLang): string {
  if (s.headline !== null) {
    if (lang !== 'en') return `《${s.headline}》`;
    // A Chinese headline on the English screen gets its gloss, so the reader knows what it says.
    return /[\u3400-\u9fff]/.test(s.headline) ? `“${s.headline}” [${s.about.en}]` : `“${s.headline}”`;
  }
  return lang === 'en' ? `[${s.about.en}]` : `［${s.about.zh}］`;
}

/**
 * e.g. zh "重庆日报，《2021智博会举行重大项目招商签约活动》，2021-08-23，续第1版（上接1版）"
 * en "Chongqing Daily (重庆日报), “2021智博会举行重大项目招商签约活动”, 2021-08-23, page continued from p. 1".
 */
export function citation(s: Source, lang: CiteLang): string {
  const sep = lang === 'en' ? ', ' : '，';
  const parts = [pick(s.publication, lang), citeTitle(s, lang)];
  if (s.date) parts.push(s.date);
  if (s.page) parts.push(pick(s.page, lang));
  if (s.note) parts.push(pick(s.note, lang));
  if (s.url) parts.push(s.url);
  return parts.join(sep);
}

/** The locator in the reader's language (a register's file name reads the same in both). */
export function locatorText(ref: SourceRef, lang: CiteLang): string {
  return lang === 'en' && ref.locatorEn !== undefined ? ref.locatorEn : ref.locator;
}
