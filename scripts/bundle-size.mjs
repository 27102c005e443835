#!/usr/bin/env node
// Measures the production build: every JS/CSS chunk raw and gzip, and what the first load
// requests (the entry script, its static imports and modulepreloads, and stylesheets).
// Usage: npm run build && node scripts/bundle-size.mjs [--json] [--budget-kb 180]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = new URL('../dist/', import.meta.url).pathname;
const args = process.argv.slice(2);
const json = args.includes('--json');
const budgetIdx = args.indexOf('--budget-kb');
const budgetKb = budgetIdx >= 0 ? Number(args[budgetIdx + 1]) : null;

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

const files = walk(join(dist, 'assets')).filter((p) => /\.(js|css)$/.test(p));
const sizes = new Map(
  files.map((p) => {
    const buf = readFileSync(p);
    return [p.slice(dist.length), { raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length }];
  }),
);

// First load: what index.html references, plus the static import graph of the entry.
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const refs = [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
const firstLoad = new Set(refs);
const queue = refs.filter((r) => r.endsWith('.js'));
while (queue.length > 0) {
  const file = queue.pop();
  const code = readFileSync(join(dist, file), 'utf8');
  // Static imports only (`import ... from "./x.js"` / `import "./x.js"`), not import().
  for (const m of code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[^"'()]*?from\s*)?["']\.\/([^"']+\.js)["']/g)) {
    const dep = `assets/${m[1]}`;
    if (!firstLoad.has(dep)) {
      firstLoad.add(dep);
      queue.push(dep);
    }
  }
}

const rows = [...sizes.entries()].sort((a, b) => b[1].gzip - a[1].gzip);
const sum = (pred) => rows.filter(([f]) => pred(f)).reduce((s, [, v]) => ({ raw: s.raw + v.raw, gzip: s.gzip + v.gzip }), { raw: 0, gzip: 0 });
const firstJs = sum((f) => firstLoad.has(f) && f.endsWith('.js'));
const firstCss = sum((f) => firstLoad.has(f) && f.endsWith('.css'));
const allJs = sum((f) => f.endsWith('.js'));
const kb = (n) => (n / 1024).toFixed(1);

if (json) {
  console.log(JSON.stringify({ chunks: Object.fromEntries(rows), firstLoad: [...firstLoad], firstJs, firstCss, allJs }, null, 2));
} else {
  console.log('| chunk | first load | raw kB | gzip kB |\n|---|---|---:|---:|');
  for (const [f, v] of rows) console.log(`| ${f} | ${firstLoad.has(f) ? 'yes' : 'lazy'} | ${kb(v.raw)} | ${kb(v.gzip)} |`);
  console.log(`\nFirst-load JS: ${kb(firstJs.raw)} kB raw, ${kb(firstJs.gzip)} kB gzip; CSS ${kb(firstCss.gzip)} kB gzip. All JS: ${kb(allJs.gzip)} kB gzip.`);
}
if (budgetKb !== null && firstJs.gzip / 1024 > budgetKb) {
  console.error(`First-load JS ${kb(firstJs.gzip)} kB gzip exceeds the budget of ${budgetKb} kB.`);
  process.exit(1);
}
