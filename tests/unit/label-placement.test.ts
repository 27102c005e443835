/**
 * The map's label placement on a presenter's screen: callouts never cover a highlighted
 * district (an obstacle) or another label, names never cover another label, all stay inside
 * the map (checked on every generated case), and a label that fits nowhere is left out.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { overlaps, placeLabels, type LabelRequest, type Rect } from '../../src/features/district-map/label-placement';

const BOUNDS: Rect = { x: 0, y: 0, w: 1200, h: 800 };

const rect = fc.record({ x: fc.integer({ min: 0, max: 1100 }), y: fc.integer({ min: 0, max: 750 }), w: fc.integer({ min: 10, max: 300 }), h: fc.integer({ min: 10, max: 200 }) });
const request = (kind: LabelRequest['kind']) =>
  fc.record({
    id: fc.constant(''),
    anchor: fc.record({ x: fc.integer({ min: 0, max: 1200 }), y: fc.integer({ min: 0, max: 800 }) }),
    w: fc.integer({ min: 20, max: 260 }),
    h: fc.integer({ min: 14, max: 60 }),
    kind: fc.constant(kind),
  });

describe('label placement', () => {
  it('callouts cover no obstacle and no label; no two labels overlap; all inside the map (property)', () => {
    fc.assert(
      fc.property(fc.array(request('name'), { maxLength: 10 }), fc.array(request('callout'), { maxLength: 4 }), fc.array(rect, { maxLength: 8 }), (names, callouts, obstacles) => {
        // Ids by position, so each placed label is known as a name or a callout.
        const requests = [...names.map((r, i) => ({ ...r, id: `name-${i}` })), ...callouts.map((r, i) => ({ ...r, id: `callout-${i}` }))];
        const placed = placeLabels(requests, obstacles, BOUNDS);
        placed.forEach((p, i) => {
          expect(p.rect.x).toBeGreaterThanOrEqual(0);
          expect(p.rect.y).toBeGreaterThanOrEqual(0);
          expect(p.rect.x + p.rect.w).toBeLessThanOrEqual(BOUNDS.w);
          expect(p.rect.y + p.rect.h).toBeLessThanOrEqual(BOUNDS.h);
          for (const q of placed.slice(i + 1)) expect(overlaps(p.rect, q.rect)).toBe(false);
        });
        for (const p of placed.filter((x) => x.id.startsWith('callout-'))) for (const o of obstacles) expect(overlaps(p.rect, o)).toBe(false);
      }),
    );
  });

  it('a name sits on its anchor when it is free; a callout moves off a highlighted district with a leader', () => {
    const district: Rect = { x: 400, y: 300, w: 200, h: 150 };
    const [name, callout] = placeLabels(
      [
        { id: 'qijiang', anchor: { x: 500, y: 375 }, w: 120, h: 30, kind: 'name' },
        { id: 'wansheng', anchor: { x: 540, y: 420 }, w: 160, h: 30, kind: 'callout' },
      ],
      [district],
      BOUNDS,
    );
    expect(name).toMatchObject({ id: 'qijiang', rect: { x: 440, y: 360 }, leader: false });
    expect(callout?.id).toBe('wansheng');
    expect(callout?.leader).toBe(true);
    expect(overlaps(callout!.rect, district)).toBe(false);
    expect(overlaps(callout!.rect, name!.rect)).toBe(false);
  });

  it('a label that fits nowhere is left out, not drawn over something', () => {
    const everything: Rect = { x: 0, y: 0, w: 1200, h: 800 };
    expect(placeLabels([{ id: 'gaoxin', anchor: { x: 600, y: 400 }, w: 100, h: 20, kind: 'callout' }], [everything], BOUNDS)).toEqual([]);
  });
});
