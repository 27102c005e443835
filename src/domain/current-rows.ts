/**
 * Which of a register's rows describe its projects now, the rule that picks them, and the
 * reporting dates they carry: a small module of its own, because the engine (on the first
 * view) needs it and the progress engine (loaded with its panel) builds on it.
 *
 * The rule (README "Import a register"): each project is counted by its own latest report.
 * A project is matched by the file's id, else by name and place (a row without an id joins
 * the project of the same name and place; two different ids are two projects). Of a project's
 * rows, those carrying its latest reporting date count — all of them where several share it
 * (the same report listing two entries), so one late or mistyped date hides no other project.
 * A date to the month only ("2021-08", a remark at import) orders before that month's days. A
 * row with no readable reporting date counts where its project has no dated report, and is
 * counted apart in the rule's sentence ("of them, 2 without a readable report date"); where
 * the project has a dated report, the dated one counts. A register whose rows carry no
 * reporting date is taken whole.
 */
import type { ItemizedProject } from '../data/types';

/** Ids the importer makes up for rows without one ("row-12") say nothing about the project across reports or versions. */
const GENERATED_ID = /^row-\d+$/;

/** The file's own id of a row, or null where the importer made one up. */
export function fileId(row: ItemizedProject): string | null {
  return row.id === '' || GENERATED_ID.test(row.id) ? null : row.id;
}

/** A project's name and place, the fallback match (as the importer's version diff matches). */
export function nameKey(row: ItemizedProject): string {
  return `${row.name.zh.trim().toLowerCase()}\u0000${row.area ?? row.district ?? ''}`;
}

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

/** The rule a register's figures follow, and what it left out (the panels state it in words). */
export interface ReportRule {
  rule: 'latest-per-project';
  /** Rows counted (one per project, or several where one report lists a project more than once). */
  projects: number;
  /** The oldest and newest of the counted rows' reporting dates (yyyy-mm-dd, or yyyy-mm). */
  from: string | null;
  to: string | null;
  /** Counted rows with no readable reporting date. */
  undated: number;
  /** Rows not counted: a project's earlier (or undated) reports, where a later one counts. */
  superseded: number;
}

interface Current {
  rows: readonly ItemizedProject[];
  rule: ReportRule | null;
}

const current = new WeakMap<readonly ItemizedProject[], Current>();

function compute(rows: readonly ItemizedProject[]): Current {
  if (!rows.some((r) => (r.progress?.reportDate ?? null) !== null)) return { rows, rule: null };
  interface Project {
    id: string | null;
    /** Its latest reporting date ('' for none yet) and the rows carrying it. */
    latest: string;
    rows: number[];
  }
  const projects: Project[] = [];
  const byId = new Map<string, Project>();
  const byName = new Map<string, Project>();
  let superseded = 0;
  rows.forEach((r, i) => {
    const id = fileId(r);
    const name = nameKey(r);
    let p = id !== null ? byId.get(id) : byName.get(name);
    if (!p && id !== null) {
      // An id-less project of the same name and place is this one.
      const named = byName.get(name);
      if (named && named.id === null) {
        named.id = id;
        byId.set(id, named);
        p = named;
      }
    }
    const date = r.progress?.reportDate ?? '';
    if (!p) {
      p = { id, latest: date, rows: [i] };
      projects.push(p);
      if (id !== null) byId.set(id, p);
      if (!byName.has(name)) byName.set(name, p);
      return;
    }
    // '' (no date) sorts first; "2021-08" before "2021-08-01".
    if (date > p.latest) {
      superseded += p.rows.length;
      p.latest = date;
      p.rows = [i];
    } else if (date === p.latest) p.rows.push(i);
    else superseded += 1;
  });
  const keep = new Uint8Array(rows.length);
  let from: string | null = null;
  let to: string | null = null;
  let undated = 0;
  let counted = 0;
  for (const p of projects) {
    for (const i of p.rows) keep[i] = 1;
    counted += p.rows.length;
    if (p.latest === '') undated += p.rows.length;
    else {
      if (from === null || p.latest < from) from = p.latest;
      if (to === null || p.latest > to) to = p.latest;
    }
  }
  // The same array when nothing is left out: the engine's columns are kept per array.
  const out = superseded === 0 ? rows : rows.filter((_, i) => keep[i] === 1);
  return { rows: out, rule: { rule: 'latest-per-project', projects: counted, from, to, undated, superseded } };
}

function of(rows: readonly ItemizedProject[]): Current {
  let c = current.get(rows);
  if (!c) {
    c = compute(rows);
    current.set(rows, c);
  }
  return c;
}

/**
 * The rows that say where the projects stand now: each project's latest report (the rule
 * above). Every figure but the month-over-month comparison is of these rows, so no project is
 * counted once per report and no project is dropped for another's later date.
 */
export function currentRows(rows: readonly ItemizedProject[]): readonly ItemizedProject[] {
  return of(rows).rows;
}

/** The rule the current rows follow, with its counts and dates; null where no row carries a reporting date. */
export function reportRule(rows: readonly ItemizedProject[]): ReportRule | null {
  return of(rows).rule;
}

/** The rule as it applies to some of the current rows (a panel's, under its filters): their count, dates and undated rows. */
export function ruleFor(rows: readonly ItemizedProject[], register: ReportRule): ReportRule {
  let from: string | null = null;
  let to: string | null = null;
  let undated = 0;
  for (const r of rows) {
    const d = r.progress?.reportDate ?? null;
    if (d === null) undated += 1;
    else {
      if (from === null || d < from) from = d;
      if (to === null || d > to) to = d;
    }
  }
  return { rule: register.rule, projects: rows.length, from, to, undated, superseded: register.superseded };
}
