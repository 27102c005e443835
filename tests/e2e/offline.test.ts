/**
 * End-to-end: the installable, offline app. After one visit the service worker has precached
 * the build, so with the network off the page reloads, deep links open (presentation scene
 * included), lazy chunks load and an imported register is still read from IndexedDB. A new
 * deployment (a changed sw.js) shows the update prompt, which reloads only when clicked and
 * never shows in presentation mode.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, openView, startHarness, swActivated, waitDrawn, type Harness } from './harness';

describe('offline after one visit (production build, service worker, Chromium)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('manifest: zh and en names, icons, standalone, a Present shortcut; CSP allows only this origin for workers', async () => {
    const { page, context } = await openView(h);
    const href = await page.getAttribute('link[rel="manifest"]', 'href');
    expect(href).toBe('/manifest.webmanifest');
    const manifest = (await (await page.request.get(`${h.baseUrl}manifest.webmanifest`)).json()) as Record<string, unknown>;
    expect(manifest.name).toContain('智博会');
    expect(manifest.name).toContain('Smart China Expo');
    expect(manifest.display).toBe('standalone');
    expect((manifest.icons as { sizes: string }[]).map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    expect((manifest.shortcuts as { url: string }[])[0]?.url).toBe('/?mode=present');
    const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    expect(csp).toContain("worker-src 'self'");
    expect(csp).toContain("manifest-src 'self'");
    expect(csp).not.toContain('unsafe');
    await context.close();
  });

  it('reloads, opens a deep link into a presentation scene, loads lazy chunks and keeps an imported register — all with the network off', async () => {
    const { page, context, errors, offOrigin } = await openView(h);
    await swActivated(page);
    // An imported register (while online), to be read back offline from IndexedDB.
    await page.click('[data-data-button]');
    await page.setInputFiles('[data-register-file]', fixture('register-mixed.csv'));
    await page.click('[data-import-save]');
    await page.waitForSelector('[data-import-done]');
    const registerUrl = page.url();
    await page.keyboard.press('Escape');

    await context.setOffline(true);
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
    await page.reload();
    await waitDrawn(page);
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    // The register, from IndexedDB, drives the panels.
    expect(await page.locator('[data-kpi="projects"]').getAttribute('data-basis')).toBe('complete');
    expect(page.url()).toBe(registerUrl);

    // A deep link straight into presentation mode, scene 3, in English.
    await page.goto(`${h.baseUrl}?lang=en&sector=smart-manufacturing&mode=present&scene=3&interval=0`);
    await page.waitForSelector('.present-count');
    expect(await page.locator('.present-count').textContent()).toMatch(/^Scene 3 of \d+$/);
    await waitDrawn(page);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    // Run the tour on: the next scene draws its panels (lazy chunks from the cache).
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => /^Scene 4 of/.test(document.querySelector('.present-count')?.textContent ?? ''));
    await waitDrawn(page);
    expect(new URL(page.url()).searchParams.get('scene')).toBe('4');
    await page.keyboard.press('Escape');
    await page.waitForSelector('.app-header');
    // A lazy chunk that was never loaded online (the tour editor).
    await page.click('[data-tour-button]');
    await page.waitForSelector('[role="dialog"]');
    expect(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED/.test(e))).toEqual([]);
    expect(offOrigin).toEqual([]);
    await context.close();
  });
});

describe('update prompt after a new deployment', () => {
  let h: Harness;
  let dir: string;
  beforeAll(async () => {
    // A copy of the build, so the test can deploy a "new" sw.js without touching dist/.
    dir = mkdtempSync(join(tmpdir(), 'cq-sw-'));
    cpSync(resolve('dist'), dir, { recursive: true });
    h = await startHarness({ outDir: dir });
  });
  afterAll(async () => {
    await h?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('says 新版本可用, not in presentation mode, and reloads into the new worker only when asked', async () => {
    const { page, context, errors } = await openView(h, '?mode=present&interval=0');
    await swActivated(page);
    // The first install took the page (clients.claim) with no prompt: there is nothing to update.
    expect(await page.locator('[data-update-prompt]').count()).toBe(0);
    // Deploy: a byte-different sw.js with a new revision of index.html.
    const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
    const revision = `rebuild-${Date.now()}`;
    const next = sw.replace(/\{url:"index\.html",revision:"[^"]+"\}/, `{url:"index.html",revision:"${revision}"}`);
    expect(next).not.toBe(sw);
    writeFileSync(join(dir, 'sw.js'), next);
    await h.redeploy();
    // Look for the update and wait until the new worker has installed (it then waits): watched
    // from before the update is asked for, and also where it already is once update() answers;
    // a failed install says so at once instead of leaving the test waiting.
    await page.evaluate(async () => {
      const reg = await navigator.serviceWorker.getRegistration();
      if (!reg) throw new Error('no registration');
      let track: (sw: ServiceWorker | null) => void = () => undefined;
      const installed = new Promise<void>((done, fail) => {
        track = (sw) => {
          const seen = () => {
            if (sw?.state === 'installed' || sw?.state === 'activated') done();
            if (sw?.state === 'redundant') fail(new Error('the new service worker failed to install'));
          };
          sw?.addEventListener('statechange', seen);
          seen();
        };
      });
      reg.addEventListener('updatefound', () => track(reg.installing));
      await reg.update();
      track(reg.waiting ?? reg.installing);
      await installed;
    });
    // Mid-presentation: no prompt, no reload.
    await page.evaluate(() => {
      (window as unknown as { marker: number }).marker = 1;
    });
    expect(await page.locator('[data-update-prompt]').count()).toBe(0);
    await page.keyboard.press('Escape');
    const prompt = page.locator('[data-update-prompt]');
    await prompt.waitFor();
    expect(await prompt.textContent()).toContain('新版本可用');
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
    // The reload is waited for as a state, not an event: a new document (no marker) fully
    // loaded, which a quick reload cannot make the test miss; one that never comes names this step.
    await page.click('[data-update-reload]');
    await page.waitForFunction(() => (window as unknown as { marker?: number }).marker === undefined && document.readyState === 'complete');
    await waitDrawn(page);
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBeUndefined();
    // The new worker is in charge: nothing waits, and its precache holds the new revision.
    const state = await page.evaluate(async () => {
      const reg = await navigator.serviceWorker.getRegistration();
      const keys: string[] = [];
      for (const name of await caches.keys()) for (const req of await (await caches.open(name)).keys()) keys.push(req.url);
      return { waiting: reg?.waiting !== null, controlled: navigator.serviceWorker.controller !== null, keys };
    });
    expect(state).toMatchObject({ waiting: false, controlled: true });
    expect(state.keys.some((k) => k.includes('index.html') && k.includes(revision))).toBe(true);
    expect(await page.locator('[data-update-prompt]').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
