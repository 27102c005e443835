#!/usr/bin/env node
// Where the time goes: a Chrome trace (DevTools protocol, Tracing domain, with the V8 sampling
// profiler) of the production build in Debian's Chromium, for (1) the first load with mobile
// emulation (412×823, DPR 1.75, touch) at 4× CPU and (2) a click on a sector bar at 1920×1080,
// 1× CPU (--cpu sets the click's throttling). Prints, per trace: main-thread time by phase
// (scripting, style/layout, paint/composite, parse/loading, other), long tasks, scripting
// self time by function and by script URL, and time by React component (inclusive, from the
// sampled stacks). Component names need readable function names: with --names (the default)
// the script builds an unminified copy of the app into a temp directory (`vite build --minify
// false`), so the numbers are for that copy; --dist profiles dist/ as built (names minified).
//
// Usage: node scripts/profile.mjs [--dist] [--cpu 1] [--top 15] [--json FILE]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { serveDist } from './lib/static-server.mjs';

const args = process.argv.slice(2);
const opt = (name, def) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : def;
};
const USE_DIST = args.includes('--dist');
const CLICK_CPU = Number(opt('--cpu', '1'));
const TOP = Number(opt('--top', '15'));
const JSON_OUT = opt('--json', null);

let dir = resolve('dist');
let tmp = null;
if (!USE_DIST) {
  tmp = mkdtempSync(join(os.tmpdir(), 'profile-build-'));
  console.error(`profile: building an unminified copy into ${tmp} …`);
  execFileSync('npx', ['vite', 'build', '--minify', 'false', '--outDir', tmp, '--emptyOutDir', '--logLevel', 'error'], { stdio: 'inherit' });
  dir = tmp;
} else if (!existsSync('dist/index.html')) {
  console.error('profile: dist/ not found. Run `npm run build` first.');
  process.exit(1);
}

const server = await serveDist(dir.endsWith('/') ? dir : `${dir}/`);
const { port } = server.httpServer.address();
const base = `http://127.0.0.1:${port}/`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'disabled-by-default-devtools.timeline.frame', 'v8.execute', 'disabled-by-default-v8.cpu_profiler', 'blink.user_timing', 'loading', 'toplevel'].join(',');

async function trace(cdp, action) {
  const chunks = [];
  const done = new Promise((res) => cdp.once('Tracing.tracingComplete', res));
  cdp.on('Tracing.dataCollected', (e) => chunks.push(...e.value));
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  await action();
  await cdp.send('Tracing.end');
  await done;
  return chunks;
}

/* ---------- summarising a trace ---------- */

const PHASE = (name) => {
  if (/^(EvaluateScript|v8\.|V8\.|FunctionCall|TimerFire|FireAnimationFrame|RunMicrotasks|EventDispatch|FireIdleCallback|MinorGC|MajorGC|BlinkGC|GCEvent|CompileScript|CompileCode|CacheScript|ParseScript|PerformanceObserver|XHR|MessagePort|HandlePostMessage|ScheduleIdle|IntersectionObserverController)/.test(name)) return 'scripting';
  if (/^(UpdateLayoutTree|RecalculateStyles|Layout|HitTest|InvalidateLayout|ScheduleStyleRecalculation|UpdateLayer$|ComputeIntersections|StyleInvalidatorInvalidationTracking|LayoutShift)/.test(name)) return 'style/layout';
  if (/^(Paint|PrePaint|Layerize|UpdateLayerTree|CompositeLayers|Commit|PaintImage|Decode|ImageDecode|RasterTask|Animation)/.test(name)) return 'paint/composite';
  if (/^(ParseHTML|ParseAuthorStyleSheet|ResourceSendRequest|ResourceReceiveResponse|ResourceFinish|ResourceReceivedData)/.test(name)) return 'parse/loading';
  return 'other';
};

function mainThread(events) {
  const names = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  let best = null;
  for (const m of names) {
    const n = events.filter((e) => e.pid === m.pid && e.tid === m.tid && e.ph === 'X').length;
    if (!best || n > best.n) best = { pid: m.pid, tid: m.tid, n };
  }
  if (!best) throw new Error('no renderer main thread in the trace');
  return best;
}

