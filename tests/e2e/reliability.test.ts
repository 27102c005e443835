/**
 * End-to-end (issue 23): never lost work, storage that heals itself, site registers never stale.
 * Two tabs saving a version of one register at once get versions 2 and 3, each with its own
 * rows; Escape during a save lets it finish and says so; a database without its store, a
 * damaged index and a browser that refuses IndexedDB each leave the import working; a site
 * register changed on the server after a visit is read fresh (service worker on), a listed file
 * that is missing is named as missing, and offline the kept copy is used and dated.
 * Saves wait on the site-wide save lock (Web Locks): the tests hold it to start both saves
 * before either writes — conditions, never time.
 */
import { cpSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectClean, fileHarness, importRegister, openPage, openView, startHarness, swActivated, type Harness } from './harness';

const SAVE_LOCK = 'cq-expo-registers-save';
const csv = (rows: number) => `project,district,amount (100 million yuan)\r\n${Array.from({ length: rows }, (_, i) => `Park ${i + 1},Yubei,${i + 1}`).join('\r\n')}\r\n`;

/** Hold the save lock in `page` until released (resolves once it is held). */
async function holdSaveLock(page: Page): Promise<void> {
  await page.evaluate(
    (name) =>
      new Promise<void>((held) => {
        void navigator.locks.request(name, () => {
          held();
          return new Promise<void>((release) => {
            (window as unknown as { releaseSave: () => void }).releaseSave = release;
          });
        });
      }),
    SAVE_LOCK,
  );
}

async function releaseSaveLock(page: Page): Promise<void> {
  await page.evaluate(() => (window as unknown as { releaseSave: () => void }).releaseSave());
}

/** Wait until `n` saves (from any tab or worker) wait for the lock. */
async function savesWaiting(page: Page, n: number): Promise<void> {
  await page.waitForFunction(async ({ name, count }) => ((await navigator.locks.query()).pending ?? []).filter((l) => l.name === name).length === count, { name: SAVE_LOCK, count: n });
}

async function chooseCsv(page: Page, name: string, rows: number): Promise<void> {
  await page.setInputFiles('[data-register-file]', { name, mimeType: 'text/csv', buffer: Buffer.from(csv(rows)) });
  await page.waitForSelector(`[data-import-summary][data-accepted="${rows}"]`);
}

async function writeStored(page: Page, key: string, value: unknown): Promise<void> {
  await page.evaluate(
    async ({ k, v }) => {
      const db = await new Promise<IDBDatabase>((done, fail) => {
        const r = indexedDB.open('cq-expo-registers');
        r.onsuccess = () => done(r.result);
        r.onerror = () => fail(r.error);
      });
      await new Promise<void>((done, fail) => {
        const tx = db.transaction('registers', 'readwrite');
        tx.objectStore('registers').put(v, k);
        tx.oncomplete = () => done();
        tx.onerror = () => fail(tx.error);
      });
      db.close();
    },
    { k: key, v: value },
  );
}

