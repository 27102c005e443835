/**
 * What changed between two versions of a register, shown before a new version is applied:
 * rows added, removed and changed, matched by the file's id where both versions give one,
 * else by project name and place. Plain TS, tested on small inline tables.
 */
import type { ItemizedProject } from '../../data/types';

/** Fields compared between versions (what a reader of the dashboard would see change). */
const COMPARED = ['amount', 'place', 'sector', 'investor', 'signing', 'stage', 'funds', 'partner'] as const;
export type ComparedField = (typeof COMPARED)[number];

export interface RowChange {
  /** The project's name in the new version. */
  name: string;
  id: string;
  fields: ComparedField[];
}

export interface VersionDiff {
  added: number;
  removed: number;
  changed: number;
  unchanged: number;
  /** The first changes, for the dialog (all counts are above). */
  sample: { added: string[]; removed: string[]; changed: RowChange[] };
}

const SAMPLE = 20;

/** Ids the importer made up (row-N) are not the file's and say nothing across versions. */
function fileId(p: ItemizedProject): string | null {
  return /^row-\d+$/.test(p.id) ? null : p.id;
}

function nameKey(p: ItemizedProject): string {
  return `${p.name.zh.trim().toLowerCase()}\u0000${p.area ?? p.district ?? ''}`;
}

function value(p: ItemizedProject, f: ComparedField): string | number | null {
  switch (f) {
    case 'amount':
      return p.amount;
    case 'place':
      return p.area ?? p.district;
    case 'partner':
      return p.partner.zh;
    case 'stage':
      return p.progress?.stage ?? null;
    case 'funds':
      return p.progress?.fundsInPlace ?? null;
    default:
      return p[f];
  }
}

export function diffVersions(previous: readonly ItemizedProject[], next: readonly ItemizedProject[]): VersionDiff {
  const byId = new Map<string, ItemizedProject>();
  const byName = new Map<string, ItemizedProject[]>();
  for (const p of previous) {
    const id = fileId(p);
    if (id !== null) byId.set(id, p);
    const k = nameKey(p);
    const list = byName.get(k);
    if (list) list.push(p);
    else byName.set(k, [p]);
  }
  const matched = new Set<ItemizedProject>();
  const diff: VersionDiff = { added: 0, removed: 0, changed: 0, unchanged: 0, sample: { added: [], removed: [], changed: [] } };
  for (const p of next) {
    const id = fileId(p);
    let old = id !== null ? byId.get(id) : undefined;
    if (old && matched.has(old)) old = undefined;
    if (!old) old = byName.get(nameKey(p))?.find((o) => !matched.has(o));
    if (!old) {
      diff.added += 1;
      if (diff.sample.added.length < SAMPLE) diff.sample.added.push(p.name.zh);
      continue;
    }
    matched.add(old);
    const fields = COMPARED.filter((f) => value(old, f) !== value(p, f));
    if (fields.length === 0) diff.unchanged += 1;
    else {
      diff.changed += 1;
      if (diff.sample.changed.length < SAMPLE) diff.sample.changed.push({ name: p.name.zh, id: p.id, fields });
    }
  }
  for (const p of previous) {
    if (matched.has(p)) continue;
    diff.removed += 1;
    if (diff.sample.removed.length < SAMPLE) diff.sample.removed.push(p.name.zh);
  }
  return diff;
}
