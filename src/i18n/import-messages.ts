/**
 * The register import's catalog for a language (import-zh.ts, import-en.ts): the data dialog
 * and the import worker read it; neither is in the first view.
 */
import { importEn } from './import-en';
import { importZh, type ImportMessages } from './import-zh';
import { perLanguage } from './per-language';

export type { ImportMessages };

export const importMessages = perLanguage<ImportMessages>(importZh, importEn);
