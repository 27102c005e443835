/**
 * A component whose code is its own chunk, fetched on demand (like React.lazy) or ahead with
 * preload(). Once the chunk is here it renders at once, without suspending — so a lazily mounted
 * panel (lazy-mount.tsx) can wait for its code behind its placeholder and then appear whole,
 * with no loading flash and no layout shift. Rendered before its chunk, it suspends like lazy().
 * The chunk is fetched through the one loader (load-chunk.ts): retried once, then a
 * ChunkLoadError for the nearest boundary (panel-boundary.tsx), whose Retry calls preload() again.
 */
import { lazy, memo, type ComponentType, type NamedExoticComponent } from 'react';
import { chunkRetries, loadChunk } from './load-chunk';

export type Preloadable<P extends object> = NamedExoticComponent<P> & { preload: () => Promise<unknown> };

/**
 * `load` is the bare import of the module; `pick` takes the component from it:
 * `preloadable(() => import('./x'), (m) => m.X)`.
 */
export function preloadable<P extends object, M>(load: () => Promise<M>, pick: (module: M) => ComponentType<P>): Preloadable<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  /** The Retry count when the chunk last failed (null: no failure to retry). */
  let failedAt: number | null = null;
  const preload = (): Promise<ComponentType<P>> => {
    pending ??= loadChunk(load).then(
      (module) => (loaded = pick(module)),
      (error: unknown) => {
        pending = null;
        failedAt = chunkRetries();
        throw error;
      },
    );
    return pending;
  };
  const makeLazy = () => lazy(() => preload().then((component) => ({ default: component })));
  let Lazy = makeLazy();
  function PreloadableComponent(props: P) {
    // React keeps a lazy component's failure for good: after a Retry (and only then, not on
    // React's own re-render of a failed tree) a fresh lazy wrapper fetches the chunk anew.
    if (failedAt !== null && failedAt !== chunkRetries()) {
      failedAt = null;
      Lazy = makeLazy();
    }
    const Loaded = loaded;
    return Loaded ? <Loaded {...props} /> : <Lazy {...props} />;
  }
  // Memoised: a panel whose props (the view model, the dataset) did not change is not redrawn.
  return Object.assign(memo(PreloadableComponent), { preload });
}
