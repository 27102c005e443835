/**
 * Benchmark entry (not the product): the real App over either the bundled dataset or a
 * SYNTHETIC register of ?rows=N made-up projects, preloaded into the query cache.
 * Built only by scripts/bench-interaction.mjs into dist-bench/.
 */
import { QueryClient } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '../src/app/app';
import { Providers } from '../src/app/providers';
import { DATASET } from '../src/data/dataset';
import { datasetQueryOptions } from '../src/queries/dataset';
import { startUrlSync } from '../src/stores/url-sync';
import '../src/app/app.css';
import { syntheticRegister } from './synthetic';

const rows = Number(new URLSearchParams(window.location.search).get('rows') ?? '0');
const t0 = performance.now();
const dataset = rows > 0 ? syntheticRegister(rows) : DATASET;
(window as unknown as { __benchGenMs: number }).__benchGenMs = performance.now() - t0;

const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
client.setQueryData(datasetQueryOptions().queryKey, dataset);

// The benchmark's own parameter is not part of the app's URL state.
const url = new URL(window.location.href);
url.searchParams.delete('rows');
window.history.replaceState(null, '', url);
startUrlSync();

const root = document.getElementById('root');
if (!root) throw new Error('no #root');
createRoot(root).render(
  <StrictMode>
    <Providers client={client}>
      <App />
    </Providers>
  </StrictMode>,
);
