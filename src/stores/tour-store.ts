/**
 * The presenter's tour: the default scenes or the presenter's own, kept in localStorage and
 * checked on load (a corrupt entry falls back to the default tour and says so). A save that
 * fails (storage full, private mode, blocked) is said, with what was not saved; a change made
 * in another tab (storage event) is followed, and said.
 */
import { create } from 'zustand';
import { checkTour, MAX_SCENES, MAX_TOUR_BYTES, tourFile, type Scene } from '../domain/tour';
import { DEFAULT_TOUR } from './default-tour';
import { attachTourStore, TOUR_STORAGE_KEY } from './scene-count';

export { TOUR_STORAGE_KEY };

/** Something about the tour the presenter should know (shown in the editor and in presentation mode). */
export type TourNotice =
  | { kind: 'not-saved'; scenes: number }
  | { kind: 'other-tab'; scenes: number }
  | { kind: 'other-tab-reset'; scenes: number };

export interface TourState {
  scenes: readonly Scene[];
  /** Set when the saved tour could not be read and the default tour was used instead. */
  loadProblem: string | null;
  notice: TourNotice | null;
}

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

function readRaw(): string | null {
  try {
    return storage()?.getItem(TOUR_STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
}

function parseStored(raw: string | null): Pick<TourState, 'scenes' | 'loadProblem'> {
  if (!raw) return { scenes: DEFAULT_TOUR, loadProblem: null };
  // Checked by length first: the checker's cost is bounded by the file's size.
  if (raw.length > MAX_TOUR_BYTES) return { scenes: DEFAULT_TOUR, loadProblem: `larger than ${MAX_TOUR_BYTES} characters` };
  try {
    const check = checkTour(JSON.parse(raw));
    if (check.ok) return { scenes: check.scenes, loadProblem: null };
    return { scenes: DEFAULT_TOUR, loadProblem: check.errors.slice(0, 5).join('; ') };
  } catch {
    return { scenes: DEFAULT_TOUR, loadProblem: 'not valid JSON' };
  }
}

function load(): TourState {
  return { ...parseStored(readRaw()), notice: null };
}

export const useTourStore = create<TourState>()(() => load());
attachTourStore(useTourStore);

/** Write the tour; false when the browser refused (quota, private mode, storage disabled). */
function persist(scenes: readonly Scene[]): boolean {
  const store = storage();
  if (!store) return false;
  try {
    store.setItem(TOUR_STORAGE_KEY, JSON.stringify(tourFile(scenes)));
    return true;
  } catch {
    return false;
  }
}

/** Use `scenes` now; returns whether they were saved. Not saved is said (notice), never swallowed. */
function save(scenes: readonly Scene[]): boolean {
  const saved = persist(scenes);
  useTourStore.setState({ scenes, loadProblem: null, notice: saved ? null : { kind: 'not-saved', scenes: scenes.length } });
  return saved;
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

export interface TourImport {
  /** The problems when the file is not a valid tour (the tour is unchanged then). */
  errors: string[];
  /** Whether the imported tour was written to localStorage (false: it works in this tab only). */
  saved: boolean;
}

/** Replace the tour with an imported one; returns the problems instead when it is invalid. */
export function importTour(json: unknown): TourImport {
  const check = checkTour(json);
  if (!check.ok) return { errors: check.errors, saved: false };
  return { errors: [], saved: save(check.scenes) };
}

export function resetTour(): void {
  try {
    storage()?.removeItem(TOUR_STORAGE_KEY);
  } catch {
    // Nothing stored can be removed; the default tour is used either way.
  }
  useTourStore.setState({ scenes: DEFAULT_TOUR, loadProblem: null, notice: null });
}

export function dismissTourNotice(): void {
  if (useTourStore.getState().notice !== null) useTourStore.setState({ notice: null });
}

/** For tests: read localStorage again. */
export function reloadTour(): void {
  useTourStore.setState(load(), true);
}

/**
 * Another tab saved, reset or cleared the tour (the storage event fires only in the other
 * tabs): follow it and say so. `newValue` null means it was removed (reset, or site data cleared).
 */
export function followOtherTab(key: string | null, newValue: string | null): void {
  if (key !== null && key !== TOUR_STORAGE_KEY) return;
  const next = parseStored(key === null ? null : newValue);
  const reset = newValue === null || key === null;
  useTourStore.setState({ ...next, notice: { kind: reset ? 'other-tab-reset' : 'other-tab', scenes: next.scenes.length } });
}

if (typeof window !== 'undefined') {
  window.addEventListener('storage', (e) => {
    if (e.storageArea === null || e.storageArea === storage()) followOtherTab(e.key, e.newValue);
  });
}
