/**
 * Horizontal bars drawn with Recharts (lazy chunk, shared by every chart panel). Each mark is
 * an SVG rect with data-key, a label, and — when interactive — role=button, aria-pressed,
 * click and Enter/Space to toggle. Values are printed beside the bars, so no tooltip is needed.
 */
import { memo, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { Bar, BarChart, LabelList, XAxis, YAxis, type BarShapeProps } from 'recharts';

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

interface Props {
  data: readonly BarDatum[];
  /** Dim unselected marks when the chart's own dimension has a selection. */
  hasSelection: boolean;
  onToggle?: (key: string) => void;
  /** Bar thickness in px (scales with the root font size in presentation mode). */
  barSize?: number;
  /** Label font size in px, for sizing the label and value columns. */
  labelPx?: number;
}

const FALLBACK_WIDTH = 480;
/** Estimated rendered width of a label (CJK glyphs about 1 em wide, Latin about 0.56 em), without measuring it in the DOM. */
function textWidth(text: string, px: number): number {
  let w = 0;
  for (const ch of text) w += /[\u2e80-\u9fff\uff00-\uffef]/.test(ch) ? px : px * 0.56;
  return w;
}

/*
 * Plain <text> for axis ticks and value labels: Recharts' own Text measures every string in
 * the DOM to wrap it, which is the costliest part of re-rendering a chart on a click.
 */
interface TickProps {
  x?: number | string | undefined;
  y?: number | string | undefined;
  payload?: { value?: unknown };
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

function tickRenderer(maxWidth: number, px: number) {
  return function renderTick({ x, y, payload }: TickProps) {
    const full = String(payload?.value ?? '');
    const shown = fitLabel(full, maxWidth, px);
    return (
      <text x={Number(x) - 6} y={Number(y)} textAnchor="end" dominantBaseline="central" className="bar-tick" fill="currentColor">
        {shown !== full ? <title>{full}</title> : null}
        {shown}
      </text>
    );
  };
}

interface ValueProps {
  x?: number | string | undefined;
  y?: number | string | undefined;
  width?: number | string | undefined;
  height?: number | string | undefined;
  value?: unknown;
}

function renderValue({ x, y, width, height, value }: ValueProps) {
  return (
    <text x={Number(x) + Math.max(2, Number(width)) + 6} y={Number(y) + Number(height) / 2} dominantBaseline="central" className="bar-value" fill="currentColor">
      {String(value ?? '')}
    </text>
  );
}

/** The container's width, following resizes (fixed fallback where ResizeObserver is missing). */
function useWidth(): [React.RefObject<HTMLDivElement | null>, number] {
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

function sameData(a: readonly BarDatum[], b: readonly BarDatum[]): boolean {
  return (
    a.length === b.length &&
    a.every((d, i) => {
      const e = b[i];
      return (
        e !== undefined &&
        d.key === e.key &&
        d.label === e.label &&
        d.value === e.value &&
        d.text === e.text &&
        d.ariaLabel === e.ariaLabel &&
        d.color === e.color &&
        d.selected === e.selected &&
        d.muted === e.muted
      );
    })
  );
}

/**
 * Re-render only when what is drawn changes: Recharts is the costliest part of a click, and a
 * cross-filter click leaves some charts as they were. Toggle handlers are equivalent across
 * renders (they only name their dimension), so their identity is ignored.
 */
function propsEqual(a: Props, b: Props): boolean {
  return a.hasSelection === b.hasSelection && a.barSize === b.barSize && a.labelPx === b.labelPx && Boolean(a.onToggle) === Boolean(b.onToggle) && sameData(a.data, b.data);
}

export default memo(BarsSvg, propsEqual);

function BarsSvg({ data, hasSelection, onToggle, barSize = 22, labelPx = 13.6 }: Props) {
  const [ref, width] = useWidth();
  const rowHeight = barSize + 14;
  const labelWidth = Math.min(Math.round(width * 0.45), Math.max(48, 12 + Math.max(0, ...data.map((d) => textWidth(d.label, labelPx)))));
  const height = data.length * rowHeight + 8;
  // Room for the value printed after the longest bar (about 0.6 em per character).
  const valueRoom = Math.min(width * 0.4, 16 + Math.max(0, ...data.map((d) => textWidth(d.text, labelPx))));

  const shape = (props: BarShapeProps) => {
    const d = data[props.index];
    if (!d) return <g />;
    const onKeyDown = (e: KeyboardEvent<SVGRectElement>) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        onToggle?.(d.key);
      }
    };
    const dim = hasSelection && !d.selected;
    return (
      <rect
        x={props.x}
        y={props.y}
        width={Math.max(2, props.width)}
        height={props.height}
        rx={3}
        fill={d.color}
        fillOpacity={dim ? 0.3 : d.muted ? 0.55 : 1}
        stroke={d.selected ? '#1a1d21' : d.muted ? d.color : 'none'}
        strokeWidth={d.selected ? 3 : 1.5}
        strokeDasharray={d.muted && !d.selected ? '4 3' : undefined}
        className={`mark${d.selected ? ' is-selected' : ''}`}
        data-key={d.key}
        aria-label={d.ariaLabel}
        {...(onToggle
          ? { role: 'button', tabIndex: 0, 'aria-pressed': d.selected, onClick: () => onToggle(d.key), onKeyDown }
          : { role: 'img' })}
      />
    );
  };

  return (
    <div ref={ref} className="bars">
      <BarChart
        width={width}
        height={height}
        data={[...data]}
        layout="vertical"
        margin={{ top: 4, right: valueRoom, bottom: 4, left: 4 }}
        accessibilityLayer={false}
      >
        <XAxis type="number" hide domain={[0, (max: number) => (max > 0 ? max : 1)]} />
        <YAxis type="category" dataKey="label" width={labelWidth} tickLine={false} axisLine={false} tick={tickRenderer(labelWidth - 10, labelPx)} interval={0} />
        <Bar dataKey="value" barSize={barSize} isAnimationActive={false} shape={shape}>
          <LabelList dataKey="text" content={renderValue} />
        </Bar>
      </BarChart>
    </div>
  );
}
