#!/usr/bin/env node
// Lighthouse on the production build, mobile and desktop: DESIGN.md budgets Lighthouse mobile
// performance ≥ 98 and accessibility 100. Serves dist/ gzip-compressed (scripts/lib/static-server.mjs) on
// 127.0.0.1 (a free port), runs the `lighthouse` Node API against `/` in Debian's Chromium
// (launched by chrome-launcher with a fresh temporary profile), and prints a Markdown table of
// category scores and metrics, the failing accessibility / best-practices audits and the top
// performance opportunities. With --write it replaces the Lighthouse section of
// docs/benchmarks.md (between <!-- lighthouse:start --> and <!-- lighthouse:end -->, added at
// the end of the file if missing). Exits non-zero if a run fails; always closes the server,
// kills Chromium and removes the profile.
//
// Beside every run it records the machine: CPU model and cores, the load average when the run
// started, and Lighthouse's own benchmarkIndex (how fast this machine ran its calibration loop;
// a shared or busy machine shows a lower index and a higher load).
//
// Usage: npm run build && node scripts/lighthouse.mjs [--runs 3] [--write] [--out DIR]
//   --runs N   runs per form factor (default 3); the run with the median performance score is reported
//   --out DIR  also save each reported run's full Lighthouse JSON report in DIR
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { serveDist } from './lib/static-server.mjs';

const args = process.argv.slice(2);
const optValue = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const RUNS = Number(optValue('--runs') ?? 3);
const WRITE = args.includes('--write');
const OUT = optValue('--out');
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CATEGORIES = ['performance', 'accessibility', 'best-practices'];
const RUN_TIMEOUT_MS = 180_000;
// The project's Chromium flags (tests/e2e/harness.ts), with the new headless mode.
const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const FORM_FACTORS = [
  { name: 'mobile', config: undefined }, // lighthouse:default — Moto G Power emulation, simulated slow 4G, 4× CPU
  { name: 'desktop', config: desktopConfig },
];

if (!Number.isInteger(RUNS) || RUNS < 1) fail('--runs must be a positive integer');
if (!existsSync(new URL('../dist/index.html', import.meta.url))) fail('dist/index.html not found. Run `npm run build` first.');

function fail(message) {
  console.error(`lighthouse: ${message}`);
  process.exit(1);
}

/* ---------- resources, released on every exit path ---------- */

let server = null;
let chrome = null;
let profileDir = null;

async function killChrome() {
  const c = chrome;
  chrome = null;
  if (c) await Promise.resolve(c.kill()).catch(() => undefined);
  if (profileDir) {
    rmSync(profileDir, { recursive: true, force: true, maxRetries: 3 });
    profileDir = null;
  }
}

async function cleanUp() {
  await killChrome();
  const s = server;
  server = null;
  if (s) await new Promise((resolve) => s.httpServer.close(() => resolve()));
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    console.error(`\nlighthouse: ${signal}, cleaning up`);
    cleanUp().finally(() => process.exit(130));
  });
}

/* ---------- one Lighthouse run in a fresh Chromium ---------- */

