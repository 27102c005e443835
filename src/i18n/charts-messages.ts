/** The breakdown charts' notes beside their bars: the catalog for a language (charts-zh.ts, charts-en.ts), in the chunks that use it, not the main catalog's. */
import { chartsEn } from './charts-en';
import { chartsZh, type ChartMessages } from './charts-zh';
import { perLanguage } from './per-language';

export type { ChartMessages };

export const chartsMessages = perLanguage<ChartMessages>(chartsZh, chartsEn);
