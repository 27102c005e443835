/**
 * Whether the screen is a phone's (at most 600 CSS px wide, app.css's breakpoint). The prerender
 * and the hydrating render see false (the desktop tree the HTML holds); a phone re-renders once
 * hydrated, and CSS has already laid the page out for it, so nothing moves on screen.
 */
import { useSyncExternalStore } from 'react';

export const NARROW_QUERY = '(max-width: 600px)';

function subscribe(onChange: () => void): () => void {
  if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return () => undefined;
  const mq = window.matchMedia(NARROW_QUERY);
  mq.addEventListener('change', onChange);
  return () => mq.removeEventListener('change', onChange);
}

const onClient = (): boolean => typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia(NARROW_QUERY).matches;
const onServer = (): boolean => false;

export function useNarrow(): boolean {
  return useSyncExternalStore(subscribe, onClient, onServer);
}
