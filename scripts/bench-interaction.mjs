// Interaction benchmark on the production build in Debian's Chromium: a SYNTHETIC register of
// 100 000 made-up projects with stages, funds in place and a reporting date
// (scripts/lib/synthetic-register.mjs; written to a temp file for this benchmark, never shipped) is
// imported through the app's own UI — file picker, worker, checks, IndexedDB — timing each
// step and the page's long tasks meanwhile; then clicks are measured on the bundled data and
// on the imported register, at 1× and 4× CPU throttling (Emulation.setCPUThrottlingRate).
// Prints Markdown; with --write, replaces the "Interaction" section of docs/benchmarks.md.
//
// Latency is the browser's own Event Timing, the measure behind INP: a PerformanceObserver of
// type 'event' (durationThreshold 16) groups entries by interactionId and takes the longest,
// which runs from the input's hardware timestamp through handlers, React's render, style,
// layout and paint, to the next frame presented. Each round clicks a sector bar, a district,
// on the register a stage mark in the progress panel, and the filter bar's "clear all", with
// trusted mouse input.
//
// Usage: node scripts/bench-interaction.mjs [--rounds 20] [--rows 100000] [--write]
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
const ROUNDS = opt('--rounds', 20);
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
const STAGES = ['started', 'producing', 'signed', 'stopped'];
const STAGE_MARK = (key) => `[data-chart="progress"] .progress-stages rect[data-key="${key}"]`;
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

/** Page-side: record Event Timing entries, grouped by interactionId (the measure behind INP). */
function observeEvents() {
  window.__interactions = new Map();
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (!e.interactionId) continue;
      const prev = window.__interactions.get(e.interactionId) ?? 0;
      window.__interactions.set(e.interactionId, Math.max(prev, e.duration));
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
}

/** Where to click inside a district path (a point that really hits it). */
async function districtPoint(page, code) {
  return page.evaluate((c) => {
    const path = document.querySelector(`path[data-district="${c}"]`);
    const box = path.getBoundingClientRect();
    for (let i = 1; i < 12; i++) for (let j = 1; j < 12; j++) {
      const x = box.left + (box.width * i) / 12;
      const y = box.top + (box.height * j) / 12;
      if (document.elementFromPoint(x, y) === path) return { x, y };
    }
    return null;
  }, code);
}

