/**
 * The progress engine (plain TS): what a register says happened after the signing.
 * - per stage: counts, contract amounts and funds in place;
 * - the started rate (started + producing, of the projects whose stage is stated; by count and
 *   by amount) and the funds-in-place rate (funds in place ÷ contract investment);
 * - a ranked table by district and by functional area, with counts, fair ties (1, 2, 2, 4) and
 *   no rank for units with too few projects to compare;
 * - month over month between two row sets: newly started / producing, funds added, each
 *   district's rate and rank then and now.
 * Nothing is estimated: a row whose stage, funds or amount is not stated is counted apart and
 * said so, never read as zero or as "not started".
 */
import { STAGE_KEYS } from '../data/vocabularies';
import type { AreaKey, ItemizedProject, StageKey } from '../data/types';
import { fileId, nameKey } from './current-rows';

/** A ratio with its parts; `value` is null when there is nothing to divide by. */
export interface Rate {
  num: number;
  den: number;
  value: number | null;
}

export function rate(num: number, den: number): Rate {
  return { num: round1(num), den: round1(den), value: den > 0 ? num / den : null };
}

export interface StageCell {
  key: StageKey;
  projects: number;
  /** Contract investment of the stage's rows with a stated amount, 亿元. */
  amount: number;
  fundsInPlace: number;
  selected: boolean;
}

/** Which progress columns a set of rows carries (a register without one says so). */
export interface ProgressColumns {
  stage: boolean;
  funds: boolean;
  startDate: boolean;
  reportDate: boolean;
  edition: boolean;
}

export interface ProgressSummary {
  projects: number;
  /** Rows whose stage is stated; the started rate is of these. */
  withStage: number;
  /** Rows with no stage (left out of the started rate, and said so). */
  noStage: number;
  stages: StageCell[];
  started: { projects: number; amount: number };
  /** started + producing ÷ rows with a stated stage; by amount: of those rows with a stated amount. */
  startedRate: { byCount: Rate; byAmount: Rate };
  /** Funds in place ÷ contract investment, over rows that state both. */
  fundsRate: Rate;
  funds: { inPlace: number; rowsWithFunds: number; rowsWithBoth: number; overContract: number };
}

const STARTED: ReadonlySet<StageKey> = new Set<StageKey>(['started', 'producing']);

export function isStarted(stage: StageKey | null): boolean {
  return stage !== null && STARTED.has(stage);
}

export function progressColumns(rows: readonly ItemizedProject[], declared?: readonly string[] | null): ProgressColumns {
  // A register states which optional columns its file had; without that, the rows tell.
  if (declared && declared.length > 0) {
    const has = (k: string) => declared.includes(k);
    return { stage: has('stage'), funds: has('funds'), startDate: has('startDate'), reportDate: has('reportDate'), edition: has('edition') };
  }
  const out: ProgressColumns = { stage: false, funds: false, startDate: false, reportDate: false, edition: false };
  for (const r of rows) {
    const p = r.progress;
    if (!p) continue;
    if (p.stage !== null) out.stage = true;
    if (p.fundsInPlace !== null) out.funds = true;
    if (p.startDate !== null) out.startDate = true;
    if (p.reportDate !== null) out.reportDate = true;
    if (p.edition !== null) out.edition = true;
  }
  return out;
}

interface Acc {
  projects: number;
  withStage: number;
  byStage: Map<StageKey, { projects: number; amount: number; funds: number }>;
  startedProjects: number;
  startedAmount: number;
  stagedAmount: number;
  funds: number;
  fundsBoth: number;
  contractBoth: number;
  rowsWithFunds: number;
  rowsWithBoth: number;
  over: number;
}

function newAcc(): Acc {
  return {
    projects: 0,
    withStage: 0,
    byStage: new Map(STAGE_KEYS.map((k) => [k, { projects: 0, amount: 0, funds: 0 }])),
    startedProjects: 0,
    startedAmount: 0,
    stagedAmount: 0,
    funds: 0,
    fundsBoth: 0,
    contractBoth: 0,
    rowsWithFunds: 0,
    rowsWithBoth: 0,
    over: 0,
  };
}

function add(acc: Acc, row: ItemizedProject): void {
  acc.projects += 1;
  const p = row.progress;
  const stage = p?.stage ?? null;
  const funds = p?.fundsInPlace ?? null;
  if (funds !== null) {
    acc.funds += funds;
    acc.rowsWithFunds += 1;
    if (row.amount !== null) {
      acc.fundsBoth += funds;
      acc.contractBoth += row.amount;
      acc.rowsWithBoth += 1;
      if (funds > row.amount) acc.over += 1;
    }
  }
  if (stage === null) return;
  acc.withStage += 1;
  const cell = acc.byStage.get(stage);
  if (cell) {
    cell.projects += 1;
    cell.amount += row.amount ?? 0;
    cell.funds += funds ?? 0;
  }
  if (row.amount !== null) acc.stagedAmount += row.amount;
  if (STARTED.has(stage)) {
    acc.startedProjects += 1;
    acc.startedAmount += row.amount ?? 0;
  }
}

