/** The district map's catalog for a language (map-zh.ts, map-en.ts): it rides in the map panel's chunk. */
import type { Lang } from '../domain/format';
import { mapEn } from './map-en';
import { mapZh, type MapMessages } from './map-zh';

export type { MapMessages };

const CATALOGS: Readonly<Record<Lang, MapMessages>> = { 'zh-CN': mapZh, en: mapEn };

export function mapMessages(lang: Lang): MapMessages {
  return CATALOGS[lang];
}
