/** The breakdown charts' notes beside their bars in Chinese; its shape is ChartMessages (charts-en.ts follows it). */
export const chartsZh = {
  sizeNote: '来源只公布了 10亿元以上（81 个）和 50亿元以上（19 个）的项目数；5–10亿元、10–50亿元两档由此推算，各档金额未公布。',
  sectorNote: (amount: string, share: string) => `“数读”把大健康与新材料等其他合并为“其他产业”（${amount}，占${share}）。`,
  signingNote: (venue: number, offSite: number) => `集中签约 ${venue} 个、场外 ${offSite} 个见重庆日报；各方式的金额及线上线下拆分见 S3。`,
};

export type ChartMessages = typeof chartsZh;