async function centre(page, selector) {
  const el = page.locator(selector).first();
  await el.scrollIntoViewIfNeeded();
  const box = await el.boundingBox();
  if (!box) throw new Error(`${selector} has no box`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/**
 * One click as a person makes it (trusted mouse events through the DevTools protocol), then
 * wait until the browser has reported its Event Timing entries. Returns the interaction's
 * duration: the longest event entry with that interactionId, from the input's timestamp to the
 * next paint after its handlers (rounded by the browser to 8 ms). An interaction whose every
 * entry stays under the 16 ms threshold is reported as 16 ms (an upper bound).
 */
async function click(page, point) {
  const before = await page.evaluate(() => [...window.__interactions.keys()]);
  const count0 = await page.evaluate(() => performance.interactionCount ?? 0);
  await page.mouse.click(point.x, point.y);
  // Entries are delivered after the frame is presented; wait for the new interaction id, or
  // (when all its entries were under the threshold) for the interaction count to move and a
  // few frames to pass.
  const handle = await page.waitForFunction(
    ([seen, c0]) => {
      const fresh = [...window.__interactions.entries()].filter(([id]) => !seen.includes(id));
      if (fresh.length > 0) return fresh.map(([, d]) => d);
      const n = performance.interactionCount ?? 0;
      if (n > c0) {
        window.__settle = (window.__settle ?? 0) + 1;
        if (window.__settle > 30) {
          window.__settle = 0;
          return [16];
        }
      }
      return false;
    },
    [before, count0],
    { polling: 'raf', timeout: 30000 },
  );
  await page.evaluate(() => {
    window.__settle = 0;
  });
  const durations = await handle.jsonValue();
  return Math.max(...durations);
}

async function run(rows, throttle) {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.waitForSelector('[data-kpi="projects"][data-basis]');
  await page.locator('[data-chart="sector"]').scrollIntoViewIfNeeded();
  await page.waitForFunction(drawn, null, { timeout: 120000 });
  const imported = rows > 0 ? await importRegister(page) : null;
  if (imported && imported.accepted !== rows) throw new Error(`imported ${imported.accepted} of ${rows} rows`);
  await page.evaluate(observeEvents);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  const out = { mark: [], district: [], stage: [], clear: [] };
  // The progress panel mounts when scrolled near (LazyMount): mount it, and wait for its stage marks, before timing.
  if (rows > 0) {
    await page.locator('[data-region="progress"]').scrollIntoViewIfNeeded();
    await page.waitForSelector(STAGE_MARK('started'), { timeout: 120000 });
  }
  // Each round: a sector bar (on), a district (on), on the register a stage mark (on), then the
  // filter bar's "clear all" (all off), so the view returns to where it began and every click
  // changes every panel.
  for (let i = 0; i < ROUNDS; i++) {
    await page.evaluate(() => window.scrollTo(0, 0));
    const mark = await centre(page, `[data-chart="sector"] rect[data-key="${SECTORS[i % SECTORS.length]}"]`);
    out.mark.push(await click(page, mark));
    const code = DISTRICTS[i % DISTRICTS.length];
    await page.locator(`path[data-district="${code}"]`).scrollIntoViewIfNeeded();
    const p = await districtPoint(page, code);
    if (!p) throw new Error(`no clickable point inside district ${code}`);
    out.district.push(await click(page, p));
    if (rows > 0) {
      out.stage.push(await click(page, await centre(page, STAGE_MARK(STAGES[i % STAGES.length]))));
    }
    await page.evaluate(() => window.scrollTo(0, 0));
    out.clear.push(await click(page, await centre(page, '.clear-all')));
    await page.waitForTimeout(50);
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await context.close();
  return { rows, throttle, imported, load: loadAverage(), all: stats([...out.mark, ...out.district, ...out.stage, ...out.clear]), mark: stats(out.mark), district: stats(out.district), stage: out.stage.length > 0 ? stats(out.stage) : null, clear: stats(out.clear) };
}

const loadAverage = () => os.loadavg().map((x) => x.toFixed(2)).join(' / ');
const loadAtStart = loadAverage();
const results = [];
for (const rows of [0, ROWS]) {
  for (const throttle of [1, 4]) {
    const r = await run(rows, throttle);
    results.push(r);
    console.error(`rows=${rows || 'bundled'} cpu=${throttle}× median=${r.all.median} p95=${r.all.p95} max=${r.all.max} (n=${r.all.n}; mark p95 ${r.mark.p95}, district p95 ${r.district.p95}, stage p95 ${r.stage?.p95 ?? '—'}, clear p95 ${r.clear.p95}) load ${r.load}`);
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
const target = (r) => (r.throttle === 1 ? (r.rows ? '≤ 100' : '≤ 50') : r.rows ? '—' : '≤ 200');
const table = [
  `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${machine}; load average (1 / 5 / 15 min) ${loadAtStart} at the start, ${loadAverage()} at the end. ${ROUNDS} rounds per row, each a sector bar, a district, on the register a stage mark in the progress panel, and the filter bar's "clear all" (${ROUNDS * 3} interactions on the bundled data, ${ROUNDS * 4} on the register). Event Timing durations in ms (PerformanceObserver \`event\`, durationThreshold 16, the longest entry per interactionId; under 16 ms counts as 16).`,
  '',
  '| data | CPU | median | p95 | max | chart mark p95 | district p95 | stage mark p95 | clear all p95 | target p95 | load average after |',
  '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|',
  ...results.map((r) => `| ${r.rows ? `SYNTHETIC register, ${r.rows.toLocaleString('en')} rows with stages and funds, imported through the UI` : 'bundled (published) data'} | ${r.throttle}× | ${r.all.median} | ${r.all.p95} | ${r.all.max} | ${r.mark.p95} | ${r.district.p95} | ${r.stage?.p95 ?? '—'} | ${r.clear.p95} | ${target(r)} | ${r.load} |`),
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
