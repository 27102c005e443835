/**
 * The query engine: (dataset, filters) → the view model of every panel.
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
  SectorKey,
  SigningKey,
  SizeKey,
  SourceRef,
} from '../data/types';
import { AREAS } from '../data/areas';
import { basisPolicy, type BasisPolicy } from './basis-policy';
import {
  activeDimensions,
  filtersKey,
  INVESTOR_KEYS,
  SECTOR_KEYS,
  SIGNING_KEYS,
  SIZE_KEYS,
  rowKey,
  type Dimension,
  type Filters,
} from './filters';
import { currentRows } from './current-rows';

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

export type PublishedDimension = 'sectors' | 'investors' | 'sizes' | 'signing';

/** A row predicate for the given dimensions (OR within a dimension, AND across), with Sets for speed. */
export function matcher(filters: Filters, dims: readonly Dimension[]): (row: ItemizedProject) => boolean {
  const sets = dims.map((d) => [d, new Set<string>(filters[d])] as const);
  return (row) => {
    for (const [dim, set] of sets) {
      const key = rowKey(row, dim);
      if (key === null || !set.has(key)) return false;
    }
    return true;
  };
}

/** Running totals over named rows: one pass builds every figure a panel needs. */
export interface Acc {
  projects: number;
  amount: number;
  unstated: number;
  notStated: number;
  over10: number;
  over50: number;
  sources: Map<string, SourceRef>;
  /** The last source added, to skip the map for runs of rows with the same source. */
  last: SourceRef | null;
}

function newAcc(): Acc {
  return { projects: 0, amount: 0, unstated: 0, notStated: 0, over10: 0, over50: 0, sources: new Map(), last: null };
}

function addSource(acc: Acc, src: SourceRef): void {
  const last = acc.last;
  if (last !== null && last.id === src.id && last.locator === src.locator) return;
  acc.last = src;
  const key = `${src.id}|${src.locator}`;
  if (!acc.sources.has(key)) acc.sources.set(key, src);
}

/** Sum of several accumulators (e.g. a chart's total from its keys and its unclassified rows). */
function mergeAccs(accs: readonly Acc[]): Acc {
  const out = newAcc();
  for (const a of accs) {
    out.projects += a.projects;
    out.amount += a.amount;
    out.unstated += a.unstated;
    out.notStated += a.notStated;
    out.over10 += a.over10;
    out.over50 += a.over50;
    for (const src of a.sources.values()) addSource(out, src);
  }
  return out;
}

function addRow(acc: Acc, row: ItemizedProject): void {
  if (row.inside92 !== 'yes') {
    acc.notStated += 1;
    return;
  }
  acc.projects += 1;
  addSource(acc, row.source);
  if (row.amount === null) {
    acc.unstated += 1;
    return;
  }
  acc.amount += row.amount;
  if (!row.amountApprox) {
    if (row.amount >= 10) acc.over10 += 1;
    if (row.amount >= 50) acc.over50 += 1;
  }
}

function accOf(rows: readonly ItemizedProject[]): Acc {
  const acc = newAcc();
  for (const row of rows) addRow(acc, row);
  return acc;
}

