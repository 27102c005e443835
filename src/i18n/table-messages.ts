/** The project table's catalog for a language (table-zh.ts, table-en.ts): it rides in the table's chunk. */
import type { Lang } from '../domain/format';
import { tableEn } from './table-en';
import { tableZh, type TableMessages } from './table-zh';

export type { TableMessages };

const CATALOGS: Readonly<Record<Lang, TableMessages>> = { 'zh-CN': tableZh, en: tableEn };

export function tableMessages(lang: Lang): TableMessages {
  return CATALOGS[lang];
}
