/** The words an exported file carries (provenance labels, XLSX sheets) in English (the shape is exports-zh.ts). */
import type { ExportMessages } from './exports-zh';
import { pluralOf } from './plural';

const plural = pluralOf('en');

export const exportsEn: ExportMessages = {
  exportMeta: { title: 'Title', filters: 'Filters', basis: 'Basis', source: 'Source', lang: 'Language', exported: 'Exported', url: 'URL', colon: ': ' },
  exportXlsx: { sheetData: 'Data', sheetProvenance: 'Provenance', field: 'Field', value: 'Value' },
  exportSlide: { sources: (n) => plural(n, { one: 'Source', other: 'Sources' }), semicolon: '; ', exported: 'Exported', moreRows: (n) => `${n} more ${plural(n, { one: 'row', other: 'rows' })} not shown; the CSV and XLSX exports have every row.` },
};
