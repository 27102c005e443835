/**
 * The engine's passes over the typed columns (row-columns.ts): the same view as the row-by-row
 * engine (checked by a property test), for large registers — one "fails" count per row and
 * filter state shared by every panel, then one pass over integer codes per panel, counting
 * into typed arrays. Loaded with the register code (never on the first view), which installs
 * it with installColumnarEngine().
 */
import type { Dataset, ItemizedProject, SourceRef } from '../data/types';
import type { Acc, AreaCell, ChartAccs, DistrictCell, EngineParts, MapView, PublishedDimension, View } from './engine';
import type { Filters } from './filters';
import { currentRows } from './current-rows';
import { filterMasks, matchesExcept, rowColumns, type FilterMasks, type RowColumns } from './row-columns';

/** The same totals from the typed columns: one pass over integer codes. */
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
  let unclassified = 0;
  for (let i = 0; i < cols.n; i++) {
    if (!match(i)) continue;
    const c = codes[i] as number;
    if (c < 0) {
      unclassified += 1;
      slots.add(cols, keys.length, i);
    } else slots.add(cols, slotOf[c] as number, i);
  }
  const byKey = new Map<string, Acc>(keys.map((k, s) => [k, slots.acc(cols, s)]));
  return { byKey, rest: slots.acc(cols, keys.length), unclassified };
}

/** The map's cells, rows and totals from the typed columns. */
function mapView(dataset: Dataset, filters: Filters, cols: RowColumns, masks: FilterMasks): MapView {
  const byCode = new Map<string, DistrictCell>();
  for (const d of dataset.districts) {
    byCode.set(d.code, { code: d.code, projects: 0, amount: 0, unstatedAmounts: 0, selected: filters.districts.includes(d.code) });
  }
  const byArea = new Map<string, AreaCell>(
    parts.areas.map((a) => [a.key, { key: a.key, projects: 0, amount: 0, unstatedAmounts: 0, notStated: 0, selected: filters.districts.includes(a.key) }]),
  );
  // Place code → its cell (an area's or a district's, by the row's kind), looked up once per code.
  const place = cols.dims.districts;
  const areaOfCode = place.keys.map((k) => byArea.get(k));
  const districtOfCode = place.keys.map((k) => byCode.get(k));
  const rows: ItemizedProject[] = [];
  const total = new Slots(1);
  const match = matchesExcept(cols, masks, 'districts');
  // The same rows as rowColumns was built from (computeViewColumnar).
  const projects = currentRows(dataset.projects);
  const { codes } = place;
  for (let i = 0; i < cols.n; i++) {
    if (!match(i)) continue;
    rows.push(projects[i] as ItemizedProject);
    total.add(cols, 0, i);
    const c = codes[i] as number;
    if (cols.inArea[i] === 1) {
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
  for (const cell of byCode.values()) cell.amount = parts.round1(cell.amount);
  for (const area of byArea.values()) area.amount = parts.round1(area.amount);
  return { cells: [...byCode.values()], areas: [...byArea.values()], rows, coverage: parts.coverageOf(dataset, total.acc(cols, 0)) };
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

  constructor(n: number) {
    this.projects = new Float64Array(n);
    this.amount = new Float64Array(n);
    this.unstated = new Float64Array(n);
    this.notStated = new Float64Array(n);
    this.over10 = new Float64Array(n);
    this.over50 = new Float64Array(n);
    this.sources = Array.from({ length: n }, () => []);
    this.last = new Int32Array(n).fill(-1);
  }

  /** addRow for row i of the columns, into slot s. */
  add(cols: RowColumns, s: number, i: number): void {
    if (cols.counted[i] === 0) {
      this.notStated[s] = (this.notStated[s] as number) + 1;
      return;
    }
    this.projects[s] = (this.projects[s] as number) + 1;
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

  acc(cols: RowColumns, s: number): Acc {
    const sources = new Map<string, SourceRef>();
    let last: SourceRef | null = null;
    for (const code of this.sources[s] as number[]) {
      last = cols.sources[code] as SourceRef;
      sources.set(cols.sourceKeys[code] as string, last);
    }
    return {
      projects: this.projects[s] as number,
      amount: this.amount[s] as number,
      unstated: this.unstated[s] as number,
      notStated: this.notStated[s] as number,
      over10: this.over10[s] as number,
      over50: this.over50[s] as number,
      sources,
      last,
    };
  }
}

/** The view from the typed columns (equal to computeViewByRows). */
export function computeViewColumnar(dataset: Dataset, filters: Filters): View {
  const active = parts.activeDimensions(filters);
  // A register reporting on several dates is counted by its latest report (current-rows.ts).
  const projects = currentRows(dataset.projects);
  const cols = rowColumns(projects);
  const masks = filterMasks(cols, filters, active);
  let rows: ItemizedProject[];
  const all = new Slots(1);
  if (active.length === 0) {
    rows = [...projects];
    for (let i = 0; i < cols.n; i++) all.add(cols, 0, i);
  } else {
    rows = [];
    const { fails } = masks;
    for (let i = 0; i < cols.n; i++) {
      if (fails[i] !== 0) continue;
      rows.push(projects[i] as ItemizedProject);
      all.add(cols, 0, i);
    }
  }
  return parts.assemble(dataset, filters, active, rows, all.acc(cols, 0), (dim, keys) => chartAccs(cols, masks, dim, keys), mapView(dataset, filters, cols, masks));
}


/** The engine's figure building, handed over by engine.ts at its first computeView after installation. */
let parts: EngineParts = {
  assemble: () => {
    throw new Error('the columnar engine runs before engine.ts handed over its parts');
  },
  coverageOf: () => {
    throw new Error('the columnar engine runs before engine.ts handed over its parts');
  },
  round1: (n) => n,
  areas: [],
  activeDimensions: () => [],
};

/**
 * Install: from now on computeView (and selectView) use the typed columns. Through a global
 * slot that engine.ts reads (see COLUMNAR_ENGINE there; the same Symbol.for key), so this
 * module imports nothing of the engine at run time.
 */
export function installColumnarEngine(): void {
  (globalThis as { [key: symbol]: unknown })[Symbol.for('cq-expo.columnar-engine')] = (p: EngineParts) => {
    parts = p;
    return computeViewColumnar;
  };
}
