/**
 * The register import's catalog for a language (import-zh.ts, import-en.ts): the data dialog
 * and the import worker read it; neither is in the first view.
 */
import type { Lang } from '../domain/format';
import { importEn } from './import-en';
import { importZh, type ImportMessages } from './import-zh';

export type { ImportMessages };

const CATALOGS: Readonly<Record<Lang, ImportMessages>> = { 'zh-CN': importZh, en: importEn };

export function importMessages(lang: Lang): ImportMessages {
  return CATALOGS[lang];
}
