/**
 * What is known for a selection, decided once: whether the headline figures are published (or a
 * register's own), and when the sources published none, what they do say — the named projects
 * that match, their coverage of the published total, and the city's published totals beside
 * them. The explore KPI row, the page's one banner, the charts (which then drop their own
 * banners), presentation scenes and exports read this decision, so they never disagree.
 * Plain TS, no React and no words: the catalogs say it (i18n/known.ts).
 */
import type { Dataset, ItemizedProject } from '../data/types';
import { selectView, type Coverage, type Figure, type KpiKey, type View } from './engine';
import { EMPTY_FILTERS } from './filters';
import { knownOf, summarizeView } from './view-summary';

/** The named projects a statement shows in full; the rest are counted ("and 4 more"). */
export const HEADLINE_LIMIT = 3;

export type WhatIsKnown =
  /** The headline figures are printed, derived from printed figures, or a full register's: the KPI cards show them. */
  | { published: true }
  | {
      published: false;
      /** The matching named projects, largest stated amount first (no amount last), at most HEADLINE_LIMIT. */
      headline: readonly ItemizedProject[];
      /** Matching named projects beyond the headline. */
      more: number;
      /** What the named projects cover of the published total (counted rows, stated sum, unstated amounts, rows not stated to be inside). */
      coverage: Coverage;
      /** The published totals of the whole dataset (no filter), with their sources: context, shown small. */
      city: { projects: Figure; investment: Figure };
      /** The page's one banner: 'named' — the sources published no figure, the page counts named projects; 'none' — and they name none that matches. */
      banner: 'named' | 'none';
    };

/**
 * True when the sources published neither headline figure (projects, investment) for the
 * selection: the same test as the phone's sentence (view-summary.ts, known 'named'), so the
 * sentence, the statement and the banner agree. Needs the view only (charts ask it).
 */
export function nothingPublished(view: View): boolean {
  return summarizeView(view).known === 'named';
}

/**
 * The headline figures (projects, investment) the view states in full — printed, derived from
 * printed figures, or a full register's — never a sum over named projects standing in for a
 * total the sources did not publish. A presentation scene leads with a figure only from these.
 */
export function publishedFigures(view: Pick<View, 'kpis'>): KpiKey[] {
  return (['projects', 'investment'] as const).filter((k) => knownOf(view.kpis[k]) !== 'named');
}

/** The page's one banner for a view: null where a headline figure is published; 'named' or 'none' (no named project matches) otherwise. */
export function pageBanner(view: View): 'named' | 'none' | null {
  if (!nothingPublished(view)) return null;
  return view.rows.length > 0 ? 'named' : 'none';
}

/** Largest stated amount first; a row with no stated amount after every stated one; otherwise the dataset's order. */
function byAmount(a: ItemizedProject, b: ItemizedProject): number {
  return (b.amount ?? -1) - (a.amount ?? -1);
}

/** The decision for a view of `dataset` (the view's filters are the selection). */
export function whatIsKnown(view: View, dataset: Dataset): WhatIsKnown {
  const banner = pageBanner(view);
  if (banner === null) return { published: true };
  const sorted = [...view.rows].sort(byAmount);
  const all = selectView(dataset, EMPTY_FILTERS).kpis;
  return {
    published: false,
    headline: sorted.slice(0, HEADLINE_LIMIT),
    more: Math.max(0, sorted.length - HEADLINE_LIMIT),
    coverage: view.coverage,
    city: { projects: all.projects, investment: all.investment },
    banner,
  };
}