function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not finish within ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function runOnce(url, formFactor) {
  profileDir = mkdtempSync(join(os.tmpdir(), 'lighthouse-chromium-'));
  chrome = await launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROME_FLAGS, userDataDir: profileDir, logLevel: 'silent', handleSIGINT: false });
  try {
    const result = await withTimeout(
      lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES }, formFactor.config),
      RUN_TIMEOUT_MS,
      `Lighthouse (${formFactor.name})`,
    );
    const lhr = result?.lhr;
    if (!lhr) throw new Error('Lighthouse returned no report');
    if (lhr.runtimeError) throw new Error(`Lighthouse runtime error ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
    const missing = CATEGORIES.filter((c) => typeof lhr.categories[c]?.score !== 'number');
    if (missing.length > 0) throw new Error(`no score for ${missing.join(', ')}${lhr.runWarnings?.length ? ` (warnings: ${lhr.runWarnings.join('; ')})` : ''}`);
    return lhr;
  } finally {
    await killChrome();
  }
}

/* ---------- summarise a report ---------- */

const score = (lhr, cat) => Math.round(lhr.categories[cat].score * 100);
const num = (lhr, id) => lhr.audits[id]?.numericValue;
const seconds = (ms) => (typeof ms === 'number' ? `${(ms / 1000).toFixed(2)} s` : 'n/a');

function summarise(lhr) {
  const failing = (cat) =>
    lhr.categories[cat].auditRefs
      .map((ref) => lhr.audits[ref.id])
      .filter((a) => a && typeof a.score === 'number' && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual')
      .map((a) => ({ id: a.id, title: a.title, score: a.score, display: a.displayValue ?? '' }));
  // Opportunities: failing performance audits of the opportunity kind (or the newer insights)
  // that estimate a saving in time or bytes; diagnostics such as the LCP element are not.
  const opportunities = lhr.categories.performance.auditRefs
    .map((ref) => lhr.audits[ref.id])
    .filter((a) => a && typeof a.score === 'number' && a.score < 1 && (a.details?.type === 'opportunity' || a.id.endsWith('-insight')))
    .map((a) => {
      const ms = a.details?.overallSavingsMs ?? Math.max(0, ...Object.values(a.metricSavings ?? {}).filter((v) => typeof v === 'number'));
      const bytes = a.details?.overallSavingsBytes ?? 0;
      return { id: a.id, title: a.title, ms, bytes, display: a.displayValue ?? '' };
    })
    .filter((o) => o.ms > 0 || o.bytes > 0)
    .sort((a, b) => b.ms - a.ms || b.bytes - a.bytes)
    .slice(0, 5);
  const diagnostics = failing('performance').filter((a) => !opportunities.some((o) => o.id === a.id));
  return {
    scores: Object.fromEntries(CATEGORIES.map((c) => [c, score(lhr, c)])),
    fcp: num(lhr, 'first-contentful-paint'),
    lcp: num(lhr, 'largest-contentful-paint'),
    tbt: num(lhr, 'total-blocking-time'),
    cls: num(lhr, 'cumulative-layout-shift'),
    si: num(lhr, 'speed-index'),
    // Main-thread work at load by category (Lighthouse's mainthread-work-breakdown audit), ms.
    mainThread: Object.fromEntries((lhr.audits['mainthread-work-breakdown']?.details?.items ?? []).map((i) => [i.group, i.duration])),
    mainThreadTotal: num(lhr, 'mainthread-work-breakdown'),
    a11yFailing: failing('accessibility'),
    bpFailing: failing('best-practices'),
    opportunities,
    diagnostics,
    warnings: lhr.runWarnings ?? [],
  };
}

/* ---------- run ---------- */

const reports = [];
const allRuns = [];
let exitCode = 0;
/** The 1, 5 and 15 minute load averages, as `uptime` prints them. */
const loadAverage = () => os.loadavg().map((x) => x.toFixed(2)).join(' / ');
const benchIndex = (lhr) => (typeof lhr.environment?.benchmarkIndex === 'number' ? Math.round(lhr.environment.benchmarkIndex) : 'n/a');
try {
  server = await serveDist();
  const address = server.httpServer.address();
  if (address === null || typeof address === 'string') throw new Error('static server has no port');
  const url = `http://127.0.0.1:${address.port}/`;
  for (const ff of FORM_FACTORS) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      const load = loadAverage();
      const lhr = await runOnce(url, ff);
      runs.push(lhr);
      allRuns.push({ name: ff.name, index: i + 1, lhr, load });
      console.error(`${ff.name} run ${i + 1}/${RUNS}: performance ${score(lhr, 'performance')}, accessibility ${score(lhr, 'accessibility')}, best practices ${score(lhr, 'best-practices')}, TBT ${Math.round(num(lhr, 'total-blocking-time') ?? 0)} ms, benchmarkIndex ${benchIndex(lhr)}, load ${load} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
    }
    // Median by performance score (Lighthouse's own advice for variable runs).
    const lhr = [...runs].sort((a, b) => a.categories.performance.score - b.categories.performance.score)[Math.floor((runs.length - 1) / 2)];
    if (OUT) {
      mkdirSync(OUT, { recursive: true });
      writeFileSync(join(OUT, `lighthouse-${ff.name}.json`), JSON.stringify(lhr, null, 1));
    }
    reports.push({ name: ff.name, lhr, ...summarise(lhr) });
  }
} catch (err) {
  console.error(`lighthouse: run failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  exitCode = 1;
} finally {
  await cleanUp();
}
if (exitCode !== 0) process.exit(exitCode);

/* ---------- report ---------- */

const chromiumVersion = (() => {
  try {
    return execFileSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'Chromium (version unknown)';
  }
})();
const lhVersion = reports[0]?.lhr.lighthouseVersion ?? '?';
const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'} (${os.cpus().length} cores), ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${chromiumVersion}; load average ${loadAverage()} at the end`;
const list = (items, fmt) => (items.length === 0 ? ['none'] : items.map(fmt));
const section = [
  `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${machine}; Lighthouse ${lhVersion}, page \`/\` of the production build served gzip-compressed by \`scripts/lib/static-server.mjs\` on 127.0.0.1, ${RUNS === 1 ? 'one run' : `median of ${RUNS} runs by performance score`} per form factor.`,
  '',
  '| form factor | performance | accessibility | best practices | FCP | LCP | TBT | CLS | Speed Index |',
  '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
  ...reports.map(
    (r) =>
      `| ${r.name} | ${r.scores.performance} | ${r.scores.accessibility} | ${r.scores['best-practices']} | ${seconds(r.fcp)} | ${seconds(r.lcp)} | ${typeof r.tbt === 'number' ? `${Math.round(r.tbt)} ms` : 'n/a'} | ${typeof r.cls === 'number' ? r.cls.toFixed(3) : 'n/a'} | ${seconds(r.si)} |`,
  ),
  '',
  'Every run, with the machine as it was (load average 1 / 5 / 15 min when the run started; Lighthouse\'s benchmarkIndex):',
  '',
  '| form factor | run | performance | TBT | LCP | CLS | benchmarkIndex | load average |',
  '|---|---:|---:|---:|---:|---:|---:|---|',
  ...allRuns.map(
    (r) =>
      `| ${r.name} | ${r.index} | ${score(r.lhr, 'performance')} | ${Math.round(num(r.lhr, 'total-blocking-time') ?? 0)} ms | ${seconds(num(r.lhr, 'largest-contentful-paint'))} | ${(num(r.lhr, 'cumulative-layout-shift') ?? 0).toFixed(3)} | ${benchIndex(r.lhr)} | ${r.load} |`,
  ),
  '',
  'Targets (issue 16): mobile performance ≥ 98 (median of 3), TBT ≤ 50 ms, LCP ≤ 1.5 s, CLS 0; desktop 100; accessibility 100.',
  ...reports.flatMap((r) => [
    '',
    `**${r.name}**`,
    '',
    `- Main-thread work at load: ${typeof r.mainThreadTotal === 'number' ? `${Math.round(r.mainThreadTotal)} ms` : 'n/a'} (${Object.entries(r.mainThread).sort((a, b) => b[1] - a[1]).map(([g, ms]) => `${g} ${Math.round(ms)} ms`).join(', ')})`,
    `- Accessibility audits not passing: ${list(r.a11yFailing, (a) => `\`${a.id}\` (${a.title})`).join('; ')}`,
    `- Best-practices audits not passing: ${list(r.bpFailing, (a) => `\`${a.id}\` (${a.title})`).join('; ')}`,
    `- Top performance opportunities: ${list(r.opportunities, (o) => `\`${o.id}\` (${o.title}${o.ms > 0 ? `, ~${Math.round(o.ms)} ms` : ''}${o.bytes > 0 ? `, ~${(o.bytes / 1024).toFixed(1)} KiB` : ''})`).join('; ')}`,
    ...(r.diagnostics.length > 0 ? [`- Other performance audits not passing: ${r.diagnostics.map((a) => `\`${a.id}\` (${a.title}${a.display ? `: ${a.display}` : ''})`).join('; ')}`] : []),
    ...(r.warnings.length > 0 ? [`- Lighthouse warnings: ${r.warnings.join('; ')}`] : []),
  ]),
].join('\n');
console.log(section);

if (WRITE) {
  const file = new URL('../docs/benchmarks.md', import.meta.url);
  const doc = readFileSync(file, 'utf8');
  const START = '<!-- lighthouse:start -->';
  const END = '<!-- lighthouse:end -->';
  const start = doc.indexOf(START);
  const end = doc.indexOf(END);
  let next;
  if (start >= 0 && end > start) {
    next = `${doc.slice(0, start)}${START}\n${section}\n${doc.slice(end)}`;
  } else if (start < 0 && end < 0) {
    const intro = [
      '## Lighthouse',
      '',
      '`npm run build && node scripts/lighthouse.mjs --write` serves `dist/` gzip-compressed (as a production server would) on',
      '127.0.0.1 and runs Lighthouse (the npm package, Node API) in Debian\'s Chromium, launched',
      'headless with a fresh profile, on `/`: once with the default mobile settings (emulated Moto G',
      'Power, simulated slow 4G and 4× CPU slowdown) and once with Lighthouse\'s desktop config, for',
      'the performance, accessibility and best-practices categories. It rewrites the block below;',
      'add `--runs 3` for the median of three runs. Simulated throttling',
      'scales what the run observes, so a busy machine moves the mobile score by several points.',
    ].join('\n');
    next = `${doc.replace(/\s*$/, '')}\n\n${intro}\n\n${START}\n${section}\n${END}\n`;
  } else {
    fail('docs/benchmarks.md has only one of the lighthouse markers; fix it by hand');
  }
  writeFileSync(file, next);
  console.error('updated docs/benchmarks.md');
}
process.exit(0);
