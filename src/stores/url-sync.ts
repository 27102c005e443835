/**
 * Keeps the address bar and the store in step: a state change pushes a history entry,
 * back/forward (popstate) restores the state it names. Returns an unsubscribe function.
 */
import { serializeUrl } from './url-codec';
import { applySearch, useViewStore } from './view-store';

/** When the address bar is written, given the write to do (changes until then make one entry). */
export type UrlWriteSchedule = (write: () => void) => void;

let awaitingScreen: (() => void) | null = null;

/**
 * The page's schedule: the address bar names what the screen shows. The panels draw a change
 * in the background (queries/view.ts defers the filters), and the app calls screenShowsState()
 * once it has committed it; the entry is written after that frame, so a click's next paint
 * never waits for history.pushState (milliseconds in Chromium).
 */
/** The parts of the view state the address names: a change to any of them is written to the URL. */
const URL_STATE = ['data', 'filters', 'lang', 'mode', 'measure', 'interval', 'scene', 'edition'] as const;

const whenScreenShows: UrlWriteSchedule = (write) => {
  awaitingScreen = write;
};

/** The screen now shows the store's state (called from the app's commit): write the address bar after this frame. */
export function screenShowsState(): void {
  const write = awaitingScreen;
  if (!write) return;
  awaitingScreen = null;
  requestAnimationFrame(() => setTimeout(write, 0));
}

export function startUrlSync(win: Window = window, schedule: UrlWriteSchedule = whenScreenShows): () => void {
  applySearch(win.location.search);
  // Write back the cleaned URL so dropped values do not linger in the address bar.
  const first = serializeUrl(useViewStore.getState());
  if (first !== win.location.search) win.history.replaceState(null, '', `${win.location.pathname}${first}${win.location.hash}`);

  let scheduled = false;
  let stopped = false;
  const write = (): void => {
    scheduled = false;
    if (stopped) return;
    const next = serializeUrl(useViewStore.getState());
    if (next !== win.location.search) win.history.pushState(null, '', `${win.location.pathname}${next}${win.location.hash}`);
  };
  const unsubscribe = useViewStore.subscribe((state, prev) => {
    if (URL_STATE.every((key) => state[key] === prev[key])) return;
    // A change of the filters (a click, a scene) is written once the screen shows it; any other —
    // a dataset, the language, the mode — at once, as the address bar of a new view.
    if (state.filters === prev.filters) {
      write();
      return;
    }
    if (scheduled) return;
    scheduled = true;
    schedule(write);
  });
  const onPop = (): void => applySearch(win.location.search);
  win.addEventListener('popstate', onPop);
  return () => {
    stopped = true;
    awaitingScreen = null;
    unsubscribe();
    win.removeEventListener('popstate', onPop);
  };
}
