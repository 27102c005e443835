// Interaction benchmark on the production build in Debian's Chromium: a SYNTHETIC register of
// 100 000 made-up projects (written to a temp file for this benchmark, never shipped) is
// imported through the app's own UI — file picker, worker, checks, IndexedDB — timing each
// step and the page's long tasks meanwhile; then clicks are timed (click → next paint) on the
// bundled data and on the imported register, at 1× and 4× CPU throttling. Prints Markdown;
// with --write, replaces the "Interaction" section of docs/benchmarks.md.
//
// Latency of one click = time from the click event's timestamp to the first task after the
// next animation frame (rAF + MessageChannel), i.e. after React has rendered and the browser
// has painted. Clicks alternate between sector bars and district paths, toggling on and off.
//
// Usage: node scripts/bench-interaction.mjs [--clicks 40] [--rows 100000] [--write]
//        (run `npm run build` first; npm run bench:interaction does)
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname } from 'node:path';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { writeSyntheticRegister } from './lib/synthetic-register.mjs';

const args = process.argv.slice(2);
const opt = (name, def) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : def;
};
const CLICKS = opt('--clicks', 40);
const ROWS = opt('--rows', 100000);
const WRITE = args.includes('--write');

if (!existsSync('dist/index.html')) {
  console.error('bench-interaction: dist/ not found. Run `npm run build` first.');
  process.exit(1);
}
const districtCodes = [...readFileSync('src/data/districts.ts', 'utf8').matchAll(/^ {2}\['(5\d{5})', '5\d{5}', '/gm)].map((m) => m[1]);
if (districtCodes.length !== 38) throw new Error(`expected 38 district codes, found ${districtCodes.length}`);
const register = writeSyntheticRegister(ROWS, districtCodes);
const server = await preview({ preview: { host: '127.0.0.1', port: 0 }, logLevel: 'silent' });
const { port } = server.httpServer.address();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

const SECTORS = ['smart-manufacturing', 'digital-economy', 'science-tech', 'health'];
const DISTRICTS = ['500110', '500102', '500116', '500231'];

function stats(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)];
  return { n: s.length, median: q(0.5), p95: q(0.95), max: s[s.length - 1] };
}

const drawn = () => document.querySelectorAll('path[data-district]').length === 38 && document.querySelectorAll('[data-chart="sector"] rect[data-key]').length === 5;

/** Import the synthetic register through the UI, as a user would; returns the timings. */
async function importRegister(page) {
  await page.evaluate(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => window.__longTasks.push(...list.getEntries().map((e) => e.duration))).observe({ type: 'longtask' });
  });
  await page.click('[data-data-button]');
  await page.waitForSelector('[data-register-file]', { state: 'attached' });
  const t0 = Date.now();
  await page.setInputFiles('[data-register-file]', register.path);
  await page.waitForSelector('[data-import-summary]', { timeout: 300000 });
  const checkedMs = Date.now() - t0;
  const accepted = Number(await page.getAttribute('[data-import-summary]', 'data-accepted'));
  const t1 = Date.now();
  await page.click('[data-import-save]');
  await page.waitForSelector('[data-import-done]', { timeout: 300000 });
  const savedMs = Date.now() - t1;
  // Worker-side timings, as the dialog's status line carries them.
  const worker = await page.$eval('[data-import-done]', (el) => ({ read: Number(el.dataset.msRead), parse: Number(el.dataset.msParse), check: Number(el.dataset.msCheck), save: Number(el.dataset.msSave) }));
  await page.keyboard.press('Escape');
  const t2 = Date.now();
  await page.waitForSelector('[data-kpi="projects"][data-basis="complete"]', { timeout: 300000 });
  await page.waitForFunction(drawn, null, { timeout: 300000 });
  const shownMs = Date.now() - t2;
  // The dialog is gone by now; its timings were read before closing it.
  const longTasks = await page.evaluate(() => window.__longTasks);
  return { accepted, checkedMs, savedMs, shownMs, worker, longTasks };
}