function summarise(events, window = null) {
  const { pid, tid } = mainThread(events);
  const inWin = (e) => !window || (e.ts >= window.start && e.ts <= window.end);
  const xs = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && typeof e.dur === 'number' && inWin(e)).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  // Self time by phase: a stack of open events; each event's time minus its children's.
  const phases = { scripting: 0, 'style/layout': 0, 'paint/composite': 0, 'parse/loading': 0, other: 0 };
  const byEvent = new Map();
  const stack = [];
  const close = (until) => {
    while (stack.length > 0 && stack[stack.length - 1].end <= until) {
      const top = stack.pop();
      const self = Math.max(0, top.e.dur - top.child);
      // RunTask's own time is the scheduler's; its children say what ran.
      const phase = top.e.name === 'RunTask' || top.e.name === 'ThreadControllerImpl::RunTask' ? 'other' : top.phase;
      phases[phase] += self;
      byEvent.set(top.e.name, (byEvent.get(top.e.name) ?? 0) + self);
    }
  };
  for (const e of xs) {
    close(e.ts);
    const parent = stack[stack.length - 1];
    if (parent) parent.child += e.dur;
    // Inside a scripting event, everything it calls that is not rendering is scripting.
    const own = PHASE(e.name);
    const phase = own === 'other' && parent && parent.phase !== 'other' ? parent.phase : own;
    stack.push({ e, end: e.ts + e.dur, child: 0, phase });
  }
  close(Infinity);
  const tasks = xs.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask');
  const long = tasks.filter((e) => e.dur > 50000).map((e) => e.dur / 1000);
  const span = xs.length > 0 ? (Math.max(...xs.map((e) => e.ts + e.dur)) - xs[0].ts) / 1000 : 0;

  // CPU profile: self time per function and per URL, inclusive time per component.
  const selfFn = new Map();
  const selfUrl = new Map();
  const component = new Map();
  const profiles = new Map();
  for (const e of events) {
    if (e.name !== 'ProfileChunk' || e.pid !== pid) continue;
    const key = e.id;
    const p = profiles.get(key) ?? { nodes: new Map(), samples: [], deltas: [] };
    profiles.set(key, p);
    const cp = e.args?.data?.cpuProfile;
    for (const n of cp?.nodes ?? []) p.nodes.set(n.id, n);
    p.samples.push(...(cp?.samples ?? []));
    p.deltas.push(...(e.args?.data?.timeDeltas ?? []));
  }
  let sampledMs = 0;
  for (const p of profiles.values()) {
    const startTs = [...events].find((e) => e.name === 'Profile' && e.pid === pid)?.args?.data?.startTime ?? 0;
    let t = startTs;
    for (let i = 0; i < p.samples.length; i++) {
      t += p.deltas[i] ?? 0;
      if (window && (t < window.start || t > window.end)) continue;
      const dt = (p.deltas[i + 1] ?? p.deltas[i] ?? 0) / 1000;
      const leaf = p.nodes.get(p.samples[i]);
      if (!leaf) continue;
      const cf = leaf.callFrame;
      if (cf.functionName === '(idle)') continue;
      sampledMs += dt;
      const file = cf.url ? cf.url.replace(/^.*\//, '') : cf.functionName.startsWith('(') ? cf.functionName : '(native)';
      const fnKey = `${cf.functionName || '(anonymous)'} · ${file}${cf.url ? `:${cf.lineNumber + 1}` : ''}`;
      selfFn.set(fnKey, (selfFn.get(fnKey) ?? 0) + dt);
      selfUrl.set(file, (selfUrl.get(file) ?? 0) + dt);
      // Inclusive per component: every distinct capitalised function on the stack (React
      // components are PascalCase; React's and the libraries' internals are not).
      const seen = new Set();
      for (let n = leaf; n; n = p.nodes.get(n.parent)) {
        const name = n.callFrame.functionName;
        if (/^[A-Z][A-Za-z0-9]+$/.test(name) && n.callFrame.url && !seen.has(name)) {
          seen.add(name);
          component.set(name, (component.get(name) ?? 0) + dt);
        }
      }
    }
  }
  const top = (m) => [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, TOP).map(([k, v]) => [k, Math.round(v * 10) / 10]);
  return {
    spanMs: Math.round(span),
    phases: Object.fromEntries(Object.entries(phases).map(([k, v]) => [k, Math.round(v / 100) / 10])),
    longTasks: { count: long.length, longestMs: Math.round(Math.max(0, ...long)), totalMs: Math.round(long.reduce((a, b) => a + b, 0)) },
    sampledMs: Math.round(sampledMs),
    events: top(new Map([...byEvent].map(([k, v]) => [k, v / 1000]))),
    functions: top(selfFn),
    urls: top(selfUrl),
    components: top(component),
  };
}

