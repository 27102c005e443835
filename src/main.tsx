/** Entry: read the URL into the store, keep them in step, and render the shell. */
import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ActiveDataset } from './app/active-dataset';
import { App } from './app/app';
import { Providers } from './app/providers';
import { loadCatalog } from './i18n/catalogs';
import { startUrlSync } from './stores/url-sync';
import { useViewStore } from './stores/view-store';
import './app/app.css';

startUrlSync();
// Only the language in use is loaded (its own chunk), before the first render.
const catalog = loadCatalog(useViewStore.getState().lang);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const reactRoot = createRoot(root);
await catalog;
// A transition: React renders the first view in slices and yields between them, so the page
// does not block for the whole first render (Lighthouse's Total Blocking Time).
startTransition(() => {
  reactRoot.render(
    <StrictMode>
      <Providers>
        <ActiveDataset>
          <App />
        </ActiveDataset>
      </Providers>
    </StrictMode>,
  );
});
