/** The tour editor's catalog for a language (tour-zh.ts, tour-en.ts): it rides in the editor's chunk. */
import type { Lang } from '../domain/format';
import { tourEn } from './tour-en';
import { tourZh, type TourMessages } from './tour-zh';

export type { TourMessages };

const CATALOGS: Readonly<Record<Lang, TourMessages>> = { 'zh-CN': tourZh, en: tourEn };

export function tourMessages(lang: Lang): TourMessages {
  return CATALOGS[lang];
}
