/**
 * Places: where a row is reported. A row's place is its functional area when it has one,
 * else its district. Areas are reporting units beside the 38 districts (src/data/areas.ts),
 * never split among the districts they lie in; the place filter takes both kinds of key.
 */
import { AREA_KEYS, AREAS, type FunctionalArea } from '../data/areas';
import { DISTRICTS } from '../data/districts';
import type { AreaKey, ItemizedProject } from '../data/types';

/** Every place key in canonical order: the 38 district codes, then the area keys. */
export const PLACE_KEYS: readonly string[] = [...DISTRICTS.map((d) => d.code), ...AREA_KEYS];

export function isAreaKey(key: string | null | undefined): key is AreaKey {
  return key !== null && key !== undefined && (AREA_KEYS as readonly string[]).includes(key);
}

export function areaOf(key: string): FunctionalArea | undefined {
  return AREAS.find((a) => a.key === key);
}

/** Where a row is counted and drawn: its area if set (never its districts), else its district. */
export function placeOf(row: Pick<ItemizedProject, 'area' | 'district'>): string | null {
  return row.area ?? row.district;
}
