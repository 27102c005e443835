/** Short locators into the primary source (S1), shared by the dataset and panels. */
export const LOC = {
  body: '招商签约活动（正文）',
  shudu: '§数读',
  shuduSize: '§数读·从项目投资上看',
  shuduSector: '§数读·从行业领域看',
  shuduInvestor: '§数读·从签约投资方看',
  districts: '§各区县亮点看过来',
  liangjiang: '§两江新区签约一揽子智博会重点项目',
} as const;
