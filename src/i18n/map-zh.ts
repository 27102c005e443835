/** The district map's words in Chinese; its shape is MapMessages (map-en.ts follows it). Loaded with the map panel, not on a phone's first view. */
export const mapZh = {
  measureLabel: '地图着色',
  zoomAll: '全市',
  zoomCentral: '放大主城区',
  loading: '正在加载地图…',
  error: '地图未能加载；下方区县列表仍可使用。',
  legendTitle: (m: string) => `图例：${m}`,
  legendUnstated: '有点名项目，金额未公布',
  amountUnstated: (n: number) => `${n} 个未公布金额`,
  schematic: '边界为示意，不作为权属依据。',
  districtLevel: '项目位置只精确到区县。',
  contextNote: (a: string, total: string) => `四川、贵州：另签约 ${a}，不计入 ${total}。`,
  listTitle: '区县列表',
  more: (n: number) => `……另有 ${n} 个`,
  search: '查找区县',
  searchPlaceholder: '名称或代码，如 綦江、Qijiang',
  noMatch: '没有匹配的区县。',
  selected: '已选',
  attribution: '边界：Apache ECharts 4.9.0（Apache-2.0），示意',
  sichuan: '四川',
  guizhou: '贵州',
};

export type MapMessages = typeof mapZh;
