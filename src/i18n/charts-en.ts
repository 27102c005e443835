/** The breakdown charts' notes beside their bars in English (the shape is charts-zh.ts). */
import type { ChartMessages } from './charts-zh';

export const chartsEn: ChartMessages = {
  sizeNote: 'The source prints only the counts of projects of 1 billion yuan or more (81) and 5 billion yuan or more (19); the 0.5–1 and 1–5 billion bands are derived from them, and no band amounts were published.',
  sectorNote: (amount, share) => `The §数读 box merges health with new materials & other as “other industries” (${amount}, ${share}).`,
  signingNote: (venue, offSite) => `Counts (${venue} at the venue, ${offSite} off-site) are from Chongqing Daily; amounts and the online/offline split are from S3.`,
};
