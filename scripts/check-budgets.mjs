#!/usr/bin/env node
// Budget gate for the production build (DESIGN.md "Budgets"): deterministic checks on dist/,
// no timings. Fails (exit 1) when
//   - first-load JS exceeds 180 kB gzip (same counting as scripts/bundle-size.mjs), or
//   - dist/index.html, or any built stylesheet, loads a script, stylesheet, font or image
//     from another origin (http://, https://, protocol-relative // or any other scheme
//     except data: and blob:), which would break the "no request leaves the origin" rule.
//   - the JS a browser fetches for the first view at 1440×900 exceeds 279.1 kB gzip (180 kB plus
//     the 99.1 kB of Recharts the charts on that screen need since every chart draws with it,
//     docs/benchmarks.md "One bar renderer"): the built
//     app served gzip-compressed (scripts/lib/static-server.mjs) in Debian's Chromium, every
//     script response until the network is idle (no request for 500 ms), as a user's browser
//     would fetch it, lazy chunks of the panels on screen included, or
//   - the same number on a 390×844 touch phone exceeds 120 kB gzip, for the page without a
//     query and for a shared link (filters, English).
// Also reports first-load CSS size and whether stylesheets block rendering (reported only).
// Usage: npm run build && node scripts/check-budgets.mjs [--js-kb 180] [--view-kb 279.1] [--phone-kb 120] [--dist DIR] [--no-browser] [--list]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DIST as DEFAULT_DIST, kb, measureBundle } from './lib/bundle.mjs';

const args = process.argv.slice(2);
const jsIdx = args.indexOf('--js-kb');
const JS_BUDGET_KB = jsIdx >= 0 ? Number(args[jsIdx + 1]) : 180;
const viewIdx = args.indexOf('--view-kb');
const VIEW_BUDGET_KB = viewIdx >= 0 ? Number(args[viewIdx + 1]) : 279.1;
const phoneIdx = args.indexOf('--phone-kb');
const PHONE_BUDGET_KB = phoneIdx >= 0 ? Number(args[phoneIdx + 1]) : 120;
const NO_BROWSER = args.includes('--no-browser');
const distIdx = args.indexOf('--dist');
const DIST = distIdx >= 0 ? `${resolve(args[distIdx + 1] ?? '.')}/` : DEFAULT_DIST;

if (!existsSync(join(DIST, 'index.html'))) {
  console.error('check-budgets: dist/index.html not found. Run `npm run build` first.');
  process.exit(1);
}

const failures = [];
const lines = [];

/* ---------- first-load JS and CSS ---------- */

const { firstLoad, firstJs, firstCss, html } = measureBundle(DIST);
const jsKb = firstJs.gzip / 1024;
lines.push(`first-load JS : ${kb(firstJs.gzip)} kB gzip (${kb(firstJs.raw)} kB raw) in ${[...firstLoad].filter((f) => f.endsWith('.js')).length} files; budget ${JS_BUDGET_KB} kB gzip`);
if (!(jsKb <= JS_BUDGET_KB)) failures.push(`first-load JS is ${kb(firstJs.gzip)} kB gzip, over the ${JS_BUDGET_KB} kB budget (see \`node scripts/bundle-size.mjs\` for the chunks)`);
lines.push(`first-load CSS: ${kb(firstCss.gzip)} kB gzip (${kb(firstCss.raw)} kB raw) in ${[...firstLoad].filter((f) => f.endsWith('.css')).length} files`);

/* ---------- nothing from another origin ---------- */

/** True when a URL as written in HTML/CSS would be fetched from somewhere other than this origin. */
function offOrigin(url) {
  const u = url.trim();
  if (u.startsWith('//')) return true; // protocol-relative: another host
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(u);
  if (!scheme) return false; // relative or root-relative: same origin
  return !['data', 'blob'].includes(scheme[1].toLowerCase());
}

