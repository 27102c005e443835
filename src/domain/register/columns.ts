/**
 * How an imported register is stored: one array per column instead of one object per row.
 * Reading 100 000 rows back from IndexedDB then means deserializing a dozen arrays rather
 * than half a million small objects, which is what the page waits for after an import and on
 * every reload (measured in docs/benchmarks.md). Rebuilding the rows shares repeated values —
 * one string per district and key, one source object — so the engine compares by identity.
 * Imported rows carry one text for both languages (partner, name, note), as the file does.
 * Format 2 adds functional areas, progress, the file's own category texts and unmapped
 * columns; format 1 (the first release) still reads, with those empty.
 */
import type { ItemizedProject, ProjectProgress, RowOriginal, SourceRef } from '../../data/types';
import type { RegisterColumns, RegisterColumnsV2 } from './columns-schema';

export type { RegisterColumns, RegisterColumnsV2 } from './columns-schema';

export function toColumns(projects: readonly ItemizedProject[], locator: string, extraHeaders: readonly string[]): RegisterColumnsV2 {
  const hasProgress = projects.some((p) => p.progress !== null);
  const cols: RegisterColumnsV2 = {
    format: 2,
    id: [],
    district: [],
    area: [],
    partner: [],
    name: [],
    amount: [],
    sector: [],
    investor: [],
    signing: [],
    note: [],
    locator,
    progress: hasProgress ? { stage: [], funds: [], startDate: [], reportDate: [], edition: [] } : null,
    original: { sector: [], investor: [], signing: [], stage: [] },
    extraHeaders: [...extraHeaders],
    extra: extraHeaders.map(() => []),
  };
  for (const p of projects) {
    cols.id.push(p.id);
    cols.district.push(p.district ?? '');
    cols.area.push(p.area);
    cols.partner.push(p.partner.zh);
    cols.name.push(p.name.zh);
    cols.amount.push(p.amount ?? 0);
    cols.sector.push(p.sector);
    cols.investor.push(p.investor);
    cols.signing.push(p.signing);
    cols.note.push(p.note ? p.note.zh : null);
    if (cols.progress) {
      cols.progress.stage.push(p.progress?.stage ?? null);
      cols.progress.funds.push(p.progress?.fundsInPlace ?? null);
      cols.progress.startDate.push(p.progress?.startDate ?? null);
      cols.progress.reportDate.push(p.progress?.reportDate ?? null);
      cols.progress.edition.push(p.progress?.edition ?? null);
    }
    for (const f of ['sector', 'investor', 'signing', 'stage'] as const) cols.original[f].push(p.original?.categories[f] ?? null);
    cols.extra.forEach((column, j) => column.push(p.original?.extra[j] ?? ''));
  }
  return cols;
}

/** `source`: the object every row cites (one is made when not given; chunks of one register share it). */
export function fromColumns(cols: RegisterColumns, source: SourceRef = { id: 'R', locator: cols.locator }): ItemizedProject[] {
  const pool = new Map<string, string>();
  const share = <T extends string | null>(v: T): T => {
    if (v === null) return v;
    const known = pool.get(v);
    if (known !== undefined) return known as T;
    pool.set(v, v);
    return v;
  };
  const v2 = cols.format === 2 ? cols : null;
  // Category columns that hold any file text at all: most registers leave several empty.
  const originalFields = v2 ? (['sector', 'investor', 'signing', 'stage'] as const).filter((f) => v2.original[f].some((t) => t !== null)) : [];
  const rows: ItemizedProject[] = new Array<ItemizedProject>(cols.id.length);
  for (let i = 0; i < cols.id.length; i++) {
    const partner = cols.partner[i] ?? '';
    const name = cols.name[i] ?? '';
    const note = cols.note[i] ?? null;
    const area = v2?.area[i] ?? null;
    const pr = v2?.progress;
    const progress: ProjectProgress | null = pr
      ? { stage: share(pr.stage[i] ?? null), fundsInPlace: pr.funds[i] ?? null, startDate: pr.startDate[i] ?? null, reportDate: pr.reportDate[i] ?? null, edition: pr.edition[i] ?? null }
      : null;
    let original: RowOriginal | null = null;
    if (v2 && (originalFields.length > 0 || v2.extra.length > 0)) {
      let categories: RowOriginal['categories'] | null = null;
      for (const f of originalFields) {
        const t = v2.original[f][i];
        if (t !== null && t !== undefined) (categories ??= {})[f] = share(t);
      }
      // Unmapped columns are often unique per row (序号, a contact): not worth pooling.
      const extra = v2.extra.map((column) => column[i] ?? '');
      if (categories !== null || extra.some((e) => e !== '')) original = { categories: categories ?? {}, extra };
    }
    rows[i] = {
      id: cols.id[i] ?? '',
      district: area !== null ? null : share(cols.district[i] ?? ''),
      area,
      partner: { zh: partner, en: partner },
      name: { zh: name, en: name },
      amount: cols.amount[i] ?? 0,
      amountApprox: false,
      sector: share(cols.sector[i] ?? null),
      investor: share(cols.investor[i] ?? null),
      signing: share(cols.signing[i] ?? null),
      source,
      note: note === null ? null : { zh: note, en: note },
      progress,
      original,
    };
  }
  return rows;
}

/** The unmapped columns' headers a stored register keeps. */
export function extraHeadersOf(cols: RegisterColumns): string[] {
  return cols.format === 2 ? cols.extraHeaders : [];
}
