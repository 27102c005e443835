/**
 * The one bar renderer: horizontal bars drawn with Recharts, used by every chart panel (sector,
 * investor, size, signing, editions, the progress panel's stages and editions). Each mark is an
 * SVG rect with data-key, an accessible name and — when interactive — role=button, aria-pressed,
 * click and Enter/Space to toggle. Values are printed beside the bars, so no tooltip is needed;
 * the unit, when given, is said once above them. Labels are measured and wrap (label-wrap.ts).
 */
import { memo, useId, useLayoutEffect, useMemo, useRef, useState, type CSSProperties, type FocusEvent, type KeyboardEvent, type RefObject, type SVGProps } from 'react';
import { Bar, BarChart, XAxis, YAxis, type BarShapeProps } from 'recharts';
import { labelColumn, textMeasure, wrapText } from './label-wrap';

export interface BarDatum {
  key: string;
  label: string;
  /** Where the bar ends (0 for a row drawn without a bar). */
  value: number;
  /** Text printed at the end of the bar (formatted value, basis note), or in the plot when there is no bar. */
  text: string;
  /** Accessible name of the mark. */
  ariaLabel: string;
  color: string;
  selected: boolean;
  /** Drawn lighter and dashed: a sum over named projects only, or a count by another method. */
  muted: boolean;
  /**
   * What the mark stands for, written as its data-mark: 'exact' (the default, not written),
   * 'lower-bound' (the bar's end is open: the fill fades past the value and a chevron says
   * "more"), or 'none' (no bar: the row stays selectable over the plot, its text says why).
   */
  mark?: 'exact' | 'lower-bound' | 'none';
}

export interface BarsProps {
  data: readonly BarDatum[];
  /** Dim unselected marks when the chart's own dimension has a selection. */
  hasSelection: boolean;
  /** Toggle a key's selection. Its identity is ignored (see propsEqual): it must only name its dimension. */
  onToggle?: (key: string) => void;
  /** Bar thickness in px (scales with the root font size in presentation mode). */
  barSize?: number;
  /** Label font size in px, for sizing the label and value columns. */
  labelPx?: number;
  /** Accessible name of the chart's drawing (the editions chart names its group). */
  ariaLabel?: string;
  /** The unit of the printed values, said once above them ("单位：亿元"); the bar ends then print numbers only. */
  unit?: string;
}

/** Before the first measurement, and where the container has no layout (jsdom). */
const FALLBACK_WIDTH = 480;
const FALLBACK_FAMILY = 'sans-serif';

/** The container's width and font family, following resizes: the chart is drawn at a computed size, never measured by Recharts. */
function useBox(): [RefObject<HTMLDivElement | null>, number, string, number] {
  const ref = useRef<HTMLDivElement | null>(null);
  const [box, setBox] = useState<{ width: number; family: string; room: number }>({ width: FALLBACK_WIDTH, family: FALLBACK_FAMILY, room: 0 });
  useLayoutEffect(function trackWidth() {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const width = el.clientWidth > 0 ? el.clientWidth : FALLBACK_WIDTH;
      const style = getComputedStyle(el);
      const family = style.fontFamily || FALLBACK_FAMILY;
      // A chart that is a scene's hero fills its frame: the stylesheet says so (--bars-fill) and
      // gives the drawing its height, which the bars then grow into (present-stage.css).
      const room = style.getPropertyValue('--bars-fill').trim() === '1' ? el.clientHeight : 0;
      setBox((b) => (b.width === width && b.family === family && b.room === room ? b : { width, family, room }));
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  return [ref, box.width, box.family, box.room];
}

/** A mark's look and behaviour: colour, selection, basis styling, and (when interactive) a toggle button. */
function markAttributes(d: BarDatum, hasSelection: boolean, onToggle: ((key: string) => void) | undefined): SVGProps<SVGRectElement> & { 'data-key': string } {
  const dim = hasSelection && !d.selected;
  const drawn = d.mark !== 'none';
  const onKeyDown = (e: KeyboardEvent<SVGRectElement>) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onToggle?.(d.key);
    }
  };
  return {
    rx: drawn && d.mark !== 'lower-bound' ? 3 : 0,
    // A row without a bar has an invisible hit area: nothing in it can be read as a value.
    fill: drawn ? d.color : 'transparent',
    fillOpacity: !drawn ? 0 : dim ? 0.3 : d.muted ? 0.55 : 1,
    stroke: d.selected ? 'currentColor' : drawn && d.muted ? d.color : 'none',
    strokeWidth: d.selected ? 3 : 1.5,
    ...(d.selected && !drawn ? { strokeDasharray: '6 4' } : d.muted && !d.selected ? { strokeDasharray: '4 3' } : {}),
    className: `mark${d.selected ? ' is-selected' : ''}`,
    'data-key': d.key,
    ...(d.mark ? { 'data-mark': d.mark } : {}),
    'aria-label': d.ariaLabel,
    ...(onToggle ? { role: 'button', tabIndex: 0, 'aria-pressed': d.selected, onClick: () => onToggle(d.key), onKeyDown } : { role: 'img' as const }),
  };
}

