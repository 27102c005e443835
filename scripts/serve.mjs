// `npm start`: serve the production build (dist/) with the project's static server
// (scripts/lib/static-server.mjs: CSP with frame-ancestors, nosniff, no-referrer, gzip,
// immutable caching for hashed assets) at http://127.0.0.1:4173/ (PORT= to change it).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { serveDist } from './lib/static-server.mjs';

const dist = resolve('dist');
if (!existsSync(resolve(dist, 'index.html'))) {
  console.error('dist/index.html is missing: run `npm run build` first (npm start does).');
  process.exit(1);
}
const port = Number(process.env.PORT ?? 4173);
try {
  await serveDist(dist, { port });
} catch (err) {
  console.error(`Could not listen on 127.0.0.1:${port}: ${err instanceof Error ? err.message : String(err)} (set PORT= to use another port).`);
  process.exit(1);
}
console.log(`Serving dist/ at http://127.0.0.1:${port}/  (Ctrl+C to stop)`);
