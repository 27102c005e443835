/**
 * The tour's scene count for the header's Tour control, without the tour itself (its scenes
 * and checks, tour-store.ts) on the first view: the default tour's count until the store is
 * loaded, which happens before the first render when this browser holds a tour of its own
 * (main.tsx), when another tab stores one, and when the editor or a presentation opens.
 */
import { loadChunk } from '../components/load-chunk';
import { useEffect, useSyncExternalStore } from 'react';
import type { useTourStore } from './tour-store';

/** Where the presenter's own tour is kept (localStorage); vite.config.ts's prerender guard reads the same key. */
export const TOUR_STORAGE_KEY = 'cq-expo-tour-v1';

/** The default tour's length (stores/default-tour.ts; a unit test keeps them equal). */
export const DEFAULT_SCENE_COUNT = 6;

type TourStore = typeof useTourStore;
let store: TourStore | null = null;
let loading: Promise<void> | null = null;
const onLoaded = new Set<() => void>();

/** Called by tour-store.ts as it loads, however it is loaded: the count follows the store from then on. */
export function attachTourStore(loaded: TourStore): void {
  store = loaded;
  for (const l of [...onLoaded]) l();
}

/** Load the tour store (once). */
export function loadTourStore(): Promise<void> {
  loading ??= loadChunk(() => import('./tour-store')).then(() => undefined);
  return loading;
}

/** True when this browser holds a tour of its own (the count is then not the default's). */
export function hasStoredTour(): boolean {
  try {
    return typeof localStorage !== 'undefined' && localStorage.getItem(TOUR_STORAGE_KEY) !== null;
  } catch {
    return false;
  }
}

function subscribe(listener: () => void): () => void {
  let unsubscribe: (() => void) | null = store ? store.subscribe(listener) : null;
  const attach = () => {
    onLoaded.delete(attach);
    unsubscribe = store ? store.subscribe(listener) : null;
    listener();
  };
  if (!unsubscribe) onLoaded.add(attach);
  return () => {
    onLoaded.delete(attach);
    unsubscribe?.();
  };
}

const getCount = (): number => store?.getState().scenes.length ?? DEFAULT_SCENE_COUNT;
const getDefault = (): number => DEFAULT_SCENE_COUNT;

/** The scene count of the tour in use. */
export function useSceneCount(): number {
  useEffect(function followOtherTabs() {
    // Another tab storing a tour of its own changes this one's (the store then follows it).
    const onStorage = (e: StorageEvent) => {
      if (e.key === TOUR_STORAGE_KEY && !store) void loadTourStore();
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);
  return useSyncExternalStore(subscribe, getCount, getDefault);
}
