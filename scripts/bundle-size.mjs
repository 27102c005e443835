#!/usr/bin/env node
// Measures the production build: every JS/CSS chunk raw and gzip, and what the first load
// requests (the entry script, its static imports and modulepreloads, and stylesheets).
// The measuring lives in scripts/lib/bundle.mjs (shared with scripts/check-budgets.mjs).
// Usage: npm run build && node scripts/bundle-size.mjs [--json] [--budget-kb 180]
import { kb, measureBundle } from './lib/bundle.mjs';

const args = process.argv.slice(2);
const json = args.includes('--json');
const budgetIdx = args.indexOf('--budget-kb');
const budgetKb = budgetIdx >= 0 ? Number(args[budgetIdx + 1]) : null;

const { rows, firstLoad, firstJs, firstCss, allJs } = measureBundle();

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
