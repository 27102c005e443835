/**
 * End-to-end harness: serves the production build (dist/) with Vite's preview server on
 * 127.0.0.1 and drives Debian's Chromium through playwright-core.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Harness {
  baseUrl: string;
  browser: Browser;
  close: () => Promise<void>;
}

/** `outDir`: serve another build folder than dist/ (e.g. a copy a test "redeploys"). */
export async function startHarness(options: { outDir?: string } = {}): Promise<Harness> {
  const server: PreviewServer = await preview({
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
    ...(options.outDir ? { build: { outDir: options.outDir } } : {}),
    logLevel: 'silent',
  });
  const address = server.httpServer.address();
  if (address === null || typeof address === 'string') throw new Error('preview server has no port');
  const baseUrl = `http://127.0.0.1:${address.port}/`;
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  return {
    baseUrl,
    browser,
    close: async () => {
      await browser.close();
      await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
    },
  };
}

export interface Watched {
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught page errors. */
  errors: string[];
  /** Every request whose host is not 127.0.0.1 (it is also aborted). */
  offOrigin: string[];
}

/** A fresh context and page that records console errors and blocks requests leaving 127.0.0.1. */
export async function openPage(h: Harness, viewport = { width: 1920, height: 1080 }, options: { bypassCSP?: boolean } = {}): Promise<Watched> {
  // bypassCSP only for tests that inject a checker (axe) as an inline script.
  const context = await h.browser.newContext({ viewport, bypassCSP: options.bypassCSP ?? false });
  const errors: string[] = [];
  const offOrigin: string[] = [];
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'data:' || url.protocol === 'blob:' || url.hostname === '127.0.0.1') return route.continue();
    offOrigin.push(url.href);
    return route.abort();
  });
  const page = await context.newPage();
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(err.message));
  return { context, page, errors, offOrigin };
}

/**
 * Click a district path at a point that is really inside it (a concave district's box centre
 * can fall in a neighbour, and markers sit on centroids), as a person aiming at it would.
 */
export async function clickDistrict(page: Page, code: string): Promise<void> {
  const point = await page.evaluate((c) => {
    const path = document.querySelector<SVGPathElement>(`path[data-district="${c}"]`);
    if (!path) return null;
    const box = path.getBoundingClientRect();
    const steps = 12;
    for (let i = 1; i < steps; i++) {
      for (let j = 1; j < steps; j++) {
        const x = box.left + (box.width * i) / steps;
        const y = box.top + (box.height * j) / steps;
        if (document.elementFromPoint(x, y) === path) return { x, y };
      }
    }
    return null;
  }, code);
  if (!point) throw new Error(`no clickable point inside district ${code}`);
  await page.mouse.click(point.x, point.y);
}

/**
 * Open a view of the built app and wait until it is drawn: the map's 38 districts where the
 * view has a map, and no chart still waiting for its lazy chunk.
 */
export async function openView(h: Harness, query = '', viewport?: { width: number; height: number }, options: { bypassCSP?: boolean } = {}): Promise<Watched> {
  const w = await openPage(h, viewport, options);
  await w.page.goto(`${h.baseUrl}${query}`);
  await w.page.waitForSelector('[data-kpi="projects"][data-basis]');
  await w.page.waitForFunction(
    () => (!document.querySelector('[data-region="map"]') || document.querySelectorAll('path[data-district]').length === 38) && !document.querySelector('.chart-skeleton'),
  );
  return w;
}
