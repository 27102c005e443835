import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, runnerImport, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * The one inline script of the built page, in <head> before the prerendered first view (see
 * prerenderFirstView): the HTML holds the view of the URL without a query (published figures,
 * Chinese, explore, the default tour), so any other link — filters, English, presentation, a
 * register, or a tour of one's own in localStorage — hides it (app.css) until the app has drawn
 * what that link names, and a shared link never flashes the wrong figures. main.tsx reads the
 * same mark to choose between hydrating and rendering afresh. The tour key is tour-store.ts's.
 */
export const PRERENDER_GUARD =
  "try{if(location.search.length>1||localStorage.getItem('cq-expo-tour-v1')!==null)document.documentElement.dataset.prerender='stale'}catch(e){document.documentElement.dataset.prerender='stale'}" +
  // The Chinese catalog is fetched with the entry (modulepreload) only for a page in Chinese: an
  // English link (lang=en, url-codec.ts) never needs it. Its file is named by the meta before this script.
  ";(function(){var z=document.querySelector('meta[name=cq-catalog-zh]');if(z&&!/[?&]lang=en(&|$)/.test(location.search)){var p=document.createElement('link');p.rel='modulepreload';p.crossOrigin='';p.href=z.content;document.head.appendChild(p)}})()";
const GUARD_HASH = `'sha256-${createHash('sha256').update(PRERENDER_GUARD).digest('base64')}'`;

/**
 * The Content-Security-Policy of the built page: only our own origin, no eval, no inline
 * scripts but the guard above, allowed by its hash. data:/blob: images are needed for exports (PNG capture and downloads). A server
 * should send the same policy as a header (see README, "Deploying"), plus frame-ancestors.
 */