describe('stored registers (production build, Chromium)', () => {
  const h = fileHarness();

  it('two tabs save a new version of one register at once: versions 2 and 3, each with its own rows, one told it came after the other', async () => {
    const w = await openView(h, '?lang=en');
    const a = w.page;
    const id = await importRegister(a, 'register-mixed.csv');
    const b = await w.context.newPage();
    await b.goto(`${h.baseUrl}?lang=en`);
    await b.waitForSelector('html[data-live] [data-kpi="projects"][data-basis]');
    await b.click('[data-data-button]');
    for (const [page, name, rows] of [[a, 'tab-a.csv', 3], [b, 'tab-b.csv', 5]] as const) {
      await page.click(`[data-update="${id}"]`);
      await page.setInputFiles('[data-register-file]', { name, mimeType: 'text/csv', buffer: Buffer.from(csv(rows)) });
      await page.waitForSelector(`[data-import-summary][data-accepted="${rows}"]`);
    }
    await holdSaveLock(a);
    await a.click('[data-import-save]');
    await b.click('[data-import-save]');
    await savesWaiting(a, 2);
    await releaseSaveLock(a);
    await a.waitForSelector('[data-import-done]');
    await b.waitForSelector('[data-import-done]');
    const versionOf = (page: Page) => Number(/\.v(\d+)$/.exec(new URL(page.url()).searchParams.get('data') ?? '')?.[1]);
    const [va, vb] = [versionOf(a), versionOf(b)];
    expect([va, vb].sort()).toEqual([2, 3]);
    const later = va === 3 ? a : b;
    expect(await later.textContent('[data-import-done]')).toContain('Another tab saved a newer version');
    // Each tab shows its own rows; the stored list names each version with its own file and rows.
    await a.keyboard.press('Escape');
    await a.waitForSelector('[data-kpi="projects"][data-basis="complete"]');
    await a.reload();
    await a.waitForSelector('[data-kpi="projects"][data-basis="complete"]');
    await a.click('[data-data-button]');
    const item = (v: number) => a.locator(`[data-dataset="${id}"] [data-version="${v}"]`);
    await item(3).waitFor();
    expect(await item(va).textContent()).toMatch(/tab-a\.csv · 3 rows/);
    expect(await item(vb).textContent()).toMatch(/tab-b\.csv · 5 rows/);
    expect(await item(1).count()).toBe(1);
    expectClean(w);
    await w.context.close();
  });

  it('Escape during a save: the dialog closes, the save finishes, and the page says so with the register to show', async () => {
    const w = await openView(h, '?lang=en');
    const { page } = w;
    await page.click('[data-data-button]');
    await chooseCsv(page, 'escaped.csv', 4);
    await holdSaveLock(page);
    await page.click('[data-import-save]');
    await savesWaiting(page, 1);
    await page.keyboard.press('Escape');
    await page.waitForSelector('[role="dialog"]', { state: 'detached' });
    await page.waitForSelector('[data-save-outcome="saving"]');
    await releaseSaveLock(page);
    const saved = page.locator('[data-save-outcome="saved"]');
    await saved.waitFor();
    expect(await saved.textContent()).toContain('Saved “escaped”, version 1 (4 rows).');
    const id = await saved.getAttribute('data-saved-register');
    await page.click('[data-show-saved]');
    await page.waitForSelector('[data-kpi="projects"][data-basis="complete"]');
    expect(new URL(page.url()).searchParams.get('data')).toBe(`${id}.v1`);
    await page.click('[data-data-button]');
    await page.waitForSelector(`[data-dataset="${id}"]`);
    expectClean(w);
    await w.context.close();
  });

  it('a database without its object store (opened first by an init script): the store is recreated, no damage is reported, and an import is saved and listed after a reload', async () => {
    const w = await openPage(h);
    await w.context.addInitScript(() => {
      // Another app version: the database at version 5, without the registers store.
      const r = indexedDB.open('cq-expo-registers', 5);
      r.onupgradeneeded = () => r.result.createObjectStore('other');
      r.onsuccess = () => r.result.close();
      r.onerror = (e) => e.preventDefault();
    });
    const { page } = w;
    await page.goto(`${h.baseUrl}?lang=en`);
    await page.waitForSelector('html[data-live] [data-kpi="projects"][data-basis]');
    const id = await importRegister(page, 'register-mixed.csv');
    expect(await page.locator('[data-damaged-index]').count()).toBe(0);
    await page.reload();
    await page.waitForSelector('[data-kpi="projects"][data-basis="complete"]');
    await page.click('[data-data-button]');
    await page.waitForSelector(`[data-dataset="${id}"]`);
    expect(await page.locator('[data-damaged-index]').count()).toBe(0);
    expectClean(w);
    await w.context.close();
  });

  it('a damaged index: after a reload every register is listed again from its own records, and repair writes the list', async () => {
    const w = await openView(h, '?lang=en');
    const { page } = w;
    const first = await importRegister(page, 'register-mixed.csv');
    await page.keyboard.press('Escape');
    const second = await importRegister(page, 'progress-v1.csv');
    await writeStored(page, 'index', 'garbage');
    await page.reload();
    await page.waitForSelector('[data-kpi="projects"][data-basis]');
    await page.click('[data-data-button]');
    await page.waitForSelector(`[data-dataset="${first}"]`);
    await page.waitForSelector(`[data-dataset="${second}"]`);
    expect(await page.textContent('[data-damaged-index]')).toContain('The list of registers stored in this browser is damaged and cannot be read.');
    await page.click('[data-repair-index]');
    await page.waitForSelector('[data-damaged-index]', { state: 'detached' });
    expect(await page.textContent('[data-index-repaired]')).toContain('2 registers listed');
    expect(await page.locator(`[data-dataset="${first}"], [data-dataset="${second}"]`).count()).toBe(2);
    expectClean(w);
    await w.context.close();
  });

  it('IndexedDB refusing to open: one plain message, and an import still shows the register in this tab', async () => {
    const w = await openPage(h);
    await w.context.addInitScript(() => {
      IDBFactory.prototype.open = () => {
        throw new DOMException('The user denied permission to access the database.', 'SecurityError');
      };
    });
    const { page } = w;
    await page.goto(`${h.baseUrl}?lang=en`);
    await page.waitForSelector('html[data-live] [data-kpi="projects"][data-basis]');
    await page.click('[data-data-button]');
    const unavailable = page.locator('[data-storage-unavailable]');
    await unavailable.waitFor();
    expect(await unavailable.textContent()).toBe('This browser does not let the site store data; an imported register works in this tab only.');
    expect(await page.locator('[data-damaged-index], [data-repair-index]').count()).toBe(0);
    await chooseCsv(page, 'here-only.csv', 3);
    await page.click('[data-import-save]');
    const done = page.locator('[data-import-done]');
    await done.waitFor();
    expect(await done.textContent()).toContain('works in this tab only');
    const id = await done.getAttribute('data-import-done');
    await page.waitForSelector(`[data-dataset="${id}"]`);
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-kpi="projects"][data-basis="complete"]');
    expect(await page.locator('[data-data-notice]').count()).toBe(0);
    expectClean(w);
    await w.context.close();
  });
});

