/**
 * Which UI text catalogs this page holds. Each language is its own lazily loaded chunk, so
 * the first load carries only the language in use; the entry awaits it before the first
 * render, and a language switch loads the other before it changes the store.
 */
import type { Lang } from '../domain/format';
import type { Messages } from './messages';
import { loadChunk } from '../components/load-chunk';

type Catalogs = Readonly<Partial<Record<Lang, Messages>>>;

let loaded: Catalogs = {};
const pending = new Map<Lang, Promise<Messages>>();
const listeners = new Set<() => void>();

/** Each language's catalog is its own chunk. */
const IMPORTERS: Readonly<Record<Lang, () => Promise<Messages>>> = {
  'zh-CN': () => loadChunk(() => import('./zh-CN')).then((m) => m.zh),
  en: () => loadChunk(() => import('./en')).then((m) => m.en),
};

/** The languages the dashboard speaks, in the order the language switch lists them. */
export const LANGS = Object.keys(IMPORTERS) as Lang[];

function importCatalog(lang: Lang): Promise<Messages> {
  return IMPORTERS[lang]();
}

/** Load a language's catalog (once); resolves when it is available to every panel. */
export function loadCatalog(lang: Lang): Promise<Messages> {
  const have = loaded[lang];
  if (have) return Promise.resolve(have);
  let p = pending.get(lang);
  if (!p) {
    p = importCatalog(lang).then(
      (messages) => {
        loaded = { ...loaded, [lang]: messages };
        pending.delete(lang);
        for (const l of listeners) l();
        return messages;
      },
      (error: unknown) => {
        // Not kept: the next switch to this language fetches it again.
        pending.delete(lang);
        throw error;
      },
    );
    pending.set(lang, p);
  }
  return p;
}

/** Hand over a catalog already in hand (the build-time prerender imports it statically). */
export function provideCatalog(lang: Lang, messages: Messages): void {
  loaded = { ...loaded, [lang]: messages };
  for (const l of listeners) l();
}

/** The catalogs loaded so far (an immutable snapshot, for useSyncExternalStore). */
export function loadedCatalogs(): Catalogs {
  return loaded;
}

export function subscribeCatalogs(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