/*
 * Plain <text> for axis ticks and value texts: Recharts' own Text measures every string in
 * the DOM to wrap it, which is the costliest part of re-rendering a chart on a click.
 */
interface TickProps {
  x?: number | string | undefined;
  y?: number | string | undefined;
  payload?: { value?: unknown };
}

/** Category labels as measured lines (label-wrap.ts), centred on their band: whole labels, never cut. */
function tickRenderer(lines: ReadonlyMap<string, readonly string[]>, px: number, lineHeight: number) {
  return function renderTick({ x, y, payload }: TickProps) {
    const full = String(payload?.value ?? '');
    const shown = lines.get(full) ?? [full];
    const top = Number(y) - ((shown.length - 1) * lineHeight) / 2;
    return (
      <text x={Number(x) - 6} y={top} textAnchor="end" dominantBaseline="central" className="bar-tick" fill="currentColor" fontSize={px}>
        {shown.map((l, i) => (
          <tspan key={i} x={Number(x) - 6} y={top + i * lineHeight}>
            {l}
          </tspan>
        ))}
      </text>
    );
  };
}

/** The value axis starts at 0 (an all-zero chart still has a scale). Module-level: a new domain would make Recharts lay the chart out again. */
const VALUE_DOMAIN: [number, (max: number) => number] = [0, (max) => (max > 0 ? max : 1)];

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
        d.muted === e.muted &&
        d.mark === e.mark
      );
    })
  );
}

/**
 * Re-render only when what is drawn changes: Recharts is the costliest part of a click, and a
 * cross-filter click leaves some charts as they were. Toggle handlers are equivalent across
 * renders (they only name their dimension), so their identity is ignored.
 */
function propsEqual(a: BarsProps, b: BarsProps): boolean {
  return (
    a.hasSelection === b.hasSelection &&
    a.barSize === b.barSize &&
    a.labelPx === b.labelPx &&
    a.ariaLabel === b.ariaLabel &&
    a.unit === b.unit &&
    Boolean(a.onToggle) === Boolean(b.onToggle) &&
    sameData(a.data, b.data)
  );
}

/**
 * Keep focus on a mark across redraws. Recharts remounts a chart's marks when its layout changes
 * (its animation key follows the laid-out data: new values, labels or width), which would drop
 * a keyboard user's focus to the page; the new mark with the same key takes it back as it
 * mounts. Focus moved elsewhere, or left on the page by a click outside, is never taken back.
 */
