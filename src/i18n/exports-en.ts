/** The words an exported file carries (provenance labels, XLSX sheets) in English (the shape is exports-zh.ts). */
import type { ExportMessages } from './exports-zh';

export const exportsEn: ExportMessages = {
  exportMeta: { title: 'Title', filters: 'Filters', basis: 'Basis', source: 'Source', lang: 'Language', exported: 'Exported', url: 'URL', colon: ': ' },
  exportXlsx: { sheetData: 'Data', sheetProvenance: 'Provenance', field: 'Field', value: 'Value' },
};
