/**
 * The query engine: (dataset, filters) → the view model of every panel, one engine over the
 * rows as typed columns (row-columns.ts) for every dataset.
 *
 * Honest by construction: a figure is the printed marginal when the selection touches one
 * published dimension only; otherwise it is the sum over the named (itemized) projects, with
 * coverage and `fullPublished: false`. Nothing is estimated, scaled or interpolated.
 * A chart is filtered by the other dimensions and highlights its own selection (Superset-style).
 */
import type {
  AreaKey,
  Basis,
  Dataset,
  Edition,
  Fact,
  InvestorKey,
  ItemizedProject,
  Marginal,
  PublishedDataset,
  SectorKey,
  SigningKey,
  SizeKey,
  SourceRef,
} from '../data/types';
import { AREAS } from '../data/areas';
import { EDITIONS } from '../data/dataset';
import { basisPolicy, type BasisPolicy } from './basis-policy';
import {
  activeDimensions,
  filtersKey,
  INVESTOR_KEYS,
  SECTOR_KEYS,
  SIGNING_KEYS,
  SIZE_KEYS,
  type Dimension,
  type Filters,
} from './filters';
import { currentRows, reportRule, type ReportRule } from './current-rows';
import { filterMasks, matchesExcept, rowColumns, type FilterMasks, type RowColumns } from './row-columns';

export interface Coverage {
  /** Matching named projects known to be among the 92. */
  projects: number;
  projectsOf: number;
  /** Sum of their stated amounts, 亿元. */
  amount: number;
  amountOf: number;
  /** Matching rows among them whose amount the source does not state. */
  unstatedAmounts: number;
  /** Matching rows shown but not counted: whether they are among the 92 is not stated. */
  notStatedInside: number;
  /** True for a full register: every row is counted, so there is no coverage to report. */
  complete: boolean;
  /** Where the rows carry reporting dates: the rule they are counted by (each project's latest report), over these rows. */
  reports?: ReportRule;
}

export interface Figure {
  /** The value to show; for basis 'itemized' it is a sum over named projects only. */
  value: number;
  basis: Basis;
  sources: readonly SourceRef[];
  /** For derived figures: the arithmetic on printed figures. */
  derivation?: string;
  /** False when the source never published the full figure for this selection. */
  fullPublished: boolean;
  coverage?: Coverage;
}

export type KpiKey = 'projects' | 'investment' | 'over10' | 'over50';

export interface Bar<K extends string> {
  key: K;
  projects: Figure;
  investment: Figure;
  selected: boolean;
}

export interface ChartView<K extends string> {
  dimension: Dimension;
  /** The dataset's basis rules, for what the chart says beside its bars (notes on published figures). */
  policy: BasisPolicy;
  /** 'published': the printed marginals; 'itemized': the combination was never published; 'complete': from a full register. */
  mode: 'published' | 'itemized' | 'complete';
  bars: Bar<K>[];
  /** Whether this chart's own dimension has a selection (others are dimmed). */
  hasSelection: boolean;
  /** Unclassified matching rows (no value on this dimension): shown so nothing hides. */
  unclassified: number;
  /** Of those, rows whose file filled the cell in with a value not mapped to a term. */
  unmapped: number;
  coverage: Coverage;
}

export interface EditionsView {
  editions: readonly Edition[];
  /** Editions publish totals only: any active filter is not applied to this chart. */
  filtersIgnored: boolean;
}

export interface DistrictCell {
  code: string;
  projects: number;
  amount: number;
  unstatedAmounts: number;
  selected: boolean;
}

/** A functional area on the map: its rows are counted here and never in the districts it lies in. */
export interface AreaCell {
  key: AreaKey;
  /** Rows counted (known to be among the total). */
  projects: number;
  amount: number;
  unstatedAmounts: number;
  /** Rows shown but not counted: whether they are among the total is not stated. */
  notStated: number;
  selected: boolean;
}

