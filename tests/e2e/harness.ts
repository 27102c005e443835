/**
 * End-to-end harness: serves the production build (dist/) with the project's own static server
 * (scripts/lib/static-server.mjs, the one `npm start` runs, so its headers are what the tests
 * see) on 127.0.0.1 and drives Debian's Chromium through playwright-core. Every page it opens
 * reports Content-Security-Policy violations; tests/e2e/setup.ts fails any test that caused one.
 */
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { serveDist } from '../../scripts/lib/static-server.mjs';

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
  /** Serve the build folder's current files on the same origin and socket (the server caches what it read). */
  redeploy: () => Promise<void>;
  close: () => Promise<void>;
}

/**
 * `outDir`: serve another build folder than dist/ (e.g. a copy a test "redeploys"): `redeploy()`
 * makes the server serve the folder's files as they are now, on the same origin.
 */
export async function startHarness(options: { outDir?: string } = {}): Promise<Harness> {
  const dist = resolve(options.outDir ?? 'dist');
  const server: { httpServer: Server; forget: () => void } = await serveDist(dist);
  const address = server.httpServer.address();
  if (address === null || typeof address === 'string') throw new Error('static server has no port');
  const port = address.port;
  const baseUrl = `http://127.0.0.1:${port}/`;
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  const stop = () => new Promise<void>((resolve) => {
    server.httpServer.closeAllConnections();
    server.httpServer.close(() => resolve());
  });
  return {
    baseUrl,
    browser,
    // The same socket serves the folder's new files: closing and listening again on the port
    // left a moment in which another test file's server could take it (and each test then
    // talked to the other's server).
    redeploy: () => {
      server.forget();
      return Promise.resolve();
    },
    close: async () => {
      await browser.close();
      await stop();
    },
  };
}

/** Pages still open, with what each is waiting for: a test that fails prints them (setup.ts). */
const openPages = new Set<{ page: Page; pending: Map<unknown, string>; workers: Set<string>; errors: string[] }>();

/**
 * What every page still open shows and waits for — its address, the elements that mark the
 * app's state, open dialogs, requests without an answer, live workers, console errors — so a
 * test that hangs until its timeout says where (setup.ts prints this when a test fails).
 */
export async function describeOpenPages(): Promise<string> {
  const out: string[] = [];
  for (const p of openPages) {
    if (p.page.isClosed()) continue;
    const state = await Promise.race([
      p.page
        .evaluate(() => ({
          url: location.href,
          html: [...document.documentElement.attributes].map((a) => `${a.name}=${a.value}`).join(' '),
          dialogs: [...document.querySelectorAll('dialog[open], [role="dialog"]')].map((d) => (d.textContent ?? '').replace(/\s+/g, ' ').slice(0, 400)),
          busy: [...document.querySelectorAll('[aria-busy="true"], .chart-skeleton, .map-skeleton, [data-lazy-pending]')].map((e) => e.outerHTML.slice(0, 120)),
        }))
        .catch((e: Error) => `evaluate failed: ${e.message}`),
      new Promise((resolve) => setTimeout(() => resolve('evaluate did not answer in 5 s (main thread busy?)'), 5000)),
    ]);
    out.push(JSON.stringify({ state, pending: [...p.pending.values()], workers: [...p.workers], errors: p.errors }, null, 1));
  }
  return out.join('\n');
}

/** CSP violations reported by any page since the last takeCspViolations() (see setup.ts). */
const cspViolations: string[] = [];

