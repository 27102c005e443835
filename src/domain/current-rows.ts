/**
 * Which of a register's rows describe its projects now, and the reporting dates they carry: a
 * small module of its own, because the engine (on the first view) needs it and the progress
 * engine (loaded with its panel) builds on it.
 */
import type { ItemizedProject } from '../data/types';

/** Reporting dates a register's rows carry, oldest first. */
export function reportDates(rows: readonly ItemizedProject[]): string[] {
  const set = new Set<string>();
  for (const r of rows) {
    const d = r.progress?.reportDate ?? null;
    if (d !== null) set.add(d);
  }
  return [...set].sort();
}

/** The rows reported on one date. */
export function rowsReportedOn(rows: readonly ItemizedProject[], date: string): ItemizedProject[] {
  return rows.filter((r) => r.progress?.reportDate === date);
}

const current = new WeakMap<readonly ItemizedProject[], readonly ItemizedProject[]>();

/**
 * The rows that say where the projects stand now. A register that reports on several dates
 * lists each project once per date; every figure but the month-over-month comparison is of the
 * latest report (the progress panel's "as of"), so no project is counted once per report.
 * Rows without a reporting date in such a register belong to no report and are left out, as
 * the progress panel leaves them out. A register with one date or none is taken whole.
 */
export function currentRows(rows: readonly ItemizedProject[]): readonly ItemizedProject[] {
  let out = current.get(rows);
  if (!out) {
    const dates = reportDates(rows);
    const latest = dates.length >= 2 ? dates[dates.length - 1] : undefined;
    out = latest === undefined ? rows : rowsReportedOn(rows, latest);
    current.set(rows, out);
  }
  return out;
}
