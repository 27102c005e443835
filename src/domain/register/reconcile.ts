/**
 * What an imported register is compared with and turned into (plain TS, no parser, so the
 * page can use it without loading the import code): its totals next to every published
 * total and breakdown, and the dataset built from its rows (every figure basis "complete").
 */
import type { Dataset, ItemizedProject, Marginal, RegisterInfo, Source } from '../../data/types';
import { sizeBandOf, type Dimension } from '../filters';
import { rowColumns } from '../row-columns';

export interface ReconciliationLine {
  dimension: 'total' | 'sectors' | 'investors' | 'signing' | 'sizes';
  key: string;
  published: { projects: number; amount: number | null };
  register: { projects: number; amount: number };
}

function sum(rows: readonly ItemizedProject[]): { projects: number; amount: number } {
  return { projects: rows.length, amount: Math.round(rows.reduce((s, r) => s + (r.amount ?? 0), 0) * 10) / 10 };
}

/** The register's totals next to every published total and breakdown (one pass per dimension over the typed columns). */
export function reconcile(projects: readonly ItemizedProject[], published: Dataset): ReconciliationLine[] {
  const cols = rowColumns(projects);
  const line = <K extends string>(dimension: ReconciliationLine['dimension'], ms: readonly Marginal<K>[], dim: Dimension) => {
    const col = cols.dims[dim];
    // Per key: its rows and the sum of their amounts (unstated counts 0), added in row order.
    const count = new Float64Array(col.keys.length);
    const amount = new Float64Array(col.keys.length);
    for (let i = 0; i < cols.n; i++) {
      const c = col.codes[i] as number;
      if (c < 0) continue;
      count[c] = (count[c] as number) + 1;
      const a = cols.amount[i] as number;
      amount[c] = (amount[c] as number) + (Number.isNaN(a) ? 0 : a);
    }
    return ms.map((m) => {
      const c = col.index.get(m.key);
      return {
        dimension,
        key: m.key,
        published: { projects: m.projects.value, amount: m.investment?.value ?? null },
        register: c === undefined ? { projects: 0, amount: 0 } : { projects: count[c] as number, amount: Math.round((amount[c] as number) * 10) / 10 },
      };
    });
  };
  return [
    { dimension: 'total', key: 'all', published: { projects: published.totals.projects.value, amount: published.totals.investment.value }, register: sum(projects) },
    ...line('sectors', published.sectors, 'sectors'),
    ...line('investors', published.investors, 'investors'),
    ...line('signing', published.signing, 'signing'),
    ...line('sizes', published.sizes, 'sizes'),
  ];
}

/** reconcile as it was, filtering the rows per key: tests check reconcile against it. */
export function reconcileByRows(projects: readonly ItemizedProject[], published: Dataset): ReconciliationLine[] {
  const line = <K extends string>(dimension: ReconciliationLine['dimension'], ms: readonly Marginal<K>[], keyOf: (p: ItemizedProject) => string | null) =>
    ms.map((m) => ({
      dimension,
      key: m.key,
      published: { projects: m.projects.value, amount: m.investment?.value ?? null },
      register: sum(projects.filter((p) => keyOf(p) === m.key)),
    }));
  return [
    { dimension: 'total', key: 'all', published: { projects: published.totals.projects.value, amount: published.totals.investment.value }, register: sum(projects) },
    ...line('sectors', published.sectors, (p) => p.sector),
    ...line('investors', published.investors, (p) => p.investor),
    ...line('signing', published.signing, (p) => p.signing),
    ...line('sizes', published.sizes, (p) => sizeBandOf(p.amount, p.amountApprox)),
  ];
}

export interface RegisterDatasetMeta {
  id: string;
  name: string;
  importedAt: string;
  fileName?: string;
  rejected?: number;
  /** About the register (versions, origin, kept columns); a bare register when absent. */
  info?: Omit<RegisterInfo, 'id' | 'name' | 'fileName'>;
}

/** A dataset built from a checked register: every figure is computed from its rows (basis complete). */
export function registerDataset(projects: ItemizedProject[], base: Dataset, meta: RegisterDatasetMeta): Dataset {
  const file = meta.fileName ?? meta.name;
  const rejected = meta.rejected ?? 0;
  const info: RegisterInfo = {
    id: meta.id,
    name: meta.name,
    fileName: file,
    ...(meta.info ?? { version: 1, versions: [{ version: 1, fileName: file, importedAt: meta.importedAt, rows: projects.length }], origin: 'browser', extraHeaders: [], columns: [] }),
  };
  const versionNote = info.versions.length > 1 ? { zh: `，第 ${info.version} 版（共 ${info.versions.length} 版）`, en: `, version ${info.version} of ${info.versions.length}` } : { zh: '', en: '' };
  const source: Source = {
    id: 'R',
    publication: info.origin === 'site' ? { zh: '随本站发布的名录', en: 'Register published with this site' } : { zh: '本浏览器导入的名录', en: 'Register imported in this browser' },
    headline: meta.name,
    about: { zh: `文件 ${file}`, en: `file ${file}` },
    date: meta.importedAt.slice(0, 10),
    page: null,
    // Held only in this browser: there is no public address to cite.
    url: null,
    note: null,
    use: {
      zh: `${info.origin === 'site' ? '随本站发布' : '用户导入'}的完整项目名录：文件 ${file}${versionNote.zh}，导入 ${projects.length} 行，拒收 ${rejected} 行`,
      en: `Full project register ${info.origin === 'site' ? 'published with this site' : 'imported by the user'}: file ${file}${versionNote.en}, ${projects.length} rows imported, ${rejected} rejected`,
    },
  };
  const total = sum(projects);
  const fact = (value: number) => ({ value, basis: 'published' as const, source: { id: 'R' as const, locator: meta.name } });
  return {
    ...base,
    id: meta.id,
    kind: 'register',
    title: { zh: meta.name, en: meta.name },
    sources: [...base.sources, source],
    totals: { ...base.totals, projects: fact(total.projects), investment: fact(total.amount) },
    projects,
    register: info,
  };
}

