/**
 * Whether this render is on the client after hydration. The build-time prerender and the
 * hydrating render both see false, so what depends on the browser (viewport, observers, lazy
 * chunks) is drawn only after the page has hydrated — never as a mismatch.
 */
import { useSyncExternalStore } from 'react';

const subscribe = () => () => undefined;
const onClient = () => true;
const onServer = () => false;

export function useHydrated(): boolean {
  return useSyncExternalStore(subscribe, onClient, onServer);
}