/* ---------- the two traces ---------- */

async function firstLoad() {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const events = await trace(cdp, async () => {
    await page.goto(base, { waitUntil: 'networkidle' });
    await page.waitForSelector('html[data-live] [data-kpi="projects"][data-basis]');
    await page.waitForTimeout(1000); // let the last idle work finish inside the trace
  });
  await context.close();
  return summarise(events);
}

async function click() {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(base, { waitUntil: 'networkidle' });
  const bar = page.locator('[data-chart="sector"] rect[data-key="digital-economy"]');
  await bar.scrollIntoViewIfNeeded();
  await page.waitForFunction(() => document.querySelectorAll('path[data-district]').length === 38);
  await page.evaluate(() => {
    window.__et = [];
    new PerformanceObserver((l) => window.__et.push(...l.getEntries().filter((e) => e.interactionId).map((e) => ({ name: e.name, duration: e.duration, start: e.startTime })))).observe({ type: 'event', durationThreshold: 16 });
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CLICK_CPU });
  const box = await bar.boundingBox();
  // Warm up (first clicks compile code paths), then clear the record.
  for (let i = 0; i < 4; i++) {
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForTimeout(300);
  }
  await page.evaluate(() => {
    window.__et = [];
  });
  let clicks = 0;
  const events = await trace(cdp, async () => {
    // Starting the sampling profiler stalls the page for a moment: let that pass first.
    await page.waitForTimeout(1500);
    // Six clicks on the same bar (on, off, …), each given time to paint.
    for (clicks = 0; clicks < 6; clicks++) {
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      await page.waitForTimeout(400);
    }
  });
  const et = await page.evaluate(() => window.__et);
  await context.close();
  const byInteraction = [...new Set(et.map((e) => e.start))].map((s) => Math.max(...et.filter((e) => e.start === s).map((e) => e.duration)));
  return { clicks, eventTimingMs: byInteraction, ...summarise(events) };
}

const load = await firstLoad();
const clicks = await click();
await browser.close();
server.httpServer.close();
if (tmp) rmSync(tmp, { recursive: true, force: true });

const loadAvg = os.loadavg().map((x) => x.toFixed(2)).join(' / ');
const fmt = (rows) => rows.map(([k, v]) => `  ${String(v).padStart(8)} ms  ${k}`).join('\n');
const print = (title, s) =>
  [
    `## ${title}`,
    `main thread over ${s.spanMs} ms: ${Object.entries(s.phases).map(([k, v]) => `${k} ${v} ms`).join(', ')}`,
    `long tasks (> 50 ms): ${s.longTasks.count}, longest ${s.longTasks.longestMs} ms, total ${s.longTasks.totalMs} ms; JS sampled ${s.sampledMs} ms`,
    ...(s.eventTimingMs ? [`Event Timing per click (ms; clicks under the 16 ms threshold report nothing): ${s.eventTimingMs.length} of ${s.clicks} reported${s.eventTimingMs.length ? `: ${s.eventTimingMs.join(', ')}` : ''}`] : []),
    'trace events by self time:',
    fmt(s.events),
    'scripting self time by function:',
    fmt(s.functions),
    'scripting self time by script:',
    fmt(s.urls),
    'React components, inclusive (sampled stacks):',
    fmt(s.components),
  ].join('\n');
console.log(`Profiled ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}; load average ${loadAvg}; ${USE_DIST ? 'dist/ as built' : 'an unminified build of this tree'}.\n`);
console.log(print('First load, mobile emulation (412×823), 4× CPU, until network idle + 1 s', load));
console.log('');
console.log(print(`6 clicks on a sector bar (after 4 warm-up clicks), 1920×1080, ${CLICK_CPU}× CPU`, clicks));
if (JSON_OUT) writeFileSync(JSON_OUT, JSON.stringify({ load, clicks }, null, 1));
