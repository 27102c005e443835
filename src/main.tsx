/** Entry: read the URL into the store, keep them in step, and render the shell. */
import { startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { AppTree } from './app/app-tree';
import { handlePreloadErrors } from './components/load-chunk';
import { loadCatalog } from './i18n/catalogs';
import { PAGE_NOT_LOADED } from './i18n/page-failure';
import { hasStoredTour, loadTourStore } from './stores/scene-count';
import { startUrlSync } from './stores/url-sync';
import { useViewStore } from './stores/view-store';
import './app/app.css';

// Before the first lazy import: a chunk that fails is the loader's to report (components/load-chunk.ts).
handlePreloadErrors();
startUrlSync();
// Only the language in use is loaded (its own chunk), before the first render.
const catalog = loadCatalog(useViewStore.getState().lang);
// A tour of this browser's own names its own scene count in the header's first render.
const tour = hasStoredTour() ? loadTourStore() : null;

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
// The build prerenders the view of the URL without a query (src/prerender.tsx); index.html's
// guard script marks it stale for any other link, which is then drawn afresh.
const html = document.documentElement;
const prerendered = root.firstElementChild !== null && html.dataset.prerender !== 'stale';
if (!prerendered) {
  root.replaceChildren();
  delete html.dataset.prerender;
}
/** The catalog could not load (after the loader's retry): a message in both languages, never a blank page. */
function showPageFailure(into: HTMLElement): void {
  const box = document.createElement('div');
  box.className = 'error-card page-failure';
  box.setAttribute('role', 'alert');
  box.dataset.pageFailure = '';
  for (const [lang, text] of [['zh-CN', PAGE_NOT_LOADED.zh], ['en', PAGE_NOT_LOADED.en]] as const) {
    const p = document.createElement('p');
    p.lang = lang;
    p.textContent = text;
    box.append(p);
  }
  const retry = document.createElement('button');
  retry.type = 'button';
  retry.textContent = PAGE_NOT_LOADED.retry;
  retry.addEventListener('click', () => window.location.reload());
  box.append(retry);
  into.prepend(box);
}

const ready = await Promise.all([catalog, tour]).then(
  () => true,
  () => false,
);
const tree = <AppTree />;
if (!ready) {
  showPageFailure(root);
} else if (prerendered) {
  // In a transition, hydration attaches to the painted HTML in slices and yields between them
  // (outside one, React hydrates the whole page in a single task).
  startTransition(() => {
    hydrateRoot(root, tree);
  });
} else {
  const reactRoot = createRoot(root);
  // A transition: React renders the first view in slices and yields between them, so the page
  // does not block for the whole first render (Lighthouse's Total Blocking Time).
  startTransition(() => reactRoot.render(tree));
}
