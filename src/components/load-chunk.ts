/**
 * The one loader every lazily imported chunk of the page goes through (panels, dialogs, the
 * presentation layout, exports, storage, catalogs). A chunk can fail to arrive — offline before
 * the service worker holds it, a redeploy that removed the old file, a flaky network — and a
 * failure must be a message in place of what did not load, never a blank page: the loader
 * retries once, then rejects with a ChunkLoadError that says what failed and how to try again.
 */

/** A chunk that could not be fetched (twice); `retry` imports it again (after the network is back). */
export class ChunkLoadError extends Error {
  override name = 'ChunkLoadError';
  constructor(
    message: string,
    /** The chunk's address when the browser named it (a Vite preload error or the import's message). */
    readonly url: string | null,
  ) {
    super(message);
  }
}

export function isChunkLoadError(error: unknown): error is ChunkLoadError {
  return error instanceof ChunkLoadError;
}

/**
 * The last error Vite's preload helper reported. Vite wraps a built dynamic import in a helper
 * that fetches its CSS and JS dependencies first; on a failure it fires `vite:preloadError`, and
 * once that is prevented (below) the import resolves to `undefined` instead of throwing: the
 * loader turns that back into an error, naming what the event said.
 */
let lastPreloadError: unknown = null;
let installed = false;

/**
 * Handle Vite's `vite:preloadError` for the whole page: prevent its default (Vite rethrows, and an
 * unhandled rejection can leave a page half-drawn), keep the error for the loader's message.
 * Vite's documentation suggests reloading here; the page instead shows the failure where it
 * happened, with a retry, and keeps what the reader was doing.
 */
export function handlePreloadErrors(): void {
  if (installed || typeof window === 'undefined') return;
  installed = true;
  window.addEventListener('vite:preloadError', (event) => {
    event.preventDefault();
    lastPreloadError = (event as Event & { payload?: unknown }).payload ?? null;
  });
}

const URL_IN_MESSAGE = /\b(?:https?:\/\/[^\s'"]+|\/[^\s'"]+\.(?:js|css))\b/;

function asChunkError(error: unknown): ChunkLoadError {
  if (error instanceof ChunkLoadError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new ChunkLoadError(message, URL_IN_MESSAGE.exec(message)?.[0] ?? null);
}

/** One attempt: a rejection, or the `undefined` of a prevented preload error, is a ChunkLoadError. */
async function attempt<M>(load: () => Promise<M>): Promise<M> {
  lastPreloadError = null;
  let module: M;
  try {
    module = await load();
  } catch (error) {
    throw asChunkError(error);
  }
  if (module === undefined || module === null) throw asChunkError(lastPreloadError ?? new Error('a chunk of the page could not be loaded'));
  return module;
}

/**
 * Import a chunk: `load` is the bare `() => import('…')` (Vite rewrites it to its hashed file and
 * preloads its dependencies). One failed attempt is retried at once; a second failure rejects
 * with a ChunkLoadError. Calling loadChunk again later (a Retry button) fetches anew: browsers
 * no longer keep a failed module fetch in their module map (Chromium re-requests the same URL,
 * as tests/e2e/chunk-failure.test.ts checks), so no cache-busting address is needed — and one
 * would skip the service worker's precache and load a second copy of a module that did load.
 */
export async function loadChunk<M>(load: () => Promise<M>): Promise<M> {
  try {
    return await attempt(load);
  } catch {
    return attempt(load);
  }
}

/**
 * Bumped by every Retry (panel-boundary.tsx): a lazy component whose chunk failed before the
 * current retry fetches it again when next rendered (React itself keeps a lazy's failure).
 */
let retries = 0;

export function retryFailedChunks(): void {
  retries++;
}

export function chunkRetries(): number {
  return retries;
}
