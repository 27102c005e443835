/**
 * End-to-end: the adversarial pass of issue 14, one test per row of its table (and the served
 * headers), against the production build served by the project's own static server. Every
 * large or hostile input is generated here at test time; nothing large is committed.
 */
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { serveDist } from '../../scripts/lib/static-server.mjs';
import { bombWorkbook, workbook } from '../fixtures/xlsx-gen';
import { fileHarness, openPage, openView, takeCspViolations } from './harness';

const h = fileHarness();

/** A raw GET (fetch would undo the gzip and normalise the path; this shows what the server sent). */
function get(url: string, headers: Record<string, string> = {}, rawPath?: string): Promise<{ status: number; headers: { get: (name: string) => string | null }; body: Buffer }> {
  const u = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ host: u.hostname, port: u.port, path: rawPath ?? `${u.pathname}${u.search}`, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const value = (name: string) => {
          const v = res.headers[name.toLowerCase()];
          return v === undefined ? null : Array.isArray(v) ? v.join(', ') : String(v);
        };
        resolve({ status: res.statusCode ?? 0, headers: { get: value }, body: Buffer.concat(chunks) });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

async function openTourEditor(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^Tour \(/ }).click();
  await page.waitForSelector('.tour-editor input[type="file"]', { state: 'attached' });
}

function tourJson(scenes: number): string {
  return JSON.stringify({
    format: 'cq-expo-tour',
    version: 1,
    scenes: Array.from({ length: scenes }, (_, i) => ({ id: `s${i}`, title: { zh: `场景${i}`, en: `Scene ${i}` }, point: { zh: '要点', en: 'Point' }, panels: ['map'] })),
  });
}

