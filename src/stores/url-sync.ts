/**
 * Keeps the address bar and the store in step: a state change pushes a history entry,
 * back/forward (popstate) restores the state it names. Returns an unsubscribe function.
 */
import { serializeUrl } from './url-codec';
import { applySearch, useViewStore } from './view-store';

export function startUrlSync(win: Window = window): () => void {
  applySearch(win.location.search);
  // Write back the cleaned URL so dropped values do not linger in the address bar.
  const first = serializeUrl(useViewStore.getState());
  if (first !== win.location.search) win.history.replaceState(null, '', `${win.location.pathname}${first}${win.location.hash}`);

  const unsubscribe = useViewStore.subscribe((state, prev) => {
    if (state.data === prev.data && state.filters === prev.filters && state.lang === prev.lang && state.mode === prev.mode && state.measure === prev.measure && state.interval === prev.interval && state.scene === prev.scene && state.edition === prev.edition) return;
    const next = serializeUrl(state);
    if (next !== win.location.search) win.history.pushState(null, '', `${win.location.pathname}${next}${win.location.hash}`);
  });
  const onPop = (): void => applySearch(win.location.search);
  win.addEventListener('popstate', onPop);
  return () => {
    unsubscribe();
    win.removeEventListener('popstate', onPop);
  };
}
