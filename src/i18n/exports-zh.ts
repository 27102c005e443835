/** The words an exported file carries (provenance labels, XLSX sheets) in Chinese; its shape is ExportMessages (exports-en.ts follows it). */
export const exportsZh = {
  exportMeta: { title: '标题', filters: '筛选', basis: '依据', source: '来源', lang: '语言', exported: '导出时间', url: '链接', colon: '：' },
  exportXlsx: { sheetData: '数据', sheetProvenance: '来源与说明', field: '项目', value: '内容' },
  /** A slide's own words: its one source line ("来源：S1 …；S3 …") and the date under it. */
  exportSlide: { sources: (_n: number) => '来源', semicolon: '；', exported: '导出于', moreRows: (n: number) => `另有 ${n} 行未列出；CSV 和 XLSX 导出含全部行。` },
};

export type ExportMessages = typeof exportsZh;
