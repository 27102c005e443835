/** The tour editor's catalog for a language (tour-zh.ts, tour-en.ts): it rides in the editor's chunk. */
import { tourEn } from './tour-en';
import { tourZh, type TourMessages } from './tour-zh';
import { perLanguage } from './per-language';

export type { TourMessages };

export const tourMessages = perLanguage<TourMessages>(tourZh, tourEn);
