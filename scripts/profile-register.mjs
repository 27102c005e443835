#!/usr/bin/env node
// Profile of the large-register path on the page's main thread: a SYNTHETIC office-style CSV
// register imported through the UI, then a V8 CPU profile (DevTools protocol) of what the page
// does after the save — closing the dialog until every panel is drawn (reading the register
// back, building the dataset, the views, the reconciliation) — and of a few clicks on the
// register's sector chart. Prints self time by function and the long tasks of each part.
// Usage: node scripts/profile-register.mjs [--rows 100000] [--dist] [--top 25] [--tasks 5] [--clicks 6] [--from open|save]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { settle } from './lib/settle.mjs';
import { serveDist } from './lib/static-server.mjs';
import { writeSyntheticOfficeRegister } from './lib/synthetic-register.mjs';

const args = process.argv.slice(2);
const opt = (name, def) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : def;
};
const ROWS = Number(opt('--rows', '100000'));
const TOP = Number(opt('--top', '25'));
const CLICKS = Number(opt('--clicks', '6'));
/** How many of the longest busy stretches to break down by the app's functions (inclusive time). */
const TASKS = Number(opt('--tasks', '0'));
/** Function names whose callers (three frames up) to list, comma-separated. */
const CALLERS = (opt('--callers', '') ?? '').split(',').filter(Boolean);
let dir = resolve('dist');
let tmp = null;
if (!args.includes('--dist')) {
  tmp = mkdtempSync(join(os.tmpdir(), 'profile-register-'));
  console.error(`profile-register: building an unminified copy into ${tmp} …`);
  execFileSync('npx', ['vite', 'build', '--minify', 'false', '--outDir', tmp, '--emptyOutDir', '--logLevel', 'error'], { stdio: 'inherit' });
  dir = tmp;
}
const districts = [...readFileSync('src/data/districts.ts', 'utf8').matchAll(/\['(50\d{4})'/g)].map((m) => m[1]);
const { httpServer } = await serveDist(`${dir}/`);
const { port } = httpServer.address();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

const REACT_LOOP = /^(perform\w*|workLoop\w*|render\w*Root\w*|complete\w*Root\w*|flush\w*|commit\w*|recursivelyTraverse\w*|beginWork|completeUnitOfWork|runWithFiberInDEV|processRootSchedule\w*|scheduleTaskForRootDuringMicrotask|renderWithHooks|updateFunctionComponent|updateSimpleMemoComponent|updateMemoComponent|mountIndeterminateComponent|reconcile\w*|run|exports\.\w+|\(anonymous\))$/;

function summarise(profile, longTasks = null, startedAt = 0) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  // The protocol's nodes list their children; the callers need each node's parent.
  for (const n of profile.nodes) for (const c of n.children ?? []) nodes.get(c).parent = n.id;
  const self = new Map();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const n = nodes.get(id);
    const dt = (profile.timeDeltas[i + 1] ?? profile.timeDeltas[i] ?? 0) / 1000;
    const cf = n.callFrame;
    if (cf.functionName === '(idle)' || cf.functionName === '(program)') return;
    total += dt;
    const key = `${cf.functionName || '(anonymous)'} · ${cf.url.replace(/^.*\//, '')}:${cf.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + dt);
  });
  const callers = new Map();
  profile.samples.forEach((id, i) => {
    const n = nodes.get(id);
    if (!CALLERS.includes(n.callFrame.functionName)) return;
    const dt = (profile.timeDeltas[i + 1] ?? profile.timeDeltas[i] ?? 0) / 1000;
    const chain = [];
    for (let p = nodes.get(n.parent); p && chain.length < 4; p = nodes.get(p.parent)) chain.push(`${p.callFrame.functionName || '(anon)'}:${p.callFrame.url.replace(/^.*\//, '')}:${p.callFrame.lineNumber + 1}`);
    const key = `${n.callFrame.functionName} ← ${chain.join(' ← ')}`;
    callers.set(key, (callers.get(key) ?? 0) + dt);
  });
  for (const [k, v] of [...callers.entries()].sort((a, b) => b[1] - a[1]).slice(0, 8)) console.log(`  caller ${v.toFixed(1).padStart(7)} ms  ${k}`);
  // Each long task (Long Tasks API, page time) broken down by the functions on the stack
  // (inclusive, the React work loop left out), so a long task names the work that made it.
  // Sample times are mapped to page time from the profile's start (`startedAt`, page time).
  if (TASKS && longTasks) {
    const at = [];
    let t = 0;
    profile.samples.forEach((id, i) => {
      t += (profile.timeDeltas[i] ?? 0) / 1000;
      at.push(t + startedAt);
    });
    for (const task of [...longTasks].sort((x, y) => y.duration - x.duration).slice(0, TASKS)) {
      const inclusive = new Map();
      profile.samples.forEach((id, i) => {
        if (at[i] < task.start || at[i] > task.start + task.duration) return;
        const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
        const seen = new Set();
        for (let p = nodes.get(id); p; p = nodes.get(p.parent)) {
          const cf = p.callFrame;
          if (!cf.functionName || REACT_LOOP.test(cf.functionName)) continue;
          const key = `${cf.functionName} · ${cf.url.replace(/^.*\//, '') || '(native)'}:${cf.lineNumber + 1}`;
          if (seen.has(key)) continue;
          seen.add(key);
          inclusive.set(key, (inclusive.get(key) ?? 0) + dt);
        }
      });
      console.log(`  long task ${task.duration.toFixed(0)} ms at ${task.start.toFixed(0)}:`);
      for (const [k, v] of [...inclusive.entries()].sort((x, y) => y[1] - x[1]).slice(0, 10)) console.log(`    ${v.toFixed(1).padStart(7)} ms  ${k}`);
    }
  }
  return { total: Math.round(total), top: [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, TOP).map(([k, v]) => `${v.toFixed(1).padStart(8)} ms  ${k}`) };
}