export interface MapView {
  cells: DistrictCell[];
  /** The functional areas (in the order of src/data/areas.ts), drawn as overlays. */
  areas: AreaCell[];
  /** Rows matching every filter except the place one (markers, tooltips). */
  rows: ItemizedProject[];
  coverage: Coverage;
}

export interface View {
  filters: Filters;
  /** The dataset's basis rules (what panels say about rows, coverage and published notes). */
  policy: BasisPolicy;
  active: Dimension[];
  /** Overall: is every KPI a printed (or derived) figure? */
  status: 'published' | 'itemized' | 'complete';
  kpis: Record<KpiKey, Figure>;
  charts: {
    sector: ChartView<SectorKey>;
    investor: ChartView<InvestorKey>;
    size: ChartView<SizeKey>;
    signing: ChartView<SigningKey>;
  };
  editions: EditionsView;
  map: MapView;
  /** Rows matching every filter (rows in functional areas included). */
  rows: ItemizedProject[];
  coverage: Coverage;
}

type PublishedDimension = 'sectors' | 'investors' | 'sizes' | 'signing';

/** Running totals over counted rows: what every figure of a panel is built from. */
interface Acc {
  projects: number;
  amount: number;
  unstated: number;
  notStated: number;
  over10: number;
  over50: number;
  /** Sources of the counted rows by id and locator, in order of first appearance. */
  sources: Map<string, SourceRef>;
  /** The oldest and newest reporting date of the counted rows, and how many carry none. */
  reportFrom: string | null;
  reportTo: string | null;
  undated: number;
}

function newAcc(): Acc {
  return { projects: 0, amount: 0, unstated: 0, notStated: 0, over10: 0, over50: 0, sources: new Map(), reportFrom: null, reportTo: null, undated: 0 };
}

function coverageOf(dataset: Dataset, acc: Acc): Coverage {
  const rule = reportRule(dataset.projects);
  return {
    ...(rule ? { reports: { rule: rule.rule, projects: acc.projects, from: acc.reportFrom, to: acc.reportTo, undated: acc.undated, superseded: rule.superseded } } : {}),
    projects: acc.projects,
    projectsOf: dataset.totals.projects.value,
    amount: roundSum(acc.amount),
    amountOf: dataset.totals.investment.value,
    unstatedAmounts: acc.unstated,
    notStatedInside: acc.notStated,
    complete: !basisPolicy(dataset).coverage,
  };
}

