/**
 * End-to-end (issue 23): a chunk that fails to load is a message in place of what did not load,
 * with a Retry that works once the network is back — never a blank page; in presentation mode
 * the scene shows what loaded and the presenter's controls say what did not; a scene filtered
 * by what the data on screen lacks says so in words; the update prompt sits above the map.
 * Chunk requests are aborted with page.route (service workers blocked, or a precache would
 * answer them).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileHarness, openPage, openView, startHarness, type Harness } from './harness';

const h = fileHarness();

async function rootHasContent(page: Page): Promise<boolean> {
  return page.evaluate(() => (document.getElementById('root')?.children.length ?? 0) > 0 && (document.getElementById('root')?.textContent ?? '').trim() !== '');
}

describe('a chunk that fails to load', () => {
  it('a dialog (分享): the message with 重试 in its place; once the network is back 重试 opens the dialog', async () => {
    const w = await openView(h, '', undefined, { serviceWorkers: 'block' });
    const { page } = w;
    let aborted = 0;
    await page.route('**/assets/share-dialog-*.js', (route) => {
      aborted++;
      return route.abort('internetdisconnected');
    });
    await page.getByRole('button', { name: '分享', exact: true }).click();
    const message = page.locator('[data-dialog-error][data-chunk-error]');
    await message.waitFor();
    expect(await message.textContent()).toContain('“分享”未能加载');
    // The loader tried twice before saying so.
    expect(aborted).toBeGreaterThanOrEqual(2);
    expect(await rootHasContent(page)).toBe(true);
    // The rest of the page keeps working: close the message, a filter still applies.
    await page.getByRole('button', { name: '关闭' }).click();
    await message.waitFor({ state: 'detached' });
    expect(await page.locator('[data-kpi="projects"] .kpi-number').textContent()).toBe('92');
    // Open again, the network comes back, Retry.
    await page.getByRole('button', { name: '分享', exact: true }).click();
    await message.waitFor();
    await page.unroute('**/assets/share-dialog-*.js');
    await page.locator('[data-dialog-error] [data-failure-retry]').click();
    await page.locator('[data-share-url]').waitFor();
    expect(await page.locator('[data-dialog-error]').count()).toBe(0);
    expect(await rootHasContent(page)).toBe(true);
    expect(w.offOrigin).toEqual([]);
    await w.context.close();
  });

  it('a panel (行业): an error card with 重试 in the panel; the other panels are drawn; 重试 draws it', async () => {
    const w = await openPage(h, { width: 1440, height: 900 }, { serviceWorkers: 'block' });
    const { page } = w;
    await page.route('**/assets/sector-chart-*.js', (route) => route.abort('internetdisconnected'));
    await page.goto(h.baseUrl);
    await page.waitForSelector('html[data-live] [data-kpi="projects"][data-basis]');
    const card = page.locator('.chart-panel-sector [data-panel-error][data-chunk-error]');
    await card.waitFor();
    expect(await card.textContent()).toContain('未能加载');
    expect(await rootHasContent(page)).toBe(true);
    await page.unroute('**/assets/sector-chart-*.js');
    await card.locator('[data-failure-retry]').click();
    await page.locator('.chart-panel-sector [data-key]').first().waitFor();
    expect(await page.locator('[data-panel-error]').count()).toBe(0);
    await w.context.close();
  });

  it('presentation mode: no error card on the scene; the presenter controls say what did not load, and 重试 brings it', async () => {
    const w = await openPage(h, { width: 1920, height: 1080 }, { serviceWorkers: 'block' });
    const { page } = w;
    await page.route('**/assets/sector-chart-*.js', (route) => route.abort('internetdisconnected'));
    // Scene 1 shows the published totals (its hero) and the sector chart.
    await page.goto(`${h.baseUrl}?mode=present&scene=1&interval=0`);
    await page.waitForSelector('.present-count');
    const note = page.locator('[data-presenter-failures]');
    await note.waitFor();
    expect(await note.textContent()).toContain('未能加载');
    await page.locator('[data-scene-hero="figure"] [data-kpi="projects"]').waitFor();
    expect(await page.locator('.present-stage .error-card').count()).toBe(0);
    expect(await page.locator('.present-stage [data-off-scene]').count()).toBe(1);
    await page.unroute('**/assets/sector-chart-*.js');
    // The presenter reaches it by keyboard (the controls show while they hold focus).
    await note.locator('[data-failure-retry]').focus();
    await page.keyboard.press('Enter');
    await page.locator('.chart-panel-sector [data-key]').first().waitFor();
    await note.waitFor({ state: 'detached' });
    await w.context.close();
  });

  it('presentation mode itself (演示模式): the message with 重试 and 退出演示, never a blank page', async () => {
    const w = await openView(h, '', undefined, { serviceWorkers: 'block' });
    const { page } = w;
    await page.route('**/assets/present-layout-*.js', (route) => route.abort('internetdisconnected'));
    await page.locator('.present-button').click();
    const card = page.locator('[data-panel-error="演示模式"][data-chunk-error]');
    await card.waitFor();
    expect(await rootHasContent(page)).toBe(true);
    await page.unroute('**/assets/present-layout-*.js');
    await card.locator('[data-failure-retry]').click();
    await page.waitForSelector('.present-count');
    await w.context.close();
  });
});

