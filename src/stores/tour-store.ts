/**
 * The presenter's tour: the default scenes or the presenter's own, kept in localStorage and
 * checked on load (a corrupt entry falls back to the default tour and says so).
 */
import { create } from 'zustand';
import { checkTour, MAX_SCENES, tourFile, type Scene } from '../domain/tour';
import { DEFAULT_TOUR } from './default-tour';

export const TOUR_STORAGE_KEY = 'cq-expo-tour-v1';

export interface TourState {
  scenes: readonly Scene[];
  /** Set when the saved tour could not be read and the default tour was used instead. */
  loadProblem: string | null;
}

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

function load(): TourState {
  const raw = storage()?.getItem(TOUR_STORAGE_KEY);
  if (!raw) return { scenes: DEFAULT_TOUR, loadProblem: null };
  try {
    const check = checkTour(JSON.parse(raw));
    if (check.ok) return { scenes: check.scenes, loadProblem: null };
    return { scenes: DEFAULT_TOUR, loadProblem: check.errors.join('; ') };
  } catch {
    return { scenes: DEFAULT_TOUR, loadProblem: 'not valid JSON' };
  }
}

export const useTourStore = create<TourState>()(() => load());

function save(scenes: readonly Scene[]): void {
  useTourStore.setState({ scenes, loadProblem: null });
  try {
    storage()?.setItem(TOUR_STORAGE_KEY, JSON.stringify(tourFile(scenes)));
  } catch {
    // Storage full or blocked: the tour still works for this session.
  }
}

export function addScene(scene: Scene): boolean {
  const { scenes } = useTourStore.getState();
  if (scenes.length >= MAX_SCENES) return false;
  const ids = new Set(scenes.map((s) => s.id));
  let id = scene.id;
  for (let n = 2; ids.has(id); n++) id = `${scene.id}-${n}`;
  save([...scenes, { ...scene, id }]);
  return true;
}

export function moveScene(index: number, by: -1 | 1): void {
  const scenes = [...useTourStore.getState().scenes];
  const to = index + by;
  const moving = scenes[index];
  const other = scenes[to];
  if (!moving || !other) return;
  scenes[to] = moving;
  scenes[index] = other;
  save(scenes);
}

export function deleteScene(index: number): void {
  const { scenes } = useTourStore.getState();
  if (scenes.length <= 1) return;
  save(scenes.filter((_, i) => i !== index));
}

/** Replace the tour with an imported one; returns the problems instead when it is invalid. */
export function importTour(json: unknown): string[] {
  const check = checkTour(json);
  if (!check.ok) return check.errors;
  save(check.scenes);
  return [];
}

export function resetTour(): void {
  storage()?.removeItem(TOUR_STORAGE_KEY);
  useTourStore.setState({ scenes: DEFAULT_TOUR, loadProblem: null });
}

/** For tests: read localStorage again. */
export function reloadTour(): void {
  useTourStore.setState(load(), true);
}