function uniqueSources(refs: readonly SourceRef[]): SourceRef[] {
  const seen = new Set<string>();
  return refs.filter((r) => {
    const k = `${r.id}|${r.locator}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}


function fromFact(fact: Fact): Figure {
  return {
    value: fact.value,
    basis: fact.basis,
    sources: [fact.source],
    ...(fact.derivation === undefined ? {} : { derivation: fact.derivation }),
    fullPublished: true,
  };
}

/** Sum of printed facts: one fact is itself; several are derived by addition. */
function sumFacts(facts: readonly Fact[]): Figure {
  const [first] = facts;
  if (facts.length === 1 && first) return fromFact(first);
  return {
    value: round1(facts.reduce((s, f) => s + f.value, 0)),
    basis: 'derived',
    sources: uniqueSources(facts.map((f) => f.source)),
    derivation: facts.map((f) => formatPlain(f.value)).join(' + '),
    fullPublished: true,
  };
}

type RowMeasure = 'projects' | 'amount' | 'over10' | 'over50';

/** A figure summed over named rows (basis itemized), or over a full register (basis complete). */
function itemizedFigure(dataset: Dataset, acc: Acc, measure: RowMeasure): Figure {
  const value = measure === 'amount' ? roundSum(acc.amount) : acc[measure];
  const complete = basisPolicy(dataset).rows === 'complete';
  return {
    value,
    basis: complete ? 'complete' : 'itemized',
    sources: [...acc.sources.values()],
    fullPublished: complete,
    coverage: coverageOf(dataset, acc),
  };
}

function marginalsOf(dataset: PublishedDataset, dim: PublishedDimension): readonly Marginal<string>[] {
  switch (dim) {
    case 'sectors':
      return dataset.sectors;
    case 'investors':
      return dataset.investors;
    case 'sizes':
      return dataset.sizes;
    case 'signing':
      return dataset.signing;
  }
}

function isPublishedDimension(dim: Dimension): dim is PublishedDimension {
  return dim === 'sectors' || dim === 'investors' || dim === 'sizes' || dim === 'signing';
}

/** The printed figure for a selection on one published dimension, or null if none was printed. */
function publishedKpi(dataset: PublishedDataset, dim: PublishedDimension, keys: readonly string[], kpi: KpiKey): Figure | null {
  const selected = marginalsOf(dataset, dim).filter((m) => keys.includes(m.key));
  if (selected.length === 0) return null;
  if (kpi === 'projects') return sumFacts(selected.map((m) => m.projects));
  if (kpi === 'investment') {
    const facts = selected.map((m) => m.investment);
    return facts.every((f): f is Fact => f !== null) ? sumFacts(facts) : null;
  }
  if (dim !== 'sizes') return null;
  // Size bands nest inside the ≥10 and ≥50 counts, so those follow from the band counts.
  const bands = kpi === 'over10' ? ['10-50', '50-plus'] : ['50-plus'];
  const inBands = selected.filter((m) => bands.includes(m.key));
  if (inBands.length === 0) {
    return { value: 0, basis: 'derived', sources: uniqueSources(selected.map((m) => m.projects.source)), derivation: '0', fullPublished: true };
  }
  return sumFacts(inBands.map((m) => m.projects));
}

function kpis(dataset: Dataset, filters: Filters, active: Dimension[], acc: Acc): Record<KpiKey, Figure> {
  const out = {} as Record<KpiKey, Figure>;
  const measures: Record<KpiKey, RowMeasure> = {
    projects: 'projects',
    investment: 'amount',
    over10: 'over10',
    over50: 'over50',
  };
  // Only the published figures print totals and marginals; a register's figures are its rows'.
  const printed = dataset.kind === 'published' ? dataset : null;
  const [only] = active;
  for (const kpi of ['projects', 'investment', 'over10', 'over50'] as const) {
    let fig: Figure | null = null;
    if (printed) {
      if (active.length === 0) fig = fromFact(printed.totals[kpi]);
      else if (active.length === 1 && only && isPublishedDimension(only)) fig = publishedKpi(printed, only, filters[only], kpi);
    }
    out[kpi] = fig ?? itemizedFigure(dataset, acc, measures[kpi]);
  }
  return out;
}

interface ChartAccs {
  byKey: Map<string, Acc>;
  /** Every row the chart counts: its keys', and those outside them or unclassified. */
  all: Acc;
  unclassified: number;
  unmapped: number;
}

function chart<K extends string>(dataset: Dataset, filters: Filters, dim: PublishedDimension, keys: readonly K[], accs: ChartAccs): ChartView<K> {
  const others = activeDimensions(filters).filter((d) => d !== dim);
  const own = filters[dim] as readonly string[];
  const { byKey, unclassified, unmapped } = accs;
  const coverage = coverageOf(dataset, accs.all);
  const accFor = (key: K): Acc => byKey.get(key) ?? newAcc();
  const policy = basisPolicy(dataset);
  // The printed marginals when no other dimension filters this chart; else sums over the rows.
  const printed = others.length === 0 && dataset.kind === 'published' ? dataset : null;
  const published = printed !== null;
  const marginals = printed ? marginalsOf(printed, dim) : [];
  const bars = keys.map((key) => {
    const m = marginals.find((x) => x.key === key);
    return {
      key,
      projects: m ? fromFact(m.projects) : itemizedFigure(dataset, accFor(key), 'projects'),
      investment: m?.investment ? fromFact(m.investment) : itemizedFigure(dataset, accFor(key), 'amount'),
      selected: own.includes(key),
    };
  });
  return { dimension: dim, policy, mode: published ? 'published' : policy.rows, bars, hasSelection: own.length > 0, unclassified, unmapped, coverage };
}

/** Running totals in typed arrays, one slot per key; turned into Accs for the figures. */
class Slots {
  readonly projects: Float64Array;
  readonly amount: Float64Array;
  readonly unstated: Float64Array;
  readonly notStated: Float64Array;
  readonly over10: Float64Array;
  readonly over50: Float64Array;
  /** Source codes per slot in order of first appearance, and the last one added (to skip the search for runs). */
  readonly sources: number[][];
  readonly last: Int32Array;
  /** Codes (RowColumns.report) of the oldest and newest reporting date per slot (-1: none yet), and rows with none. */
  readonly reportMin: Int32Array;
  readonly reportMax: Int32Array;
  readonly undated: Float64Array;

  constructor(n: number) {
    this.projects = new Float64Array(n);
    this.amount = new Float64Array(n);
    this.unstated = new Float64Array(n);
    this.notStated = new Float64Array(n);
    this.over10 = new Float64Array(n);
    this.over50 = new Float64Array(n);
    this.sources = Array.from({ length: n }, () => []);
    this.last = new Int32Array(n).fill(-1);
    this.reportMin = new Int32Array(n).fill(-1);
    this.reportMax = new Int32Array(n).fill(-1);
    this.undated = new Float64Array(n);
  }

  /** A counted row's reporting date into slot s. */
  private report(cols: RowColumns, s: number, i: number): void {
    const r = cols.report[i] as number;
    if (r < 0) {
      this.undated[s] = (this.undated[s] as number) + 1;
      return;
    }
    const keys = cols.reportKeys;
    const lo = this.reportMin[s] as number;
    if (lo < 0 || (r !== lo && (keys[r] as string) < (keys[lo] as string))) this.reportMin[s] = r;
    const hi = this.reportMax[s] as number;
    if (hi < 0 || (r !== hi && (keys[r] as string) > (keys[hi] as string))) this.reportMax[s] = r;
  }

  /** The oldest and newest of some slots' reporting dates. */
  private reportRange(cols: RowColumns, slots: readonly number[]): { reportFrom: string | null; reportTo: string | null; undated: number } {
    let reportFrom: string | null = null;
    let reportTo: string | null = null;
    let undated = 0;
    for (const s of slots) {
      undated += this.undated[s] as number;
      const lo = this.reportMin[s] as number;
      const hi = this.reportMax[s] as number;
      const a = lo < 0 ? null : (cols.reportKeys[lo] ?? null);
      const b = hi < 0 ? null : (cols.reportKeys[hi] ?? null);
      if (a !== null && (reportFrom === null || a < reportFrom)) reportFrom = a;
      if (b !== null && (reportTo === null || b > reportTo)) reportTo = b;
    }
    return { reportFrom, reportTo, undated };
  }

  /** Row i of the columns into slot s: counted (with its source and amount) or shown but not counted. */
  add(cols: RowColumns, s: number, i: number): void {
    if (cols.counted[i] === 0) {
      this.notStated[s] = (this.notStated[s] as number) + 1;
      return;
    }
    this.projects[s] = (this.projects[s] as number) + 1;
    if (cols.reportKeys.length > 0) this.report(cols, s, i);
    const src = cols.source[i] as number;
    if (this.last[s] !== src) {
      this.last[s] = src;
      const list = this.sources[s] as number[];
      if (!list.includes(src)) list.push(src);
    }
    if (cols.unstated[i] === 1) {
      this.unstated[s] = (this.unstated[s] as number) + 1;
      return;
    }
    this.amount[s] = (this.amount[s] as number) + (cols.amount[i] as number);
    this.over10[s] = (this.over10[s] as number) + (cols.over10[i] as number);
    this.over50[s] = (this.over50[s] as number) + (cols.over50[i] as number);
  }

  /** Every slot's counts together (for coverage, which names no source). */
  total(cols: RowColumns): Acc {
    const sum = (a: Float64Array) => a.reduce((x, y) => x + y, 0);
    const all = Array.from({ length: this.projects.length }, (_, s) => s);
    return { projects: sum(this.projects), amount: sum(this.amount), unstated: sum(this.unstated), notStated: sum(this.notStated), over10: sum(this.over10), over50: sum(this.over50), sources: new Map(), ...this.reportRange(cols, all) };
  }

  acc(cols: RowColumns, s: number): Acc {
    const sources = new Map<string, SourceRef>();
    for (const code of this.sources[s] as number[]) sources.set(cols.sourceKeys[code] as string, cols.sources[code] as SourceRef);
    return {
      projects: this.projects[s] as number,
      amount: this.amount[s] as number,
      unstated: this.unstated[s] as number,
      notStated: this.notStated[s] as number,
      over10: this.over10[s] as number,
      over50: this.over50[s] as number,
      sources,
      ...this.reportRange(cols, [s]),
    };
  }
}

/** A chart's per-key totals: one pass over the integer codes of its dimension. */
function chartAccs<K extends string>(cols: RowColumns, masks: FilterMasks, dim: PublishedDimension, keys: readonly K[]): ChartAccs {
  const col = cols.dims[dim];
  // Code → slot: the key's place in `keys`, or the rest (keys.length) for keys outside them.
  const slotOf = new Int32Array(col.keys.length).fill(keys.length);
  keys.forEach((k, s) => {
    const code = col.index.get(k);
    if (code !== undefined) slotOf[code] = s;
  });
  const slots = new Slots(keys.length + 1);
  const match = matchesExcept(cols, masks, dim);
  const codes = col.codes;
  const unmappedFlags = col.unmapped;
  let unclassified = 0;
  let unmapped = 0;
  for (let i = 0; i < cols.n; i++) {
    if (!match(i)) continue;
    const c = codes[i] as number;
    if (c < 0) {
      unclassified += 1;
      unmapped += unmappedFlags[i] as number;
      slots.add(cols, keys.length, i);
    } else slots.add(cols, slotOf[c] as number, i);
  }
  const byKey = new Map<string, Acc>(keys.map((k, s) => [k, slots.acc(cols, s)]));
  return { byKey, all: slots.total(cols), unclassified, unmapped };
}

/** The map's cells, rows and totals: every filter but the place one applies. */
function mapView(dataset: Dataset, filters: Filters, projects: readonly ItemizedProject[], cols: RowColumns, masks: FilterMasks): MapView {
  const byCode = new Map<string, DistrictCell>();
  for (const d of dataset.districts) {
    byCode.set(d.code, { code: d.code, projects: 0, amount: 0, unstatedAmounts: 0, selected: filters.districts.includes(d.code) });
  }
  const byArea = new Map<string, AreaCell>(
    AREAS.map((a) => [a.key, { key: a.key, projects: 0, amount: 0, unstatedAmounts: 0, notStated: 0, selected: filters.districts.includes(a.key) }]),
  );
  // Place code → its cell (an area's or a district's, by the row's kind), looked up once per code.
  const place = cols.dims.districts;
  const areaOfCode = place.keys.map((k) => byArea.get(k));
  const districtOfCode = place.keys.map((k) => byCode.get(k));
  const rows: ItemizedProject[] = [];
  const total = new Slots(1);
  const match = matchesExcept(cols, masks, 'districts');
  const { codes } = place;
  for (let i = 0; i < cols.n; i++) {
    if (!match(i)) continue;
    rows.push(projects[i] as ItemizedProject);
    total.add(cols, 0, i);
    const c = codes[i] as number;
    if (cols.inArea[i] === 1) {
      // Counted in its area only: an area is never split among the districts it lies in.
      const area = c < 0 ? undefined : areaOfCode[c];
      if (!area) continue;
      if (cols.counted[i] === 0) {
        area.notStated += 1;
        continue;
      }
      area.projects += 1;
      if (cols.unstated[i] === 1) area.unstatedAmounts += 1;
      else area.amount += cols.amount[i] as number;
      continue;
    }
    const cell = c < 0 ? undefined : districtOfCode[c];
    if (!cell || cols.counted[i] === 0) continue;
    cell.projects += 1;
    if (cols.unstated[i] === 1) cell.unstatedAmounts += 1;
    else cell.amount += cols.amount[i] as number;
  }
  for (const cell of byCode.values()) cell.amount = round1(cell.amount);
  for (const area of byArea.values()) area.amount = round1(area.amount);
  return { cells: [...byCode.values()], areas: [...byArea.values()], rows, coverage: coverageOf(dataset, total.acc(cols, 0)) };
}

/** The basis of a view's rows (table, map): a full register's rows are the complete list; the published sources' are named projects only. */
export function rowsBasis(view: View): 'complete' | 'itemized' {
  return view.policy.rows;
}

/**
 * The view of a dataset under a filter state. The rows are counted as typed columns
 * (row-columns.ts, built once per rows array): one "fails" count per row shared by every
 * panel, then one pass over integer codes per panel — the same for the 92 published rows as
 * for a register of 200 000.
 */
export function computeView(dataset: Dataset, filters: Filters): View {
  const active = activeDimensions(filters);
  // A register with reporting dates counts each project by its own latest report (current-rows.ts).
  const projects = currentRows(dataset.projects);
  const cols = rowColumns(projects);
  const masks = filterMasks(cols, filters, active);
  const all = new Slots(1);
  const rows: ItemizedProject[] = [];
  const { fails } = masks;
  for (let i = 0; i < cols.n; i++) {
    if (fails[i] !== 0) continue;
    rows.push(projects[i] as ItemizedProject);
    all.add(cols, 0, i);
  }
  const acc = all.acc(cols, 0);
  const k = kpis(dataset, filters, active, acc);
  const allPublished = Object.values(k).every((f) => f.fullPublished);
  const policy = basisPolicy(dataset);
  const chartOf = <K extends string>(dim: PublishedDimension, keys: readonly K[]) => chart(dataset, filters, dim, keys, chartAccs(cols, masks, dim, keys));
  return {
    filters,
    policy,
    active,
    status: policy.rows === 'complete' ? 'complete' : allPublished ? 'published' : 'itemized',
    kpis: k,
    charts: {
      sector: chartOf('sectors', SECTOR_KEYS),
      investor: chartOf('investors', INVESTOR_KEYS),
      size: chartOf('sizes', SIZE_KEYS),
      signing: chartOf('signing', SIGNING_KEYS),
    },
    // The expo's editions are published history: shown beside a register too.
    editions: { editions: dataset.kind === 'published' ? dataset.editions : EDITIONS, filtersIgnored: active.length > 0 },
    map: mapView(dataset, filters, projects, cols, masks),
    rows,
    coverage: coverageOf(dataset, acc),
  };
}

const memo = new WeakMap<Dataset, Map<string, View>>();
const MEMO_LIMIT = 64;

/** computeView, memoized per dataset and filter state (a small LRU per dataset). */
export function selectView(dataset: Dataset, filters: Filters): View {
  let cache = memo.get(dataset);
  if (!cache) {
    cache = new Map();
    memo.set(dataset, cache);
  }
  const key = filtersKey(filters);
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const view = computeView(dataset, filters);
  cache.set(key, view);
  if (cache.size > MEMO_LIMIT) {
    const oldest = cache.keys().next();
    if (!oldest.done) cache.delete(oldest.value);
  }
  return view;
}

/**
 * A sum of row amounts to 1万元 (1e-4 亿元), the finest unit registers state: only float noise
 * goes, so 800万 + 900万 stays 0.17亿元 (1700万元) and is not shown as 2000万元. Published
 * rows carry at most one decimal, so their sums are unchanged.
 */
function roundSum(n: number): number {
  return Math.round(n * 1e4) / 1e4;
}

export function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

function formatPlain(n: number): string {
  return String(round1(n));
}
