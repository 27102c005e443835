// Measures a production build (dist/): every JS/CSS chunk raw and gzip, and what the first
// load requests (index.html's scripts, modulepreloads and stylesheets, plus the static import
// graph of those scripts). Shared by scripts/bundle-size.mjs (the report) and
// scripts/check-budgets.mjs (the gate), so both count first-load bytes the same way.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/** dist/ of this project, as a filesystem path with a trailing separator. */
export const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

/** kB (1024 bytes) with one decimal, as the reports print it. */
export const kb = (n) => (n / 1024).toFixed(1);

/**
 * @param {string} [dist] build directory (default: this project's dist/)
 * @returns {{ rows: [string, { raw: number, gzip: number }][], firstLoad: Set<string>,
 *   firstJs: { raw: number, gzip: number }, firstCss: { raw: number, gzip: number },
 *   allJs: { raw: number, gzip: number }, html: string }}
 *   rows: chunks (paths relative to dist/, e.g. "assets/index-x.js") sorted by gzip size, largest first.
 */
export function measureBundle(dist = DIST) {
  const root = dist.endsWith('/') ? dist : `${dist}/`;
  const files = walk(join(root, 'assets')).filter((p) => /\.(js|css)$/.test(p));
  const sizes = new Map(
    files.map((p) => {
      const buf = readFileSync(p);
      return [p.slice(root.length), { raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length }];
    }),
  );

  // First load: what index.html references, plus the static import graph of the entry.
  const html = readFileSync(join(root, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  const firstLoad = new Set(refs);
  const queue = refs.filter((r) => r.endsWith('.js'));
  while (queue.length > 0) {
    const file = queue.pop();
    const code = readFileSync(join(root, file), 'utf8');
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
  return {
    rows,
    firstLoad,
    firstJs: sum((f) => firstLoad.has(f) && f.endsWith('.js')),
    firstCss: sum((f) => firstLoad.has(f) && f.endsWith('.css')),
    allJs: sum((f) => f.endsWith('.js')),
    html,
  };
}
