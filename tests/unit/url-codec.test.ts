import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DISTRICTS } from '../../src/data/districts';
import { INVESTOR_KEYS, SECTOR_KEYS, SIGNING_KEYS, SIZE_KEYS, STAGE_KEYS, YEAR_KEYS } from '../../src/domain/filters';
import { newRegisterId } from '../../src/storage/registers';
import { DATA_ID, DEFAULT_STATE, EDITION_YEARS, MAX_SCENE, parseUrl, serializeUrl, type ViewState } from '../../src/stores/url-codec';

/** A subset of `values`, in their canonical order. */
function subset<T>(values: readonly T[]) {
  return fc.subarray([...values]);
}

const viewState: fc.Arbitrary<ViewState> = fc.record({
  data: fc.option(fc.stringMatching(/^r-[a-z0-9]{6,32}$/), { nil: null }),
  filters: fc.record({
    districts: subset(DISTRICTS.map((d) => d.code)),
    sectors: subset(SECTOR_KEYS),
    investors: subset(INVESTOR_KEYS),
    sizes: subset(SIZE_KEYS),
    signing: subset(SIGNING_KEYS),
    stages: subset(STAGE_KEYS),
    years: subset(YEAR_KEYS),
  }),
  lang: fc.constantFrom('zh-CN' as const, 'en' as const),
  mode: fc.constantFrom('explore' as const, 'present' as const),
  measure: fc.constantFrom('amount' as const, 'count' as const),
  interval: fc.oneof(fc.constant(0), fc.integer({ min: 5, max: 3600 })),
  scene: fc.option(fc.integer({ min: 1, max: MAX_SCENE }), { nil: null }),
  edition: fc.option(fc.constantFrom(...EDITION_YEARS), { nil: null }),
});

/** Random strings, and query strings built from our parameter names with random values. */
const knownParam = fc.constantFrom('data', 'interval', 'measure', 'lang', 'district', 'sector', 'investor', 'size', 'signing', 'stage', 'year', 'edition', 'mode', 'scene', 'x');
const anyQuery = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.webQueryParameters(),
  fc
    .array(fc.tuple(knownParam, fc.oneof(fc.string(), fc.constantFrom('en', '500110', 'health', '1', '0', '1000', '%E4', ',,', 'present', 'r-abc123', 'r-', '2022', '2024', '2017'))))
    .map((pairs) => `?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}`),
);

describe('URL codec', () => {
  it('serializes the example in DESIGN.md readably', () => {
    const s: ViewState = {
      ...DEFAULT_STATE,
      lang: 'en',
      filters: { ...DEFAULT_STATE.filters, districts: ['500110', '500120'], sectors: ['smart-manufacturing'], investors: ['private'] },
      mode: 'present',
      scene: 3,
    };
    expect(serializeUrl(s)).toBe('?lang=en&district=500110,500120&sector=smart-manufacturing&investor=private&mode=present&scene=3');
    expect(serializeUrl({ ...s, interval: 0 })).toContain('&scene=3&interval=0');
  });

  it('the default view is the bare URL', () => {
    expect(serializeUrl(DEFAULT_STATE)).toBe('');
    expect(parseUrl('')).toEqual({ state: DEFAULT_STATE, dropped: [] });
  });

  it('parse(serialize(s)) equals s', () => {
    fc.assert(
      fc.property(viewState, (s) => {
        const { state, dropped } = parseUrl(serializeUrl(s));
        expect(dropped).toEqual([]);
        expect(state).toEqual(s);
      }),
      { numRuns: 500 },
    );
  });

  it('parsing any string never throws and always yields a valid state', () => {
    const valid = new Set<string>([...DISTRICTS.map((d) => d.code), ...SECTOR_KEYS, ...INVESTOR_KEYS, ...SIZE_KEYS, ...SIGNING_KEYS, ...STAGE_KEYS, ...YEAR_KEYS]);
    fc.assert(
      fc.property(anyQuery, (input) => {
        const { state } = parseUrl(input);
        for (const values of Object.values(state.filters)) for (const v of values) expect(valid.has(v)).toBe(true);
        expect(['zh-CN', 'en']).toContain(state.lang);
        expect(['explore', 'present']).toContain(state.mode);
        if (state.data !== null) expect(state.data).toMatch(/^r-[a-z0-9]{6,32}$/);
        if (state.edition !== null) expect(EDITION_YEARS).toContain(state.edition);
      }),
      { numRuns: 1000 },
    );
  });

  it('drops unknown and malformed values, keeps the good ones, and names what it dropped', () => {
    const { state, dropped } = parseUrl('?district=500110,999999,500110&sector=robots&lang=fr&scene=-2&foo=bar&investor=private');
    expect(state.filters.districts).toEqual(['500110']);
    expect(state.filters.sectors).toEqual([]);
    expect(state.filters.investors).toEqual(['private']);
    expect(state.lang).toBe('zh-CN');
    expect(state.scene).toBeNull();
    expect(dropped).toEqual([
      { param: 'district', value: '999999', reason: 'unknown-value' },
      { param: 'sector', value: 'robots', reason: 'unknown-value' },
      { param: 'lang', value: 'fr', reason: 'unknown-value' },
      { param: 'scene', value: '-2', reason: 'unknown-value' },
      { param: 'foo', value: 'bar', reason: 'unknown-param' },
    ]);
  });

  it('puts values in canonical order and accepts encoded commas and zh', () => {
    const { state } = parseUrl('?district=500120%2C500110&lang=zh');
    expect(state.filters.districts).toEqual(['500110', '500120']);
    expect(state.lang).toBe('zh-CN');
  });

  it('names an imported register with data=, and drops a malformed id', () => {
    expect(serializeUrl({ ...DEFAULT_STATE, data: 'r-k3x9q2m1', lang: 'en' })).toBe('?data=r-k3x9q2m1&lang=en');
    expect(parseUrl('?data=published').state.data).toBeNull();
    // The ids the importer makes are ids the URL accepts.
    for (let i = 0; i < 50; i++) expect(newRegisterId()).toMatch(DATA_ID);
    const { state, dropped } = parseUrl('?data=../../etc');
    expect(state.data).toBeNull();
    expect(dropped).toEqual([{ param: 'data', value: '../../etc', reason: 'unknown-value' }]);
  });

  it('reports a repeated parameter instead of merging it silently', () => {
    const { state, dropped } = parseUrl('?sector=health&sector=science-tech');
    expect(state.filters.sectors).toEqual(['health']);
    expect(dropped).toEqual([{ param: 'sector', value: 'science-tech', reason: 'duplicate-param' }]);
  });
  it('reads the stage filter (stage=started,producing) in canonical order and drops unknown stages', () => {
    const { state, dropped } = parseUrl('?stage=producing,started,ongoing');
    expect(state.filters.stages).toEqual(['started', 'producing']);
    expect(dropped).toEqual([{ param: 'stage', value: 'ongoing', reason: 'unknown-value' }]);
    expect(serializeUrl(state)).toBe('?stage=started,producing');
  });
});
