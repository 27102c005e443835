/**
 * Mount a panel when it comes near the viewport, so a phone loads and runs only what it shows.
 * Until then a placeholder of the panel's size (its CSS class) holds the space, so nothing
 * shifts when the panel arrives. Before the first scroll only what is on screen mounts; after
 * it, panels within half a screen mount ahead of the reader. Everything mounts at once for a
 * keyboard user's first Tab (focus must find every control), before printing, and when an
 * export of the whole page asks (whenAllMounted). Without IntersectionObserver, all mount.
 */
import { startTransition, useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import { useHydrated } from './use-hydrated';
import { NARROW_QUERY } from './use-narrow';

/** 0: first screen only; 1: the reader has scrolled; 2: everything. */
type Reach = 0 | 1 | 2;
let reach: Reach = 0;
const listeners = new Set<() => void>();
let triggersInstalled = false;

function setReach(next: Reach): void {
  if (next <= reach) return;
  reach = next;
  for (const l of listeners) l();
}

/** Mount every lazy panel now (print, whole-page export, keyboard navigation). */
export function mountAllPanels(): void {
  setReach(2);
}

function installTriggers(): void {
  if (triggersInstalled || typeof window === 'undefined') return;
  triggersInstalled = true;
  window.addEventListener('scroll', () => setReach(1), { once: true, passive: true });
  window.addEventListener('beforeprint', mountAllPanels);
  window.addEventListener('keydown', function onTab(e) {
    if (e.key !== 'Tab') return;
    window.removeEventListener('keydown', onTab, true);
    mountAllPanels();
  }, true);
}

function subscribe(listener: () => void): () => void {
  installTriggers();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const getReach = (): Reach => reach;

/**
 * Resolves once every lazy panel is mounted and drawn (no placeholder or loading skeleton left),
 * or after `timeoutMs`: for exports of the whole page.
 */
export function whenAllMounted(timeoutMs = 10000): Promise<void> {
  mountAllPanels();
  const t0 = performance.now();
  return new Promise((resolve) => {
    const check = () => {
      const pending = document.querySelector('[data-lazy-pending], .chart-skeleton, .map-skeleton');
      if (!pending || performance.now() - t0 > timeoutMs) resolve();
      else requestAnimationFrame(check);
    };
    check();
  });
}

interface Props {
  /** The placeholder's class: it gives the placeholder the panel's size (app.css). */
  placeholderClass: string;
  /** Mount at once (e.g. presentation mode, where every panel is on screen). */
  eager?: boolean;
  /** Fetch the panel's code: the placeholder stays until it is here, so the panel appears whole. */
  preload?: () => Promise<unknown>;
  /** On a phone, wait for the reader's first scroll even if on screen: its first screen is the KPIs and needs no chart code. */
  holdOnPhone?: boolean;
  children: ReactNode;
}

export function LazyMount({ placeholderClass, eager = false, preload, holdOnPhone = false, children }: Props) {
  const current = useSyncExternalStore(subscribe, getReach, getReach);
  const [near, setNear] = useState(false);
  const [ready, setReady] = useState(eager);
  // The placeholder element itself, not a ref read once: an effect that captured an element
  // React then replaced would watch a detached node, and the panel would never mount.
  const [placeholder, setPlaceholder] = useState<HTMLDivElement | null>(null);
  // The prerendered page and its hydration hold placeholders; without IntersectionObserver
  // (old browsers, jsdom) everything mounts once the page is live.
  const hydrated = useHydrated();
  const wanted = near || current === 2 || (hydrated && typeof IntersectionObserver === 'undefined');
  // Without code to fetch, a wanted panel mounts at once.
  const mounted = eager || ready || (wanted && !preload);
  useEffect(
    function watchViewport() {
      const el = placeholder;
      if (mounted || wanted || !el || typeof IntersectionObserver === 'undefined') return;
      if (holdOnPhone && current === 0 && window.matchMedia(NARROW_QUERY).matches) return;
      const io = new IntersectionObserver(
        (entries) => {
          if (entries.some((e) => e.isIntersecting)) setNear(true);
        },
        { rootMargin: current === 0 ? '0px' : '50% 0px' },
      );
      io.observe(el);
      return () => io.disconnect();
    },
    [placeholder, mounted, wanted, current, holdOnPhone],
  );
  useEffect(
    function fetchThenMount() {
      if (mounted || !wanted || !preload) return;
      let live = true;
      // A failed fetch mounts anyway: the panel's own boundary then says what failed.
      // Mounting is a transition: a heavy panel renders in slices and never blocks input.
      void preload().finally(() => {
        if (live) startTransition(() => setReady(true));
      });
      return () => {
        live = false;
      };
    },
    [mounted, wanted, preload],
  );
  if (mounted) return <>{children}</>;
  return <div ref={setPlaceholder} className={`lazy-placeholder ${placeholderClass}`} data-lazy-pending="" aria-hidden="true" />;
}