function useKeptFocus() {
  const focused = useRef<{ el: Element; key: string } | null>(null);
  /** Ref callback of each mark. */
  const claim = (el: SVGRectElement | null) => {
    const f = focused.current;
    const key = el?.getAttribute('data-key');
    if (!el || !f || f.key !== key || f.el === el || f.el.isConnected) return;
    const active = document.activeElement;
    if (active !== null && active !== document.body) return;
    focused.current = { el, key };
    el.focus();
  };
  const onFocus = (e: FocusEvent<HTMLDivElement>) => {
    const key = e.target.getAttribute('data-key');
    focused.current = key === null ? null : { el: e.target, key };
  };
  const onBlur = (e: FocusEvent<HTMLDivElement>) => {
    const f = focused.current;
    if (!f) return;
    if (e.relatedTarget !== null) focused.current = null;
    // A mark still on the page a frame after losing focus was left by a click outside, not removed.
    else
      requestAnimationFrame(() => {
        if (focused.current === f && f.el.isConnected) focused.current = null;
      });
  };
  return { claim, handlers: { onFocus, onBlur } };
}

/** The label column may take this much of the chart's width; longer labels wrap so the bars keep the rest. */
const LABEL_SHARE = 0.34;

/** How much larger than its own size a chart filling a frame may be drawn. */
const MAX_FILL_SCALE = 2.2;
/** …and its type at most this much larger. */
const MAX_TYPE_SCALE = 1.4;

