/**
 * Long work over many items in slices of a few milliseconds, with a pause (the caller's yield
 * to the browser) between them. The slice size follows the measured speed, not a fixed row
 * count, so a slice stays short on a slow phone as on a fast desktop, and a large register
 * never makes one long task of the page.
 */

/** Time one slice aims at (ms): well inside the 50 ms of a long task, with room for a frame. */
export const SLICE_MS = 8;

/**
 * Runs `work(from, to)` over [0, total) in consecutive ranges, awaiting `pause()` between them.
 * The first range is `first` items; each next one is sized from the speed of the one before.
 */
export async function inSlices(total: number, work: (from: number, to: number) => void, pause: () => Promise<void>, first = 500, budgetMs = SLICE_MS): Promise<void> {
  let done = 0;
  let size = first;
  while (done < total) {
    const to = Math.min(total, done + size);
    const t = performance.now();
    work(done, to);
    const spent = performance.now() - t;
    const items = to - done;
    done = to;
    if (done >= total) break;
    // The next slice from the last one's speed (items per ms × budget), growing at most 2× a
    // slice: an early fast slice (before a garbage collection, say) cannot size a long one.
    size = Math.max(1, Math.min(size * 2, Math.floor((items / Math.max(spent, 0.05)) * budgetMs)));
    await pause();
  }
}