const file = await writeSyntheticOfficeRegister(ROWS, districts, 'csv');
const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
const page = await context.newPage();
page.on('pageerror', (e) => console.error('page error', e.message));
const cdp = await context.newCDPSession(page);
await page.goto(`http://127.0.0.1:${port}/`);
await settle(page);
await page.evaluate(() => {
  window.__longTasks = [];
  new PerformanceObserver((list) => window.__longTasks.push(...list.getEntries().map((e) => ({ start: e.startTime, duration: e.duration })))).observe({ type: 'longtask' });
});
// From the data dialog opened (as bench-import counts long tasks) or, with --from save, from the save.
const FROM_SAVE = opt('--from', 'open') === 'save';
const startProfile = async () => {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  return page.evaluate(() => performance.now());
};
let profileStart = FROM_SAVE ? 0 : await startProfile();
await page.click('[data-data-button]');
await page.waitForSelector('[data-register-file]', { state: 'attached' });
await page.setInputFiles('[data-register-file]', file.path);
await page.waitForSelector('[data-import-summary]', { timeout: 600000 });
const tCheck = FROM_SAVE ? await page.evaluate(() => performance.now()) : profileStart;
await page.click('[data-import-save]');
if (FROM_SAVE) profileStart = await startProfile();
await page.waitForSelector('[data-import-done]', { timeout: 600000 });
await page.keyboard.press('Escape');
await page.waitForSelector('[data-kpi="projects"][data-basis="complete"]', { timeout: 600000 });
await page.waitForFunction(() => !document.querySelector('.chart-skeleton') && document.querySelectorAll('path[data-district]').length === 38 && document.querySelectorAll('[data-project]').length > 0, null, { timeout: 600000 });
await page.waitForTimeout(500);
const tasks = (await page.evaluate(() => window.__longTasks)).filter((t) => t.start > tCheck);
const load = summarise((await cdp.send('Profiler.stop')).profile, tasks, profileStart);
console.log(`load average ${os.loadavg().map((x) => x.toFixed(2)).join(' / ')}; ${ROWS} rows`);
console.log(`\n${FROM_SAVE ? 'save' : 'data dialog opened'} → every panel drawn: ${tasks.length} long tasks, longest ${Math.round(Math.max(0, ...tasks.map((t) => t.duration)))} ms, total ${Math.round(tasks.reduce((s, t) => s + t.duration, 0))} ms; sampled ${load.total} ms`);
console.log(load.top.join('\n'));

