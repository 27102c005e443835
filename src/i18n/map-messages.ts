/** The district map's catalog for a language (map-zh.ts, map-en.ts): it rides in the map panel's chunk. */
import { mapEn } from './map-en';
import { mapZh, type MapMessages } from './map-zh';
import { perLanguage } from './per-language';

export type { MapMessages };

export const mapMessages = perLanguage<MapMessages>(mapZh, mapEn);
