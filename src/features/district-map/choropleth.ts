/**
 * Choropleth classes for the district map (plain TS). A district with no named project is a
 * class of its own ("none"), distinct from a zero; one whose named projects have no published
 * amount is "unstated" (hatched) when colouring by amount.
 */
import type { DistrictCell } from '../../domain/engine';
import type { MapMeasure } from '../../stores/url-codec';

/** ColorBrewer Blues (colour-blind safe), light to dark: more is darker on a light page. */
export const RAMP = ['#c6dbef', '#6baed6', '#2171b5', '#08306b'] as const;
/** On the presenter's dark screen more is lighter, so the top class stands out. */
export const RAMP_DARK = ['#24456b', '#2f6fa8', '#5fa8e0', '#bfe0ff'] as const;
export const NONE_FILL = '#f1f2f4';
export const NONE_FILL_DARK = '#262e39';
export const UNSTATED_FILL = 'url(#map-hatch-unstated)';

export interface MapPalette {
  ramp: readonly [string, string, string, string];
  none: string;
  /** Outline of a functional area (dashed overlay). */
  area: string;
}

export const LIGHT_PALETTE: MapPalette = { ramp: RAMP, none: NONE_FILL, area: '#6a3d9a' };
export const DARK_PALETTE: MapPalette = { ramp: RAMP_DARK, none: NONE_FILL_DARK, area: '#d9c2ec' };

export interface Bin {
  from: number;
  to: number;
  color: string;
}

export type CellClass = { kind: 'none' } | { kind: 'unstated' } | { kind: 'value'; value: number; color: string };

export function measureOf(cell: DistrictCell, measure: MapMeasure): number {
  return measure === 'amount' ? cell.amount : cell.projects;
}

/** Equal-interval bins from 0 to the maximum; integer bins when counting a few projects. */
export function binsFor(cells: readonly DistrictCell[], measure: MapMeasure, ramp: MapPalette['ramp'] = RAMP): Bin[] {
  const max = Math.max(0, ...cells.map((c) => measureOf(c, measure)));
  if (max <= 0) return [];
  if (measure === 'count' && max <= ramp.length) {
    return Array.from({ length: max }, (_, i) => ({ from: i + 1, to: i + 1, color: ramp[Math.min(ramp.length - 1, i + ramp.length - max)] ?? ramp[0] }));
  }
  const step = niceCeil(max / ramp.length);
  return ramp.map((color, i) => ({ from: i === 0 ? 0 : step * i, to: step * (i + 1), color }));
}

/** The smallest "nice" number (1, 2, 2.5, 5 × 10^k) at or above x, so legend edges read well. */
export function niceCeil(x: number): number {
  const k = Math.pow(10, Math.floor(Math.log10(x)));
  const m = [1, 2, 2.5, 5, 10].find((n) => n * k >= x - 1e-9) ?? 10;
  return m * k;
}

export function classify(cell: DistrictCell, measure: MapMeasure, bins: readonly Bin[]): CellClass {
  if (cell.projects === 0) return { kind: 'none' };
  const value = measureOf(cell, measure);
  if (measure === 'amount' && value === 0) return { kind: 'unstated' };
  const bin = bins.find((b) => value <= b.to) ?? bins[bins.length - 1];
  return { kind: 'value', value, color: bin?.color ?? RAMP[3] };
}

export function fillOf(c: CellClass, none: string = NONE_FILL): string {
  switch (c.kind) {
    case 'none':
      return none;
    case 'unstated':
      return UNSTATED_FILL;
    case 'value':
      return c.color;
  }
}
