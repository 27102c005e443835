/**
 * The bars of every chart panel. The first view draws them as plain SVG from the same layout and
 * mark attributes as the Recharts bars (bar-layout.ts), so the page needs no chart library to
 * show and click its first screen; the Recharts chunk (bars-svg.tsx, ~100 kB gzip) loads at the
 * reader's first input (pointer, key, touch, wheel) and draws the bars from the next idle moment
 * between interactions on, the plain SVG standing in until then. Both carry the DOM contract (rect[data-key], role=button,
 * aria-pressed), so a click on either toggles the same filter.
 */
import { lazy, memo, startTransition, Suspense, useEffect, useState } from 'react';
import { barLayout, fitLabel, markAttributes, useWidth } from './bar-layout';
import type { BarsProps } from './bars-svg';
import { loadChunk } from './load-chunk';

const BarsSvg = lazy(() => loadChunk(() => import('./bars-svg')));
/** The Recharts chunk is here (swapped in at the next idle moment)… */
let loaded = false;
/** …and the swap has begun: a chart mounted from now on joins the queue at once (no input needed). */
let swapped = false;
/** Charts told to swap (one per idle moment, see swapWhenIdle). */
const notified = new WeakSet<() => void>();
let swapScheduled = false;
let loading = false;
let pointerDown = false;
const listeners = new Set<() => void>();
const INPUTS = ['pointerdown', 'keydown', 'touchstart', 'wheel'] as const;

function load(): void {
  if (loading) return;
  loading = true;
  for (const type of INPUTS) window.removeEventListener(type, onInput, true);
  loadChunk(() => import('./bars-svg'))
    .then(() => {
      loaded = true;
      swapWhenIdle();
    })
    .catch(() => {
      // The plain bars stay: they draw and toggle the same.
    });
}

function onInput(): void {
  load();
}

/** A press in progress holds every swap back (and the queue with it) until it ends. */
function onPointerDown(): void {
  pointerDown = true;
}

function onPointerUp(): void {
  // After the click that ends this press has been dispatched to the element it began on.
  setTimeout(() => {
    pointerDown = false;
    swapWhenIdle();
  }, 0);
}

/**
 * Swap in the Recharts bars between interactions, one chart per idle moment: never while a
 * pointer is down (the click must reach the mark it was pressed on), and focus stays on the
 * mark it was on. One chart at a time, because a chart's swap is a render, a commit and the
 * chart's own store updates (sync renders); all charts at once made one task of about 100 ms.
 */
function swapWhenIdle(): void {
  // One chain of idle callbacks at a time: two would swap two charts in one render.
  if (!loaded || pointerDown || swapScheduled) return;
  swapScheduled = true;
  const idle = window.requestIdleCallback ?? ((cb: () => void) => window.setTimeout(cb, 50));
  idle(() => {
    swapScheduled = false;
    if (!loaded || pointerDown) return;
    const next = [...listeners].find((l) => !notified.has(l));
    if (!next) return;
    const active = document.activeElement;
    const key = active?.getAttribute('data-key');
    const chart = active?.closest('[data-chart]')?.getAttribute('data-chart');
    swapped = true;
    notified.add(next);
    next();
    if (key && chart) {
      requestAnimationFrame(() => {
        if (document.activeElement !== document.body && document.activeElement?.isConnected) return;
        document.querySelector<SVGElement>(`[data-chart="${chart}"] rect[data-key="${key}"]`)?.focus();
      });
    }
    // The next chart at the next idle moment: after this one's render and commit have run.
    swapWhenIdle();
  });
}

function subscribe(listener: () => void): () => void {
  if (!loading && listeners.size === 0) {
    for (const type of INPUTS) window.addEventListener(type, onInput, { capture: true, passive: true });
    // For the page's life (charts mount and swap later too), unlike the one-time loaders above.
    window.addEventListener('pointerdown', onPointerDown, { capture: true, passive: true });
    window.addEventListener('pointerup', onPointerUp, { capture: true, passive: true });
    window.addEventListener('pointercancel', onPointerUp, { capture: true, passive: true });
  }
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const isSwapped = (): boolean => swapped;

/** Plain SVG bars: the same rows, label column, marks and value texts as BarsSvg. */
const StaticBars = memo(function StaticBars({ data, hasSelection, onToggle, barSize = 22, labelPx = 13.6 }: BarsProps) {
  const [ref, width] = useWidth();
  const { rowHeight, labelWidth, height, valueRoom } = barLayout(data, width, barSize, labelPx);
  const left = 4 + labelWidth;
  const plot = Math.max(0, width - left - valueRoom);
  const max = Math.max(0, ...data.map((d) => d.value));
  return (
    <div ref={ref} className="bars">
      <svg width={width} height={height} className="bars-static">
        {data.map((d, i) => {
          const cy = 4 + i * rowHeight + rowHeight / 2;
          const w = Math.max(2, max > 0 ? (d.value / max) * plot : 0);
          const shown = fitLabel(d.label, labelWidth - 10, labelPx);
          return (
            <g key={d.key}>
              <text x={left - 6} y={cy} textAnchor="end" dominantBaseline="central" className="bar-tick" fill="currentColor">
                {shown !== d.label ? <title>{d.label}</title> : null}
                {shown}
              </text>
              <rect x={left} y={cy - barSize / 2} width={w} height={barSize} {...markAttributes(d, hasSelection, onToggle)} />
              <text x={left + w + 6} y={cy} dominantBaseline="central" className="bar-value" fill="currentColor">
                {d.text}
              </text>
            </g>
          );
        })}
      </svg>
    </div>
  );
});

/**
 * Whether this chart draws with Recharts; the swap is a transition, rendered in slices between
 * inputs. A chart always mounts with the plain bars and joins the swap queue: when many charts
 * mount at once (a register drawn after its loading state, a presentation scene), the commit
 * stays light and Recharts comes in a chart per idle moment, as on the first load.
 */
function useSwapped(): boolean {
  const [recharts, setRecharts] = useState(false);
  useEffect(() => {
    const update = () => startTransition(() => setRecharts(true));
    const stop = subscribe(update);
    if (isSwapped()) swapWhenIdle();
    return stop;
  }, []);
  return recharts;
}

export function Bars(props: BarsProps) {
  const recharts = useSwapped();
  if (!recharts) return <StaticBars {...props} />;
  // The chunk is already loaded: the fallback shows for a microtask at most.
  return (
    <Suspense fallback={<StaticBars {...props} />}>
      <BarsSvg {...props} />
    </Suspense>
  );
}
