/**
 * Presentation tours (plain TS): a scene is a saved filter state with a title and a one-line
 * talking point in both languages, and the panels it shows. Includes the validator used for
 * tours loaded from localStorage or imported from a file, and the scene-navigation reducer.
 */
import { AREA_KEYS } from '../data/areas';
import { INVESTOR_KEYS, SECTOR_KEYS, SIGNING_KEYS, SIZE_KEYS, STAGE_KEYS, YEAR_KEYS, type Filters } from './filters';
import { PLACE_KEYS } from './places';

export const PANELS = ['map', 'sector', 'investor', 'size', 'signing', 'editions', 'projects', 'progress', 'monthly'] as const;
export type PanelId = (typeof PANELS)[number];

export interface Scene {
  id: string;
  title: { zh: string; en: string };
  point: { zh: string; en: string };
  filters: Filters;
  /** One or two panels shown beside the KPIs. */
  panels: readonly PanelId[];
  /** Outline on the map: a district code or a functional area's key. */
  highlight: string | null;
  measure: 'amount' | 'count';
}

export const TOUR_FORMAT = 'cq-expo-tour';
export const TOUR_VERSION = 1;
export const MAX_SCENES = 50;
/**
 * A tour file (or the stored tour) larger than this is refused before it is parsed: 50 scenes
 * take about 50 kB, and the check's cost grows with the size, so this bounds it (well under
 * 50 ms on the main thread, docs/benchmarks.md).
 */
export const MAX_TOUR_BYTES = 1024 * 1024;
/** A filter or panel list longer than this is refused whole (there are 38 districts). */
export const MAX_LIST = 64;
/** Problems listed in full; past this they are counted per kind ("… and 999 more"). */
export const MAX_TOUR_PROBLEMS = 200;

export interface TourFile {
  format: typeof TOUR_FORMAT;
  version: typeof TOUR_VERSION;
  scenes: Scene[];
}

export type TourCheck = { ok: true; scenes: Scene[] } | { ok: false; errors: string[] };

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function text(x: unknown, max = 200): string | null {
  return typeof x === 'string' && x.trim() !== '' && x.length <= max ? x.trim() : null;
}

function pair(x: unknown, where: string, errors: string[]): { zh: string; en: string } | null {
  if (!isRecord(x)) {
    errors.push(`${where}: needs "zh" and "en" text`);
    return null;
  }
  const zh = text(x.zh);
  const en = text(x.en);
  if (zh === null) errors.push(`${where}.zh: missing, empty or longer than 200 characters`);
  if (en === null) errors.push(`${where}.en: missing, empty or longer than 200 characters`);
  return zh !== null && en !== null ? { zh, en } : null;
}

/** A value as a problem message quotes it: short, and never the whole of a huge value. */
function quote(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  if (typeof v === 'number' || typeof v === 'boolean' || v === null) return String(v);
  return Array.isArray(v) ? 'a list' : typeof v === 'object' ? 'an object' : typeof v;
}

function keys<K extends string>(x: unknown, allowed: readonly K[], where: string, errors: string[]): K[] {
  if (x === undefined) return [];
  if (!Array.isArray(x)) {
    errors.push(`${where}: must be a list`);
    return [];
  }
  if (x.length > MAX_LIST) {
    errors.push(`${where}: ${x.length} values (at most ${MAX_LIST})`);
    return [];
  }
  const bad = x.filter((v) => typeof v !== 'string' || !(allowed as readonly string[]).includes(v));
  if (bad.length > 0) errors.push(`${where}: unknown value(s) ${bad.slice(0, 5).map(quote).join(', ')}${bad.length > 5 ? ` and ${bad.length - 5} more` : ''}`);
  return allowed.filter((k) => x.includes(k));
}


function isPanel(x: unknown): x is PanelId {
  return typeof x === 'string' && (PANELS as readonly string[]).includes(x);
}

/** Known panel ids in the given order, without repeats. */
function orderedPanels(list: readonly unknown[]): PanelId[] {
  const out: PanelId[] = [];
  for (const x of list) if (isPanel(x) && !out.includes(x)) out.push(x);
  return out;
}

