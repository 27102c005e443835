/**
 * CSV exports (plain TS): UTF-8 with a byte-order mark so spreadsheet tools read Chinese text,
 * CRLF line ends, RFC 4180 quoting, and a guard against spreadsheet formula injection.
 * Provenance comes first as "# key: value" lines; the table follows after one blank line.
 * Bidi controls and invisible characters in text are written as visible markers.
 */
import { revealInvisible } from '../domain/text-safety';

/** A calendar date, ISO yyyy-mm-dd: written as that text in a CSV and as a date cell (with a date format) in a workbook. */
export interface DateCell {
  date: string;
}

export type CsvCell = string | number | null | DateCell;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A date cell for an ISO date, or null where there is none. */
export function dateCell(iso: string | null | undefined): DateCell | null {
  return iso === null || iso === undefined ? null : { date: iso };
}

/** A date cell's date (UTC midnight), or null where its text is not an ISO calendar date. */
export function cellDate(cell: DateCell): Date | null {
  if (!ISO_DATE.test(cell.date)) return null;
  const d = new Date(`${cell.date}T00:00:00Z`);
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== cell.date ? null : d;
}

export interface ExportTable {
  columns: readonly string[];
  rows: readonly (readonly CsvCell[])[];
}

export interface ExportMeta {
  title: string;
  /** Active filters in words. */
  filters: string;
  /** Basis and coverage in words. */
  basis: string;
  /** One line per source: "S1 重庆日报… — §数读". */
  sources: readonly string[];
  lang: 'zh-CN' | 'en';
  /** ISO timestamp of the export. */
  exportedAt: string;
  url: string;
}

export interface MetaLabels {
  title: string;
  filters: string;
  basis: string;
  source: string;
  lang: string;
  exported: string;
  url: string;
  /** Between a label and its value on an image ("筛选：…" / "Filters: …"). */
  colon: string;
}

export const BOM = '\uFEFF';

/** One field: numbers as they are, text quoted when needed and defused when it looks like a formula. */
export function csvField(value: CsvCell): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let text = revealInvisible(typeof value === 'object' ? value.date : value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(cells: readonly CsvCell[]): string {
  return cells.map(csvField).join(',');
}

/** Provenance lines, each a one-field row starting with "#". */
export function metaLines(meta: ExportMeta, labels: MetaLabels): string[] {
  return [
    `# ${labels.title}: ${meta.title}`,
    `# ${labels.filters}: ${meta.filters}`,
    `# ${labels.basis}: ${meta.basis}`,
    ...meta.sources.map((s) => `# ${labels.source}: ${s}`),
    `# ${labels.lang}: ${meta.lang}`,
    `# ${labels.exported}: ${meta.exportedAt}`,
    `# ${labels.url}: ${meta.url}`,
  ].map((line) => csvField(line.replace(/[\r\n]+/g, ' ')));
}

export function toCsv(meta: ExportMeta, table: ExportTable, labels: MetaLabels): string {
  const lines = [...metaLines(meta, labels), '', csvRow(table.columns), ...table.rows.map(csvRow)];
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
