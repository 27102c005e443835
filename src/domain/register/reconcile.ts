/**
 * An imported register reconciled with the published figures (plain TS, no parser, so the
 * page can use it without loading the import code): its totals next to every published
 * total and breakdown.
 */
import type { ItemizedProject, Marginal, PublishedDataset } from '../../data/types';
import type { Dimension } from '../filters';
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
export function reconcile(projects: readonly ItemizedProject[], published: PublishedDataset): ReconciliationLine[] {
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