/** Check a whole tour file; every problem is reported, with the scene number and field. */
export function checkTour(input: unknown): TourCheck {
  const errors: string[] = [];
  if (!isRecord(input) || input.format !== TOUR_FORMAT) return { ok: false, errors: [`not a tour file (expected "format": "${TOUR_FORMAT}")`] };
  if (input.version !== TOUR_VERSION) return { ok: false, errors: [`unsupported tour version ${quote(input.version)} (expected ${TOUR_VERSION})`] };
  if (!Array.isArray(input.scenes) || input.scenes.length === 0) return { ok: false, errors: ['"scenes" must be a non-empty list'] };
  if (input.scenes.length > MAX_SCENES) return { ok: false, errors: [`too many scenes (${input.scenes.length}; at most ${MAX_SCENES})`] };
  const scenes: Scene[] = [];
  const ids = new Set<string>();
  input.scenes.forEach((raw: unknown, i: number) => {
    const where = `scene ${i + 1}`;
    const before = errors.length;
    if (!isRecord(raw)) {
      errors.push(`${where}: not an object`);
      return;
    }
    const id = text(raw.id, 80) ?? `scene-${i + 1}`;
    if (ids.has(id)) errors.push(`${where}.id: ${quote(id)} is used twice`);
    ids.add(id);
    const title = pair(raw.title, `${where}.title`, errors);
    const point = pair(raw.point, `${where}.point`, errors);
    const f = isRecord(raw.filters) ? raw.filters : {};
    if (raw.filters !== undefined && !isRecord(raw.filters)) errors.push(`${where}.filters: must be an object`);
    const filters: Filters = {
      districts: keys(f.districts, PLACE_KEYS, `${where}.filters.districts`, errors),
      sectors: keys(f.sectors, SECTOR_KEYS, `${where}.filters.sectors`, errors),
      investors: keys(f.investors, INVESTOR_KEYS, `${where}.filters.investors`, errors),
      sizes: keys(f.sizes, SIZE_KEYS, `${where}.filters.sizes`, errors),
      signing: keys(f.signing, SIGNING_KEYS, `${where}.filters.signing`, errors),
      stages: keys(f.stages, STAGE_KEYS, `${where}.filters.stages`, errors),
      years: keys(f.years, YEAR_KEYS, `${where}.filters.years`, errors),
    };
    // Panels keep the author's order (left to right); filter values are sets.
    keys(raw.panels, PANELS, `${where}.panels`, errors);
    const panels = Array.isArray(raw.panels) ? orderedPanels(raw.panels) : [];
    if (panels.length < 1 || panels.length > 2) errors.push(`${where}.panels: one or two panels, not ${panels.length}`);
    const highlight = raw.highlight === undefined || raw.highlight === null ? null : raw.highlight;
    if (highlight !== null && (typeof highlight !== 'string' || !PLACE_KEYS.includes(highlight))) {
      errors.push(`${where}.highlight: must be a district code or an area key (${AREA_KEYS.join(', ')})`);
    }
    const measure = raw.measure === undefined ? 'amount' : raw.measure;
    if (measure !== 'amount' && measure !== 'count') errors.push(`${where}.measure: must be "amount" or "count"`);
    if (errors.length === before && title && point) {
      scenes.push({
        id,
        title,
        point,
        filters,
        panels,
        highlight: typeof highlight === 'string' ? highlight : null,
        measure: measure === 'count' ? 'count' : 'amount',
      });
    }
  });
  return errors.length > 0 ? { ok: false, errors: capProblems(errors) } : { ok: true, scenes };
}

/** At most MAX_TOUR_PROBLEMS lines, then one line for the rest (the structure caps bound the count anyway). */
function capProblems(errors: string[]): string[] {
  if (errors.length <= MAX_TOUR_PROBLEMS) return errors;
  return [...errors.slice(0, MAX_TOUR_PROBLEMS), `… and ${errors.length - MAX_TOUR_PROBLEMS} more problems`];
}

export function tourFile(scenes: readonly Scene[]): TourFile {
  return { format: TOUR_FORMAT, version: TOUR_VERSION, scenes: [...scenes] };
}

/* ---------- scene navigation ---------- */

export interface PresenterState {
  /** 0-based scene index. */
  index: number;
  count: number;
  paused: boolean;
  blackout: boolean;
}

export type PresenterAction =
  | { type: 'next' }
  | { type: 'prev' }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'goto'; index: number }
  | { type: 'advance' }
  | { type: 'toggle-pause' }
  | { type: 'pause' }
  | { type: 'toggle-blackout' }
  | { type: 'set-count'; count: number };

function clamp(index: number, count: number): number {
  return Math.max(0, Math.min(count - 1, index));
}

/**
 * Manual navigation pauses auto-advance (the presenter has taken over); 'advance' is the
 * timer's step and wraps around to the first scene. Blackout holds the tour.
 */
export function presenterReducer(state: PresenterState, action: PresenterAction): PresenterState {
  switch (action.type) {
    case 'next':
      return { ...state, index: clamp(state.index + 1, state.count), paused: true };
    case 'prev':
      return { ...state, index: clamp(state.index - 1, state.count), paused: true };
    case 'first':
      return { ...state, index: 0, paused: true };
    case 'last':
      return { ...state, index: clamp(state.count - 1, state.count), paused: true };
    case 'goto':
      return { ...state, index: clamp(action.index, state.count), paused: true };
    case 'advance':
      if (state.paused || state.blackout || state.count === 0) return state;
      return { ...state, index: (state.index + 1) % state.count };
    case 'toggle-pause':
      return { ...state, paused: !state.paused };
    case 'pause':
      return state.paused ? state : { ...state, paused: true };
    case 'toggle-blackout':
      return { ...state, blackout: !state.blackout };
    case 'set-count':
      return { ...state, count: action.count, index: clamp(state.index, Math.max(1, action.count)) };
  }
}

/** The action a key press asks for, or null (clicker keys included). */
export function actionForKey(key: string): PresenterAction | 'fullscreen' | 'leave' | null {
  switch (key) {
    case 'ArrowRight':
    case 'PageDown':
    case ' ':
      return { type: 'next' };
    case 'ArrowLeft':
    case 'PageUp':
      return { type: 'prev' };
    case 'Home':
      return { type: 'first' };
    case 'End':
      return { type: 'last' };
    case 'b':
    case 'B':
    case '.':
      return { type: 'toggle-blackout' };
    case 'p':
    case 'P':
      return { type: 'toggle-pause' };
    case 'f':
    case 'F':
      return 'fullscreen';
    case 'Escape':
      return 'leave';
    default:
      return null;
  }
}
