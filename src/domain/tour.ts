/**
 * Presentation tours (plain TS): a scene is a saved filter state with a title and a one-line
 * talking point in both languages, and the panels it shows. Includes the validator used for
 * tours loaded from localStorage or imported from a file, and the scene-navigation reducer.
 */
import { AREA_KEYS } from '../data/areas';
import { INVESTOR_KEYS, SECTOR_KEYS, SIGNING_KEYS, SIZE_KEYS, STAGE_KEYS, YEAR_KEYS, type Filters } from './filters';
import { PLACE_KEYS } from './places';
import * as v from 'valibot';

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
  /**
   * What the scene leads with on stage (optional; domain/scene-hero.ts decides, and shows a
   * figure only when one is published for the filters). Tours without it read as before.
   */
  hero?: SceneHeroWish;
}

export const HERO_WISHES = ['figure', ...PANELS] as const;
export type SceneHeroWish = (typeof HERO_WISHES)[number];

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

/** A value as a problem message quotes it: short, and never the whole of a huge value. */
function quote(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  if (typeof v === 'number' || typeof v === 'boolean' || v === null) return String(v);
  return Array.isArray(v) ? 'a list' : typeof v === 'object' ? 'an object' : typeof v;
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

/* ---------- the tour file's schema (valibot) ---------- */

const TEXT = 'missing, empty or longer than 200 characters';
const text = v.pipe(v.string(TEXT), v.maxLength(200, TEXT), v.trim(), v.nonEmpty(TEXT));
const pair = v.object({ zh: text, en: text }, 'needs "zh" and "en" text');

/** A list of at most MAX_LIST known values; unknown ones are quoted (five at most, each cut short). */
function values(allowed: readonly string[]) {
  return v.pipe(
    v.optional(v.array(v.unknown(), 'must be a list'), []),
    v.maxLength(MAX_LIST, (issue) => `${issue.input.length} values (at most ${MAX_LIST})`),
    v.check(
      (xs) => xs.length > MAX_LIST || xs.every((x) => typeof x === 'string' && allowed.includes(x)),
      (issue) => {
        const bad = issue.input.filter((x) => typeof x !== 'string' || !allowed.includes(x));
        return `unknown value(s) ${bad.slice(0, 5).map(quote).join(', ')}${bad.length > 5 ? ` and ${bad.length - 5} more` : ''}`;
      },
    ),
  );
}

/** Filter values are sets: the known ones, in the vocabulary's order. */
const keysOf = <K extends string>(allowed: readonly K[]) => v.pipe(values(allowed), v.transform((xs) => allowed.filter((k) => xs.includes(k))));

const FILTERS = {
  districts: keysOf(PLACE_KEYS),
  sectors: keysOf(SECTOR_KEYS),
  investors: keysOf(INVESTOR_KEYS),
  sizes: keysOf(SIZE_KEYS),
  signing: keysOf(SIGNING_KEYS),
  stages: keysOf(STAGE_KEYS),
  years: keysOf(YEAR_KEYS),
};

const SCENE = {
  /** A missing or unusable id is replaced by the scene's number. */
  id: v.fallback(v.optional(v.pipe(v.string(), v.maxLength(80), v.trim(), v.nonEmpty())), undefined),
  title: pair,
  point: pair,
  filters: v.optional(v.object(FILTERS, 'must be an object'), {}),
  // Panels keep the author's order (left to right).
  panels: v.pipe(
    values(PANELS),
    v.check(
      (xs) => orderedPanels(xs).length >= 1 && orderedPanels(xs).length <= 2,
      (issue) => `one or two panels, not ${orderedPanels(issue.input).length}`,
    ),
    v.transform((xs: unknown[]) => orderedPanels(xs)),
  ),
  highlight: v.nullish(v.custom<string>((x) => typeof x === 'string' && PLACE_KEYS.includes(x), `must be a district code or an area key (${AREA_KEYS.join(', ')})`), null),
  measure: v.optional(v.picklist(['amount', 'count'], 'must be "amount" or "count"'), 'amount'),
  hero: v.optional(v.picklist(HERO_WISHES, `must be one of ${HERO_WISHES.join(', ')}`)),
};

const SceneSchema = v.object(SCENE, 'not an object');
const SceneIdSchema = v.object({ id: SCENE.id });

/** What a missing key should have been: its own schema's message for "nothing". */
const MISSING: Record<string, string> = Object.fromEntries(
  Object.entries({ ...SCENE, ...pair.entries }).map(([key, schema]) => [key, v.safeParse(schema, undefined).issues?.[0].message ?? '']),
);

/** One schema issue as "scene 2.title.zh: what is wrong". */
function sceneProblem(where: string, issue: v.BaseIssue<unknown>): string {
  const keys = (issue.path ?? []).map((item) => item.key);
  const last = String(keys[keys.length - 1]);
  const missing = issue.received === 'undefined' && issue.expected === `"${last}"`;
  return `${[where, ...keys.map(String)].join('.')}: ${missing ? (MISSING[last] ?? issue.message) : issue.message}`;
}

const NOT_A_TOUR = `not a tour file (expected "format": "${TOUR_FORMAT}")`;
const NOT_A_LIST = '"scenes" must be a non-empty list';
const unsupported = (version: unknown) => `unsupported tour version ${quote(version)} (expected ${TOUR_VERSION})`;

/** The file's head: the first thing wrong with it is all that is said. */
const TourHeadSchema = v.object(
  {
    format: v.literal(TOUR_FORMAT, NOT_A_TOUR),
    version: v.literal(TOUR_VERSION, (issue) => unsupported(issue.input)),
    scenes: v.pipe(v.array(v.unknown(), NOT_A_LIST), v.nonEmpty(NOT_A_LIST), v.maxLength(MAX_SCENES, (issue) => `too many scenes (${issue.input.length}; at most ${MAX_SCENES})`)),
  },
  (issue) => (issue.expected === '"version"' ? unsupported(undefined) : issue.expected === '"scenes"' ? NOT_A_LIST : NOT_A_TOUR),
);

/** Check a whole tour file; every problem is reported, with the scene number and field. */
export function checkTour(input: unknown): TourCheck {
  const head = v.safeParse(TourHeadSchema, input, { abortEarly: true });
  if (!head.success) return { ok: false, errors: [head.issues[0].message] };
  const errors: string[] = [];
  const scenes: Scene[] = [];
  const ids = new Set<string>();
  head.output.scenes.forEach((raw, i) => {
    const where = `scene ${i + 1}`;
    const before = errors.length;
    const named = v.safeParse(SceneIdSchema, raw);
    const id = (named.success ? named.output.id : undefined) ?? `scene-${i + 1}`;
    if (named.success) {
      if (ids.has(id)) errors.push(`${where}.id: ${quote(id)} is used twice`);
      ids.add(id);
    }
    const parsed = v.safeParse(SceneSchema, raw);
    for (const issue of parsed.issues ?? []) errors.push(sceneProblem(where, issue));
    if (parsed.success && errors.length === before) {
      const { hero, ...scene } = parsed.output;
      scenes.push({ ...scene, id, highlight: scene.highlight ?? null, ...(hero === undefined ? {} : { hero }) });
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
