/** The project table's own words in Chinese (row details, pager); its shape is TableMessages (table-en.ts follows it). Loaded with the table. */
export const tableZh = {
  pager: { label: '分页', prev: '上一页', next: '下一页', status: (a: number, b: number, n: number) => `第 ${a}–${b} 个，共 ${n} 个` },
  rowDetails: {
    toggle: '详情',
    toggleLabel: (p: string) => `“${p}”的详情`,
    title: '文件中的原始内容',
    categories: '类别原文',
    extra: '文件中的其他列',
    note: '备注',
    nothing: '文件中没有其他内容。',
    unclassifiedOriginal: (text: string) => `未分类（原文：${text}）`,
    original: (text: string) => `原文：${text}`,
    csvOriginal: (c: string) => `${c}（原文）`,
    field: { sector: '行业', investor: '投资方类型', signing: '签约方式', stage: '进度' },
  },
  /** A register's progress columns (stage, funds in place, start date) in the table and its exports. */
  progress: { stage: '进度', funds: '到位资金', fundsExport: '到位资金（亿元）', startDate: '开工日期', notFilled: '未填写' },
};

export type TableMessages = typeof tableZh;
