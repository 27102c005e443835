/**
 * A component whose code is its own chunk, fetched on demand (like React.lazy) or ahead with
 * preload(). Once the chunk is here it renders at once, without suspending — so a lazily mounted
 * panel (lazy-mount.tsx) can wait for its code behind its placeholder and then appear whole,
 * with no loading flash and no layout shift. Rendered before its chunk, it suspends like lazy().
 */
import { lazy, memo, type ComponentType, type NamedExoticComponent } from 'react';

export type Preloadable<P extends object> = NamedExoticComponent<P> & { preload: () => Promise<unknown> };

export function preloadable<P extends object>(load: () => Promise<ComponentType<P>>): Preloadable<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  const preload = (): Promise<ComponentType<P>> => {
    pending ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        // A failed fetch (offline, a redeploy) may be retried by the next mount.
        pending = null;
        throw error;
      },
    );
    return pending;
  };
  const Lazy = lazy(() => preload().then((component) => ({ default: component })));
  function PreloadableComponent(props: P) {
    const Loaded = loaded;
    return Loaded ? <Loaded {...props} /> : <Lazy {...props} />;
  }
  // Memoised: a panel whose props (the view model, the dataset) did not change is not redrawn.
  return Object.assign(memo(PreloadableComponent), { preload });
}
