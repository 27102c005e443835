/** What the map says about one district (tooltip lines and accessible names), in one place. */
import type { District, ItemizedProject } from '../../data/types';
import type { DistrictCell } from '../../domain/engine';
import type { I18n } from '../../i18n/i18n';
import { projectAmount } from '../../i18n/labels';

export function districtLines(district: District, cell: DistrictCell, i18n: I18n): string[] {
  const { t } = i18n;
  const lines = [i18n.pick(district)];
  if (cell.projects === 0) {
    lines.push(t.map.noNamed);
    return lines;
  }
  const parts = [t.map.named(cell.projects)];
  if (cell.amount > 0) parts.push(t.map.amountStated(i18n.amount(cell.amount)));
  if (cell.unstatedAmounts > 0) parts.push(t.map.amountUnstated(cell.unstatedAmounts));
  lines.push(parts.join(i18n.lang === 'en' ? ', ' : '，'));
  return lines;
}

/** The summary after the name, for the list's buttons (whose visible text is the name). */
export function districtDetails(cell: DistrictCell, i18n: I18n): string {
  const sep = i18n.lang === 'en' ? ': ' : '：';
  if (cell.projects === 0) return `${sep}${i18n.t.map.noNamed}`;
  const parts = [i18n.t.map.named(cell.projects)];
  if (cell.amount > 0) parts.push(i18n.t.map.amountStated(i18n.amount(cell.amount)));
  if (cell.unstatedAmounts > 0) parts.push(i18n.t.map.amountUnstated(cell.unstatedAmounts));
  return `${sep}${parts.join(i18n.lang === 'en' ? ', ' : '，')}`;
}

/** Accessible name of a district path: name and summary. */
export function districtLabel(district: District, cell: DistrictCell, i18n: I18n): string {
  const lines = districtLines(district, cell, i18n);
  return lines.join(i18n.lang === 'en' ? ': ' : '：');
}

export function projectLine(row: ItemizedProject, i18n: I18n): string {
  return `${i18n.pick(row.partner)} · ${i18n.pick(row.name)} · ${projectAmount(row, i18n)}`;
}