async function run(rows, throttle) {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.waitForFunction(drawn, null, { timeout: 120000 });
  const imported = rows > 0 ? await importRegister(page) : null;
  if (imported && imported.accepted !== rows) throw new Error(`imported ${imported.accepted} of ${rows} rows`);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await page.evaluate(() => {
    window.__lat = [];
    document.addEventListener(
      'click',
      (e) => {
        const t0 = e.timeStamp;
        requestAnimationFrame(() => {
          const ch = new MessageChannel();
          ch.port1.onmessage = () => window.__lat.push(performance.now() - t0);
          ch.port2.postMessage(0);
        });
      },
      true,
    );
  });
  const points = await page.evaluate((codes) => {
    const out = {};
    for (const c of codes) {
      const path = document.querySelector(`path[data-district="${c}"]`);
      const box = path.getBoundingClientRect();
      for (let i = 1; i < 12 && !out[c]; i++) for (let j = 1; j < 12 && !out[c]; j++) {
        const x = box.left + (box.width * i) / 12;
        const y = box.top + (box.height * j) / 12;
        if (document.elementFromPoint(x, y) === path) out[c] = { x, y };
      }
    }
    return out;
  }, DISTRICTS);
  for (let i = 0; i < CLICKS; i++) {
    // Each key is clicked twice in a row (on, then off), so the view returns to where it began.
    const k = Math.floor(i / 2);
    if (k % 2 === 0) {
      const key = SECTORS[(k / 2) % SECTORS.length];
      await page.locator(`[data-chart="sector"] rect[data-key="${key}"]`).click();
    } else {
      const p = points[DISTRICTS[((k - 1) / 2) % DISTRICTS.length]];
      await page.mouse.click(p.x, p.y);
    }
    await page.waitForTimeout(60);
  }
  const lat = await page.evaluate(() => window.__lat);
  await context.close();
  return { rows, throttle, imported, ...stats(lat) };
}

const results = [];
for (const rows of [0, ROWS]) {
  for (const throttle of [1, 4]) {
    const r = await run(rows, throttle);
    results.push(r);
    console.error(`rows=${rows || 'bundled'} cpu=${throttle}× median=${r.median.toFixed(1)} p95=${r.p95.toFixed(1)} (n=${r.n})`);
  }
}
await browser.close();
server.httpServer.close();
rmSync(dirname(register.path), { recursive: true, force: true });

const fmt = (x) => x.toFixed(1);
const chromiumVersion = execFileSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', ['--version'], { encoding: 'utf8' }).trim();
const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${chromiumVersion}`;
const imp = results.find((r) => r.imported)?.imported;
const w = imp?.worker;
const lt = imp?.longTasks ?? [];
const table = [
  `Measured ${new Date().toISOString().slice(0, 10)} on ${machine}; ${CLICKS} clicks per row (sector bars and district paths, on and off).`,
  '',
  '| data | CPU | median ms | p95 ms | max ms | target p95 |',
  '|---|---|---:|---:|---:|---:|',
  ...results.map((r) => `| ${r.rows ? `SYNTHETIC register, ${r.rows.toLocaleString('en')} rows, imported through the UI` : 'bundled (published) data'} | ${r.throttle}× | ${fmt(r.median)} | ${fmt(r.p95)} | ${fmt(r.max)} | ${r.throttle === 1 ? (r.rows ? '≤ 100' : '≤ 50') : '—'} |`),
  '',
  `Importing the ${ROWS.toLocaleString('en')}-row SYNTHETIC CSV (${(register.bytes / 1048576).toFixed(1)} MB) through the UI, 1× CPU:`,
  '',
  '| step | ms |',
  '|---|---:|',
  `| choose file → rows checked and listed (worker: read ${fmt(w?.read ?? 0)}, parse ${fmt(w?.parse ?? 0)}, check ${fmt(w?.check ?? 0)}) | ${imp?.checkedMs ?? '—'} |`,
  `| "Import" → saved in IndexedDB (worker: ${fmt(w?.save ?? 0)}) | ${imp?.savedMs ?? '—'} |`,
  `| dialog closed → every panel drawn from the register (read back from IndexedDB, computed) | ${imp?.shownMs ?? '—'} |`,
  `| **total** | **${imp ? imp.checkedMs + imp.savedMs + imp.shownMs : '—'}** |`,
  '',
  `Main-thread long tasks (> 50 ms) during the import: ${lt.length}, longest ${fmt(Math.max(0, ...lt))} ms, total ${fmt(lt.reduce((a, b) => a + b, 0))} ms.`,
].join('\n');
console.log(table);

if (WRITE) {
  const file = new URL('../docs/benchmarks.md', import.meta.url);
  const doc = readFileSync(file, 'utf8');
  const start = doc.indexOf('<!-- interaction:start -->');
  const end = doc.indexOf('<!-- interaction:end -->');
  if (start < 0 || end < 0) throw new Error('docs/benchmarks.md has no interaction markers');
  writeFileSync(file, `${doc.slice(0, start)}<!-- interaction:start -->\n${table}\n${doc.slice(end)}`);
  console.error('updated docs/benchmarks.md');
}
