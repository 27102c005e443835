/**
 * How an imported register is stored: one array per column instead of one object per row.
 * Reading 100 000 rows back from IndexedDB then means deserializing a dozen arrays rather
 * than half a million small objects, which is what the page waits for after an import and on
 * every reload (measured in docs/benchmarks.md). Rebuilding the rows shares repeated values —
 * one string per district and key, one source object — so the engine compares by identity.
 * Imported rows carry one text for both languages (partner, name, note), as the file does.
 */
import type { InvestorKey, ItemizedProject, SectorKey, SigningKey, SourceRef } from '../../data/types';

export interface RegisterColumns {
  format: 1;
  id: string[];
  district: string[];
  partner: string[];
  name: string[];
  amount: number[];
  sector: (SectorKey | null)[];
  investor: (InvestorKey | null)[];
  signing: (SigningKey | null)[];
  note: (string | null)[];
  /** The one locator every row cites (source R): the file name. */
  locator: string;
}

export function toColumns(projects: readonly ItemizedProject[], locator: string): RegisterColumns {
  const cols: RegisterColumns = { format: 1, id: [], district: [], partner: [], name: [], amount: [], sector: [], investor: [], signing: [], note: [], locator };
  for (const p of projects) {
    cols.id.push(p.id);
    cols.district.push(p.district ?? '');
    cols.partner.push(p.partner.zh);
    cols.name.push(p.name.zh);
    cols.amount.push(p.amount ?? 0);
    cols.sector.push(p.sector);
    cols.investor.push(p.investor);
    cols.signing.push(p.signing);
    cols.note.push(p.note ? p.note.zh : null);
  }
  return cols;
}

export function fromColumns(cols: RegisterColumns): ItemizedProject[] {
  const pool = new Map<string, string>();
  const share = <T extends string | null>(v: T): T => {
    if (v === null) return v;
    const known = pool.get(v);
    if (known !== undefined) return known as T;
    pool.set(v, v);
    return v;
  };
  const source: SourceRef = { id: 'R', locator: cols.locator };
  const rows: ItemizedProject[] = new Array<ItemizedProject>(cols.id.length);
  for (let i = 0; i < cols.id.length; i++) {
    const partner = cols.partner[i] ?? '';
    const name = cols.name[i] ?? '';
    const note = cols.note[i] ?? null;
    rows[i] = {
      id: cols.id[i] ?? '',
      district: share(cols.district[i] ?? ''),
      area: null,
      partner: { zh: partner, en: partner },
      name: { zh: name, en: name },
      amount: cols.amount[i] ?? 0,
      amountApprox: false,
      sector: share(cols.sector[i] ?? null),
      investor: share(cols.investor[i] ?? null),
      signing: share(cols.signing[i] ?? null),
      inside92: 'yes',
      progress: null,
      original: null,
      source,
      note: note === null ? null : { zh: note, en: note },
    };
  }
  return rows;
}
