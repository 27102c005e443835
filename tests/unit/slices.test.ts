import { describe, expect, it, vi } from 'vitest';
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
    // The work's time is the test's to say (a fake clock), not this machine's speed at the moment.
    vi.useFakeTimers({ toFake: ['performance'] });
    try {
      const sizes: number[] = [];
      const busy = (ms: number) => void vi.advanceTimersByTime(ms);
      // 1 ms per 10 items: an 8 ms budget allows 80 items per slice, reached by doubling from 20.
      await inSlices(400, (from, to) => (sizes.push(to - from), busy((to - from) / 10)), () => Promise.resolve(), 20);
      expect(sizes).toEqual([20, 40, 80, 80, 80, 80, 20]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('does nothing for no items', async () => {
    let calls = 0;
    await inSlices(0, () => void calls++, () => Promise.resolve());
    expect(calls).toBe(0);
  });
});
