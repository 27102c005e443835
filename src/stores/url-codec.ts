/**
 * The URL is the serialization of the view state:
 *   ?data=r-k3x9q2m1&lang=en&district=500110,liangjiang&sector=smart-manufacturing&investor=private&year=2022&edition=2023&mode=present&scene=3
 * parse() never throws: unknown parameters and malformed values are dropped and reported.
 * Filter values are kept in canonical order so that parse(serialize(s)) equals s.
 */
import type { Lang } from '../domain/format';
import {
  EMPTY_FILTERS,
  INVESTOR_KEYS,
  SECTOR_KEYS,
  SIGNING_KEYS,
  SIZE_KEYS,
  STAGE_KEYS,
  YEAR_KEYS,
  type Dimension,
  type Filters,
} from '../domain/filters';
import { PLACE_KEYS } from '../domain/places';

export type Mode = 'explore' | 'present';

/** What the district map colours by: named-project investment or named-project count. */
export type MapMeasure = 'amount' | 'count';

export interface ViewState {
  /** The dataset shown: null for the published figures, else an imported register's id. */
  data: string | null;
  filters: Filters;
  lang: Lang;
  mode: Mode;
  measure: MapMeasure;
  /** Seconds between scenes when touring in presentation mode; 0 turns auto-advance off. */
  interval: number;
  /** 1-based scene number in presentation mode; null when not set. */
  scene: number | null;
  /** The edition selected in the editions chart (its published breakdowns shown); null for none. */
  edition: number | null;
}

export interface DroppedParam {
  param: string;
  value: string;
  reason: 'unknown-param' | 'unknown-value' | 'duplicate-param';
}

export const DEFAULT_STATE: ViewState = { data: null, filters: EMPTY_FILTERS, lang: 'zh-CN', mode: 'explore', measure: 'amount', interval: 20, scene: null, edition: null };

export const MIN_INTERVAL = 5;
export const MAX_INTERVAL = 3600;

/** URL parameter name of each filter dimension, and its allowed values in canonical order. */
export const FILTER_PARAMS: Record<Dimension, { param: string; values: readonly string[] }> = {
  // A place: a district's GB code or a functional area's key (district=500110,liangjiang).
  districts: { param: 'district', values: PLACE_KEYS },
  sectors: { param: 'sector', values: SECTOR_KEYS },
  investors: { param: 'investor', values: INVESTOR_KEYS },
  sizes: { param: 'size', values: SIZE_KEYS },
  signing: { param: 'signing', values: SIGNING_KEYS },
  stages: { param: 'stage', values: STAGE_KEYS },
  // A register's edition (signing year) column: year=2022,2023. Not the editions chart's selection (edition=).
  years: { param: 'year', values: YEAR_KEYS },
};

const DIM_BY_PARAM = new Map<string, Dimension>(
  (Object.keys(FILTER_PARAMS) as Dimension[]).map((d) => [FILTER_PARAMS[d].param, d]),
);

export const MAX_SCENE = 999;

/**
 * The years the editions chart lists, 2018–2025: what edition= may name. They are the bundled
 * data's editions (tests/unit/years.test.ts checks that they agree); kept here, not read from the
 * dataset, so that parsing a URL needs no data.
 */
export const EDITION_YEARS: readonly number[] = [2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025];

/**
 * A register as the data= parameter names it: one imported in this browser (`r-…`, the latest
 * version, or `r-….v2`, see storage/registers.ts), or one published with the site (`site:<name>`).
 */
/** The lang parameter's values ("zh" is read as zh-CN, never written). */
const LANG_VALUES: Readonly<Record<string, Lang>> = { 'zh-CN': 'zh-CN', zh: 'zh-CN', en: 'en' };

export const DATA_ID = /^(r-[a-z0-9]{6,32}(\.v[1-9]\d{0,3})?|site:[a-z0-9][a-z0-9-]{0,62})$/;

/** Sort values into the dimension's canonical order and drop duplicates. */
export function canonical(dim: Dimension, values: readonly string[]): string[] {
  const order = FILTER_PARAMS[dim].values;
  return order.filter((v) => values.includes(v));
}