describe('a scene whose filters the data on screen cannot answer', () => {
  it('says so in words instead of "未公布" and zeros', async () => {
    const w = await openPage(h);
    const tour = {
      format: 'cq-expo-tour',
      version: 1,
      scenes: [{ id: 'stage', title: { zh: '在建项目', en: 'Under construction' }, point: { zh: '按阶段', en: 'By stage' }, filters: { stages: ['started'], years: ['2022'] }, panels: ['sector'], highlight: null, measure: 'amount' }],
    };
    await w.context.addInitScript((t) => localStorage.setItem('cq-expo-tour-v1', t), JSON.stringify(tour));
    await w.page.goto(`${h.baseUrl}?mode=present&scene=1&interval=0`);
    const note = w.page.locator('[data-scene-unanswered]');
    await note.waitFor();
    expect(await note.getAttribute('data-scene-unanswered')).toBe('stages years');
    expect(await note.textContent()).toContain('屏幕上的数据没有逐个项目的项目进展和届次');
    expect(await w.page.locator('.present-stage [data-kpi]').count()).toBe(0);
    await w.context.close();
  });
});

describe('the update prompt over the map', () => {
  let sw: Harness;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cq-sw-'));
    cpSync(resolve('dist'), dir, { recursive: true });
    sw = await startHarness({ outDir: dir });
  });
  afterAll(async () => {
    await sw?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('sits above the map: elementFromPoint at Reload is Reload, and it comes first in the keyboard order', async () => {
    const w = await openView(sw, '', { width: 1280, height: 800 });
    const { page } = w;
    await page.evaluate(async () => {
      const reg = await navigator.serviceWorker.ready;
      const active = reg.active;
      if (active && active.state !== 'activated') await new Promise<void>((done) => active.addEventListener('statechange', () => active.state === 'activated' && done()));
    });
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const file = readFileSync(join(dir, 'sw.js'), 'utf8');
    const next = file.replace(/\{url:"index\.html",revision:"[^"]+"\}/, '{url:"index.html",revision:"prompt-over-map"}');
    expect(next).not.toBe(file);
    writeFileSync(join(dir, 'sw.js'), next);
    await sw.redeploy();
    await page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update();
    });
    const reload = page.locator('[data-update-reload]');
    await reload.waitFor();
    // The map under the prompt: its bottom-left corner at the viewport's.
    await page.evaluate(() => {
      const map = document.querySelector('.map-frame');
      if (!map) throw new Error('no map');
      const box = map.getBoundingClientRect();
      window.scrollBy(0, box.bottom - window.innerHeight + 8);
    });
    const hit = await page.evaluate(() => {
      const button = document.querySelector<HTMLElement>('[data-update-reload]');
      const map = document.querySelector('.map-frame');
      if (!button || !map) return null;
      const b = button.getBoundingClientRect();
      const m = map.getBoundingClientRect();
      const x = b.left + b.width / 2;
      const y = b.top + b.height / 2;
      const overMap = x >= m.left && x <= m.right && y >= m.top && y <= m.bottom;
      return { overMap, isButton: document.elementFromPoint(x, y) === button };
    });
    expect(hit).toEqual({ overMap: true, isButton: true });
    // Keyboard: the prompt comes first in the page's order (before the skip link), so one Tab reaches it.
    const tabOrder = await page.evaluate(() => [...document.querySelectorAll('a[href], button')].slice(0, 2).map((e) => e.getAttribute('data-update-reload') !== null ? 'reload' : e.className));
    expect(tabOrder).toEqual(['reload', '']);
    await w.context.close();
  });
});
