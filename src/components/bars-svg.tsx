/**
 * Horizontal bars drawn with Recharts (lazy chunk, shared by every chart panel). Each mark is
 * an SVG rect with data-key, a label, and — when interactive — role=button, aria-pressed,
 * click and Enter/Space to toggle. Values are printed beside the bars, so no tooltip is needed.
 */
import { memo } from 'react';
import { Bar, BarChart, LabelList, XAxis, YAxis, type BarShapeProps } from 'recharts';
import { barLayout, fitLabel, markAttributes, useWidth, type BarDatum } from './bar-layout';

export { fitLabel, type BarDatum };

export interface BarsProps {
  data: readonly BarDatum[];
  /** Dim unselected marks when the chart's own dimension has a selection. */
  hasSelection: boolean;
  onToggle?: (key: string) => void;
  /** Bar thickness in px (scales with the root font size in presentation mode). */
  barSize?: number;
  /** Label font size in px, for sizing the label and value columns. */
  labelPx?: number;
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
function propsEqual(a: BarsProps, b: BarsProps): boolean {
  return a.hasSelection === b.hasSelection && a.barSize === b.barSize && a.labelPx === b.labelPx && Boolean(a.onToggle) === Boolean(b.onToggle) && sameData(a.data, b.data);
}

export default memo(BarsSvg, propsEqual);

function BarsSvg({ data, hasSelection, onToggle, barSize = 22, labelPx = 13.6 }: BarsProps) {
  const [ref, width] = useWidth();
  const { labelWidth, height, valueRoom } = barLayout(data, width, barSize, labelPx);

  const shape = (props: BarShapeProps) => {
    const d = data[props.index];
    if (!d) return <g />;
    return <rect x={props.x} y={props.y} width={Math.max(2, props.width)} height={props.height} {...markAttributes(d, hasSelection, onToggle)} />;
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
