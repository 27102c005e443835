/**
 * The one store for filters and view state (zustand). Actions are plain module functions;
 * components select single values. The URL mirrors this state (see url-sync.ts).
 */
import { create } from 'zustand';
import type { InvestorKey, SectorKey, SigningKey, SizeKey, StageKey } from '../data/types';
import { EMPTY_FILTERS, type Dimension, type Filters } from '../domain/filters';
import type { Scene } from '../domain/tour';
import type { Lang } from '../domain/format';
import { canonical, DEFAULT_STATE, parseUrl, type DroppedParam, type MapMeasure, type Mode, type ViewState } from './url-codec';

export interface StoreState extends ViewState {
  /** URL values dropped at load or navigation; shown in a dismissible notice. */
  dropped: readonly DroppedParam[];
  /** A district code (or 'liangjiang') the project table asks the map to highlight; not in the URL. */
  highlight: string | null;
}

const INITIAL: StoreState = { ...DEFAULT_STATE, dropped: [], highlight: null };

export const useViewStore = create<StoreState>()(() => INITIAL);

type KeyOf<D extends Dimension> = D extends 'sectors'
  ? SectorKey
  : D extends 'investors'
    ? InvestorKey
    : D extends 'sizes'
      ? SizeKey
      : D extends 'signing'
        ? SigningKey
        : D extends 'stages'
          ? StageKey
          : string;

function withDimension(filters: Filters, dim: Dimension, values: readonly string[]): Filters {
  // canonical() only keeps known values of the dimension, so the narrowing below holds.
  return { ...filters, [dim]: canonical(dim, values) } as Filters;
}

export function toggleFilter<D extends Dimension>(dim: D, key: KeyOf<D>): void {
  const { filters } = useViewStore.getState();
  const current: readonly string[] = filters[dim];
  const next = current.includes(key) ? current.filter((k) => k !== key) : [...current, key];
  useViewStore.setState({ filters: withDimension(filters, dim, next) });
}

export function clearFilters(): void {
  useViewStore.setState({ filters: EMPTY_FILTERS });
}

export function setLang(lang: Lang): void {
  useViewStore.setState({ lang });
}

/** Show an imported register (its id) or the published figures (null). Filters stay: they name the same keys. */
export function setData(data: string | null): void {
  useViewStore.setState({ data });
}

export function setMode(mode: Mode): void {
  useViewStore.setState({ mode });
}

export function setMeasure(measure: MapMeasure): void {
  useViewStore.setState({ measure });
}

/** Apply a presentation scene: its filters, measure and map highlight. */
export function applyScene(scene: Pick<Scene, 'filters' | 'measure' | 'highlight'>): void {
  useViewStore.setState({ filters: scene.filters, measure: scene.measure, highlight: scene.highlight });
}

export function setScene(scene: number | null): void {
  useViewStore.setState({ scene });
}

/** Select an edition in the editions chart (null: none); the URL names it (edition=2023). */
export function setEdition(edition: number | null): void {
  useViewStore.setState({ edition });
}

export function dismissDropped(): void {
  useViewStore.setState({ dropped: [] });
}

/** Replace the whole view state from a query string (load, back/forward, pasted link). */
export function applySearch(search: string): void {
  const { state, dropped } = parseUrl(search);
  useViewStore.setState({ ...state, dropped });
}

export function setHighlight(highlight: string | null): void {
  useViewStore.setState({ highlight });
}

export function resetStore(): void {
  useViewStore.setState(INITIAL, true);
}
