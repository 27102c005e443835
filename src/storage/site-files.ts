/**
 * Files of the site's registers/ folder (index.json and the register files a deployer ships),
 * fetched network-first: the file on the server is always what is read when it can be reached
 * (revalidated, never taken from the HTTP cache as it was), and a copy is kept, dated, only as
 * the fallback for when the network cannot be reached. A file the server says is gone (404) is
 * gone: its copy is dropped too. The service worker does not precache registers/ (vite.config.ts).
 * Plain TS; the page (index.json) and the import worker (register files) use it.
 */

const CACHE = 'cq-expo-site-registers';
const CACHED_AT = 'x-cached-at';

export type SiteFile =
  /** `cachedAt`: ISO time the copy was saved, when the network could not be reached; null when fresh. */
  | { status: 'ok'; body: ArrayBuffer; cachedAt: string | null }
  | { status: 'missing' };

function cacheStorage(): CacheStorage | null {
  return typeof caches === 'undefined' ? null : caches;
}

async function keep(url: string, body: ArrayBuffer, type: string | null): Promise<void> {
  try {
    const cache = await cacheStorage()?.open(CACHE);
    await cache?.put(url, new Response(body.slice(0), { headers: { 'content-type': type ?? 'application/octet-stream', [CACHED_AT]: new Date().toISOString() } }));
  } catch {
    // No room or no Cache Storage: the file was read; only the offline copy is missing.
  }
}

async function copyOf(url: string): Promise<SiteFile | null> {
  try {
    const cached = await (await cacheStorage()?.open(CACHE))?.match(url);
    if (!cached) return null;
    return { status: 'ok', body: await cached.arrayBuffer(), cachedAt: cached.headers.get(CACHED_AT) ?? '' };
  } catch {
    return null;
  }
}

async function drop(url: string): Promise<void> {
  try {
    await (await cacheStorage()?.open(CACHE))?.delete(url);
  } catch {
    // Nothing to drop.
  }
}

/** Throws on an HTTP error other than 404, and when offline with no copy kept. */
export async function fetchSiteFile(url: string): Promise<SiteFile> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'same-origin', cache: 'no-cache' });
  } catch (e) {
    // The network cannot be reached: the copy kept from the last visit, said as such.
    const copy = await copyOf(url);
    if (copy) return copy;
    throw e;
  }
  if (response.status === 404) {
    await drop(url);
    return { status: 'missing' };
  }
  if (!response.ok) throw new Error(`${response.status} ${response.statusText}`.trim());
  const body = await response.arrayBuffer();
  await keep(url, body, response.headers.get('content-type'));
  return { status: 'ok', body, cachedAt: null };
}