// Every start tag of index.html; attributes that make the browser fetch something.
const LOADING_ATTRS = ['src', 'srcset', 'poster', 'data', 'xlink:href', 'imagesrcset'];
for (const tag of html.matchAll(/<([a-z][a-z0-9-]*)\b([^>]*)>/gi)) {
  const name = tag[1].toLowerCase();
  for (const attr of tag[2].matchAll(/([a-z:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi)) {
    const key = attr[1].toLowerCase();
    const value = attr[2] ?? attr[3] ?? attr[4] ?? '';
    // <link href> always makes a request (stylesheet, preload, icon, font, preconnect...);
    // <a href> is navigation, not a load; <base href> would re-point every relative URL.
    const loads = LOADING_ATTRS.includes(key) || (key === 'href' && (name === 'link' || name === 'base' || name === 'use' || name === 'image'));
    if (!loads) continue;
    const urls = key.endsWith('srcset') ? value.split(',').map((s) => s.trim().split(/\s+/)[0] ?? '') : [value];
    for (const u of urls) if (offOrigin(u)) failures.push(`dist/index.html: <${name} ${key}="${u}"> loads from another origin`);
  }
}
// Inline styles in index.html and every built stylesheet: url(...) and @import.
const cssSources = [['dist/index.html', html], ...readdirSync(join(DIST, 'assets')).filter((f) => f.endsWith('.css')).map((f) => [`dist/assets/${f}`, readFileSync(join(DIST, 'assets', f), 'utf8')])];
for (const [file, css] of cssSources) {
  for (const m of css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)]*))\s*\)|@import\s+(?:"([^"]*)"|'([^']*)')/gi)) {
    const u = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? '').trim();
    if (offOrigin(u)) failures.push(`${file}: ${m[0].slice(0, 120)} loads from another origin`);
  }
}
const scripts = [...html.matchAll(/<script\b[^>]*>/gi)].length;
const sheets = [...html.matchAll(/<link\b[^>]*rel=["']?stylesheet[^>]*>/gi)].length;
lines.push(`dist/index.html: ${scripts} script tag(s), ${sheets} stylesheet link(s), all same-origin: ${failures.some((f) => f.includes('another origin')) ? 'NO' : 'yes'}`);
// The design asks for CSS that does not block rendering; reported, not failed (a small
// same-origin stylesheet in <head> is render-blocking by definition).
if (sheets > 0) lines.push(`note: ${sheets} stylesheet link(s) in <head> are render-blocking (${kb(firstCss.gzip)} kB gzip)`);

/* ---------- JS fetched for the first view, in a browser ---------- */

/** gzip bytes of every script the page fetches until the network is idle, at one viewport. */
async function firstViewJs(browser, base, viewport, phone = false) {
  const context = await browser.newContext({ viewport, ...(phone ? { hasTouch: true, isMobile: true } : {}) });
  const page = await context.newPage();
  const scripts = new Map();
  page.on('response', async (res) => {
    if (res.request().resourceType() !== 'script') return;
    const len = Number((await res.allHeaders())['content-length'] ?? 0);
    scripts.set(res.url(), len);
  });
  await page.goto(base, { waitUntil: 'networkidle' });
  await context.close();
  if (args.includes('--list')) for (const [url, len] of [...scripts].sort((a, b) => b[1] - a[1])) console.log(`  ${kb(len).padStart(6)} kB  ${new URL(url).pathname}`);
  return { bytes: [...scripts.values()].reduce((a, b) => a + b, 0), files: scripts.size };
}

if (!NO_BROWSER) {
  const { chromium } = await import('playwright-core');
  const { serveDist } = await import('./lib/static-server.mjs');
  const server = await serveDist(DIST);
  const { port } = server.httpServer.address();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const base = `http://127.0.0.1:${port}/`;
    const desk = await firstViewJs(browser, base, { width: 1440, height: 900 });
    lines.push(`first-view JS at 1440×900: ${kb(desk.bytes)} kB gzip in ${desk.files} files (every script until network idle); budget ${VIEW_BUDGET_KB} kB gzip`);
    if (!(desk.bytes / 1024 <= VIEW_BUDGET_KB)) failures.push(`the first view at 1440×900 fetches ${kb(desk.bytes)} kB gzip of JS, over the ${VIEW_BUDGET_KB} kB budget`);
    // A phone opening the page, and a shared link (filters, English: the prerender is not its view).
    for (const query of ['', '?district=500110&sector=smart-manufacturing&lang=en']) {
      const phone = await firstViewJs(browser, `${base}${query}`, { width: 390, height: 844 }, true);
      lines.push(`first-view JS at 390×844 (touch) ${query || '/'}: ${kb(phone.bytes)} kB gzip in ${phone.files} files; budget ${PHONE_BUDGET_KB} kB gzip`);
      if (!(phone.bytes / 1024 <= PHONE_BUDGET_KB)) failures.push(`the first view on a 390×844 phone (${query || '/'}) fetches ${kb(phone.bytes)} kB gzip of JS, over the ${PHONE_BUDGET_KB} kB budget`);
    }
  } finally {
    await browser.close();
    await new Promise((r) => server.httpServer.close(() => r()));
  }
}

console.log(lines.join('\n'));
if (failures.length > 0) {
  console.error(`\nBudget check FAILED (${failures.length}):\n${failures.map((f) => `  - ${f}`).join('\n')}`);
  process.exit(1);
}
console.log('\nBudget check passed.');
