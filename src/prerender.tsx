/**
 * Build-time prerender of the first view — the published figures, in Chinese, in explore mode —
 * into index.html, so a phone paints the dashboard from the HTML alone and the script then
 * hydrates it (main.tsx). Only the URL without a query has this view; the guard script in
 * index.html (vite.config.ts) hides it for any other link until the app has drawn that one.
 * Runs in Node through Vite's module runner (vite.config.ts, prerenderFirstView).
 */
import { renderToString } from 'react-dom/server';
import { AppTree } from './app/app-tree';
import { provideCatalog } from './i18n/catalogs';
import { zh } from './i18n/zh-CN';

export function renderFirstView(): string {
  provideCatalog('zh-CN', zh);
  // The same tree as main.tsx hydrates (app-tree.tsx), so hydration finds what it would have drawn.
  return renderToString(<AppTree />);
}
