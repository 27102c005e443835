/**
 * The editions and progress catalog for a language (progress-zh.ts, progress-en.ts): read by the
 * editions chart, the progress panel, month-over-month and the project table's progress columns,
 * none of them on a phone's first screen, so it rides in their chunks, not the main catalog's.
 */
import { progressEn } from './progress-en';
import { progressZh, type ProgressMessages } from './progress-zh';
import { perLanguage } from './per-language';

export type { ProgressMessages };

export const progressMessages = perLanguage<ProgressMessages>(progressZh, progressEn);
