import { afterEach, describe, expect, it, vi } from 'vitest';
import { screenShowsState, startUrlSync } from '../../src/stores/url-sync';
import { setLang, toggleFilter, useViewStore } from '../../src/stores/view-store';

let stop: (() => void) | undefined;
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  stop?.();
  window.history.replaceState(null, '', '/');
});

describe('URL sync', () => {
  it('reads a pasted link into the store and cleans dropped values from the address bar', () => {
    window.history.replaceState(null, '', '/?sector=health,bogus&lang=en');
    stop = startUrlSync();
    expect(useViewStore.getState().filters.sectors).toEqual(['health']);
    expect(useViewStore.getState().lang).toBe('en');
    expect(useViewStore.getState().dropped).toEqual([{ param: 'sector', value: 'bogus', reason: 'unknown-value' }]);
    expect(window.location.search).toBe('?lang=en&sector=health');
  });

  it('pushes a history entry per change; back restores the previous view', async () => {
    window.history.replaceState(null, '', '/');
    // Written at once here (the page writes after the next paint).
    stop = startUrlSync(window, (write) => write());
    toggleFilter('districts', '500110');
    expect(window.location.search).toBe('?district=500110');
    setLang('en');
    expect(window.location.search).toBe('?lang=en&district=500110');
    const popped = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    window.history.back();
    await popped;
    expect(useViewStore.getState().lang).toBe('zh-CN');
    expect(useViewStore.getState().filters.districts).toEqual(['500110']);
  });

  it('writes the address bar once the screen shows the change, after that frame; the changes until then in one write', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] });
    window.history.replaceState(null, '', '/');
    stop = startUrlSync();
    const push = vi.spyOn(window.history, 'pushState');
    toggleFilter('districts', '500110');
    toggleFilter('sectors', 'health');
    // Not before the screen shows it, however long that takes.
    vi.runAllTimers();
    expect(window.location.search).toBe('');
    screenShowsState();
    expect(window.location.search).toBe('');
    // Not within the frame that shows it either: after it.
    vi.advanceTimersToNextFrame();
    expect(window.location.search).toBe('');
    vi.runAllTimers();
    expect(window.location.search).toBe('?district=500110&sector=health');
    expect(push).toHaveBeenCalledTimes(1);
  });
});