export function takeCspViolations(): string[] {
  return cspViolations.splice(0);
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
export async function openPage(h: Harness, viewport = { width: 1920, height: 1080 }, options: { bypassCSP?: boolean; serviceWorkers?: 'allow' | 'block'; touch?: boolean } = {}): Promise<Watched> {
  // bypassCSP only for tests that inject a checker (axe) as an inline script; serviceWorkers
  // 'block' for tests that abort a chunk's request (a worker's precache would answer it);
  // touch: a phone (touch events, mobile viewport).
  const context = await h.browser.newContext({ viewport, bypassCSP: options.bypassCSP ?? false, serviceWorkers: options.serviceWorkers ?? 'allow', ...(options.touch ? { hasTouch: true, isMobile: true } : {}) });
  const errors: string[] = [];
  const offOrigin: string[] = [];
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'data:' || url.protocol === 'blob:' || url.hostname === '127.0.0.1') return route.continue();
    offOrigin.push(url.href);
    return route.abort();
  });
  // Violations from the document (securitypolicyviolation) and from workers (console).
  await context.exposeBinding('__reportCspViolation', (_source, text: string) => {
    cspViolations.push(text);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __reportCspViolation?: (t: string) => void }).__reportCspViolation;
      report?.(`${e.violatedDirective} ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  const page = await context.newPage();
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
    if (/Content Security Policy/i.test(msg.text()) && !options.bypassCSP) cspViolations.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => errors.push(err.message));
  // A step that waits longer than this names itself (selector, URL) in the failure, well inside
  // the test's own timeout, instead of a bare "test timed out".
  page.setDefaultTimeout(25_000);
  const watch = { page, pending: new Map<unknown, string>(), workers: new Set<string>(), errors };
  context.on('request', (r) => watch.pending.set(r, `${r.method()} ${r.url().slice(0, 160)}`));
  context.on('requestfinished', (r) => watch.pending.delete(r));
  context.on('requestfailed', (r) => watch.pending.delete(r));
  page.on('worker', (worker) => {
    watch.workers.add(worker.url());
    worker.on('close', () => watch.workers.delete(worker.url()));
  });
  page.on('close', () => openPages.delete(watch));
  openPages.add(watch);
  return { context, page, errors, offOrigin };
}

/**
 * The harness of one test file: started before its first test, closed after its last. The
 * object is usable at once (as `h` in the file); its fields are read once the harness runs.
 */
export function fileHarness(options: { outDir?: string } = {}): Harness {
  let started: Harness | undefined;
  beforeAll(async () => {
    started = await startHarness(options);
  });
  afterAll(async () => {
    await started?.close();
  });
  const get = (): Harness => {
    if (!started) throw new Error('the harness is used before beforeAll started it');
    return started;
  };
  return {
    get baseUrl() {
      return get().baseUrl;
    },
    get browser() {
      return get().browser;
    },
    redeploy: () => get().redeploy(),
    close: () => get().close(),
  };
}

/** No console errors and no request that left 127.0.0.1. */
export function expectClean(w: Watched): void {
  expect(w.errors).toEqual([]);
  expect(w.offOrigin).toEqual([]);
}

/** A file of tests/fixtures/. */
export function fixture(name: string): string {
  return new URL(`../fixtures/${name}`, import.meta.url).pathname;
}

/**
 * Import a fixture through the data dialog as a person would (choose it, wait for the check,
 * save) and return the register's id (without the version); the dialog stays open.
 */
export async function importRegister(page: Page, file: string): Promise<string> {
  await page.click('[data-data-button]');
  await page.waitForSelector('[data-register-file]', { state: 'attached' });
  await page.setInputFiles('[data-register-file]', fixture(file));
  await page.waitForSelector('[data-import-summary]');
  await page.click('[data-import-save]');
  await page.waitForSelector('[data-import-done]');
  const id = new URL(page.url()).searchParams.get('data') ?? '';
  return id.replace(/\.v\d+$/, '');
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
 * Scroll through the page as a reader would, so every panel that mounts near the viewport
 * (components/lazy-mount.tsx) is mounted, then back to the top.
 */
export async function scrollThrough(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    for (let y = 0; y < document.documentElement.scrollHeight; y += Math.max(200, window.innerHeight / 2)) {
      window.scrollTo(0, y);
      await frame();
    }
    // A panel whose code arrived after the reader had scrolled past it mounts its own lazy parts
    // (the map's Leaflet frame) only when it is near again: go back to each, as a reader would.
    // At most about 20 s in all, so a placeholder that never mounts is named by the wait below
    // (within the test's time) rather than the test timing out here.
    const until = performance.now() + 20_000;
    for (let tries = 0; tries < 20 && performance.now() < until; tries++) {
      const pending = document.querySelector('[data-lazy-pending]');
      if (!pending) break;
      pending.scrollIntoView({ block: 'center' });
      for (let i = 0; i < 100 && pending.isConnected && performance.now() < until; i++) await frame();
    }
    window.scrollTo(0, 0);
  });
  await page.waitForFunction(() => !document.querySelector('[data-lazy-pending]'), undefined, { timeout: 10_000 });
}

/**
 * Wait until every panel mounted on the page is drawn: the app is live with its KPIs (or, on a
 * presentation scene, its hero), no panel
 * shows its loading line (a lazy chunk or its data on the way) or a skeleton, and a map shown
 * has its 38 districts. (Panels below the fold that are not mounted yet are not waited for:
 * see scrollThrough.)
 */
export async function waitDrawn(page: Page): Promise<void> {
  // A presentation scene without a published figure has no KPI: its hero says it is drawn.
  await page.waitForSelector('html[data-live] :is([data-kpi="projects"][data-basis], [data-scene-hero])');
  await page.waitForFunction(
    () => !document.querySelector('.loading, .chart-skeleton, .map-skeleton') && (!document.querySelector('[data-region="map"]') || document.querySelectorAll('path[data-district]').length === 38),
  );
}

/**
 * Open a view of the built app and wait until it is drawn: every lazily mounted panel (after
 * scrolling through), the map's 38 districts where the view has a map, and no panel still
 * waiting for its lazy chunk or its data.
 */
export async function openView(h: Harness, query = '', viewport?: { width: number; height: number }, options: { bypassCSP?: boolean; serviceWorkers?: 'allow' | 'block' } = {}): Promise<Watched> {
  const w = await openPage(h, viewport, options);
  await w.page.goto(`${h.baseUrl}${query}`);
  await w.page.waitForSelector('html[data-live] [data-kpi="projects"][data-basis]');
  if ((await w.page.getAttribute('html', 'data-mode')) !== 'present') await scrollThrough(w.page);
  await waitDrawn(w.page);
  return w;
}

/**
 * Wait until the elements `selector` matches are at rest: the fonts are loaded and their boxes
 * are the same in two animation frames in a row (a ResizeObserver's refit, e.g. the map's,
 * runs before the frame's paint, so a box that held for a frame has settled).
 */
export async function waitAtRest(page: Page, selector: string): Promise<void> {
  await page.evaluate(async (sel) => {
    await document.fonts.ready;
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    const boxes = () => JSON.stringify([...document.querySelectorAll(sel)].map((e) => e.getBoundingClientRect()));
    let before = boxes();
    for (;;) {
      await frame();
      const now = boxes();
      if (now === before) return;
      before = now;
    }
  }, selector);
}

/**
 * Wait until presentation mode shows scene `scene` (1-based) drawn and at rest: its count,
 * every panel of the scene drawn (waitDrawn), and the scene's entrance animation finished
 * (it moves the stage, which a measurement must not see).
 */
export async function waitScene(page: Page, scene: number): Promise<void> {
  await page.waitForFunction((n) => document.querySelector('.present-count')?.textContent?.match(/\d+/)?.[0] === String(n), scene);
  await waitDrawn(page);
  await page.waitForFunction(() => {
    const stage = document.querySelector('.present-stage');
    return stage !== null && stage.getAnimations().every((a) => a.playState === 'finished');
  });
}

/** How far openPresentOnClock moves the page's clock at a time while the scene loads (ms). */
export const CLOCK_STEP = 50;

/**
 * Open a presentation link on a clock that stands still from the start and moves only when the
 * test moves it (page.clock.runFor), so however slowly this machine loads the scene, the tour's
 * seconds are the clock's. Loading may wait on the clock too (React's and the app's own
 * timers): it is moved CLOCK_STEP at a time until the scene's countdown is drawn, so the tour's
 * clock has then run at most one step.
 */
export async function openPresentOnClock(h: Harness, query: string, viewport = { width: 1920, height: 1080 }, init?: () => void): Promise<Watched> {
  const w = await openPage(h, viewport);
  if (init) await w.context.addInitScript(init);
  await w.page.clock.install({ time: new Date('2021-08-23T09:00:00Z') });
  await w.page.clock.pauseAt(new Date('2021-08-23T09:00:01Z'));
  await w.page.goto(`${h.baseUrl}${query}`);
  // A guard against a page that never draws (so the failure names it), not a measure of time.
  const giveUp = Date.now() + 25_000;
  while ((await w.page.locator('.present-progress').count()) === 0) {
    if (Date.now() > giveUp) throw new Error(`the presentation's countdown was not drawn (${query})`);
    await w.page.clock.runFor(CLOCK_STEP);
  }
  return w;
}