function summaryOf(acc: Acc, selected: readonly StageKey[]): ProgressSummary {
  return {
    projects: acc.projects,
    withStage: acc.withStage,
    noStage: acc.projects - acc.withStage,
    stages: STAGE_KEYS.map((key) => {
      const c = acc.byStage.get(key) ?? { projects: 0, amount: 0, funds: 0 };
      return { key, projects: c.projects, amount: round1(c.amount), fundsInPlace: round1(c.funds), selected: selected.includes(key) };
    }),
    started: { projects: acc.startedProjects, amount: round1(acc.startedAmount) },
    startedRate: { byCount: rate(acc.startedProjects, acc.withStage), byAmount: rate(acc.startedAmount, acc.stagedAmount) },
    fundsRate: rate(acc.fundsBoth, acc.contractBoth),
    funds: { inPlace: round1(acc.funds), rowsWithFunds: acc.rowsWithFunds, rowsWithBoth: acc.rowsWithBoth, overContract: acc.over },
  };
}

/** Stage counts, amounts and rates of a set of rows; `selected` marks the stage filter. */
export function summarize(rows: readonly ItemizedProject[], selected: readonly StageKey[] = []): ProgressSummary {
  const acc = newAcc();
  for (const r of rows) add(acc, r);
  return summaryOf(acc, selected);
}

/**
 * summarize and groupByUnit in one pass over the rows (the progress view needs both; on a
 * 200 000-row register one pass instead of two is what keeps it inside a short task).
 */
export function summarizeByUnit(rows: readonly ItemizedProject[], selected: readonly StageKey[] = []): { summary: ProgressSummary; units: ReturnType<typeof groupByUnit> } {
  const total = newAcc();
  const units = groupByUnit(rows, total);
  return { summary: summaryOf(total, selected), units };
}

/* ---------- ranked table ---------- */

export type Unit = { kind: 'district'; code: string } | { kind: 'area'; key: AreaKey };

export function unitKey(u: Unit): string {
  return u.kind === 'district' ? u.code : u.key;
}

/** Fewer projects with a stated stage than this, and a unit's rate is shown but not ranked. */
export const MIN_RANKED = 5;

export type RankBy = 'started' | 'funds';

export interface RankRow {
  unit: Unit;
  summary: ProgressSummary;
  /** 1-based competition rank (equal rates share a rank: 1, 2, 2, 4); null = too few projects to rank, or no rate. */
  rank: number | null;
  /** Shares its rank with another unit. */
  tied: boolean;
  /** Too few projects to be compared (below MIN_RANKED). */
  small: boolean;
}

function rateFor(s: ProgressSummary, by: RankBy): Rate {
  return by === 'started' ? s.startedRate.byCount : s.fundsRate;
}

function denominator(s: ProgressSummary, by: RankBy): number {
  return by === 'started' ? s.withStage : s.funds.rowsWithBoth;
}

/**
 * Rank units by a rate. Rates are compared rounded to 0.1 percentage point, so that 2/3 and
 * 4/6 tie; ties share the rank and are flagged; units with fewer than `minRanked` projects in
 * the denominator are listed after the ranked ones, unranked, so a 100% of one project is not
 * read as a league winner.
 */
export function rankUnits(units: readonly { unit: Unit; summary: ProgressSummary }[], by: RankBy, minRanked = MIN_RANKED): RankRow[] {
  const keyOf = (s: ProgressSummary) => {
    const v = rateFor(s, by).value;
    return v === null ? null : Math.round(v * 1000);
  };
  const rankable = units.filter((u) => denominator(u.summary, by) >= minRanked && keyOf(u.summary) !== null);
  const rest = units.filter((u) => !rankable.includes(u));
  const sorted = [...rankable].sort((a, b) => (keyOf(b.summary) ?? 0) - (keyOf(a.summary) ?? 0) || b.summary.projects - a.summary.projects || unitKey(a.unit).localeCompare(unitKey(b.unit)));
  const out: RankRow[] = [];
  sorted.forEach((u, i) => {
    const prev = sorted[i - 1];
    const prevRow = out[i - 1];
    const same = prev !== undefined && prevRow !== undefined && keyOf(prev.summary) === keyOf(u.summary);
    const rank = same && prevRow ? (prevRow.rank ?? i + 1) : i + 1;
    if (same && prevRow) prevRow.tied = true;
    out.push({ unit: u.unit, summary: u.summary, rank, tied: same, small: false });
  });
  const tail = [...rest].sort((a, b) => b.summary.projects - a.summary.projects || unitKey(a.unit).localeCompare(unitKey(b.unit)));
  for (const u of tail) out.push({ unit: u.unit, summary: u.summary, rank: null, tied: false, small: denominator(u.summary, by) < minRanked });
  return out;
}

