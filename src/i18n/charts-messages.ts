/** The breakdown charts' notes beside their bars: the catalog for a language (charts-zh.ts, charts-en.ts), in the chunks that use it, not the main catalog's. */
import type { Lang } from '../domain/format';
import { chartsEn } from './charts-en';
import { chartsZh, type ChartMessages } from './charts-zh';

export type { ChartMessages };

const CATALOGS: Readonly<Record<Lang, ChartMessages>> = { 'zh-CN': chartsZh, en: chartsEn };

export function chartsMessages(lang: Lang): ChartMessages {
  return CATALOGS[lang];
}
