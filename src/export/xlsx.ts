/**
 * XLSX exports (lazy chunk, write-excel-file): a generic "table + provenance → workbook" that any
 * panel with a table can call (project table, chart table views, the map's districts,
 * reconciliation, progress). Sheet 1 is the table — numbers stay numbers, dates are date cells
 * shown yyyy-mm-dd, units are in the headers, the header row is bold and frozen, column widths fit the text (CJK counts double);
 * sheet 2 is the provenance: title, filters, basis, sources, language, export time, link.
 */
import writeXlsxFile, { type Cell, type Row, type Sheet } from 'write-excel-file/browser';
import { cellDate, type CsvCell, type ExportMeta, type ExportTable, type MetaLabels } from './csv';

export interface XlsxLabels extends MetaLabels {
  /** Sheet names (Excel allows 31 characters, no []:*?/\). */
  sheetData: string;
  sheetProvenance: string;
  /** Header of the provenance sheet's two columns. */
  field: string;
  value: string;
}

const FONT = 'Microsoft YaHei';

/** How a date cell reads in the sheet (the same ISO form the CSV writes). */
export const DATE_FORMAT = 'yyyy-mm-dd';

/** Display width in Excel's character units: CJK and full-width forms take two. */
export function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/.test(ch) ? 2 : 1;
  return w;
}

/** Column widths from the header and every cell, between 6 and 60 characters. */
export function columnWidths(table: ExportTable): number[] {
  return table.columns.map((header, i) => {
    let w = textWidth(header);
    for (const row of table.rows) {
      const v = row[i];
      if (v !== null && v !== undefined) w = Math.max(w, textWidth(typeof v === 'number' ? String(v) : typeof v === 'object' ? DATE_FORMAT : v));
    }
    return Math.min(60, Math.max(6, w + 2));
  });
}

function cell(value: CsvCell | undefined): Cell {
  if (value === null || value === undefined || (typeof value === 'number' && !Number.isFinite(value))) return null;
  if (typeof value === 'object') {
    // A text that is not a calendar date stays text: never a date the file did not state.
    const date = cellDate(value);
    return date ? { value: date, type: Date, format: DATE_FORMAT } : { value: value.date, type: String, wrap: false };
  }
  // Text is always written as text (never a formula), so no "=…" guard is needed here.
  return typeof value === 'number' ? { value, type: Number } : { value, type: String, wrap: false };
}

/** The two sheets, as data (tested without a browser). */
export function workbookSheets(meta: ExportMeta, table: ExportTable, labels: XlsxLabels): Sheet<Blob>[] {
  const header: Row = table.columns.map((c) => ({ value: c, type: String, fontWeight: 'bold' }));
  const data: Row[] = [header, ...table.rows.map((r) => table.columns.map((_, i) => cell(r[i])))];
  const provenance: [string, string][] = [
    [labels.title, meta.title],
    [labels.filters, meta.filters],
    [labels.basis, meta.basis],
    ...meta.sources.map((s): [string, string] => [labels.source, s]),
    [labels.lang, meta.lang],
    [labels.exported, meta.exportedAt],
    [labels.url, meta.url],
  ];
  const provRows: Row[] = [
    [
      { value: labels.field, type: String, fontWeight: 'bold' },
      { value: labels.value, type: String, fontWeight: 'bold' },
    ],
    ...provenance.map(([k, v]): Row => [{ value: k, type: String, fontWeight: 'bold' }, { value: v, type: String, wrap: true }]),
  ];
  return [
    { sheet: labels.sheetData, data, columns: columnWidths(table).map((width) => ({ width })), stickyRowsCount: 1 },
    { sheet: labels.sheetProvenance, data: provRows, columns: [{ width: Math.max(12, ...provenance.map(([k]) => textWidth(k) + 2)) }, { width: 100 }] },
  ];
}

export async function toXlsx(meta: ExportMeta, table: ExportTable, labels: XlsxLabels): Promise<Blob> {
  return writeXlsxFile(workbookSheets(meta, table, labels), { fontFamily: FONT, fontSize: 11 }).toBlob();
}
