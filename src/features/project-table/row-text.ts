/**
 * What the project table says of a row as text (plain TS, shared by the table and its CSV):
 * its place (a district or a functional area), its categories with the file's own words where
 * the register kept them, and the CSV of every matching row with the file's unmapped columns.
 */
import { AREAS } from '../../data/areas';
import { locatorText } from '../../i18n/cite';
import type { CategoryField, District, ItemizedProject, RegisterInfo } from '../../data/types';
import type { ExportTable } from '../../export/csv';
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
 * The project table's CSV: every row given (in the order given). A register's export adds the
 * file's own category texts beside each category and its unmapped columns at the end, with
 * the file's headers, so nothing the file held is lost.
 */
export function projectsCsv(rows: readonly ItemizedProject[], register: RegisterInfo | null, byCode: ReadonlyMap<string, District>, i18n: I18n): ExportTable {
  const { t } = i18n;
  const c = t.exportUi.columns;
  const withFile = register !== null;
  const categories: readonly CategoryField[] = withFile ? CATEGORY_FIELDS.filter((f) => f !== 'stage' || rows.some((r) => (r.progress?.stage ?? null) !== null || originalText(r, 'stage') !== null)) : ['sector', 'investor'];
  const extra = register?.extraHeaders ?? [];
  const columns = [
    t.place.colPlace,
    c.code,
    t.colPartner,
    t.colProject,
    i18n.w.columns.amount,
    ...categories.flatMap((f) => (withFile ? [tableMessages(i18n.lang).rowDetails.field[f], tableMessages(i18n.lang).rowDetails.csvOriginal(tableMessages(i18n.lang).rowDetails.field[f])] : [tableMessages(i18n.lang).rowDetails.field[f]])),
    t.insideNotStated,
    c.source,
    ...extra,
  ];
  return {
    columns,
    rows: rows.map((r) => [
      placeName(r, byCode, i18n),
      r.area ?? r.district ?? '',
      i18n.pick(r.partner),
      i18n.pick(r.name),
      r.amount,
      ...categories.flatMap((f) => {
        const term = categoryTerm(r, f, i18n) ?? t.unclassified;
        return withFile ? [term, originalText(r, f) ?? ''] : [term];
      }),
      r.inside92 === 'not-stated' ? t.insideNotStated : '',
      `${r.source.id} ${locatorText(r.source, i18n)}`,
      ...extra.map((_, i) => r.original?.extra[i] ?? ''),
    ]),
  };
}
