/**
 * The scene's hero (domain/scene-hero.ts): a figure only when one is published for the filters,
 * the map for a scene about places; and every scene of the default tour leads with something
 * the engine can state (never a "not published" headline).
 */
import { describe, expect, it } from 'vitest';
import { DATASET } from '../../src/data/dataset';
import { computeView } from '../../src/domain/engine';
import { EMPTY_FILTERS } from '../../src/domain/filters';
import { publishedFigures, sceneHero } from '../../src/domain/scene-hero';
import { checkTour, tourFile } from '../../src/domain/tour';
import { DEFAULT_TOUR } from '../../src/stores/default-tour';

describe('scene hero', () => {
  it('a figure only when the view states it in full', () => {
    const all = computeView(DATASET, EMPTY_FILTERS);
    expect(publishedFigures(all)).toEqual(['projects', 'investment']);
    const qijiang = computeView(DATASET, { ...EMPTY_FILTERS, districts: ['500110'] });
    expect(publishedFigures(qijiang)).toEqual([]);
    // The author asks for a figure; none is published for a district: the map leads instead.
    expect(sceneHero({ filters: qijiang.filters, panels: ['sector'], hero: 'figure' }, publishedFigures(qijiang))).toEqual({ kind: 'map', secondary: ['sector'], context: [] });
    // A sector's printed figures lead that sector's scene.
    const sector = computeView(DATASET, { ...EMPTY_FILTERS, sectors: ['smart-manufacturing'] });
    expect(sceneHero({ filters: sector.filters, panels: ['sector'] }, publishedFigures(sector))).toEqual({ kind: 'figure', kpis: ['projects', 'investment'], secondary: ['sector'] });
  });

  it('without a wish: the map for places, else the first panel', () => {
    expect(sceneHero({ filters: { ...EMPTY_FILTERS, districts: ['liangjiang'] }, panels: ['projects', 'map'] }, [])).toEqual({ kind: 'map', secondary: ['projects'], context: [] });
    expect(sceneHero({ filters: EMPTY_FILTERS, panels: ['investor', 'signing'] }, ['projects'])).toEqual({ kind: 'panel', panel: 'investor', secondary: ['signing'], context: ['projects'] });
    expect(sceneHero({ filters: EMPTY_FILTERS, panels: ['map'] }, [])).toEqual({ kind: 'map', secondary: [], context: [] });
    // The editions chart is history: the 2021 totals are no context for it.
    expect(sceneHero({ filters: EMPTY_FILTERS, panels: ['editions', 'progress'] }, ['projects', 'investment'])).toEqual({ kind: 'panel', panel: 'editions', secondary: ['progress'], context: [] });
    // A selection with no published figure (two published dimensions together) leads with its chart.
    const two = computeView(DATASET, { ...EMPTY_FILTERS, sectors: ['smart-manufacturing'], investors: ['private'] });
    expect(publishedFigures(two)).toEqual([]);
    expect(sceneHero({ filters: two.filters, panels: ['sector'] }, publishedFigures(two))).toEqual({ kind: 'panel', panel: 'sector', secondary: [], context: [] });
  });

  it('every default scene has a hero the engine can state; the Liangjiang scene is about Liangjiang', () => {
    const heroes = DEFAULT_TOUR.map((scene) => {
      const view = computeView(DATASET, scene.filters);
      const hero = sceneHero(scene, publishedFigures(view));
      if (hero.kind === 'figure') for (const k of hero.kpis) expect(view.kpis[k].fullPublished).toBe(true);
      return hero.kind === 'panel' ? hero.panel : hero.kind;
    });
    expect(heroes).toEqual(['figure', 'figure', 'investor', 'map', 'map', 'editions']);
    const liangjiang = DEFAULT_TOUR.find((s) => s.id === 'liangjiang');
    expect(liangjiang?.filters.districts).toEqual(['liangjiang']);
    expect(computeView(DATASET, liangjiang!.filters).rows.every((r) => r.area === 'liangjiang')).toBe(true);
  });

  it('the tour file keeps its format: the default tour round-trips, and a tour without heroes reads as before', () => {
    const check = checkTour(JSON.parse(JSON.stringify(tourFile(DEFAULT_TOUR))));
    expect(check).toEqual({ ok: true, scenes: DEFAULT_TOUR });
    const old = { ...tourFile(DEFAULT_TOUR), scenes: DEFAULT_TOUR.map(({ hero: _hero, ...s }) => s) };
    const read = checkTour(JSON.parse(JSON.stringify(old)));
    expect(read.ok && read.scenes.every((s) => !('hero' in s))).toBe(true);
    expect(checkTour({ ...old, scenes: [{ ...old.scenes[0], hero: 'headline' }] })).toMatchObject({ ok: false });
  });
});
