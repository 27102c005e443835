// Bounded problem lists, the tour checker's caps, and the tour store's failed saves and
// other-tab changes.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { capList, capPerKind } from '../../src/domain/capped-list';
import { checkRegister, numbered } from '../../src/domain/register/import';
import { checkTour, MAX_LIST, MAX_TOUR_PROBLEMS, TOUR_FORMAT, TOUR_VERSION } from '../../src/domain/tour';
import { parseUrl } from '../../src/stores/url-codec';
import { DEFAULT_TOUR } from '../../src/stores/default-tour';
import { addScene, followOtherTab, importTour, reloadTour, TOUR_STORAGE_KEY, useTourStore } from '../../src/stores/tour-store';

describe('capped lists', () => {
  it('counts identical entries once and summarises what is past the cap per kind', () => {
    const items = [...Array.from({ length: 999 }, () => 'dup'), ...Array.from({ length: 20 }, (_, i) => `v${i}`)];
    const c = capList(items, 5, (s) => s, (s) => (s === 'dup' ? 'repeated' : 'unknown'));
    expect(c.total).toBe(1019);
    expect(c.shown[0]).toEqual({ item: 'dup', count: 999 });
    expect(c.shown).toHaveLength(5);
    expect(c.hidden).toEqual([{ kind: 'unknown', count: 16 }]);
  });

  it('a link repeating sector=health 1000 times is one entry ×999, not 999 lines', () => {
    const { dropped } = parseUrl(`?${Array.from({ length: 1000 }, () => 'sector=health').join('&')}`);
    const c = capList(dropped, 4, (d) => `${d.reason}|${d.param}|${d.value}`, (d) => d.reason);
    expect(c.shown).toHaveLength(1);
    expect(c.shown[0]?.count).toBe(999);
    expect(c.hidden).toEqual([]);
  });
});

describe('import error lists are capped per kind', () => {
  it('keeps the first N of every kind in order, so a flood of one problem cannot hide another', () => {
    const items = [...Array.from({ length: 1000 }, (_, i) => ({ row: i, kind: 'flood' as const })), { row: 1000, kind: 'rare' as const }];
    const c = capPerKind(items, 3, (x) => x.kind);
    expect(c.kept.map((x) => x.row)).toEqual([0, 1, 2, 1000]);
    expect(c.hidden).toEqual([{ kind: 'flood', count: 997 }]);
    expect(c.total).toBe(1001);
  });

  it('a register of 20 000 bad rows: every error is in the check, a few per problem are what the page would get', () => {
    const rows = [['project', 'district', 'amount (100 million yuan)'], ...Array.from({ length: 20_000 }, (_, i) => [`P${i}`, i % 2 ? 'Nowhere' : 'Yubei', i % 2 ? '5' : 'abc'])];
    const check = checkRegister(numbered(rows), () => 'x.csv');
    expect(check.errors).toHaveLength(20_000);
    const c = capPerKind(check.errors, 50, (e) => e.problem);
    expect(c.kept).toHaveLength(100);
    expect(c.hidden).toEqual([
      { kind: 'not-a-number', count: 9950 },
      { kind: 'unknown-district', count: 9950 },
    ]);
  });
});

describe('tour checks are bounded', () => {
  const scene = (filters: Record<string, unknown>) => ({ id: 's', title: { zh: '标题', en: 'Title' }, point: { zh: '要点', en: 'Point' }, filters, panels: ['map'] });
  const file = (scenes: unknown[]) => ({ format: TOUR_FORMAT, version: TOUR_VERSION, scenes });

  it('a list of 1 000 000 bad values is refused as one problem naming the limit, without quoting them', () => {
    const check = checkTour(file([scene({ sectors: Array.from({ length: 1_000_000 }, (_, i) => `bad-${i}`) })]));
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.errors).toEqual([`scene 1.filters.sectors: 1000000 values (at most ${MAX_LIST})`]);
  });

  it('quotes at most five bad values per list, each cut short', () => {
    const check = checkTour(file([scene({ sectors: ['x'.repeat(10_000), 'a', 'b', 'c', 'd', 'e', 'f'] })]));
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.errors[0]?.length).toBeLessThan(200);
    expect(check.errors[0]).toContain('and 2 more');
  });

  it('lists at most MAX_TOUR_PROBLEMS problems, then says how many more', () => {
    const bad = Array.from({ length: 50 }, () => ({ id: 1, title: 2, point: 3, filters: 4, panels: 5, highlight: 6, measure: 7 }));
    const check = checkTour(file(bad));
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.errors.length).toBeLessThanOrEqual(MAX_TOUR_PROBLEMS + 1);
    expect(check.errors.at(-1)).toMatch(/^… and \d+ more problems$/);
  });
});

describe('tour store: failed saves and other tabs', () => {
  beforeEach(() => {
    localStorage.clear();
    reloadTour();
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('an import the browser cannot store is in use but reported as not saved', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('quota', 'QuotaExceededError');
    });
    const result = importTour({ format: TOUR_FORMAT, version: TOUR_VERSION, scenes: [DEFAULT_TOUR[0]] });
    expect(result).toEqual({ errors: [], saved: false });
    expect(useTourStore.getState().scenes).toHaveLength(1);
    expect(useTourStore.getState().notice).toEqual({ kind: 'not-saved', scenes: 1 });
  });

  it('adding a scene that cannot be stored says so; a later successful save clears it', () => {
    const spy = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('quota', 'QuotaExceededError');
    });
    const first = DEFAULT_TOUR[0];
    if (!first) throw new Error('no default scene');
    addScene({ ...first, id: 'extra' });
    expect(useTourStore.getState().notice?.kind).toBe('not-saved');
    spy.mockRestore();
    addScene({ ...first, id: 'extra2' });
    expect(useTourStore.getState().notice).toBeNull();
    expect(localStorage.getItem(TOUR_STORAGE_KEY)).toContain('extra2');
  });

  it('follows a tour saved in another tab, and a reset there, and says so', () => {
    const one = DEFAULT_TOUR.slice(0, 2);
    followOtherTab(TOUR_STORAGE_KEY, JSON.stringify({ format: TOUR_FORMAT, version: TOUR_VERSION, scenes: one }));
    expect(useTourStore.getState().scenes).toHaveLength(2);
    expect(useTourStore.getState().notice).toEqual({ kind: 'other-tab', scenes: 2 });
    followOtherTab(TOUR_STORAGE_KEY, null);
    expect(useTourStore.getState().scenes).toBe(DEFAULT_TOUR);
    expect(useTourStore.getState().notice?.kind).toBe('other-tab-reset');
    followOtherTab('some-other-key', 'x');
    expect(useTourStore.getState().notice?.kind).toBe('other-tab-reset');
  });

  it('a stored tour larger than the limit falls back to the default tour, with the reason', () => {
    localStorage.setItem(TOUR_STORAGE_KEY, `{"format":"cq-expo-tour","version":1,"scenes":[${'"x",'.repeat(300_000)}"x"]}`);
    reloadTour();
    expect(useTourStore.getState().scenes).toBe(DEFAULT_TOUR);
    expect(useTourStore.getState().loadProblem).toMatch(/larger than/);
  });
});
