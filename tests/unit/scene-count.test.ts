import { describe, expect, it } from 'vitest';
import { DEFAULT_TOUR } from '../../src/stores/default-tour';
import { DEFAULT_SCENE_COUNT, loadTourStore } from '../../src/stores/scene-count';

describe('the header scene count before the tour store loads', () => {
  it('is the default tour’s length', async () => {
    expect(DEFAULT_SCENE_COUNT).toBe(DEFAULT_TOUR.length);
    await loadTourStore();
    const { useTourStore } = await import('../../src/stores/tour-store');
    expect(useTourStore.getState().scenes.length).toBe(DEFAULT_SCENE_COUNT);
  });
});
