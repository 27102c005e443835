/**
 * Owns the service worker's life on the page: registers sw.js (production builds only, after
 * the page has loaded), looks for a new deployment when the page
 * comes back into view and hourly, and shows "新版本可用 / A new version is available" when one
 * is waiting. It reloads only when the user asks — never by itself, and the prompt is not shown
 * in presentation mode (it appears once the presenter is back in explore mode).
 */
import { useEffect, useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { useViewStore } from '../stores/view-store';

interface Updater {
  apply: () => void;
}

const HOUR_MS = 60 * 60 * 1000;

/**
 * The page side of the service worker, on the platform API: Workbox builds sw.js (precache,
 * navigation fallback, SKIP_WAITING message); registering and watching for a waiting worker
 * takes a few lines, and keeping them here keeps the update rule in one readable place.
 */
export function useServiceWorker(): { waiting: Updater | null; dismiss: () => void } {
  const [waiting, setWaiting] = useState<Updater | null>(null);
  useEffect(function registerServiceWorker() {
    if (!import.meta.env.PROD || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
    const container = navigator.serviceWorker;
    let stopped = false;
    let registration: ServiceWorkerRegistration | null = null;
    const offer = (worker: ServiceWorker) => {
      if (stopped) return;
      setWaiting({
        apply: () => {
          // The worker waiting now: a later check may have installed another in place of the
          // one offered (which is then redundant and would never take charge).
          const next = registration?.waiting ?? worker;
          // Reload once the new worker is in charge (controllerchange where a worker controls
          // the page; its activation otherwise), then it serves the new build.
          const reload = () => window.location.reload();
          // Already in charge (it took over between the offer and the click): no change of
          // controller is left to wait for, so reload now.
          if (next.state === 'activated') {
            reload();
            return;
          }
          container.addEventListener('controllerchange', reload, { once: true });
          next.addEventListener('statechange', () => {
            if (next.state === 'activated' && container.controller === null) reload();
          });
          next.postMessage({ type: 'SKIP_WAITING' });
        },
      });
    };
    const watch = (reg: ServiceWorkerRegistration) => {
      // A worker already waiting from an earlier visit is an update too.
      if (reg.waiting && reg.active) offer(reg.waiting);
      reg.addEventListener('updatefound', () => {
        const next = reg.installing;
        next?.addEventListener('statechange', () => {
          // The very first install (no active worker before it) is not an update.
          if (next.state === 'installed' && reg.active && reg.active !== next) offer(next);
        });
      });
    };
    const check = () => {
      if (document.visibilityState === 'visible' && navigator.onLine) void registration?.update().catch(() => undefined);
    };
    const start = () => {
      container
        .register(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL })
        .then((reg) => {
          registration = reg;
          watch(reg);
        })
        .catch(() => undefined);
    };
    // After the page has loaded, so precaching never competes with the first paint.
    if (document.readyState === 'complete') start();
    else window.addEventListener('load', start, { once: true });
    const timer = window.setInterval(check, HOUR_MS);
    document.addEventListener('visibilitychange', check);
    return () => {
      stopped = true;
      window.removeEventListener('load', start);
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', check);
    };
  }, []);
  return { waiting, dismiss: () => setWaiting(null) };
}

export function UpdatePrompt() {
  const { t } = useI18n();
  const mode = useViewStore((s) => s.mode);
  const { waiting, dismiss } = useServiceWorker();
  if (!waiting || mode === 'present') return null;
  return (
    <div className="update-prompt" role="status" data-update-prompt="">
      <span>{t.pwa.updateAvailable}</span>
      <button type="button" onClick={waiting.apply} data-update-reload="">
        {t.pwa.reload}
      </button>
      <button type="button" onClick={dismiss}>
        {t.pwa.later}
      </button>
    </div>
  );
}
