/** What the map says about one district or functional area (tooltip lines and accessible names), in one place. */
import type { FunctionalArea } from '../../data/areas';
import type { District, ItemizedProject } from '../../data/types';
import type { AreaCell, DistrictCell } from '../../domain/engine';
import type { I18n } from '../../i18n/i18n';
import { projectAmount } from '../../i18n/labels';
import { mapMessages } from '../../i18n/map-messages';

export function districtLines(district: District, cell: DistrictCell, i18n: I18n): string[] {
  const lines = [i18n.pick(district)];
  if (cell.projects === 0) {
    lines.push(i18n.w.none);
    return lines;
  }
  const parts = [i18n.w.named(cell.projects)];
  if (cell.amount > 0) parts.push(i18n.w.amountStated(i18n.amount(cell.amount)));
  if (cell.unstatedAmounts > 0) parts.push(mapMessages(i18n.lang).amountUnstated(cell.unstatedAmounts));
  lines.push(parts.join(i18n.t.punct.comma));
  return lines;
}

/** The summary after the name, for the list's buttons (whose visible text is the name). */
export function districtDetails(cell: DistrictCell, i18n: I18n): string {
  const sep = i18n.t.punct.colon;
  if (cell.projects === 0) return `${sep}${i18n.w.none}`;
  const parts = [i18n.w.named(cell.projects)];
  if (cell.amount > 0) parts.push(i18n.w.amountStated(i18n.amount(cell.amount)));
  if (cell.unstatedAmounts > 0) parts.push(mapMessages(i18n.lang).amountUnstated(cell.unstatedAmounts));
  return `${sep}${parts.join(i18n.t.punct.comma)}`;
}

/** Accessible name of a district path: name and summary. */
export function districtLabel(district: District, cell: DistrictCell, i18n: I18n): string {
  const lines = districtLines(district, cell, i18n);
  return lines.join(i18n.t.punct.colon);
}

export function projectLine(row: ItemizedProject, i18n: I18n): string {
  return `${i18n.pick(row.partner)} · ${i18n.pick(row.name)} · ${projectAmount(row, i18n)}`;
}

/** The name and counts of a functional area (its rows are never in a district's counts). */
export function areaLines(area: FunctionalArea, cell: AreaCell, i18n: I18n): string[] {
  const { t } = i18n;
  const sep = t.punct.comma;
  const lines = [`${i18n.pick(area)} · ${t.place.area}`];
  const parts: string[] = [];
  if (cell.projects > 0) {
    parts.push(i18n.w.named(cell.projects));
    if (cell.amount > 0) parts.push(i18n.w.amountStated(i18n.amount(cell.amount)));
    if (cell.unstatedAmounts > 0) parts.push(mapMessages(i18n.lang).amountUnstated(cell.unstatedAmounts));
  }
  if (cell.notStated > 0) parts.push(t.place.notStated(cell.notStated));
  lines.push(parts.length > 0 ? parts.join(sep) : i18n.w.none);
  return lines;
}

/** The summary after an area's name, for the list's buttons: counts, then that it is not a district. */
export function areaDetails(area: FunctionalArea, cell: AreaCell, i18n: I18n): string {
  const { colon, next } = i18n.t.punct;
  const [, counts] = areaLines(area, cell, i18n);
  return `${colon}${counts ?? ''}${next}${i18n.pick(area.note)}`;
}

/** Accessible name of an area's overlay: name, counts and its note (not an administrative division). */
export function areaLabel(area: FunctionalArea, cell: AreaCell, i18n: I18n): string {
  const { colon, next } = i18n.t.punct;
  return `${areaLines(area, cell, i18n).join(colon)}${next}${i18n.pick(area.note)}${next}${i18n.t.place.tooltipNote}`;
}