/**
 * Rows grouped by district and by functional area. A row in an area counts in that area (and
 * in its district only where the register names one), never split among the area's districts.
 */
export function groupByUnit(rows: readonly ItemizedProject[], total?: Acc): { districts: { unit: Unit; summary: ProgressSummary }[]; areas: { unit: Unit; summary: ProgressSummary }[] } {
  const d = new Map<string, Acc>();
  const a = new Map<AreaKey, Acc>();
  for (const r of rows) {
    if (total) add(total, r);
    if (r.district !== null) {
      let acc = d.get(r.district);
      if (!acc) d.set(r.district, (acc = newAcc()));
      add(acc, r);
    }
    if (r.area !== null) {
      let acc = a.get(r.area);
      if (!acc) a.set(r.area, (acc = newAcc()));
      add(acc, r);
    }
  }
  return {
    districts: [...d.entries()].map(([code, acc]) => ({ unit: { kind: 'district', code }, summary: summaryOf(acc, []) })),
    areas: [...a.entries()].map(([key, acc]) => ({ unit: { kind: 'area', key }, summary: summaryOf(acc, []) })),
  };
}

export interface RankedTables {
  districts: RankRow[];
  areas: RankRow[];
}

export function rankedTables(rows: readonly ItemizedProject[], by: RankBy = 'started', minRanked = MIN_RANKED): RankedTables {
  return rankGroups(groupByUnit(rows), by, minRanked);
}

/** The ranked tables of rows already grouped (groupByUnit): one pass over the rows serves both rankings. */
export function rankGroups(g: ReturnType<typeof groupByUnit>, by: RankBy = 'started', minRanked = MIN_RANKED): RankedTables {
  return { districts: rankUnits(g.districts, by, minRanked), areas: rankUnits(g.areas, by, minRanked) };
}

/* ---------- month over month ---------- */

/**
 * Pairs each later row with its earlier row: by the file's id where both give one, else by
 * name and place (each earlier row used once). Returns the pairs and the unmatched rows.
 */
export function matchRows(earlier: readonly ItemizedProject[], later: readonly ItemizedProject[]): { pairs: [ItemizedProject, ItemizedProject][]; added: ItemizedProject[]; removed: ItemizedProject[] } {
  const byId = new Map<string, ItemizedProject>();
  const byName = new Map<string, ItemizedProject[]>();
  for (const r of earlier) {
    const id = fileId(r);
    if (id !== null) byId.set(id, r);
    const k = nameKey(r);
    const list = byName.get(k);
    if (list) list.push(r);
    else byName.set(k, [r]);
  }
  const used = new Set<ItemizedProject>();
  const pairs: [ItemizedProject, ItemizedProject][] = [];
  const added: ItemizedProject[] = [];
  for (const a of later) {
    const id = fileId(a);
    let b = id !== null ? byId.get(id) : undefined;
    if (b && used.has(b)) b = undefined;
    if (!b) b = byName.get(nameKey(a))?.find((x) => !used.has(x) && (id === null || fileId(x) === null || fileId(x) === id));
    if (b) {
      used.add(b);
      pairs.push([b, a]);
    } else added.push(a);
  }
  return { pairs, added, removed: earlier.filter((r) => !used.has(r)) };
}

export interface ChangedProject {
  key: string;
  name: string;
  district: string | null;
  area: AreaKey | null;
  from: StageKey | null;
  to: StageKey | null;
  fundsBefore: number | null;
  fundsAfter: number | null;
}

export interface UnitChange {
  unit: Unit;
  before: { rate: Rate; rank: number | null; projects: number } | null;
  after: { rate: Rate; rank: number | null; projects: number } | null;
}

export interface MonthDiff {
  /** Projects found in both, only in the later set, only in the earlier set. */
  matched: number;
  added: number;
  removed: number;
  /** Earlier not started (signed or no stage), now started. */
  newlyStarted: ChangedProject[];
  /** Earlier not producing, now producing. */
  newlyProducing: ChangedProject[];
  newlyStopped: ChangedProject[];
  /** Funds in place added on matched projects that state funds in both (a decrease counts negative). */
  fundsAdded: number;
  /** Funds in place of projects only in the later set. */
  fundsNewProjects: number;
  before: ProgressSummary;
  after: ProgressSummary;
  districts: UnitChange[];
  areas: UnitChange[];
}

function changed(key: string, b: ItemizedProject, a: ItemizedProject): ChangedProject {
  return {
    key,
    name: a.name.zh,
    district: a.district,
    area: a.area,
    from: b.progress?.stage ?? null,
    to: a.progress?.stage ?? null,
    fundsBefore: b.progress?.fundsInPlace ?? null,
    fundsAfter: a.progress?.fundsInPlace ?? null,
  };
}

