// @vitest-environment node
// Checks the committed output of scripts/build-geo.mjs (public/geo/*).
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

type Position = readonly [number, number];
type Ring = readonly Position[];
interface GeoFeature {
  readonly properties: Readonly<Record<string, unknown>>;
  readonly rings: readonly Ring[];
}

const DISTRICTS_URL = new URL('../../public/geo/chongqing-districts.geojson', import.meta.url);
const CONTEXT_URL = new URL('../../public/geo/context-provinces.geojson', import.meta.url);
const NOTICE_URL = new URL('../../public/geo/NOTICE.txt', import.meta.url);
const LICENSE_URL = new URL('../../public/geo/LICENSE-APACHE-2.0.txt', import.meta.url);
// Source table; lives outside the repo, so the cross-check is skipped where it is absent.
const CSV_URL = new URL('../../../shared/geo/chongqing-districts.csv', import.meta.url);

// Current GB/T 2260 codes of Chongqing's 38 county-level divisions (2016 changes applied).
const CURRENT_CODES = [
  '500101', '500102', '500103', '500104', '500105', '500106', '500107', '500108', '500109',
  '500110', '500111', '500112', '500113', '500114', '500115', '500116', '500117', '500118',
  '500119', '500120', '500151', '500152', '500153', '500154', '500155', '500156', '500229',
  '500230', '500231', '500233', '500235', '500236', '500237', '500238', '500240', '500241',
  '500242', '500243',
];
const KINDS = new Set(['district', 'county', 'autonomous county']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function toArray(value: unknown, what: string): readonly unknown[] {
  if (!Array.isArray(value)) throw new Error(`${what}: expected an array`);
  const items: readonly unknown[] = value;
  return items;
}

function toPosition(value: unknown): Position {
  const items = toArray(value, 'position');
  const [x, y] = items;
  if (items.length !== 2 || typeof x !== 'number' || typeof y !== 'number' || !Number.isFinite(x) || !Number.isFinite(y)) {
    throw new Error(`bad position ${JSON.stringify(value)}`);
  }
  return [x, y];
}

function toPolygonRings(value: unknown): Ring[] {
  return toArray(value, 'polygon').map((ring) => toArray(ring, 'ring').map(toPosition));
}

function toFeature(value: unknown): GeoFeature {
  if (!isRecord(value) || value.type !== 'Feature') throw new Error('expected a Feature');
  const { properties, geometry } = value;
  if (!isRecord(properties) || !isRecord(geometry)) throw new Error('Feature lacks properties or geometry');
  if (geometry.type === 'Polygon') return { properties, rings: toPolygonRings(geometry.coordinates) };
  if (geometry.type === 'MultiPolygon') {
    return { properties, rings: toArray(geometry.coordinates, 'multipolygon').flatMap(toPolygonRings) };
  }
  throw new Error(`unexpected geometry type ${String(geometry.type)}`);
}

function loadFeatures(url: URL): GeoFeature[] {
  const json: unknown = JSON.parse(readFileSync(url, 'utf8'));
  if (!isRecord(json) || json.type !== 'FeatureCollection') throw new Error(`${url.pathname}: not a FeatureCollection`);
  return toArray(json.features, 'features').map(toFeature);
}

function codeOf(feature: GeoFeature): string {
  const { code } = feature.properties;
  if (typeof code !== 'string') throw new Error('feature without a string code');
  return code;
}

function allPositions(features: readonly GeoFeature[]): Position[] {
  return features.flatMap((f) => f.rings.flat());
}

function expectClosedRings(features: readonly GeoFeature[]): void {
  for (const feature of features) {
    expect(feature.rings.length, codeOf(feature)).toBeGreaterThan(0);
    for (const ring of feature.rings) {
      expect(ring.length, `${codeOf(feature)} ring length`).toBeGreaterThanOrEqual(4);
      expect(ring[ring.length - 1], `${codeOf(feature)} ring closed`).toEqual(ring[0]);
    }
  }
}

function readCsvCurrentCodes(): string[] {
  const lines = readFileSync(CSV_URL, 'utf8').split(/\r?\n/).filter((line) => line.trim() !== '');
  const header = (lines[0] ?? '').split(',');
  const col = header.indexOf('code_current');
  if (col < 0) throw new Error('CSV lacks code_current');
  return lines.slice(1).map((line) => {
    const code = line.split(',')[col];
    if (code === undefined) throw new Error(`CSV row without code_current: ${line}`);
    return code.trim();
  });
}

describe('public/geo/chongqing-districts.geojson', () => {
  const features = loadFeatures(DISTRICTS_URL);
  const codes = features.map(codeOf);

  it('has exactly the 38 current divisions, sorted by code', () => {
    expect(features).toHaveLength(38);
    expect(codes).toEqual(CURRENT_CODES);
    expect(codes).toContain('500155');
    expect(codes).toContain('500156');
    expect(codes).not.toContain('500228');
    expect(codes).not.toContain('500232');
  });

  it('carries current names, English names and kinds', () => {
    for (const f of features) {
      const { name_zh: nameZh, name_en: nameEn, kind } = f.properties;
      expect(typeof nameZh === 'string' && nameZh.length > 0, codeOf(f)).toBe(true);
      expect(typeof nameEn === 'string' && nameEn.length > 0, codeOf(f)).toBe(true);
      expect(typeof kind === 'string' && KINDS.has(kind), codeOf(f)).toBe(true);
    }
    const byCode = new Map(features.map((f) => [codeOf(f), f.properties]));
    expect(byCode.get('500155')?.name_zh).toBe('梁平区');
    expect(byCode.get('500156')?.name_zh).toBe('武隆区');
  });

  it.skipIf(!existsSync(CSV_URL))('matches the code_current set of shared/geo/chongqing-districts.csv', () => {
    expect([...codes].sort()).toEqual(readCsvCurrentCodes().sort());
  });

  it('has closed rings of at least 4 points', () => {
    expectClosedRings(features);
  });

  it('stays within Chongqing bounds', () => {
    const positions = allPositions(features);
    for (const [lon, lat] of positions) {
      expect(lon).toBeGreaterThanOrEqual(105.2);
      expect(lon).toBeLessThanOrEqual(110.3);
      expect(lat).toBeGreaterThanOrEqual(28.1);
      expect(lat).toBeLessThanOrEqual(32.3);
    }
    const lons = positions.map(([lon]) => lon);
    const lats = positions.map(([, lat]) => lat);
    expect(Math.abs(Math.min(...lons) - 105.3)).toBeLessThanOrEqual(0.1);
    expect(Math.abs(Math.max(...lons) - 110.2)).toBeLessThanOrEqual(0.1);
    expect(Math.abs(Math.min(...lats) - 28.2)).toBeLessThanOrEqual(0.1);
    expect(Math.abs(Math.max(...lats) - 32.2)).toBeLessThanOrEqual(0.1);
  });

  it('is at most 60 kB gzipped', () => {
    expect(gzipSync(readFileSync(DISTRICTS_URL)).length).toBeLessThanOrEqual(60_000);
  });
});

describe('public/geo/context-provinces.geojson', () => {
  const features = loadFeatures(CONTEXT_URL);

  it('has exactly Sichuan and Guizhou', () => {
    expect(features.map((f) => [codeOf(f), f.properties.name_en])).toEqual([
      ['510000', 'Sichuan'],
      ['520000', 'Guizhou'],
    ]);
  });

  it('has closed rings of at least 4 points', () => {
    expectClosedRings(features);
  });
});

describe('public/geo attribution', () => {
  it('ships the Apache-2.0 notice and licence text', () => {
    const notice = readFileSync(NOTICE_URL, 'utf8');
    expect(notice).toContain('Apache ECharts 4.9.0');
    expect(notice).toContain('Apache License, Version 2.0');
    expect(notice).toContain('示意');
    expect(readFileSync(LICENSE_URL, 'utf8')).toContain('Apache License');
  });
});
