import { describe, expect, it } from 'vitest';
import { inSlices } from '../../src/domain/slices';

describe('inSlices', () => {
  it('covers every item once, in order, with a pause between slices and none after the last', async () => {
    const ranges: [number, number][] = [];
    let pauses = 0;
    await inSlices(10_000, (from, to) => void ranges.push([from, to]), () => Promise.resolve(void pauses++), 100);
    expect(ranges[0]).toEqual([0, 100]);
    expect(ranges.at(-1)?.[1]).toBe(10_000);
    for (let i = 1; i < ranges.length; i++) expect(ranges[i]?.[0]).toBe(ranges[i - 1]?.[1]);
    expect(pauses).toBe(ranges.length - 1);
  });

  it('sizes the next slice from the measured speed: slow work gets small slices', async () => {
    const sizes: number[] = [];
    const busy = (ms: number) => {
      const end = performance.now() + ms;
      while (performance.now() < end);
    };
    // 1 ms per 10 items: an 8 ms budget allows about 80 items per slice.
    await inSlices(400, (from, to) => (sizes.push(to - from), busy((to - from) / 10)), () => Promise.resolve(), 20);
    expect(sizes[0]).toBe(20);
    for (const s of sizes.slice(1, -1)) expect(s).toBeLessThanOrEqual(160);
    expect(sizes[1]).toBeLessThanOrEqual(40);
  });

  it('does nothing for no items', async () => {
    let calls = 0;
    await inSlices(0, () => void calls++, () => Promise.resolve());
    expect(calls).toBe(0);
  });
});
