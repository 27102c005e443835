#!/usr/bin/env node
// Benchmark: a SYNTHETIC 100 000-row register laid out like a bureau's workbook (title row,
// 单位 line, 万元, functional areas, own categories, stages, a 合计 row), as CSV and as XLSX,
// imported through the app's own UI — file picker, worker, value mapping, IndexedDB — timing
// each step until every panel is drawn, with the page's longest main-thread task (Long Tasks
// API). Prints Markdown; with --write, replaces the "import" section of docs/benchmarks.md.
// Usage: npm run build && node scripts/bench-import.mjs [--rows 100000] [--write]
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname } from 'node:path';
import { chromium } from 'playwright-core';
import { settle } from './lib/settle.mjs';
import { serveDist } from './lib/static-server.mjs';
import { writeSyntheticOfficeRegister } from './lib/synthetic-register.mjs';

const args = process.argv.slice(2);
const rowsArg = args.indexOf('--rows');
const ROWS = rowsArg >= 0 ? Number(args[rowsArg + 1]) : 100000;
const districts = [...readFileSync('src/data/districts.ts', 'utf8').matchAll(/\['(50\d{4})'/g)].map((m) => m[1]);

const { httpServer } = await serveDist();
const { port } = httpServer.address();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

const drawn = () => !document.querySelector('.chart-skeleton') && document.querySelectorAll('path[data-district]').length === 38 && document.querySelectorAll('[data-project]').length > 0;

async function run(kind) {
  const t = Date.now();
  const file = await writeSyntheticOfficeRegister(ROWS, districts, kind);
  const writeMs = Date.now() - t;
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const page = await context.newPage();
  page.on('crash', () => console.error('page crashed'));
  page.on('pageerror', (e) => console.error('page error', e.message));
  page.on('console', (m) => m.type() === 'error' && console.error('console', m.text()));
  await page.goto(`http://127.0.0.1:${port}/`);
  await settle(page);
  await page.evaluate(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => window.__longTasks.push(...list.getEntries().map((e) => ({ start: e.startTime, duration: e.duration })))).observe({ type: 'longtask', buffered: false });
  });
  // Page-time marks of each step, so each long task can be told by the step it fell in.
  const mark = () => page.evaluate(() => performance.now());
  const marks = [['open the data dialog', await mark()]];
  await page.click('[data-data-button]');
  await page.waitForSelector('[data-register-file]', { state: 'attached' });
  marks.push(['read + check', await mark()]);
  const t0 = Date.now();
  await page.setInputFiles('[data-register-file]', file.path);
  await page.waitForSelector('[data-import-summary]', { timeout: 600000 });
  const checkedMs = Date.now() - t0;
  const accepted = Number(await page.getAttribute('[data-import-summary]', 'data-accepted'));
  marks.push(['save', await mark()]);
  const t1 = Date.now();
  await page.click('[data-import-save]');
  await page.waitForSelector('[data-import-done]', { timeout: 600000 });
  const savedMs = Date.now() - t1;
  marks.push(['close the dialog, draw the register', await mark()]);
  await page.keyboard.press('Escape');
  const t2 = Date.now();
  await page.waitForSelector('[data-kpi="projects"][data-basis="complete"]', { timeout: 600000 });
  await page.waitForFunction(drawn, null, { timeout: 600000 });
  const shownMs = Date.now() - t2;
  const tasks = await page.evaluate(() => window.__longTasks);
  const longTasks = tasks.map((t) => t.duration);
  const stepOf = (t) => [...marks].reverse().find(([, at]) => at <= t.start)?.[0] ?? 'before';
  console.error(`${kind}: long tasks by step: ${tasks.map((t) => `${Math.round(t.duration)} ms (${stepOf(t)})`).join(', ') || 'none'}`);
  await context.close();
  rmSync(dirname(file.path), { recursive: true, force: true });
  return { kind, bytes: file.bytes, writeMs, accepted, checkedMs, savedMs, shownMs, longTasks };
}

const results = [];
for (const kind of ['csv', 'xlsx']) results.push(await run(kind));
await browser.close();
httpServer.close();

const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
const load = os.loadavg().map((x) => x.toFixed(2)).join(' / ');
const s = (ms) => `${(ms / 1000).toFixed(1)} s`;
const lines = [
  `Measured ${new Date().toISOString().slice(0, 10)} on ${os.cpus().length} × ${cpu}, load average ${load} (1/5/15 min), Chromium headless, 1920×1080, no CPU throttling.`,
  `A SYNTHETIC ${ROWS.toLocaleString('en')}-row office-style register (title row, 单位 line, amounts in 万元, functional areas, the office's own categories, stages, funds, a 合计 row) imported through the UI.`,
  '',
  '| file | size | rows imported | read + check (worker) | save | to every panel drawn | file chosen → every panel drawn | long tasks (> 50 ms) | longest main-thread task |',
  '|---|---|---|---|---|---|---|---|---|',
  ...results.map((r) => `| ${r.kind.toUpperCase()} | ${(r.bytes / 1048576).toFixed(1)} MB | ${r.accepted.toLocaleString('en')} | ${s(r.checkedMs)} | ${s(r.savedMs)} | ${s(r.shownMs)} | ${s(r.checkedMs + r.savedMs + r.shownMs)} | ${r.longTasks.length} | ${Math.round(Math.max(0, ...r.longTasks))} ms |`),
  '',
  'Command: `npm run build && node scripts/bench-import.mjs --write` (the clicks in between — save, close — are the script\'s, not counted). Long tasks are counted from a settled page — the first screen drawn (`scripts/lib/settle.mjs`) — to every panel drawn on the register.',
];
const md = lines.join('\n');
console.log(md);
if (args.includes('--write')) {
  const doc = readFileSync('docs/benchmarks.md', 'utf8');
  const start = '<!-- bench:import:start -->';
  const end = '<!-- bench:import:end -->';
  const section = `${start}\n${md}\n${end}`;
  const next = doc.includes(start) ? doc.replace(new RegExp(`${start}[\\s\\S]*?${end}`), section) : `${doc.trimEnd()}\n\n## Importing an office-style register (SYNTHETIC, 100 000 rows)\n\n${section}\n`;
  writeFileSync('docs/benchmarks.md', next);
}