if (CLICKS > 0) {
  const keys = ['digital-economy', 'smart-manufacturing'];
  const bar = (k) => page.locator(`[data-chart="sector"] rect[data-key="${k}"]`).first();
  await bar(keys[0]).scrollIntoViewIfNeeded();
  await page.evaluate(() => {
    window.__longTasks = [];
    // Which part of the page each click adds and removes nodes in (nearest section or panel).
    window.__mutations = {};
    const where = (n) => {
      const el = n instanceof Element ? n : n.parentElement;
      const host = el?.closest('section, [data-panel], [data-chart], table, .leaflet-container');
      return host ? `${host.tagName.toLowerCase()}${host.id ? `#${host.id}` : ''}${host.dataset?.chart ? `[chart=${host.dataset.chart}]` : ''}${host.className && typeof host.className === 'string' ? `.${host.className.split(' ')[0]}` : ''}` : '(page)';
    };
    new MutationObserver((list) => {
      for (const m of list) {
        const k = where(m.target);
        const c = (window.__mutations[k] ??= { added: 0, removed: 0 });
        for (const n of m.addedNodes) c.added += n instanceof Element ? 1 + n.querySelectorAll('*').length : 1;
        for (const n of m.removedNodes) c.removed += n instanceof Element ? 1 + n.querySelectorAll('*').length : 1;
      }
    }).observe(document.body, { childList: true, subtree: true });
    // Time each removeChild by what it removes (a slow removal shows where).
    window.__removals = {};
    const remove = Node.prototype.removeChild;
    Node.prototype.removeChild = function (child) {
      const t = performance.now();
      const out = remove.call(this, child);
      const name = (n) => `${n.nodeName.toLowerCase()}${n instanceof Element && n.getAttribute('class') ? `.${n.getAttribute('class').split(' ')[0]}` : ''}`;
      const host = this instanceof Element ? this.closest('[data-chart], .leaflet-container, table') : null;
      const k = `${host ? `${name(host)}${host.dataset?.chart ? `[${host.dataset.chart}]` : ''} … ` : ''}${name(this)} > ${name(child)} (${child instanceof Element ? child.querySelectorAll('*').length : 0} inside)`;
      const r = (window.__removals[k] ??= { n: 0, ms: 0 });
      r.n++;
      r.ms += performance.now() - t;
      return out;
    };
  });
  await cdp.send('Profiler.start');
  for (let i = 0; i < CLICKS; i++) {
    await bar(keys[i % 2]).click();
    await page.waitForTimeout(300);
  }
  const clicks = summarise((await cdp.send('Profiler.stop')).profile);
  const ct = await page.evaluate(() => window.__longTasks);
  console.log(`\n${CLICKS} clicks on sector bars: ${ct.length} long tasks, longest ${Math.round(Math.max(0, ...ct.map((t) => t.duration)))} ms; sampled ${clicks.total} ms`);
  console.log(clicks.top.join('\n'));
  const mutations = await page.evaluate(() => window.__mutations);
  console.log(`\nnodes added / removed per part of the page over the ${CLICKS} clicks:`);
  for (const [k, v] of Object.entries(mutations).sort((a, b) => b[1].removed + b[1].added - a[1].removed - a[1].added).slice(0, 12)) console.log(`  ${String(v.added).padStart(7)} / ${String(v.removed).padStart(7)}  ${k}`);
  const removals = await page.evaluate(() => window.__removals);
  console.log('removeChild by parent > child (count, ms):');
  for (const [k, v] of Object.entries(removals).sort((a, b) => b[1].ms - a[1].ms).slice(0, 8)) console.log(`  ${String(v.n).padStart(6)} ${v.ms.toFixed(1).padStart(8)} ms  ${k}`);
  console.log(`elements on the page: ${await page.evaluate(() => document.querySelectorAll('*').length)}`);
}
await context.close();
await browser.close();
httpServer.close();
rmSync(dirname(file.path), { recursive: true, force: true });
if (tmp) rmSync(tmp, { recursive: true, force: true });