export const CSP = [
  "default-src 'self'",
  `script-src 'self' ${GUARD_HASH}`,
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  // The service worker (offline) and the web app manifest (install) come from this origin only.
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    // Right after the charset, before any script or stylesheet it governs.
    transformIndexHtml: (html) => html.replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`),
  };
}

/**
 * Renders the first view (src/prerender.tsx) into index.html at build time, through Vite's
 * module runner, and puts the guard script before it. The service worker's precache (pwa(),
 * after this) then holds the prerendered page.
 */
function prerenderFirstView(): Plugin {
  let root = '';
  return {
    name: 'prerender-first-view',
    apply: 'build',
    configResolved: (config) => {
      root = config.root;
    },
    transformIndexHtml: {
      order: 'post',
      handler: async (html, ctx) => {
        // configFile: false — a plain module runner, not this build's plugins (or this plugin) again.
        const { module } = await runnerImport<{ renderFirstView: () => string }>('/src/prerender.tsx', { root, configFile: false, logLevel: 'warn' });
        const body = module.renderFirstView();
        if (/ style="/.test(body)) throw new Error('prerender: the first view has a style attribute, which the CSP blocks (use classes or SVG presentation attributes)');
        if (!html.includes('<div id="root"></div>')) throw new Error('prerender: index.html has no empty <div id="root"></div>');
        // The prerendered view is Chinese: its catalog (loaded by main.tsx before hydrating) is
        // fetched with the entry instead of after it, on a page in Chinese (the guard adds the
        // modulepreload; an English link skips it).
        const zh = Object.values(ctx.bundle ?? {}).find((c) => c.type === 'chunk' && c.facadeModuleId?.endsWith('/src/i18n/zh-CN.ts'));
        const catalog = zh ? `<meta name="cq-catalog-zh" content="/${zh.fileName}" />\n    ` : '';
        return html.replace('<div id="root"></div>', `<div id="root">${body}</div>`).replace('<title>', `${catalog}<script>${PRERENDER_GUARD}</script>\n    <title>`);
      },
    },
  };
}

/** Explore is light, presentation dark: the manifest names the explore colours; the page switches its theme-color meta. */
export const THEME = { explore: '#ffffff', present: '#151b23' } as const;

/**
 * Installable and offline (vite-plugin-pwa / Workbox generateSW). sw.js and
 * manifest.webmanifest sit at the build root and must be served no-cache (index.html too) so
 * that a new deployment is found. The service worker precaches the whole build — app, lazy
 * chunks (import worker, XLSX reader, exports), geometry, icons — and answers every
 * navigation (deep links with any query) with the precached index.html. It never takes over by
 * itself: the page asks the user (src/app/update-prompt.tsx) and then sends SKIP_WAITING.
 */
function pwa() {
  return VitePWA({
    registerType: 'prompt',
    // Registered from the app (lazily, after first paint), not by an injected script.
    injectRegister: false,
    // The icons are in globPatterns already.
    includeManifestIcons: false,
    manifest: {
      id: '/',
      name: '2021智博会重大项目投资看板 · 2021 Smart China Expo investment dashboard',
      short_name: '智博会看板 SCE 2021',
      description: '2021智博会重庆签约重大项目（92个、2524亿元）的分布，每个数字均注明来源。Where the 2021 Smart China Expo’s 92 major projects go, with sources.',
      lang: 'zh-CN',
      dir: 'ltr',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      background_color: THEME.explore,
      theme_color: THEME.explore,
      icons: [
        { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
        { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        { src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
      ],
      // Launching "Present" from the installed app opens presentation mode directly.
      // An installed app opened again (e.g. from the Present shortcut) reuses its window at the new URL.
      launch_handler: { client_mode: ['navigate-existing', 'auto'] },
      shortcuts: [
        { name: '演示模式 · Present', short_name: '演示 Present', url: '/?mode=present', icons: [{ src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' }] },
        { name: 'English', short_name: 'EN', url: '/?lang=en' },
      ],
    },
    workbox: {
      globPatterns: ['**/*.{html,js,css,geojson,json,svg,png,txt}'],
      // The site's registers change after the build (the deployer edits them): never precached,
      // always fetched from the server, with a dated copy only for offline (storage/site-files.ts).
      globIgnores: ['**/node_modules/**/*', 'registers/**'],
      navigateFallback: 'index.html',
      // Every deep link (?lang=en&sector=…&mode=present&scene=3) is the app.
      navigateFallbackAllowlist: [/^\/(?:index\.html)?(?:\?|$)/],
      cleanupOutdatedCaches: true,
      // The first install takes the open page at once (it precached this very build), so it works
      // offline without a reload; later versions wait for the user (SKIP_WAITING).
      clientsClaim: true,
      skipWaiting: false,
    },
  });
}

/**
 * read-excel-file inflates big sheets in blob: workers (through fflate), which the CSP forbids;
 * its zip step is swapped for the archive the import already opened (src/domain/register/xlsx-archive.ts) — it runs
 * in the import worker anyway.
 */
export function readExcelSyncUnzip(): Plugin {
  const replacement = fileURLToPath(new URL('./src/domain/register/xlsx-archive.ts', import.meta.url));
  return {
    name: 'read-excel-file-sync-unzip',
    enforce: 'pre',
    resolveId: (source, importer) => (importer?.includes('read-excel-file') && source.endsWith('/zip/unzipFromArrayBuffer.js') ? replacement : null),
  };
}

/** Small shared modules on every first view (see build.rolldownOptions below). */
const FIRST_VIEW_SHARED = /\/src\/(i18n\/(plural|i18n|labels|catalogs|per-language|known)|queries\/(keys|dataset|view|pause)|stores\/(view-store|scene-count|url-codec|url-sync)|components\/(load-chunk|preloadable|use-narrow|loading|use-present|use-hydrated|lazy-mount|panel-boundary|export-failure|modal|source-note|safe-text)|domain\/(places|current-rows|filters|format|basis-policy|engine|row-columns|view-summary|what-is-known)|data\/(areas|districts|vocabularies|locators|sources|cite)|features\/register\/save-outcome)\.tsx?$/;

// Static build: dist/ can be served by any web server; nothing is fetched from other origins.
export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), prerenderFirstView(), readExcelSyncUnzip(), pwa()],
  build: {
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: true,
    // The small modules every first view runs travel in one chunk: each separate file is a
    // request, and on a phone's slow link the number of requests before the first paint is
    // what Lighthouse's simulation (and the phone) waits for.
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'shell', test: FIRST_VIEW_SHARED }] } } },
  },
  // Module workers, so the import worker can split off the XLSX reader (loaded only for .xlsx).
  worker: { format: 'es', plugins: () => [readExcelSyncUnzip()] },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  server: { host: '127.0.0.1' },
});
