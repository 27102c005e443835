/**
 * What both bar renderers share: the bar datum, label width estimates and the chart's layout
 * (rows, label column, room for values), and the container width hook. The static first-paint
 * bars (bars.tsx) and the Recharts bars (bars-svg.tsx, lazy) draw the same marks at the same place.
 */
import { useLayoutEffect, useRef, useState, type KeyboardEvent, type SVGProps } from 'react';

export interface BarDatum {
  key: string;
  label: string;
  value: number;
  /** Text printed at the end of the bar (formatted value, basis note). */
  text: string;
  /** Accessible name of the mark. */
  ariaLabel: string;
  color: string;
  selected: boolean;
  /** Drawn lighter and dashed: a sum over named projects only, or a count by another method. */
  muted: boolean;
}

const FALLBACK_WIDTH = 480;
/** Estimated rendered width of a label (CJK glyphs about 1 em wide, Latin about 0.56 em), without measuring it in the DOM. */
export function textWidth(text: string, px: number): number {
  let w = 0;
  for (const ch of text) w += /[\u2e80-\u9fff\uff00-\uffef]/.test(ch) ? px : px * 0.56;
  return w;
}

/** Shorten a label with an ellipsis to fit `max` px (the full label stays in the mark's name and the table view). */
export function fitLabel(text: string, max: number, px: number): string {
  if (textWidth(text, px) <= max) return text;
  let out = '';
  for (const ch of text) {
    if (textWidth(`${out}${ch}…`, px) > max) break;
    out += ch;
  }
  return `${out.trimEnd()}…`;
}

/** The container's width, following resizes (fixed fallback where ResizeObserver is missing). */
export function useWidth(): [React.RefObject<HTMLDivElement | null>, number] {
  const ref = useRef<HTMLDivElement | null>(null);
  const [width, setWidth] = useState(FALLBACK_WIDTH);
  useLayoutEffect(function trackWidth() {
    const el = ref.current;
    if (!el) return;
    const measure = () => setWidth(el.clientWidth > 0 ? el.clientWidth : FALLBACK_WIDTH);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  return [ref, width];
}

/** Rows, label column and value room of a chart `width` px wide (as BarsSvg lays it out). */
export function barLayout(data: readonly BarDatum[], width: number, barSize: number, labelPx: number) {
  const rowHeight = barSize + 14;
  const labelWidth = Math.min(Math.round(width * 0.45), Math.max(48, 12 + Math.max(0, ...data.map((d) => textWidth(d.label, labelPx)))));
  const height = data.length * rowHeight + 8;
  // Room for the value printed after the longest bar.
  const valueRoom = Math.min(width * 0.4, 16 + Math.max(0, ...data.map((d) => textWidth(d.text, labelPx))));
  return { rowHeight, labelWidth, height, valueRoom };
}

/** A mark's look and behaviour: colour, selection, basis styling, and (when interactive) a toggle button. */
export function markAttributes(d: BarDatum, hasSelection: boolean, onToggle: ((key: string) => void) | undefined): SVGProps<SVGRectElement> & { 'data-key': string } {
  const dim = hasSelection && !d.selected;
  const onKeyDown = (e: KeyboardEvent<SVGRectElement>) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onToggle?.(d.key);
    }
  };
  return {
    rx: 3,
    fill: d.color,
    fillOpacity: dim ? 0.3 : d.muted ? 0.55 : 1,
    stroke: d.selected ? '#1a1d21' : d.muted ? d.color : 'none',
    strokeWidth: d.selected ? 3 : 1.5,
    ...(d.muted && !d.selected ? { strokeDasharray: '4 3' } : {}),
    className: `mark${d.selected ? ' is-selected' : ''}`,
    'data-key': d.key,
    'aria-label': d.ariaLabel,
    ...(onToggle ? { role: 'button', tabIndex: 0, 'aria-pressed': d.selected, onClick: () => onToggle(d.key), onKeyDown } : { role: 'img' as const }),
  };
}
