/**
 * A row-by-row reference for the engine's counting (tests only): every count a view holds,
 * worked out by filtering plain rows with the row predicate, so a property test can check the
 * engine's passes over typed columns against the plainest reading of the rules.
 */
import { AREA_KEYS } from '../../src/data/areas';
import type { Dataset, ItemizedProject, SourceRef } from '../../src/data/types';
import type { View } from '../../src/domain/engine';
import { currentRows } from '../../src/domain/current-rows';
import { activeDimensions, INVESTOR_KEYS, matcher, rowKey, SECTOR_KEYS, SIGNING_KEYS, SIZE_KEYS, type Dimension, type Filters } from '../../src/domain/filters';

interface Totals {
  projects: number;
  amount: number;
  unstated: number;
  notStated: number;
  over10: number;
  over50: number;
  sources: SourceRef[];
}

const round1 = (n: number) => Math.round(n * 10) / 10;
/** A figure's sum of row amounts keeps 1万元 (the engine's roundSum); map cells show 0.1亿元. */
const roundSum = (n: number) => Math.round(n * 1e4) / 1e4;

function totals(rows: readonly ItemizedProject[]): Totals {
  const t: Totals = { projects: 0, amount: 0, unstated: 0, notStated: 0, over10: 0, over50: 0, sources: [] };
  for (const r of rows) {
    if (r.inside92 === 'not-stated') {
      t.notStated += 1;
      continue;
    }
    t.projects += 1;
    if (!t.sources.some((s) => s.id === r.source.id && s.locator === r.source.locator)) t.sources.push(r.source);
    if (r.amount === null) {
      t.unstated += 1;
      continue;
    }
    t.amount += r.amount;
    if (!r.amountApprox && r.amount >= 10) t.over10 += 1;
    if (!r.amountApprox && r.amount >= 50) t.over50 += 1;
  }
  return t;
}

/** The counts of a view, in the shape `countsOf(view)` gives them. */
type Tally = readonly [projects: number, amount: number, unstated: number, notStated: number];
type Bar = readonly [projects: number, amount: number, sources: string];

export interface Counts {
  rows: string[];
  coverage: Tally;
  kpis: Record<string, number | 'printed'>;
  kpiSources: string;
  charts: Record<string, { unclassified: number; coverage: Tally; bars: (Bar | 'printed')[] }>;
  cells: [string, number, number, number][];
  areas: [string, number, number, number, number][];
  mapRows: string[];
  mapCoverage: Tally;
}

const refs = (sources: readonly SourceRef[]) => sources.map((r) => `${r.id}|${r.locator}`).join(' ');
const tally = (c: { projects: number; amount: number; unstatedAmounts: number; notStatedInside: number }): Tally => [c.projects, c.amount, c.unstatedAmounts, c.notStatedInside];
const tallyOf = (t: Totals): Tally => [t.projects, roundSum(t.amount), t.unstated, t.notStated];

const CHARTS = [
  ['sector', 'sectors', SECTOR_KEYS],
  ['investor', 'investors', INVESTOR_KEYS],
  ['size', 'sizes', SIZE_KEYS],
  ['signing', 'signing', SIGNING_KEYS],
] as const;

/** The counts the engine's view holds (printed figures are marked, not compared: they are the dataset's). */
export function countsOf(view: View): Counts {
  const kpis: Counts['kpis'] = {};
  for (const [k, f] of Object.entries(view.kpis)) kpis[k] = f.basis === 'published' || f.basis === 'derived' ? 'printed' : f.value;
  const charts: Counts['charts'] = {};
  for (const [name] of CHARTS) {
    const c = view.charts[name];
    charts[name] = {
      unclassified: c.unclassified,
      coverage: tally(c.coverage),
      bars: c.bars.map((b) => (b.projects.basis === 'published' || b.projects.basis === 'derived' ? 'printed' : ([b.projects.value, b.investment.value, refs(b.projects.sources)] as const))),
    };
  }
  return {
    rows: view.rows.map((r) => r.id),
    coverage: tally(view.coverage),
    kpis,
    kpiSources: view.kpis.projects.basis === 'itemized' || view.kpis.projects.basis === 'complete' ? refs(view.kpis.projects.sources) : 'printed',
    charts,
    cells: view.map.cells.map((c) => [c.code, c.projects, c.amount, c.unstatedAmounts]),
    areas: view.map.areas.map((a) => [a.key, a.projects, a.amount, a.unstatedAmounts, a.notStated]),
    mapRows: view.map.rows.map((r) => r.id),
    mapCoverage: tally(view.map.coverage),
  };
}

/** The same counts, row by row; `printed` says which figures the view took from the dataset's printed ones. */
export function countsByRows(dataset: Dataset, filters: Filters, printed: Counts): Counts {
  const all = currentRows(dataset.projects);
  const active = activeDimensions(filters);
  const except = (dim: Dimension) => matcher(filters, active.filter((d) => d !== dim));
  const rows = all.filter(matcher(filters, active));
  const t = totals(rows);
  const kpis: Counts['kpis'] = {};
  const measure = { projects: t.projects, investment: roundSum(t.amount), over10: t.over10, over50: t.over50 } as const;
  for (const k of ['projects', 'investment', 'over10', 'over50'] as const) kpis[k] = printed.kpis[k] === 'printed' ? 'printed' : measure[k];
  const charts: Counts['charts'] = {};
  for (const [name, dim, keys] of CHARTS) {
    const mine = all.filter(except(dim));
    const perKey = keys.map((key) => totals(mine.filter((r) => rowKey(r, dim) === key)));
    const rest = totals(mine.filter((r) => !(keys as readonly (string | null)[]).includes(rowKey(r, dim))));
    // The chart's total is its bars' and the rest's (its amount added in that order, as the bars are summed).
    const whole = [...perKey, rest].reduce((a, t) => ({ ...a, projects: a.projects + t.projects, amount: a.amount + t.amount, unstated: a.unstated + t.unstated, notStated: a.notStated + t.notStated }), totals([]));
    charts[name] = {
      unclassified: mine.filter((r) => rowKey(r, dim) === null).length,
      coverage: [whole.projects, roundSum(whole.amount), whole.unstated, whole.notStated],
      bars: perKey.map((b, i) => (printed.charts[name]?.bars[i] === 'printed' ? 'printed' : ([b.projects, roundSum(b.amount), refs(b.sources)] as const))),
    };
  }
  const placed = all.filter(except('districts'));
  const cells: Counts['cells'] = dataset.districts.map((d) => {
    const b = totals(placed.filter((r) => r.area === null && r.district === d.code && r.inside92 !== 'not-stated'));
    return [d.code, b.projects, round1(b.amount), b.unstated];
  });
  const areas: Counts['areas'] = AREA_KEYS.map((a) => {
    const b = totals(placed.filter((r) => r.area === a));
    return [a, b.projects, round1(b.amount), b.unstated, b.notStated];
  });
  return {
    rows: rows.map((r) => r.id),
    coverage: tallyOf(t),
    kpis,
    kpiSources: printed.kpiSources === 'printed' ? 'printed' : refs(t.sources),
    charts,
    cells,
    areas,
    mapRows: placed.map((r) => r.id),
    mapCoverage: tallyOf(totals(placed)),
  };
}
