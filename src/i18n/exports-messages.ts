/** The words an exported file carries (provenance labels, XLSX sheets): the catalog for a language (exports-zh.ts, exports-en.ts), in the chunks that use it, not the main catalog's. */
import type { Lang } from '../domain/format';
import { exportsEn } from './exports-en';
import { exportsZh, type ExportMessages } from './exports-zh';

export type { ExportMessages };

const CATALOGS: Readonly<Record<Lang, ExportMessages>> = { 'zh-CN': exportsZh, en: exportsEn };

export function exportsMessages(lang: Lang): ExportMessages {
  return CATALOGS[lang];
}