/**
 * Open a presentation link (`query` names its scene, else scene 1) and wait until that scene is
 * drawn and at rest. `init` runs in the page before the app (a stand-in for a browser API).
 */
export async function openPresent(h: Harness, query: string, viewport = { width: 1920, height: 1080 }, init?: () => void): Promise<Watched> {
  const w = await openPage(h, viewport);
  if (init) await w.context.addInitScript(init);
  await w.page.goto(`${h.baseUrl}${query}`);
  await waitScene(w.page, Number(new URLSearchParams(query).get('scene') ?? '1'));
  return w;
}

/** Resolves once a service worker is active for the page and has finished installing (precache complete). */
export async function swActivated(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.ready;
    const sw = reg.active;
    if (!sw || sw.state === 'activated') return;
    await new Promise<void>((done) => sw.addEventListener('statechange', () => sw.state === 'activated' && done()));
  });
  // The first install claims the open page (clients.claim).
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** Export a panel's table or image from its export menu (opened only when closed: it stays open after an export); the file as downloaded. */
export async function downloadExport(w: Watched, scope: string, format: string): Promise<{ name: string; path: string; data: Buffer }> {
  const box = w.page.locator(scope);
  const open = await box.locator('.export-menu').first().evaluate((d) => (d as HTMLDetailsElement).open);
  if (!open) await box.locator('.export-menu > summary').first().click();
  const [dl] = await Promise.all([w.page.waitForEvent('download'), box.locator(`[data-export="${format}"]`).first().click()]);
  const path = await dl.path();
  return { name: dl.suggestedFilename(), path, data: readFileSync(path) };
}