export function parseUrl(search: string): { state: ViewState; dropped: DroppedParam[] } {
  const dropped: DroppedParam[] = [];
  const raw: Record<Dimension, string[]> = { districts: [], sectors: [], investors: [], sizes: [], signing: [], stages: [], years: [] };
  let data: string | null = null;
  let lang: Lang = DEFAULT_STATE.lang;
  let mode: Mode = DEFAULT_STATE.mode;
  let measure: MapMeasure = DEFAULT_STATE.measure;
  let interval = DEFAULT_STATE.interval;
  let scene: number | null = null;
  let edition: number | null = null;
  const seen = new Set<string>();
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    params = new URLSearchParams();
  }
  for (const [param, rawValue] of params) {
    const value = rawValue.trim();
    if (seen.has(param)) {
      dropped.push({ param, value: rawValue, reason: 'duplicate-param' });
      continue;
    }
    seen.add(param);
    const dim = DIM_BY_PARAM.get(param);
    if (dim) {
      const allowed = FILTER_PARAMS[dim].values;
      const parts = value.split(',').map((p) => p.trim()).filter((p) => p !== '');
      for (const part of parts) {
        if (allowed.includes(part)) raw[dim].push(part);
        else dropped.push({ param, value: part, reason: 'unknown-value' });
      }
      continue;
    }
    switch (param) {
      case 'data':
        if (value === 'published') data = null;
        else if (DATA_ID.test(value)) data = value;
        else dropped.push({ param, value: rawValue, reason: 'unknown-value' });
        break;
      case 'lang':
        if (Object.hasOwn(LANG_VALUES, value)) lang = LANG_VALUES[value] ?? lang;
        else dropped.push({ param, value: rawValue, reason: 'unknown-value' });
        break;
      case 'mode':
        if (value === 'present' || value === 'explore') mode = value;
        else dropped.push({ param, value: rawValue, reason: 'unknown-value' });
        break;
      case 'measure':
        if (value === 'amount' || value === 'count') measure = value;
        else dropped.push({ param, value: rawValue, reason: 'unknown-value' });
        break;
      case 'interval': {
        const n = /^\d{1,4}$/.test(value) ? Number(value) : NaN;
        if (n === 0 || (n >= MIN_INTERVAL && n <= MAX_INTERVAL)) interval = n;
        else dropped.push({ param, value: rawValue, reason: 'unknown-value' });
        break;
      }
      case 'scene': {
        const n = /^\d{1,3}$/.test(value) ? Number(value) : NaN;
        if (Number.isInteger(n) && n >= 1 && n <= MAX_SCENE) scene = n;
        else dropped.push({ param, value: rawValue, reason: 'unknown-value' });
        break;
      }
      case 'edition': {
        const n = Number(value);
        if (EDITION_YEARS.includes(n) && /^\d{4}$/.test(value)) edition = n;
        else dropped.push({ param, value: rawValue, reason: 'unknown-value' });
        break;
      }
      default:
        dropped.push({ param, value: rawValue, reason: 'unknown-param' });
    }
  }
  return {
    state: {
      data,
      filters: {
        districts: canonical('districts', raw.districts),
        sectors: SECTOR_KEYS.filter((k) => raw.sectors.includes(k)),
        investors: INVESTOR_KEYS.filter((k) => raw.investors.includes(k)),
        sizes: SIZE_KEYS.filter((k) => raw.sizes.includes(k)),
        signing: SIGNING_KEYS.filter((k) => raw.signing.includes(k)),
        stages: STAGE_KEYS.filter((k) => raw.stages.includes(k)),
        years: canonical('years', raw.years),
      },
      lang,
      mode,
      measure,
      interval,
      scene,
      edition,
    },
    dropped,
  };
}

/** Readable, stable query string ("" for the default view); commas stay unescaped. */
export function serializeUrl(state: ViewState): string {
  const parts: string[] = [];
  const differs = (key: 'lang' | 'measure' | 'mode' | 'interval') => state[key] !== DEFAULT_STATE[key];
  if (state.data !== null) parts.push(`data=${state.data}`);
  if (differs('lang')) parts.push(`lang=${state.lang}`);
  for (const dim of Object.keys(FILTER_PARAMS) as Dimension[]) {
    const values = canonical(dim, state.filters[dim]);
    if (values.length > 0) parts.push(`${FILTER_PARAMS[dim].param}=${values.map(encodeURIComponent).join(',')}`);
  }
  if (state.edition !== null) parts.push(`edition=${state.edition}`);
  if (differs('measure')) parts.push(`measure=${state.measure}`);
  if (differs('mode')) parts.push(`mode=${state.mode}`);
  if (state.scene !== null) parts.push(`scene=${state.scene}`);
  if (differs('interval')) parts.push(`interval=${state.interval}`);
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}
