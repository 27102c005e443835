/** The project table's catalog for a language (table-zh.ts, table-en.ts): it rides in the table's chunk. */
import { tableEn } from './table-en';
import { tableZh, type TableMessages } from './table-zh';
import { perLanguage } from './per-language';

export type { TableMessages };

export const tableMessages = perLanguage<TableMessages>(tableZh, tableEn);
