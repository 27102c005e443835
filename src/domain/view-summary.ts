/**
 * What a view shows, as the decisions one sentence needs (the phone's first line and the text a
 * native share sends): the filters in force and, for the two headline KPIs, how each is known.
 * Read from the engine's figures only, so the sentence and the KPI row never disagree.
 */
import type { Figure, View } from './engine';
import { DIMENSIONS, type Dimension } from './filters';

/** How a headline figure is known: printed (or derived from printed figures), a full register's sum, or named projects only. */
export type Known = 'published' | 'complete' | 'named';

export interface KnownFigure {
  known: Known;
  value: number;
}

export interface ViewSummary {
  /** The filters in force, in URL order, each with its values. Empty: the whole dataset. */
  filters: { dim: Dimension; keys: readonly string[] }[];
  projects: KnownFigure;
  investment: KnownFigure;
  /** How the two figures are known together: one way for both, or mixed. */
  known: Known | 'mixed';
}

/** A figure the sources never published for the selection is known by its named projects only. */
export function knownOf(figure: Figure): Known {
  if (figure.basis === 'complete') return 'complete';
  return !figure.fullPublished && figure.basis === 'itemized' ? 'named' : 'published';
}

export function summarizeView(view: View): ViewSummary {
  const projects: KnownFigure = { known: knownOf(view.kpis.projects), value: view.kpis.projects.value };
  const investment: KnownFigure = { known: knownOf(view.kpis.investment), value: view.kpis.investment.value };
  return {
    filters: DIMENSIONS.filter((d) => view.filters[d].length > 0).map((dim) => ({ dim, keys: view.filters[dim] })),
    projects,
    investment,
    known: projects.known === investment.known ? projects.known : 'mixed',
  };
}