export function coverageOf(dataset: Dataset, acc: Acc): Coverage {
  return {
    projects: acc.projects,
    projectsOf: dataset.totals.projects.value,
    amount: round1(acc.amount),
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
  const value = measure === 'amount' ? round1(acc.amount) : acc[measure];
  const complete = basisPolicy(dataset).rows === 'complete';
  return {
    value,
    basis: complete ? 'complete' : 'itemized',
    sources: [...acc.sources.values()],
    fullPublished: complete,
    coverage: coverageOf(dataset, acc),
  };
}

function marginalsOf(dataset: Dataset, dim: PublishedDimension): readonly Marginal<string>[] {
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
function publishedKpi(dataset: Dataset, dim: PublishedDimension, keys: readonly string[], kpi: KpiKey): Figure | null {
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
  const totals = dataset.totals;
  const out = {} as Record<KpiKey, Figure>;
  const measures: Record<KpiKey, RowMeasure> = {
    projects: 'projects',
    investment: 'amount',
    over10: 'over10',
    over50: 'over50',
  };
  const totalFacts: Record<KpiKey, Fact> = {
    projects: totals.projects,
    investment: totals.investment,
    over10: totals.over10,
    over50: totals.over50,
  };
  const [only] = active;
  for (const kpi of ['projects', 'investment', 'over10', 'over50'] as const) {
    let fig: Figure | null = null;
    if (basisPolicy(dataset).printedMarginals) {
      if (active.length === 0) fig = fromFact(totalFacts[kpi]);
      else if (active.length === 1 && only && isPublishedDimension(only)) fig = publishedKpi(dataset, only, filters[only], kpi);
    }
    out[kpi] = fig ?? itemizedFigure(dataset, acc, measures[kpi]);
  }
  return out;
}

/** A chart's per-key running totals, row by row (the reference for the columnar pass). */
function chartAccsByRows<K extends string>(dataset: Dataset, filters: Filters, dim: PublishedDimension, keys: readonly K[]): ChartAccs {
  const others = activeDimensions(filters).filter((d) => d !== dim);
  const match = matcher(filters, others);
  const byKey = new Map<string, Acc>(keys.map((k) => [k, newAcc()]));
  const rest = newAcc();
  let unclassified = 0;
  for (const row of currentRows(dataset.projects)) {
    if (!match(row)) continue;
    const key = rowKey(row, dim);
    if (key === null) unclassified += 1;
    addRow((key === null ? undefined : byKey.get(key)) ?? rest, row);
  }
  return { byKey, rest, unclassified };
}

export interface ChartAccs {
  byKey: Map<string, Acc>;
  rest: Acc;
  unclassified: number;
}

function chart<K extends string>(dataset: Dataset, filters: Filters, dim: PublishedDimension, keys: readonly K[], accs: ChartAccs): ChartView<K> {
  const others = activeDimensions(filters).filter((d) => d !== dim);
  const own = filters[dim] as readonly string[];
  const { byKey, rest, unclassified } = accs;
  const coverage = coverageOf(dataset, mergeAccs([...byKey.values(), rest]));
  const accFor = (key: K): Acc => byKey.get(key) ?? newAcc();
  const policy = basisPolicy(dataset);
  // The printed marginals when no other dimension filters this chart; else sums over the rows.
  const published = others.length === 0 && policy.printedMarginals;
  const marginals = published ? marginalsOf(dataset, dim) : [];
  const bars = keys.map((key) => {
    const m = marginals.find((x) => x.key === key);
    return {
      key,
      projects: m ? fromFact(m.projects) : itemizedFigure(dataset, accFor(key), 'projects'),
      investment: m?.investment ? fromFact(m.investment) : itemizedFigure(dataset, accFor(key), 'amount'),
      selected: own.includes(key),
    };
  });
  return { dimension: dim, policy, mode: published ? 'published' : policy.rows, bars, hasSelection: own.length > 0, unclassified, coverage };
}

/** The map's cells, row by row (the reference for the columnar pass). */
function mapViewByRows(dataset: Dataset, filters: Filters): MapView {
  const match = matcher(
    filters,
    activeDimensions(filters).filter((d) => d !== 'districts'),
  );
  const byCode = new Map<string, DistrictCell>();
  for (const d of dataset.districts) {
    byCode.set(d.code, { code: d.code, projects: 0, amount: 0, unstatedAmounts: 0, selected: filters.districts.includes(d.code) });
  }
  const byArea = new Map<string, AreaCell>(
    AREAS.map((a) => [a.key, { key: a.key, projects: 0, amount: 0, unstatedAmounts: 0, notStated: 0, selected: filters.districts.includes(a.key) }]),
  );
  const rows: ItemizedProject[] = [];
  const total = newAcc();
  for (const row of currentRows(dataset.projects)) {
    if (!match(row)) continue;
    rows.push(row);
    addRow(total, row);
    if (row.area !== null) {
      // Counted in its area only: an area is never split among the districts it lies in.
      const area = byArea.get(row.area);
      if (!area) continue;
      if (row.inside92 !== 'yes') {
        area.notStated += 1;
        continue;
      }
      area.projects += 1;
      if (row.amount === null) area.unstatedAmounts += 1;
      else area.amount += row.amount;
      continue;
    }
    const cell = row.district === null ? undefined : byCode.get(row.district);
    if (!cell || row.inside92 !== 'yes') continue;
    cell.projects += 1;
    if (row.amount === null) cell.unstatedAmounts += 1;
    else cell.amount += row.amount;
  }
  for (const cell of byCode.values()) cell.amount = round1(cell.amount);
  for (const area of byArea.values()) area.amount = round1(area.amount);
  return { cells: [...byCode.values()], areas: [...byArea.values()], rows, coverage: coverageOf(dataset, total) };
}

/** The basis of a view's rows (table, map): a full register's rows are the complete list; the published sources' are named projects only. */
export function rowsBasis(view: View): 'complete' | 'itemized' {
  return view.policy.rows;
}

/** What engine-columns.ts builds figures with, handed over when it is installed. */
export interface EngineParts {
  assemble: typeof assemble;
  coverageOf: typeof coverageOf;
  round1: typeof round1;
  areas: typeof AREAS;
  activeDimensions: typeof activeDimensions;
}

/**
 * Where the register code installs the columnar engine (engine-columns.ts): a global slot
 * rather than an import, so neither side imports the other at run time and the first view's
 * chunks stay as they are. The bundled data's 92 rows need no columns.
 */
export const COLUMNAR_ENGINE = Symbol.for('cq-expo.columnar-engine');
type MakeColumnar = (parts: EngineParts) => (dataset: Dataset, filters: Filters) => View;
let columnar: ((dataset: Dataset, filters: Filters) => View) | null = null;

export function computeView(dataset: Dataset, filters: Filters): View {
  const make = (globalThis as { [COLUMNAR_ENGINE]?: MakeColumnar })[COLUMNAR_ENGINE];
  columnar ??= make ? make({ assemble, coverageOf, round1, areas: AREAS, activeDimensions }) : null;
  return columnar ? columnar(dataset, filters) : computeViewByRows(dataset, filters);
}

/** The view computed row by row: the engine for the bundled data, and what tests check the columnar one against. */
export function computeViewByRows(dataset: Dataset, filters: Filters): View {
  const active = activeDimensions(filters);
  const all = currentRows(dataset.projects);
  const rows = active.length === 0 ? [...all] : all.filter(matcher(filters, active));
  return assemble(dataset, filters, active, rows, accOf(rows), (dim, keys) => chartAccsByRows(dataset, filters, dim, keys), mapViewByRows(dataset, filters));
}

export function assemble(
  dataset: Dataset,
  filters: Filters,
  active: Dimension[],
  rows: ItemizedProject[],
  acc: Acc,
  accsOf: (dim: PublishedDimension, keys: readonly string[]) => ChartAccs,
  map: MapView,
): View {
  const k = kpis(dataset, filters, active, acc);
  const allPublished = Object.values(k).every((f) => f.fullPublished);
  const policy = basisPolicy(dataset);
  return {
    filters,
    policy,
    active,
    status: policy.rows === 'complete' ? 'complete' : allPublished ? 'published' : 'itemized',
    kpis: k,
    charts: {
      sector: chart(dataset, filters, 'sectors', SECTOR_KEYS, accsOf('sectors', SECTOR_KEYS)),
      investor: chart(dataset, filters, 'investors', INVESTOR_KEYS, accsOf('investors', INVESTOR_KEYS)),
      size: chart(dataset, filters, 'sizes', SIZE_KEYS, accsOf('sizes', SIZE_KEYS)),
      signing: chart(dataset, filters, 'signing', SIGNING_KEYS, accsOf('signing', SIGNING_KEYS)),
    },
    editions: { editions: dataset.editions, filtersIgnored: active.length > 0 },
    map,
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

export function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

function formatPlain(n: number): string {
  return String(round1(n));
}