function unitChanges(before: RankRow[], after: RankRow[]): UnitChange[] {
  const keys = new Map<string, Unit>();
  for (const r of [...after, ...before]) if (!keys.has(unitKey(r.unit))) keys.set(unitKey(r.unit), r.unit);
  const at = (rows: RankRow[], k: string) => {
    const r = rows.find((x) => unitKey(x.unit) === k);
    return r ? { rate: r.summary.startedRate.byCount, rank: r.rank, projects: r.summary.projects } : null;
  };
  return [...keys.entries()].map(([k, unit]) => ({ unit, before: at(before, k), after: at(after, k) }));
}

/** What changed between an earlier and a later row set (two versions, or two reporting dates). */
export function compareRows(earlier: readonly ItemizedProject[], later: readonly ItemizedProject[], minRanked = MIN_RANKED): MonthDiff {
  const { pairs, added, removed } = matchRows(earlier, later);
  const newlyStarted: ChangedProject[] = [];
  const newlyProducing: ChangedProject[] = [];
  const newlyStopped: ChangedProject[] = [];
  let fundsAdded = 0;
  for (const [b, a] of pairs) {
    const key = fileId(a) ?? nameKey(a);
    const from = b.progress?.stage ?? null;
    const to = a.progress?.stage ?? null;
    const fb = b.progress?.fundsInPlace ?? null;
    const fa = a.progress?.fundsInPlace ?? null;
    if (fb !== null && fa !== null) fundsAdded += fa - fb;
    if (!isStarted(from) && from !== 'stopped' && to === 'started') newlyStarted.push(changed(key, b, a));
    if (from !== 'producing' && to === 'producing') newlyProducing.push(changed(key, b, a));
    if (from !== 'stopped' && to === 'stopped') newlyStopped.push(changed(key, b, a));
  }
  const fundsNew = added.reduce((s, r) => s + (r.progress?.fundsInPlace ?? 0), 0);
  const tb = rankedTables(earlier, 'started', minRanked);
  const ta = rankedTables(later, 'started', minRanked);
  return {
    matched: pairs.length,
    added: added.length,
    removed: removed.length,
    newlyStarted,
    newlyProducing,
    newlyStopped,
    fundsAdded: round1(fundsAdded),
    fundsNewProjects: round1(fundsNew),
    before: summarize(earlier),
    after: summarize(later),
    districts: unitChanges(tb.districts, ta.districts),
    areas: unitChanges(tb.areas, ta.areas),
  };
}

export { nameKey, reportDates, rowsReportedOn } from './current-rows';

/* ---------- editions in a register ---------- */

/** Editions (signing years) a register's rows carry, in order. */
export function registerEditions(rows: readonly ItemizedProject[]): number[] {
  const set = new Set<number>();
  for (const r of rows) {
    const e = r.progress?.edition ?? null;
    if (e !== null) set.add(e);
  }
  return [...set].sort((a, b) => a - b);
}

export interface EditionByDistrict {
  unit: Unit;
  /** Per edition (same order as `editions`): projects, amount, started rate. */
  cells: { edition: number; projects: number; amount: number; startedRate: Rate }[];
}

/** Edition over edition by district and area: each unit's projects, amount and started rate per edition. */
export function editionsByUnit(rows: readonly ItemizedProject[]): { editions: number[]; districts: EditionByDistrict[]; areas: EditionByDistrict[] } {
  const editions = registerEditions(rows);
  const per = editions.map((e) => groupByUnit(rows.filter((r) => r.progress?.edition === e)));
  const build = (pick: 'districts' | 'areas'): EditionByDistrict[] => {
    const units = new Map<string, Unit>();
    for (const g of per) for (const u of g[pick]) units.set(unitKey(u.unit), u.unit);
    return [...units.entries()]
      .map(([k, unit]) => ({
        unit,
        cells: editions.map((edition, i) => {
          const s = per[i]?.[pick].find((u) => unitKey(u.unit) === k)?.summary;
          return { edition, projects: s?.projects ?? 0, amount: s ? round1(sumAmount(rows, k, edition, pick)) : 0, startedRate: s?.startedRate.byCount ?? rate(0, 0) };
        }),
      }))
      .sort((a, b) => unitKey(a.unit).localeCompare(unitKey(b.unit)));
  };
  return { editions, districts: build('districts'), areas: build('areas') };
}

function sumAmount(rows: readonly ItemizedProject[], key: string, edition: number, pick: 'districts' | 'areas'): number {
  let s = 0;
  for (const r of rows) {
    if (r.progress?.edition !== edition) continue;
    if (pick === 'districts' ? r.district !== key : r.area !== key) continue;
    s += r.amount ?? 0;
  }
  return s;
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}
