/**
 * District geometry as a TanStack Query source: static files under public/geo/, fetched from
 * our own origin once (staleTime: Infinity) and validated before use.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { queryKeys } from '../../queries/keys';

export interface DistrictProps {
  code: string;
  name_zh: string;
  name_en: string;
}

export type DistrictFeature = Feature<Polygon | MultiPolygon, DistrictProps>;
export type DistrictCollection = FeatureCollection<Polygon | MultiPolygon, DistrictProps>;

export interface MapGeometry {
  districts: DistrictCollection;
  context: DistrictCollection;
}

function isCollection(x: unknown): x is DistrictCollection {
  if (typeof x !== 'object' || x === null) return false;
  const fc = x as { type?: unknown; features?: unknown };
  return (
    fc.type === 'FeatureCollection' &&
    Array.isArray(fc.features) &&
    fc.features.every((f: unknown) => {
      const props = (f as { properties?: { code?: unknown } } | null)?.properties;
      return typeof props?.code === 'string';
    })
  );
}

async function getJson(path: string): Promise<DistrictCollection> {
  const res = await fetch(`${import.meta.env.BASE_URL}${path}`);
  if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
  const body: unknown = await res.json();
  if (!isCollection(body)) throw new Error(`${path}: not a district FeatureCollection`);
  return body;
}

export async function loadGeometry(): Promise<MapGeometry> {
  const [districts, context] = await Promise.all([getJson('geo/chongqing-districts.geojson'), getJson('geo/context-provinces.geojson')]);
  return { districts, context };
}

export function geometryQueryOptions(load: () => Promise<MapGeometry> = loadGeometry) {
  return queryOptions({
    queryKey: queryKeys.geometry(),
    queryFn: load,
    staleTime: Infinity,
    gcTime: Infinity,
  });
}

export function useGeometry() {
  return useQuery(geometryQueryOptions());
}