export const Bars = memo(function Bars({ data, hasSelection, onToggle, barSize: baseBar = 22, labelPx: baseLabel = 13.6, ariaLabel, unit }: BarsProps) {
  const [ref, width, family, room] = useBox();
  // Filling a frame: bars and type grow together until the rows use its height (a scene's hero
  // chart is not a small chart in a large empty panel). The scale is the room over the chart's
  // own height at one line a row, with a margin for labels that wrap.
  const ownHeight = data.length * Math.max(baseBar + 14, Math.round(baseLabel * 1.2) + 4) + 8 + (unit ? Math.round(baseLabel * 1.2) : 0);
  const scale = room > 0 ? Math.max(1, Math.min(MAX_FILL_SCALE, (room * 0.9) / ownHeight)) : 1;
  // The bars take most of the growth; type grows less, so long labels keep their room.
  const typeScale = Math.min(scale, MAX_TYPE_SCALE);
  const barSize = Math.round(baseBar * scale);
  const labelPx = baseLabel * typeScale;
  const keptFocus = useKeptFocus();
  // What Recharts lays out: only labels and values. A click that changes only the selection
  // keeps this array, so Recharts keeps its layout and its marks (and their focus).
  const layoutKey = JSON.stringify(data.map((d) => [d.label, d.value]));
  const rows = useMemo(() => (JSON.parse(layoutKey) as [string, number][]).map(([label, value]) => ({ label, value })), [layoutKey]);
  const measure = useMemo(() => textMeasure(labelPx, family), [labelPx, family]);
  // The label column is as wide as the widest label measured, up to a share of the width;
  // a label wider than that wraps onto more lines (every row gets the tallest row's height).
  const labelWidth = labelColumn(data.map((d) => d.label), measure, Math.max(96, Math.round(width * LABEL_SHARE)), 16);
  const labelLines = useMemo(() => new Map(data.map((d) => [d.label, wrapText(d.label, labelWidth - 10, measure)] as const)), [data, labelWidth, measure]);
  const lineHeight = Math.round(labelPx * 1.2);
  const maxLines = Math.max(1, ...[...labelLines.values()].map((l) => l.length));
  // The unit line is a little smaller than the labels; the rows give up a little of their gap
  // for it, so a chart with its unit is about as tall as it was with units at every bar end.
  const unitRoom = unit ? Math.round(labelPx * 1.2) : 0;
  const shave = Math.min(5, unitRoom / Math.max(1, data.length));
  const rowHeight = Math.max(barSize + 14 - shave, maxLines * lineHeight + 4);
  const height = data.length * rowHeight + 8 + unitRoom;
  // An open end needs room beyond its bar; a row without a bar prints its text in the plot.
  const openRoom = data.some((d) => d.mark === 'lower-bound') ? barSize * 1.6 : 0;
  const valueRoom = Math.min(width * 0.4, 16 + openRoom + Math.max(0, ...data.filter((d) => d.mark !== 'none').map((d) => measure(d.text))));
  const plot = Math.max(40, width - 4 - labelWidth - valueRoom);
  // Recharts lays the chart out again (and remounts its marks) when its settings change
  // identity: margin and tick renderer are kept while their inputs stay.
  const margin = useMemo(() => ({ top: 4 + unitRoom, right: valueRoom, bottom: 4, left: 4 }), [valueRoom, unitRoom]);
  const tick = useMemo(() => tickRenderer(labelLines, labelPx, lineHeight), [labelLines, labelPx, lineHeight]);
  const gradientId = `open-end${useId().replace(/[^\w-]/g, '')}`;

  const shape = (props: BarShapeProps) => {
    const d = data[props.index];
    if (!d) return <g />;
    const { x, y, height: h } = props;
    const none = d.mark === 'none';
    const open = d.mark === 'lower-bound';
    const w = none ? plot : Math.max(2, props.width);
    const end = x + (none ? 0 : w + (open ? openRoom : 0));
    return (
      <g>
        {unit && props.index === 0 ? (
          <text x={x} y={4 + unitRoom / 2} dominantBaseline="central" className="bar-unit" fill="currentColor" fontSize={Math.round(labelPx * 0.85 * 10) / 10} pointerEvents="none">
            {unit}
          </text>
        ) : null}
        {open ? (
          // The open end: the fill fades out past the printed amount, and a chevron says "more".
          <g aria-hidden="true" opacity={hasSelection && !d.selected ? 0.3 : 1}>
            <rect x={x + w} y={y} width={openRoom * 0.8} height={h} fill={`url(#${gradientId})`} />
            <path d={`M ${x + w + openRoom * 0.55} ${y + h * 0.2} L ${x + w + openRoom * 0.85} ${y + h / 2} L ${x + w + openRoom * 0.55} ${y + h * 0.8}`} fill="none" stroke="currentColor" strokeWidth={2} />
          </g>
        ) : null}
        <rect ref={keptFocus.claim} x={x} y={y} width={w} height={h} {...markAttributes(d, hasSelection, onToggle)} />
        <text x={end + (none ? 4 : 6)} y={y + h / 2} dominantBaseline="central" className={`bar-value${none ? ' bar-absent-text' : ''}`} fill="currentColor" fontSize={labelPx} pointerEvents="none">
          {d.text}
        </text>
      </g>
    );
  };

  const openColor = data.find((d) => d.mark === 'lower-bound')?.color;
  return (
    <div ref={ref} className="bars" style={typeScale > 1 ? ({ '--bars-scale': String(typeScale) } as CSSProperties) : undefined} {...(ariaLabel ? { role: 'group', 'aria-label': ariaLabel } : {})} {...keptFocus.handlers}>
      <BarChart
        width={width}
        height={height}
        data={rows}
        layout="vertical"
        margin={margin}
        accessibilityLayer={false}
      >
        {openColor ? (
          <defs>
            <linearGradient id={gradientId} x1="0" x2="1" y1="0" y2="0">
              <stop offset="0" stopColor={openColor} stopOpacity="1" />
              <stop offset="1" stopColor={openColor} stopOpacity="0" />
            </linearGradient>
          </defs>
        ) : null}
        <XAxis type="number" hide domain={VALUE_DOMAIN} />
        <YAxis type="category" dataKey="label" width={labelWidth} tickLine={false} axisLine={false} tick={tick} interval={0} />
        <Bar dataKey="value" barSize={barSize} isAnimationActive={false} shape={shape} />
      </BarChart>
    </div>
  );
}, propsEqual);
