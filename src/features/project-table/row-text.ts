/**
 * What the project table says of a row as text (plain TS, shared by the table and its CSV):
 * its place (a district or a functional area), its categories with the file's own words where
 * the register kept them, and the CSV/XLSX table of every matching row with the columns the
 * dataset has (domain/table-columns.ts): a register's progress and unmapped columns, the
 * published rows' "not stated to be among the 92".
 */
import { AREAS } from '../../data/areas';
import { locatorText } from '../../i18n/cite';
import type { CategoryField, District, ItemizedProject, RegisterInfo } from '../../data/types';
import type { TableColumns } from '../../domain/table-columns';
import { dateCell, type CsvCell, type ExportTable } from '../../export/csv';
import type { I18n } from '../../i18n/i18n';
import { categoryName } from '../../i18n/labels';
import { tableMessages } from '../../i18n/table-messages';

/** The categories the table and its CSV show, in column order. */
export const CATEGORY_FIELDS: readonly CategoryField[] = ['sector', 'investor', 'signing', 'stage'];

/** A row's place name: its functional area if it has one (never a district then), else its district. */
export function placeName(row: ItemizedProject, byCode: ReadonlyMap<string, District>, i18n: I18n): string {
  if (row.area !== null) {
    const a = AREAS.find((x) => x.key === row.area);
    return a ? i18n.pick(a) : row.area;
  }
  const d = row.district === null ? undefined : byCode.get(row.district);
  return d ? i18n.pick(d) : i18n.t.unclassified;
}

/** The dashboard's term for a row's category, or null where it is unclassified. */
export function categoryTerm(row: ItemizedProject, field: CategoryField, i18n: I18n): string | null {
  const key = field === 'stage' ? (row.progress?.stage ?? null) : row[field];
  return key === null ? null : categoryName(field, key, i18n);
}

/** The file's own text for a category, where the register kept it (it differs from the term or matched none). */
export function originalText(row: ItemizedProject, field: CategoryField): string | null {
  const text = row.original?.categories[field];
  return text === undefined || text.trim() === '' ? null : text;
}

/** Whether a row has anything for its details: a kept category text or a cell of an unmapped column. */
export function hasDetails(row: ItemizedProject): boolean {
  const o = row.original;
  if (!o) return false;
  return Object.values(o.categories).some((v) => v !== undefined && v.trim() !== '') || o.extra.some((v) => v.trim() !== '');
}

/**
 * The project table's CSV and XLSX: every row given (in the order given), with the columns the
 * dataset has. A register's export adds the file's own category texts beside each category,
 * its progress columns (stage as a term beside the file's word, funds in place as a number,
 * start date as a date) and its unmapped columns at the end, with the file's headers, so
 * nothing the file held is lost; "not stated to be among the 92" is the published rows' only.
 */
export function projectsCsv(rows: readonly ItemizedProject[], columns: TableColumns, register: RegisterInfo | null, byCode: ReadonlyMap<string, District>, i18n: I18n): ExportTable {
  const { t } = i18n;
  const c = t.exportUi.columns;
  const tableText = tableMessages(i18n.lang);
  const field = tableText.rowDetails.field;
  const withFile = columns.fileTexts;
  const stage = columns.progress.includes('stage');
  const funds = columns.progress.includes('funds');
  const startDate = columns.progress.includes('startDate');
  const categories: readonly CategoryField[] = withFile ? CATEGORY_FIELDS.filter((f) => f !== 'stage' || stage) : ['sector', 'investor'];
  const extra = withFile ? (register?.extraHeaders ?? []) : [];
  const header = [
    t.place.colPlace,
    c.code,
    t.colPartner,
    t.colProject,
    i18n.w.columns.amount,
    ...categories.flatMap((f) => (withFile ? [field[f], tableText.rowDetails.csvOriginal(field[f])] : [field[f]])),
    ...(funds ? [tableText.progress.fundsExport] : []),
    ...(startDate ? [tableText.progress.startDate] : []),
    ...(columns.inside92 ? [t.insideNotStated] : []),
    c.source,
    ...extra,
  ];
  return {
    columns: header,
    rows: rows.map((r): CsvCell[] => [
      placeName(r, byCode, i18n),
      r.area ?? r.district ?? '',
      i18n.pick(r.partner),
      i18n.pick(r.name),
      r.amount,
      ...categories.flatMap((f) => {
        // A stage left empty is not filled in; a category the dashboard could not place is unclassified.
        const term = categoryTerm(r, f, i18n) ?? (f === 'stage' && originalText(r, f) === null ? tableText.progress.notFilled : t.unclassified);
        return withFile ? [term, originalText(r, f) ?? ''] : [term];
      }),
      ...(funds ? [r.progress?.fundsInPlace ?? null] : []),
      ...(startDate ? [dateCell(r.progress?.startDate)] : []),
      ...(columns.inside92 ? [r.inside92 === 'not-stated' ? t.insideNotStated : ''] : []),
      `${r.source.id} ${locatorText(r.source, i18n)}`,
      ...extra.map((_, i) => r.original?.extra[i] ?? ''),
    ]),
  };
}
