#!/usr/bin/env node
// Interaction benchmark: click → next paint in Debian's Chromium, on the bundled data and on a
// SYNTHETIC register of 100 000 made-up projects (built only for this benchmark, never
// shipped), at 1× and 4× CPU throttling. Prints a Markdown table; with --write, replaces the
// "Interaction" section of docs/benchmarks.md.
//
// Latency of one click = time from the click event's timestamp to the first task after the
// next animation frame (rAF + MessageChannel), i.e. after React has rendered and the browser
// has painted. Clicks alternate between sector bars and district paths, toggling on and off.
//
// Usage: node scripts/bench-interaction.mjs [--clicks 40] [--rows 100000] [--write]
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { chromium } from 'playwright-core';
import { preview } from 'vite';

const args = process.argv.slice(2);
const opt = (name, def) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : def;
};
const CLICKS = opt('--clicks', 40);
const ROWS = opt('--rows', 100000);
const WRITE = args.includes('--write');

execFileSync('npx', ['vite', 'build', '--config', 'vite.bench.config.ts', '--logLevel', 'warn'], { stdio: 'inherit' });
const server = await preview({ configFile: 'vite.bench.config.ts', preview: { host: '127.0.0.1', port: 0 }, logLevel: 'silent' });
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

async function run(rows, throttle) {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(`http://127.0.0.1:${port}/?rows=${rows}`);
  await page.waitForFunction(() => document.querySelectorAll('path[data-district]').length === 38 && document.querySelectorAll('[data-chart="sector"] rect[data-key]').length === 5, null, { timeout: 120000 });
  const genMs = await page.evaluate(() => window.__benchGenMs);
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
  return { rows, throttle, genMs, ...stats(lat) };
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

const fmt = (x) => x.toFixed(1);
const chromiumVersion = execFileSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', ['--version'], { encoding: 'utf8' }).trim();
const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${chromiumVersion}`;
const table = [
  `Measured ${new Date().toISOString().slice(0, 10)} on ${machine}; ${CLICKS} clicks per row (sector bars and district paths, on and off).`,
  '',
  '| data | CPU | median ms | p95 ms | max ms | target p95 |',
  '|---|---|---:|---:|---:|---:|',
  ...results.map((r) => `| ${r.rows ? `SYNTHETIC register, ${r.rows.toLocaleString('en')} rows` : 'bundled (published) data'} | ${r.throttle}× | ${fmt(r.median)} | ${fmt(r.p95)} | ${fmt(r.max)} | ${r.throttle === 1 ? (r.rows ? '≤ 100' : '≤ 50') : '—'} |`),
  '',
  `Generating the synthetic register in the page took ${fmt(results.find((r) => r.rows)?.genMs ?? 0)} ms (not part of a click).`,
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
