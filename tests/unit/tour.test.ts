import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { actionForKey, checkTour, presenterReducer, tourFile, type PresenterState } from '../../src/domain/tour';
import { DEFAULT_TOUR } from '../../src/stores/default-tour';

const start: PresenterState = { index: 0, count: 6, paused: false, blackout: false };

describe('presenter reducer', () => {
  it('next/prev move within the tour and pause auto-advance', () => {
    const s1 = presenterReducer(start, { type: 'next' });
    expect(s1).toMatchObject({ index: 1, paused: true });
    expect(presenterReducer(s1, { type: 'prev' }).index).toBe(0);
    expect(presenterReducer(start, { type: 'prev' }).index).toBe(0);
    expect(presenterReducer({ ...start, index: 5 }, { type: 'next' }).index).toBe(5);
  });

  it('Home/End go to the first and last scene', () => {
    expect(presenterReducer({ ...start, index: 3 }, { type: 'first' }).index).toBe(0);
    expect(presenterReducer(start, { type: 'last' }).index).toBe(5);
  });

  it('advance (the timer) wraps around, and does nothing when paused or blacked out', () => {
    expect(presenterReducer({ ...start, index: 5 }, { type: 'advance' }).index).toBe(0);
    expect(presenterReducer({ ...start, paused: true }, { type: 'advance' }).index).toBe(0);
    expect(presenterReducer({ ...start, blackout: true }, { type: 'advance' }).index).toBe(0);
    expect(presenterReducer(start, { type: 'advance' })).toMatchObject({ index: 1, paused: false });
  });

  it('blackout and pause toggle', () => {
    expect(presenterReducer(start, { type: 'toggle-blackout' }).blackout).toBe(true);
    expect(presenterReducer(start, { type: 'toggle-pause' }).paused).toBe(true);
    expect(presenterReducer({ ...start, paused: true }, { type: 'toggle-pause' }).paused).toBe(false);
  });

  it('keeps the index inside the tour when scenes are removed (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 1, max: 40 }), (index, count) => {
        const s = presenterReducer({ ...start, index, count: 41 }, { type: 'set-count', count });
        expect(s.index).toBeGreaterThanOrEqual(0);
        expect(s.index).toBeLessThan(count);
      }),
    );
  });
});

describe('clicker keys', () => {
  it.each([
    ['ArrowRight', 'next'],
    ['PageDown', 'next'],
    [' ', 'next'],
    ['ArrowLeft', 'prev'],
    ['PageUp', 'prev'],
    ['Home', 'first'],
    ['End', 'last'],
    ['b', 'toggle-blackout'],
    ['.', 'toggle-blackout'],
    ['p', 'toggle-pause'],
  ])('%j → %s', (key, type) => {
    expect(actionForKey(key)).toEqual({ type });
  });

  it('F is fullscreen, Esc leaves, other keys do nothing', () => {
    expect(actionForKey('f')).toBe('fullscreen');
    expect(actionForKey('Escape')).toBe('leave');
    expect(actionForKey('x')).toBeNull();
  });
});

describe('tour files', () => {
  it('the default tour passes its own check and round-trips through JSON', () => {
    const check = checkTour(JSON.parse(JSON.stringify(tourFile(DEFAULT_TOUR))));
    expect(check).toEqual({ ok: true, scenes: DEFAULT_TOUR });
    expect(DEFAULT_TOUR.map((s) => s.id)).toEqual(['overview', 'smart-manufacturing', 'investor-mix', 'named-districts', 'liangjiang', 'editions']);
  });

  it('rejects what is not a tour file, with a plain reason', () => {
    expect(checkTour(null)).toEqual({ ok: false, errors: [expect.stringContaining('not a tour file')] });
    expect(checkTour({ format: 'cq-expo-tour', version: 2, scenes: [] })).toEqual({ ok: false, errors: [expect.stringContaining('version')] });
    expect(checkTour({ format: 'cq-expo-tour', version: 1, scenes: [] })).toEqual({ ok: false, errors: ['"scenes" must be a non-empty list'] });
  });

  it('names every bad field by scene number', () => {
    const file = {
      format: 'cq-expo-tour',
      version: 1,
      scenes: [
        { id: 'a', title: { zh: '甲', en: 'A' }, point: { zh: '说明', en: 'Point' }, filters: { sectors: ['robots'], districts: ['500110'] }, panels: ['map'] },
        { id: 'a', title: { zh: '', en: 'B' }, point: { zh: '说明', en: 'Point' }, panels: ['map', 'sector', 'size'], highlight: 'mars' },
      ],
    };
    const check = checkTour(file);
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.errors).toEqual([
      'scene 1.filters.sectors: unknown value(s) "robots"',
      'scene 2.id: "a" is used twice',
      'scene 2.title.zh: missing, empty or longer than 200 characters',
      'scene 2.panels: one or two panels, not 3',
      'scene 2.highlight: must be a district code or an area key (liangjiang, gaoxin, wansheng)',
    ]);
  });

  it('never throws on arbitrary JSON (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (json) => {
        const r = checkTour(json);
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.array(fc.jsonValue(), { minLength: 1, maxLength: 5 }), (scenes) => {
        expect(() => checkTour({ format: 'cq-expo-tour', version: 1, scenes })).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });
});
