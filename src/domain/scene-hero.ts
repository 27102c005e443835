/**
 * A presentation scene's hero: the one thing it leads with (the published figure, the map or
 * a chart), chosen from the scene and what the engine's view can state for its filters; the
 * rest of the scene is secondary. Off the first view: only presentation mode loads it.
 */
import type { KpiKey } from './engine';
import type { PanelId, Scene } from './tour';

/** The hero asks the one decision of what is known (what-is-known.ts), as explore and exports do. */
export { publishedFigures } from './what-is-known';

export type SceneHero =
  /** The published figures for the scene's filters, large; `secondary` panels beside them, small. */
  | { kind: 'figure'; kpis: readonly KpiKey[]; secondary: readonly PanelId[] }
  /** The map, filling the stage, zoomed to the scene's places; `context`: published figures stated small beside it. */
  | { kind: 'map'; secondary: readonly PanelId[]; context: readonly KpiKey[] }
  /** One panel (a chart, the project list, the editions). */
  | { kind: 'panel'; panel: PanelId; secondary: readonly PanelId[]; context: readonly KpiKey[] };

/** Panels that do not draw the filtered signing (history, follow-through): its figures are no context for them. */
const NOT_THE_SIGNING: readonly PanelId[] = ['editions', 'progress', 'monthly'];

/**
 * The scene's hero. The author's wish (`scene.hero`) is honoured when it can be shown honestly:
 * a figure only when one is published for the filters (otherwise the scene falls back to its
 * place or its first panel, so "not published" is never a headline on stage). Without a wish:
 * a scene filtered by place is about the map; a scene filtered to a selection whose figure is
 * published leads with that figure; otherwise its first panel.
 */
export function sceneHero(scene: Pick<Scene, 'filters' | 'panels' | 'hero'>, published: readonly KpiKey[]): SceneHero {
  const byPlace = scene.filters.districts.length > 0;
  const filtered = Object.values(scene.filters).some((values) => values.length > 0);
  const wish = scene.hero ?? (byPlace ? 'map' : filtered && published.length > 0 ? 'figure' : undefined);
  const others = (hero: PanelId | null) => scene.panels.filter((p) => p !== hero);
  if (wish === 'figure' && published.length > 0) return { kind: 'figure', kpis: published, secondary: others(null) };
  const lead: PanelId | undefined = wish !== undefined && wish !== 'figure' ? wish : byPlace ? 'map' : scene.panels[0];
  if (lead === undefined || lead === 'map') return { kind: 'map', secondary: others('map'), context: published };
  return { kind: 'panel', panel: lead, secondary: others(lead), context: NOT_THE_SIGNING.includes(lead) ? [] : published };
}