describe('hostile input (production build, Chromium)', () => {
  it('npm start’s server sends the CSP (frame-ancestors, worker-src), nosniff and no-referrer, gzip, and caches only hashed assets for long', async () => {
    const index = await get(h.baseUrl, { 'accept-encoding': 'gzip' });
    expect(index.status).toBe(200);
    const csp = index.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("worker-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(index.headers.get('x-content-type-options')).toBe('nosniff');
    expect(index.headers.get('referrer-policy')).toBe('no-referrer');
    expect(index.headers.get('cache-control')).toBe('no-cache');
    expect(index.headers.get('content-encoding')).toBe('gzip');
    const html = gunzipSync(index.body).toString('utf8');
    const asset = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(asset).toBeDefined();
    const js = await get(`${h.baseUrl}${asset?.slice(1)}`, { 'accept-encoding': 'gzip' });
    expect(js.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(js.headers.get('content-encoding')).toBe('gzip');
    // Revalidation is cheap, a missing script is a 404 (never index.html run as JS), and a malformed path is a 400.
    const again = await get(h.baseUrl, { 'if-none-match': index.headers.get('etag') ?? '' });
    expect(again.status).toBe(304);
    expect((await get(`${h.baseUrl}assets/missing-abc123.js`)).status).toBe(404);
    expect((await get(h.baseUrl, {}, '/%E0%A4%A')).status).toBe(400);
  });

  it('the service worker file and index.html are served no-cache, so an update is seen', async () => {
    const dist = mkdtempSync(join(tmpdir(), 'cq-dist-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), '<meta http-equiv="Content-Security-Policy" content="default-src \'self\'" />');
    writeFileSync(join(dist, 'sw.js'), 'self.addEventListener("fetch", () => {});');
    writeFileSync(join(dist, 'assets', 'app-1a2b3c.js'), 'export {};');
    const { httpServer } = await serveDist(dist);
    const address = httpServer.address();
    if (address === null || typeof address === 'string') throw new Error('no port');
    const base = `http://127.0.0.1:${address.port}/`;
    try {
      expect((await get(`${base}sw.js`)).headers.get('cache-control')).toBe('no-cache, no-store');
      expect((await get(`${base}index.html`)).headers.get('cache-control')).toBe('no-cache');
      expect((await get(`${base}assets/app-1a2b3c.js`)).headers.get('cache-control')).toContain('immutable');
      expect((await get(base, {}, '/../../../../etc/passwd')).body.toString()).not.toContain('root:');
      expect((await get(base, {}, '/%2e%2e/%2e%2e/%2e%2e/etc/passwd')).body.toString()).not.toContain('root:');
    } finally {
      await new Promise<void>((resolve) => httpServer.close(() => resolve()));
    }
  });

  it('a page on another origin cannot frame the dashboard (frame-ancestors from the header)', async () => {
    const w = await openPage(h);
    await w.page.setContent(`<iframe id="f" src="${h.baseUrl}"></iframe>`);
    await expect.poll(() => w.errors.some((e) => /frame-ancestors/.test(e)), { timeout: 15_000 }).toBe(true);
    const framed = w.page.frames().find((f) => f !== w.page.mainFrame());
    expect(await framed?.$('[data-kpi]')).toBeFalsy();
    // The refusal is itself reported as a CSP violation; it is the expected one here.
    expect(takeCspViolations().every((v) => /frame-ancestors/.test(v))).toBe(true);
    await w.context.close();
  });

  it('CSP violations are caught by the harness (so every other test fails on one)', async () => {
    const w = await openView(h);
    await w.page.evaluate(() => document.body.setAttribute('style', 'outline: 1px solid red'));
    // Both channels report it: the securitypolicyviolation event and the console.
    const seen: string[] = [];
    await expect
      .poll(
        () => {
          seen.push(...takeCspViolations());
          return seen.some((v) => v.startsWith('style-src-attr')) && seen.some((v) => v.startsWith('console:'));
        },
        { timeout: 10_000 },
      )
      .toBe(true);
    await w.context.close();
    takeCspViolations();
  });

  it('SVG export has no style attributes and causes no CSP violation', async () => {
    const w = await openView(h, '?lang=en&sector=health');
    const { page } = w;
    for (const panel of ['[data-chart="sector"]', '[data-region="map"]']) {
      const scope = page.locator(panel);
      await scope.locator('.export-menu > summary').first().click();
      const [dl] = await Promise.all([page.waitForEvent('download'), scope.locator('[data-export="svg"]').first().click()]);
      const svg = readFileSync(await dl.path(), 'utf8');
      expect(svg).toContain('<svg');
      expect(svg).not.toMatch(/\sstyle="/);
    }
    expect(w.errors).toEqual([]);
    await w.context.close();
  });

  it('a presentation link naming a register this PC lacks says so on the screen, with the bad values; N dismisses; the footer keeps saying it', async () => {
    const w = await openView(h, '?mode=present&data=r-doesnotexist&scene=77x&interval=abc&district=999999&lang=en');
    const { page } = w;
    const notices = page.locator('[data-present-notices]');
    await notices.waitFor();
    expect(await notices.locator('[data-data-notice="missing"]').textContent()).toContain('r-doesnotexist');
    const url = (await notices.locator('[data-notice="url"]').textContent()) ?? '';
    for (const bad of ['scene=77x', 'interval=abc', 'district=999999']) expect(url).toContain(bad);
    // Readable from the back of the room: the notice text is as large as the talking point.
    const px = await notices.locator('[data-data-notice="missing"] p').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(px).toBeGreaterThanOrEqual(27.5);
    expect(await page.getAttribute('[data-kpi="investment"]', 'data-basis')).toBe('published');
    await page.keyboard.press('n');
    await notices.waitFor({ state: 'detached' });
    // Still presenting (N is not Escape), and what is on screen is still named.
    expect(await page.getAttribute('html', 'data-mode')).toBe('present');
    expect(await page.textContent('[data-present-data="fallback"]')).toContain('r-doesnotexist');
    expect(w.errors).toEqual([]);
    await w.context.close();
  });

  it('sector=health ×1000 is one line ×999, and 1000 different bad values are capped with a summary', async () => {
    const repeated = Array.from({ length: 1000 }, () => 'sector=health').join('&');
    const w = await openView(h, `?lang=en&${repeated}`);
    const items = w.page.locator('[data-notice="url"] li');
    expect(await items.count()).toBe(1);
    expect(await items.first().textContent()).toContain('×999');
    await w.context.close();

    const many = `district=${Array.from({ length: 1000 }, (_, i) => `9${String(i).padStart(5, '0')}`).join(',')}`;
    const w2 = await openView(h, `?lang=en&${many}`);
    const list = w2.page.locator('[data-notice="url"] li');
    expect(await list.count()).toBe(11);
    expect(await list.last().textContent()).toBe('… and 990 more of the same kind (unknown value)');
    expect(await w2.page.getAttribute('[data-notice="url"]', 'data-dropped-total')).toBe('1000');
    await w2.context.close();
  });

  it('a tour imported while localStorage is full is said not to be saved (and reload keeps what was said)', async () => {
    const w = await openView(h, '?lang=en');
    const { page } = w;
    // Fill the origin's quota completely: big chunks, then ever smaller ones into what is left.
    const filled = await page.evaluate(() => {
      let n = 0;
      for (let size = 256 * 1024; size >= 1; size = Math.floor(size / 2)) {
        const chunk = 'x'.repeat(size);
        try {
          for (; n < 100_000; n++) localStorage.setItem(`fill-${n}`, chunk);
        } catch {
          // Full at this size; try a smaller one.
        }
      }
      return n;
    });
    expect(filled).toBeGreaterThan(0);
    await openTourEditor(page);
    await page.setInputFiles('.tour-editor input[type="file"]', { name: 'tour.json', mimeType: 'application/json', buffer: Buffer.from(tourJson(1)) });
    const msg = page.locator('[data-tour-message]');
    await msg.waitFor();
    expect(await msg.getAttribute('data-tour-message')).toBe('error');
    expect(await msg.textContent()).toContain('could not be saved in this browser');
    await page.reload();
    await page.waitForSelector('html[data-live] [data-kpi="projects"][data-basis]');
    expect(await page.getByRole('button', { name: /^Tour \(/ }).textContent()).toBe('Tour (6 scenes)');
    await w.context.close();
  });

  it('a tour file with 1 000 000 bad values is refused by its size, naming the limit; a large bad one lists a few problems and downloads all', async () => {
    const w = await openView(h, '?lang=en');
    const { page } = w;
    await openTourEditor(page);
    const huge = `{"format":"cq-expo-tour","version":1,"scenes":[{"filters":{"sectors":[${Array.from({ length: 1_000_000 }, (_, i) => `"bad-${i}"`).join(',')}]}}]}`;
    await page.setInputFiles('.tour-editor input[type="file"]', { name: 'huge.json', mimeType: 'application/json', buffer: Buffer.from(huge) });
    const msg = page.locator('[data-tour-message="error"]');
    await msg.waitFor();
    expect(await msg.textContent()).toMatch(/The file is \d+\.\d MB; a tour file may be at most 1\.0 MB/);

    const bad = JSON.stringify({ format: 'cq-expo-tour', version: 1, scenes: Array.from({ length: 50 }, () => ({ id: 1, title: 2, point: 3, filters: { sectors: ['x', 'y'], districts: 'z' }, panels: [], measure: 9 })) });
    await page.setInputFiles('.tour-editor input[type="file"]', { name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(bad) });
    await page.waitForFunction(() => document.querySelectorAll('[data-tour-message="error"] li').length > 0);
    expect(await page.locator('[data-tour-message="error"] li').count()).toBe(12);
    const [dl] = await Promise.all([page.waitForEvent('download'), page.click('[data-download-problems]')]);
    const lines = readFileSync(await dl.path(), 'utf8').split('\r\n').filter((l) => l !== '');
    expect(lines.length).toBeGreaterThan(12);
    expect(await page.getByRole('button', { name: /^Tour \(/ }).textContent()).toBe('Tour (6 scenes)');
    await w.context.close();
  });

  it('a tour changed in another tab is followed in a presenting tab, and said', async () => {
    const w = await openView(h, '?lang=en&mode=present&interval=0');
    const other = await w.context.newPage();
    await other.goto(`${h.baseUrl}?lang=en`);
    await other.waitForSelector('html[data-live] [data-kpi="projects"][data-basis]');
    expect(await w.page.textContent('.present-count')).toMatch(/1\D+6/);
    await other.evaluate((json) => localStorage.setItem('cq-expo-tour-v1', json), tourJson(2));
    await w.page.waitForSelector('[data-tour-notice="other-tab"]');
    expect(await w.page.textContent('.present-count')).toMatch(/1\D+2/);
    await w.page.keyboard.press('n');
    await w.page.waitForSelector('[data-tour-notice]', { state: 'detached' });
    await w.context.close();
  });

  it('bidi controls and zero-width characters in an imported register are shown visibly in the table and its CSV', async () => {
    const w = await openView(h, '?lang=en');
    const { page } = w;
    const csv = 'project,partner,district,amount (100 million yuan)\r\nInvoice\u202Efdp.exe,Firm\u200BA,Yubei,12\r\n';
    await page.click('[data-data-button]');
    await page.waitForSelector('[data-register-file]', { state: 'attached' });
    await page.setInputFiles('[data-register-file]', { name: 'spoof.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await page.waitForSelector('[data-import-summary]');
    await page.click('[data-import-save]');
    await page.waitForSelector('[data-import-done]');
    await page.keyboard.press('Escape');
    const row = page.locator('[data-region="projects"] tbody tr').first();
    await row.waitFor();
    const text = (await row.textContent()) ?? '';
    expect(text).toContain('Invoice⟦RLO U+202E⟧fdp.exe');
    expect(text).toContain('Firm⟦ZWSP U+200B⟧A');
    expect(text).not.toMatch(/[\u202E\u200B]/);
    const scope = page.locator('[data-region="projects"]');
    await scope.locator('.export-menu > summary').first().click();
    const [dl] = await Promise.all([page.waitForEvent('download'), scope.locator('[data-export="csv"]').first().click()]);
    const out = readFileSync(await dl.path(), 'utf8');
    expect(out).toContain('Invoice⟦RLO U+202E⟧fdp.exe');
    expect(out.slice(1)).not.toMatch(/[\u202E\u200B]/);
    expect(w.errors).toEqual([]);
    await w.context.close();
  });

  it('a 1.5 MB XLSX whose sheet inflates to 1.5 GB is refused in the worker, naming the limit; the data on screen is untouched and the tab alive', async () => {
    const bomb = bombWorkbook(1500 * 1024 * 1024);
    expect(bomb.length).toBeLessThan(3 * 1024 * 1024);
    const w = await openView(h, '?lang=en');
    const { page } = w;
    const before = await kpiText(page);
    await chooseFile(page, 'bomb.xlsx', bomb);
    const failed = page.locator('[data-import-failed="limit"]');
    await failed.waitFor();
    const text = (await failed.textContent()) ?? '';
    expect(text).toMatch(/xl\/worksheets\/sheet1\.xml unpacks to 1,\d{3} MB; the limit is 256 MB/);
    expect(text).toContain('The data on screen has not changed.');
    expect(await kpiText(page)).toBe(before);
    // Alive: the dialog still answers, and a good file right after is read.
    await chooseFile(page, 'ok.csv', Buffer.from(SMALL_CSV));
    await page.waitForSelector('[data-import-summary][data-accepted="3"]');
    expect(w.errors).toEqual([]);
    await w.context.close();
  });

  it('a valid 2 000 000-row XLSX is refused by its row count (the limit named), not as a damaged file — with or without a <dimension>', async () => {
    const w = await openView(h, '?lang=en');
    const { page } = w;
    const before = await kpiText(page);
    // As Excel writes it (the sheet declares its dimension), and as some tools do (no dimension: rows counted).
    for (const dimension of [true, false]) {
      const big = workbook(['项目名称', '区县', '投资额（亿元）'], [['智能终端产业园', '渝北区', '12.5'], ['数据中心', '綦江区', '8']], 2_000_000, { dimension });
      await page.reload();
      await page.waitForSelector('[data-kpi="projects"][data-basis]');
      await chooseFile(page, `two-million-${dimension ? 'dim' : 'nodim'}.xlsx`, big);
      const failed = page.locator('[data-import-failed]');
      await failed.waitFor();
      expect(await failed.getAttribute('data-import-failed')).toBe('limit');
      const text = (await failed.textContent()) ?? '';
      expect(text).toContain('has 2,000,001 rows; the limit is 500,001 rows');
      expect(text).not.toMatch(/damaged|call stack/i);
      expect(await kpiText(page)).toBe(before);
    }
    await w.context.close();
  });

  it('a 5 000-column CSV is refused with a message naming the column limit, and the page keeps answering', async () => {
    const header = ['project', 'district', 'amount (100 million yuan)', ...Array.from({ length: 4997 }, (_, i) => `extra ${i + 1}`)];
    const row = ['Park', 'Yubei', '12', ...Array.from({ length: 4997 }, (_, i) => String(i))];
    const csv = `${header.join(',')}\r\n${row.join(',')}\r\n${row.join(',')}\r\n`;
    const w = await openView(h, '?lang=en');
    const { page } = w;
    await chooseFile(page, 'wide.csv', Buffer.from(csv));
    const failed = page.locator('[data-import-failed="limit"]');
    await failed.waitFor();
    expect(await failed.textContent()).toContain('has 5,000 columns; the limit is 500 columns');
    expect(await page.evaluate(() => 1 + 1)).toBe(2);
    await w.context.close();
  });

  it('an IndexedDB index overwritten with malformed values: the data dialog says so with repair and delete, the page never blanks, and a later import works', async () => {
    const w = await openView(h, '?lang=en');
    const { page } = w;
    // Entries like the adversarial pass wrote: counts that are text, a null, a number, and a good-looking one.
    await writeStored(page, 'index', [{ id: 'r-abcdef12', name: 'Broken', fileName: 'x.csv', importedAt: '2021-08-23', rows: 'many', rejected: 0 }, null, 42, { id: 'r-zzzzzz99', name: 7 }]);
    await page.click('[data-data-button]');
    const notice = page.locator('[data-damaged-index]');
    await notice.waitFor();
    expect(await notice.getAttribute('data-damaged-index')).toBe('4');
    expect(await notice.textContent()).toContain('4 entries of the list of registers stored in this browser are damaged');
    expect(await notice.locator('button', { hasText: 'Delete the damaged entry: r-abcdef12' }).count()).toBe(1);
    expect(await page.locator('[data-datasets] > li').count()).toBe(1);
    // Deleting one entry keeps the others reported; repairing drops them all.
    await notice.locator('button', { hasText: 'Delete the damaged entry: r-abcdef12' }).click();
    await page.waitForSelector('[data-damaged-index="3"]');
    await page.click('[data-repair-index]');
    await notice.waitFor({ state: 'detached' });
    await importCsv(page, 'after-repair.csv', SMALL_CSV);
    // The list follows the saved register once its query has been read again.
    await expect.poll(() => page.locator('[data-datasets] > li').count()).toBe(2);

    // An index that is not a list at all: said as unreadable, the register saved before still
    // listed (from its own records); an import writes the list again with both.
    await writeStored(page, 'index', { registers: 'not a list' });
    await page.reload();
    await page.waitForSelector('[data-kpi="projects"][data-basis]');
    await page.click('[data-data-button]');
    await page.waitForSelector('[data-damaged-index="unreadable"]');
    expect(await page.textContent('[data-damaged-index]')).toContain('The list of registers stored in this browser is damaged and cannot be read.');
    await expect.poll(() => page.locator('[data-datasets] > li').count()).toBe(2);
    await importCsv(page, 'after-unreadable.csv', SMALL_CSV);
    await page.waitForSelector('[data-damaged-index]', { state: 'detached' });
    // The list follows the saved register once its query has been read again.
    await expect.poll(() => page.locator('[data-datasets] > li').count()).toBe(3);
    expect(await page.locator('main, #root').first().textContent()).not.toBe('');
    expect(w.errors).toEqual([]);
    await w.context.close();
  });

  it("stored amounts damaged to 'abc', 1e300 and -50 are never shown as figures: the register is reported damaged, and repair keeps the good row", async () => {
    const w = await openView(h, '?lang=en');
    const { page } = w;
    const id = await importCsv(page, 'four.csv', 'project,district,amount (100 million yuan)\r\nPark,Yubei,12\r\nHub,Qijiang,8\r\nLab,Jiangbei,5\r\nMill,Banan,3\r\n');
    const key = await page.evaluate(async (registerId) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const r = indexedDB.open('cq-expo-registers');
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
      const keys = await new Promise<IDBValidKey[]>((resolve) => {
        const r = db.transaction('registers').objectStore('registers').getAllKeys();
        r.onsuccess = () => resolve(r.result);
      });
      db.close();
      return String(keys.find((k) => String(k).startsWith(`rows:${registerId}`)));
    }, id);
    const rows = (await readStored(page, key)) as { amount: unknown[] };
    expect(rows.amount).toHaveLength(4);
    await writeStored(page, key, { ...rows, amount: ['abc', 1e300, -50, rows.amount[3]] });
    await page.keyboard.press('Escape');
    await page.goto(`${h.baseUrl}?lang=en&data=${id}`);
    const notice = page.locator('[data-data-notice="damaged"]');
    await notice.waitFor();
    expect(await notice.textContent()).toContain(`3 of the 4 rows of register ${id} cannot be read`);
    // The published figures are shown, said as such; no NaN or absurd figure anywhere.
    await page.waitForSelector('[data-kpi="investment"][data-basis="published"]');
    // (The notice quotes the stored values it could not read, as code; nothing else shows them.)
    expect(await page.textContent('body')).not.toMatch(/NaN/);
    expect(await kpiText(page)).not.toMatch(/Infinity|e\+300|-50/);
    await page.click('[data-repair-register]');
    await page.waitForSelector('[data-kpi="projects"][data-basis="complete"]');
    await notice.waitFor({ state: 'detached' });
    expect(await page.textContent('[data-kpi="projects"]')).toMatch(/signed\s*1\s*project/);
    expect(await page.textContent('body')).not.toMatch(/NaN|Infinity|e\+300/);
    expect(w.errors).toEqual([]);
    await w.context.close();
  });

  it('a register deleted in another tab: this tab stops showing it as current and says it is gone', async () => {
    const w = await openView(h, '?lang=en');
    const { page } = w;
    const id = await importCsv(page, 'shared.csv', SMALL_CSV);
    await page.waitForSelector(`[data-dataset^="${id}"][aria-current="true"] .dataset-shown`);
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-kpi="projects"][data-basis="complete"]');
    const other = await w.context.newPage();
    await other.goto(`${h.baseUrl}?lang=en`);
    await other.waitForSelector('[data-kpi="projects"][data-basis]');
    await other.click('[data-data-button]');
    await other.click(`[data-delete="${id}"]`);
    await other.click('[data-confirm-delete]');
    await other.waitForSelector(`[data-dataset="${id}"]`, { state: 'detached' });
    // This tab follows: the published figures, with the notice naming the register that went.
    const notice = page.locator('[data-data-notice="missing"]');
    await notice.waitFor();
    expect(await notice.textContent()).toContain(id);
    await page.waitForSelector('[data-kpi="projects"][data-basis="published"]');
    expect(await page.textContent('[data-data-button]')).toContain('Published figures');
    await page.click('[data-data-button]');
    await page.waitForSelector('[data-dataset="published"]');
    expect(await page.locator(`[data-dataset="${id}"]`).count()).toBe(0);
    expect(w.errors).toEqual([]);
    await w.context.close();
  });

  it('a register the browser has no room for is said not to be saved, with its name, version and rows; nothing changes, and it saves once there is room', async () => {
    const w = await openView(h, '?lang=en');
    const { page } = w;
    const before = await kpiText(page);
    // Chromium's own quota, made tiny for this origin (what a full disk or a small private-mode quota does).
    const cdp = await w.context.newCDPSession(page);
    const origin = new URL(h.baseUrl).origin;
    await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 20_000 });
    const rows = Array.from({ length: 3000 }, (_, i) => `Project ${i} ${(i * 2654435761 % 4294967296).toString(36)}${(i * 40503).toString(16)},Yubei,${(i % 97) + 1}`);
    await chooseFile(page, 'too-big.csv', Buffer.from(`project,district,amount (100 million yuan)\r\n${rows.join('\r\n')}\r\n`));
    await page.waitForSelector('[data-import-summary][data-accepted="3000"]');
    await page.fill('.import-save input', 'Quarterly register');
    await page.click('[data-import-save]');
    const failed = page.locator('[data-save-failed]');
    await failed.waitFor();
    expect(await failed.getAttribute('data-save-failed')).toBe('quota');
    expect(await failed.textContent()).toContain('Not saved: register "Quarterly register", version 1 (3,000 rows) — this browser\'s storage is full.');
    expect(await kpiText(page)).toBe(before);
    expect(await page.locator('[data-datasets] > li').count()).toBe(1);
    expect(await page.locator('[data-import-failed="internal"]').count()).toBe(0);
    // Room again: the same checked import saves.
    await cdp.send('Storage.overrideQuotaForOrigin', { origin });
    await page.click('[data-import-save]');
    await page.waitForSelector('[data-import-done]');
    await failed.waitFor({ state: 'detached' });
    // The list follows the saved register once its query has been read again.
    await expect.poll(() => page.locator('[data-datasets] > li').count()).toBe(2);
    expect(w.errors).toEqual([]);
    await w.context.close();
  });

  it('a file of 20 000 bad rows: the worker sends a few rows per reason with counts for the rest, and the full list downloads as CSV', async () => {
    const w = await openView(h, '?lang=en');
    const { page } = w;
    const rows = Array.from({ length: 20_000 }, (_, i) => (i % 2 ? `P${i},Nowhere,5` : `P${i},Yubei,abc`));
    await chooseFile(page, 'bad-rows.csv', Buffer.from(`project,district,amount (100 million yuan)\r\nGood,Yubei,3\r\n${rows.join('\r\n')}\r\n`));
    await page.waitForSelector('[data-import-summary][data-rejected="20000"]');
    expect(await page.getAttribute('[data-errors-total]', 'data-errors-total')).toBe('20000');
    // 50 of each reason on screen, not 20 000 rows.
    expect(await page.locator('[data-import-errors] tbody tr').count()).toBe(100);
    const more = await page.locator('[data-errors-hidden] li').allTextContents();
    expect(more).toHaveLength(2);
    expect(more.every((l) => /^… and 9,950 more of the same kind \(.+\)$/.test(l))).toBe(true);
    const [dl] = await Promise.all([page.waitForEvent('download'), page.click('[data-download-errors]')]);
    expect(dl.suggestedFilename()).toBe('register-errors_bad-rows.csv');
    const lines = readFileSync(await dl.path(), 'utf8').split('\r\n').filter((l) => l !== '');
    expect(lines).toHaveLength(20_001);
    expect(lines[0]).toBe('\uFEFFRow,Column,Value,Reason');
    // The list is worded in the page's language, and the rows' own values are kept.
    expect(lines[1]).toMatch(/^3,Investment.*,abc,/);
    expect(w.errors).toEqual([]);
    await w.context.close();
  });

  it('a 500-column file (the column limit) is read; its mapping dropdowns list every column once used, and a choice re-checks', async () => {
    const header = ['project', 'district', 'amount (100 million yuan)', ...Array.from({ length: 497 }, (_, i) => `extra ${i + 1}`)];
    const row = (r: number) => [`Park ${r}`, 'Yubei', '12', ...Array.from({ length: 497 }, (_, i) => String(i + r))];
    const csv = [header, ...Array.from({ length: 20 }, (_, r) => row(r))].map((r) => r.join(',')).join('\r\n');
    const w = await openView(h, '?lang=en');
    const { page } = w;
    await chooseFile(page, 'wide-500.csv', Buffer.from(csv));
    await page.waitForSelector('[data-import-summary][data-accepted="20"]');
    // Not 13 × 501 options at once: each dropdown holds its choice until it is used.
    const note = page.locator('select[data-field="note"]');
    expect(await note.getAttribute('data-options')).toBe('chosen');
    expect(await page.locator('select[data-field] option').count()).toBeLessThan(40);
    await note.focus();
    await page.waitForSelector('select[data-field="note"][data-options="all"]');
    expect(await note.locator('option').count()).toBe(501);
    await note.selectOption('10');
    await page.waitForSelector('select[data-field="note"] option:checked[value="10"]', { state: 'attached' });
    expect(await page.locator('select[data-field="project"] option:checked').textContent()).toBe('1: project');
    expect(w.errors).toEqual([]);
    await w.context.close();
  });

  it('hundreds of subtotal rows and distinct category values: the worker sends the first 100 of each, and the rest are counted', async () => {
    const lines: string[] = [];
    for (let i = 0; i < 300; i++) lines.push(`P${i},Yubei,2,Trade ${i}`, `小计,,2,`);
    const w = await openView(h, '?lang=en');
    const { page } = w;
    await chooseFile(page, 'subtotals.csv', Buffer.from(`project,district,amount (100 million yuan),sector\r\n${lines.join('\r\n')}\r\n`));
    await page.waitForSelector('[data-import-summary][data-accepted="300"]');
    expect(await page.locator('[data-totals-row]').count()).toBe(100);
    expect(await page.getAttribute('[data-totals-more]', 'data-totals-more')).toBe('200');
    expect(await page.locator('[data-values-field="sector"] tbody tr').count()).toBe(100);
    expect(await page.getAttribute('[data-values-more]', 'data-values-more')).toBe('200');
    expect(await page.textContent('[data-values-more]')).toBe('200 more values not listed here stay unclassified (their text is kept).');
    expect(w.errors).toEqual([]);
    await w.context.close();
  });
});

const SMALL_CSV = 'project,district,amount (100 million yuan)\r\nPark,Yubei,12\r\nHub,Qijiang,8\r\nLab,Jiangbei,5\r\n';

async function kpiText(page: Page): Promise<string> {
  return (await page.locator('[data-kpi]').allTextContents()).join(' | ');
}

/** Open the data dialog (if it is not open) and choose a file for import. */
async function chooseFile(page: Page, name: string, buffer: Uint8Array): Promise<void> {
  if ((await page.locator('[data-register-file]').count()) === 0) await page.click('[data-data-button]');
  await page.waitForSelector('[data-register-file]', { state: 'attached' });
  await page.setInputFiles('[data-register-file]', { name, mimeType: name.endsWith('.csv') ? 'text/csv' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from(buffer) });
}

/** Import a CSV through the dialog and save it; returns the register's id. */
async function importCsv(page: Page, name: string, csv: string): Promise<string> {
  await chooseFile(page, name, Buffer.from(csv));
  await page.waitForSelector('[data-import-summary]');
  await page.click('[data-import-save]');
  const done = page.locator('[data-import-done]');
  await done.waitFor();
  return (await done.getAttribute('data-import-done')) ?? '';
}

/** Write a value into the app's IndexedDB store as idb-keyval does (database cq-expo-registers, store registers). */
async function writeStored(page: Page, key: string, value: unknown): Promise<void> {
  await page.evaluate(
    async ({ k, v }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const r = indexedDB.open('cq-expo-registers');
        r.onupgradeneeded = () => r.result.createObjectStore('registers');
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction('registers', 'readwrite');
        tx.objectStore('registers').put(v, k);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { k: key, v: value },
  );
}

async function readStored(page: Page, key: string): Promise<unknown> {
  return page.evaluate(async (k) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open('cq-expo-registers');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const value = await new Promise<unknown>((resolve) => {
      const r = db.transaction('registers').objectStore('registers').get(k);
      r.onsuccess = () => resolve(r.result);
    });
    db.close();
    return value;
  }, key);
}
