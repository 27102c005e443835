// The project's static server for dist/: what `npm start`, the end-to-end tests and the
// Lighthouse script serve, so the headers a deployment should send are the ones tested.
// gzip when the client accepts it, long caching for hashed assets (/assets/*), no-cache (with
// an ETag, so revalidation is a 304) for index.html and the service worker so updates are
// seen, and the security headers from the README ("Deploying"). No dependencies.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.webmanifest', '.geojson', '.svg', '.txt']);

/** Request line and headers together: a link of up to about 60 kB is served. */
export const MAX_HEADER_BYTES = 65536;

/** Service-worker scripts: never cached by HTTP, so a new deployment's worker is found at once. */
const SERVICE_WORKER = /^\/(sw|service-worker|registerSW)\.js$/;

/**
 * The CSP the built index.html carries as a meta tag, plus what only a header can say
 * (frame-ancestors) and worker-src for the import worker and the service worker.
 */
export function securityHeaders(dist) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? "default-src 'self'";
  const directives = meta.split(';').map((d) => d.trim()).filter((d) => d !== '');
  const has = (name) => directives.some((d) => d === name || d.startsWith(`${name} `));
  if (!has('worker-src')) directives.push("worker-src 'self'");
  if (!has('frame-ancestors')) directives.push("frame-ancestors 'none'");
  return {
    'Content-Security-Policy': directives.join('; '),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}

/** Cache-Control for a request path: hashed assets forever, everything else revalidated. */
export function cacheControl(path) {
  if (path.startsWith('/assets/')) return 'public, max-age=31536000, immutable';
  return 'no-cache';
}

/**
 * Serve `dist` on 127.0.0.1 (`port` 0 = any free port). Unknown paths without an extension get
 * index.html (the app reads its state from the query string); a missing file with an
 * extension is a 404, so a stale page never runs HTML as a script.
 */
export function serveDist(dist = resolve('dist'), { port = 0, host = '127.0.0.1' } = {}) {
  const root = resolve(dist);
  let headers = securityHeaders(root);
  const cache = new Map();
  const load = (file) => {
    let entry = cache.get(file);
    if (!entry) {
      const body = readFileSync(file);
      const ext = extname(file);
      entry = {
        body,
        gzip: COMPRESSIBLE.has(ext) && body.length > 256 ? gzipSync(body, { level: 9 }) : null,
        etag: `"${createHash('sha1').update(body).digest('base64url')}"`,
        type: TYPES[ext] ?? 'application/octet-stream',
      };
      cache.set(file, entry);
    }
    return entry;
  };
  // A shared view lives in its link; a long one (many filters, a tour scene) must not be a 431:
  // Node's default allows 16 kB of request headers, this 64 kB (nginx needs the same, README).
  const server = createServer({ maxHeaderSize: MAX_HEADER_BYTES }, (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { ...headers, Allow: 'GET, HEAD' });
      res.end();
      return;
    }
    let path;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      res.writeHead(400, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Bad request');
      return;
    }
    let file = resolve(root, `.${path}`);
    const inside = file === root || file.startsWith(root + sep);
    const found = inside && !path.includes('\0') && existsSync(file) && statSync(file).isFile();
    if (!found) {
      if (inside && extname(path) !== '') {
        res.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-cache' });
        res.end('Not found');
        return;
      }
      file = join(root, 'index.html');
      path = '/index.html';
    }
    const entry = load(file);
    const head = {
      ...headers,
      'Content-Type': entry.type,
      'Cache-Control': SERVICE_WORKER.test(path) ? 'no-cache, no-store' : cacheControl(path),
      ETag: entry.etag,
      Vary: 'Accept-Encoding',
    };
    if (req.headers['if-none-match'] === entry.etag) {
      res.writeHead(304, head);
      res.end();
      return;
    }
    const gzip = entry.gzip !== null && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const body = gzip ? entry.gzip : entry.body;
    res.writeHead(200, { ...head, ...(gzip ? { 'Content-Encoding': 'gzip' } : {}), 'Content-Length': body.length });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    // `forget()`: serve the folder's files as they are now, on the same listening socket (a test
    // that "redeploys" must keep its origin, and a closed port can be taken by another server).
    const forget = () => {
      cache.clear();
      headers = securityHeaders(root);
    };
    server.listen(port, host, () => resolvePromise({ httpServer: server, forget }));
  });
}
