/**
 * Citations in words: one source as a reader can follow it — publication, headline or
 * [description], date, page or section, address — and a locator in the reader's language. The
 * footer, the provenance lines and every export use these, so they all say the same; the
 * catalog's `cite` entry holds each language's quotes, brackets and separator.
 */
import type { Source, SourceRef } from '../data/types';
import type { I18n } from './i18n';

/**
 * e.g. zh "重庆日报，《2021智博会举行重大项目招商签约活动》，2021-08-23，续第1版（上接1版）"
 * en "Chongqing Daily (重庆日报), “2021智博会举行重大项目招商签约活动” [gloss], 2021-08-23, page continued from p. 1".
 */
export function citation(s: Source, i18n: I18n): string {
  const { cite } = i18n.t;
  const title = s.headline !== null ? cite.headline({ text: s.headline, gloss: i18n.pick(s.about) }) : cite.about(i18n.pick(s.about));
  const parts = [i18n.pick(s.publication), title];
  if (s.date) parts.push(s.date);
  if (s.page) parts.push(i18n.pick(s.page));
  if (s.note) parts.push(i18n.pick(s.note));
  if (s.url) parts.push(s.url);
  return parts.join(cite.sep);
}

/** The locator in the reader's language (a register's file name reads the same in both). */
export function locatorText(ref: SourceRef, i18n: I18n): string {
  return i18n.pick({ zh: ref.locator, en: ref.locatorEn ?? ref.locator });
}