describe('site registers are never stale (service worker on)', () => {
  let h: Harness;
  let dir: string;
  const zhCsv = (amount: number) => `项目名称,区县,投资额（亿元）\r\n智能终端产业园,渝北区,${amount}\r\n`;
  const index = (entries: unknown[]) => JSON.stringify({ registers: entries });
  beforeAll(async () => {
    // A copy of the build whose registers/ the test edits, as a deployer does after the build.
    dir = mkdtempSync(join(tmpdir(), 'cq-site-'));
    cpSync(resolve('dist'), dir, { recursive: true });
    mkdirSync(join(dir, 'registers'), { recursive: true });
    const bad = Array.from({ length: 60_000 }, (_, i) => ({ name: `Bad Name ${i}`, file: 'x.exe' }));
    writeFileSync(join(dir, 'registers', 'index.json'), index([{ name: 'bureau', title: '测试台账', file: 'bureau.csv' }, { name: 'gone', title: '缺文件', file: 'gone.csv' }, ...bad]));
    writeFileSync(join(dir, 'registers', 'bureau.csv'), zhCsv(30));
    h = await startHarness({ outDir: dir });
  });
  afterAll(async () => {
    await h?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('a file changed on the server is read fresh on the next visit; a listed file that is missing is named as missing; offline, the kept copy is used and dated; index problems are capped', async () => {
    const w = await openView(h, '?data=site:bureau');
    const { page, context } = w;
    await swActivated(page);
    const investment = page.locator('[data-kpi="investment"][data-basis="complete"]');
    await investment.waitFor();
    expect(await investment.textContent()).toContain('30亿元');
    // The 60 000 bad entries: counted, a few named, not 60 000 paragraphs.
    await page.click('[data-data-button]');
    const problems = page.locator('[data-site-index-problems]');
    await problems.waitFor();
    expect(await problems.getAttribute('data-site-index-problems')).toBe('60000');
    expect(await problems.locator('li').count()).toBe(20);
    expect(await problems.textContent()).toContain('……另有 59,980 项同类问题。');
    expect(await page.textContent('[data-site-registers]')).toContain('本网站');

    // The deployer corrects the file (and adds a register) after the build.
    writeFileSync(join(dir, 'registers', 'bureau.csv'), zhCsv(210));
    writeFileSync(join(dir, 'registers', 'index.json'), index([{ name: 'bureau', title: '测试台账', file: 'bureau.csv' }, { name: 'gone', title: '缺文件', file: 'gone.csv' }, { name: 'added', title: '新增台账', file: 'bureau.csv' }]));
    await h.redeploy();
    await page.reload();
    await page.waitForSelector('[data-kpi="investment"][data-basis="complete"]');
    expect(await page.textContent('[data-kpi="investment"]')).toContain('210亿元');
    await page.click('[data-data-button]');
    await page.waitForSelector('[data-site-registers] [data-dataset="site:added"]');
    await page.keyboard.press('Escape');

    // Listed, but its file is not on the server: said as missing, naming the file.
    await page.goto(`${h.baseUrl}?data=site:gone`);
    const missing = page.locator('[data-data-notice="missing"] [data-missing-file="gone.csv"]');
    await missing.waitFor();
    expect(await missing.textContent()).toContain('找不到它的文件 gone.csv');
    expect(await missing.textContent()).not.toContain('没有列出');

    // Offline: the copy kept from the last visit, with the date it was saved.
    await context.setOffline(true);
    await page.goto(`${h.baseUrl}?data=site:bureau`);
    await page.waitForSelector('[data-kpi="investment"][data-basis="complete"]');
    expect(await page.textContent('[data-kpi="investment"]')).toContain('210亿元');
    await page.click('[data-data-button]');
    const offline = page.locator('[data-site-offline]');
    await offline.waitFor();
    expect(await offline.textContent()).toMatch(/^当前离线：本网站的名录来自 .+ 保存的副本。$/);
    expect(w.offOrigin).toEqual([]);
    await context.close();
  });
});
