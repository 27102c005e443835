/** The words an exported file carries (provenance labels, XLSX sheets): the catalog for a language (exports-zh.ts, exports-en.ts), in the chunks that use it, not the main catalog's. */
import { exportsEn } from './exports-en';
import { exportsZh, type ExportMessages } from './exports-zh';
import { perLanguage } from './per-language';

export type { ExportMessages };

export const exportsMessages = perLanguage<ExportMessages>(exportsZh, exportsEn);
