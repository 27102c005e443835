/**
 * The bars of every chart panel. The first view draws them as plain SVG from the same layout and
 * mark attributes as the Recharts bars (bar-layout.ts), so the page needs no chart library to
 * show and click its first screen; the Recharts chunk (bars-svg.tsx, ~100 kB gzip) loads at the
 * reader's first input (pointer, key, touch, wheel) and then draws the bars, with the plain SVG
 * standing in until it arrives. Both carry the DOM contract (rect[data-key], role=button,
 * aria-pressed), so a click on either toggles the same filter.
 */
import { lazy, memo, Suspense, useSyncExternalStore } from 'react';
import { barLayout, fitLabel, markAttributes, useWidth } from './bar-layout';
import type { BarsProps } from './bars-svg';

const BarsSvg = lazy(() => import('./bars-svg'));

let wanted = false;
const listeners = new Set<() => void>();
const INPUTS = ['pointerdown', 'keydown', 'touchstart', 'wheel'] as const;

function want(): void {
  if (wanted) return;
  wanted = true;
  for (const type of INPUTS) window.removeEventListener(type, want, true);
  for (const l of listeners) l();
}

function subscribe(listener: () => void): () => void {
  if (!wanted && listeners.size === 0) for (const type of INPUTS) window.addEventListener(type, want, { capture: true, passive: true });
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const isWanted = () => wanted;

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

export function Bars(props: BarsProps) {
  const upgrade = useSyncExternalStore(subscribe, isWanted, isWanted);
  if (!upgrade) return <StaticBars {...props} />;
  return (
    <Suspense fallback={<StaticBars {...props} />}>
      <BarsSvg {...props} />
    </Suspense>
  );
}
