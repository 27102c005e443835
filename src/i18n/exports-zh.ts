/** The words an exported file carries (provenance labels, XLSX sheets) in Chinese; its shape is ExportMessages (exports-en.ts follows it). */
export const exportsZh = {
  exportMeta: { title: '标题', filters: '筛选', basis: '依据', source: '来源', lang: '语言', exported: '导出时间', url: '链接', colon: '：' },
  exportXlsx: { sheetData: '数据', sheetProvenance: '来源与说明', field: '项目', value: '内容' },
};

export type ExportMessages = typeof exportsZh;
