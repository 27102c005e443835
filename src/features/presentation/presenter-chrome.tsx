/** What presentation mode draws around the panels: scene header with progress, controls, blackout. */
import { useEffect, useState } from 'react';
import { retryPresenterFailures, usePresenterFailures } from '../../components/presenter-failures';
import { basisPolicy } from '../../domain/basis-policy';
import { useI18n } from '../../i18n/i18n';
import { useDataset } from '../../queries/dataset';
import type { Presenter } from './use-presenter';

/**
 * A countdown bar for auto-advance, updated a few times a second (no CSS animation, so it
 * still reports progress with reduced motion). Re-mounted per scene and on resume.
 */
function Progress({ seconds, running, label }: { seconds: number; running: boolean; label: string }) {
  const [startedAt] = useState(() => performance.now());
  const [now, setNow] = useState(startedAt);
  useEffect(
    function tick() {
      if (!running) return;
      const timer = window.setInterval(() => setNow(performance.now()), 200);
      return () => window.clearInterval(timer);
    },
    [running],
  );
  const fraction = running && seconds > 0 ? Math.min(1, Math.max(0, (now - startedAt) / (seconds * 1000))) : 0;
  return (
    <div className="present-progress" role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(fraction * 100)}>
      <div className="present-progress-bar" style={{ transform: `scaleX(${fraction})` }} />
    </div>
  );
}

export function SceneHeader({ p }: { p: Presenter }) {
  const i18n = useI18n();
  const { t } = i18n;
  const running = p.running;
  const { data } = useDataset();
  return (
    <header className="present-header">
      <div className="present-titles">
        <h1 className="present-title">{p.scene ? i18n.pick(p.scene.title) : t.appTitle}</h1>
        {p.scene ? <p className="present-point">{i18n.pick(p.scene.point)}</p> : null}
      </div>
      <div className="present-status" aria-live="polite">
        <span className="present-count">{t.present.sceneOf(p.state.index + 1, p.state.count)}</span>
        <span className="present-state">{p.interval === 0 ? t.present.manual : running ? t.present.touring(p.interval) : t.present.paused}</span>
        {/* The audience sees which data is on screen when it is not the published figures. */}
        {data && basisPolicy(data).announceDataset ? (
          <span className="present-data" data-present-data="register">
            {t.data.button(i18n.pick(data.title))} · {t.basis[basisPolicy(data).rows]}
          </span>
        ) : null}
      </div>
      <Progress key={`${p.state.index}-${String(running)}-${p.resumed}`} seconds={p.interval} running={running} label={t.present.progress} />
    </header>
  );
}

/**
 * What did not load into the scene, on the presenter's controls (shown while the presenter moves
 * the pointer or uses the keyboard, hidden when idle) — never as a card on the projected scene.
 */
function PresenterFailures() {
  const { t } = useI18n();
  const failures = usePresenterFailures();
  if (failures.length === 0) return null;
  return (
    <p className="present-failures" role="status" data-presenter-failures="">
      <span>{t.failure.presenterNotLoaded([...new Set(failures.map((f) => f.name))])}</span>{' '}
      <button type="button" onClick={retryPresenterFailures} data-failure-retry="">
        {t.failure.retry}
      </button>
    </p>
  );
}

export function PresenterControls({ p, onTour, onShare }: { p: Presenter; onTour: () => void; onShare: () => void }) {
  const { t } = useI18n();
  return (
    <nav className={`present-controls${p.idle ? ' is-idle' : ''}`} aria-label={t.present.controls}>
      <PresenterFailures />
      <button type="button" onClick={() => p.dispatch({ type: 'prev' })}>
        ← {t.present.prev}
      </button>
      <button type="button" onClick={() => p.dispatch({ type: 'next' })}>
        {t.present.next} →
      </button>
      <button type="button" aria-pressed={p.state.paused} onClick={() => p.dispatch({ type: 'toggle-pause' })}>
        {p.state.paused ? t.present.resume : t.present.pause} (P)
      </button>
      <button type="button" onClick={() => p.dispatch({ type: 'toggle-blackout' })}>
        {t.present.blackout} (B)
      </button>
      <button type="button" onClick={p.toggleFullscreen}>
        {t.present.fullscreen} (F)
      </button>
      <button type="button" onClick={onTour}>
        {t.present.editTour}
      </button>
      <button type="button" onClick={onShare}>
        {t.share.button}
      </button>
      <button type="button" onClick={p.leave}>
        {t.present.leave} (Esc)
      </button>
    </nav>
  );
}

/** Whether the page runs as the installed app (its own window), where a launch should be one click from full screen. */
function installedApp(): boolean {
  return typeof window.matchMedia === 'function' && ['standalone', 'minimal-ui', 'window-controls-overlay'].some((m) => window.matchMedia(`(display-mode: ${m})`).matches);
}

/**
 * Opened from the installed app (e.g. its "Present" shortcut), presentation mode offers full
 * screen at once: browsers allow it only on a user gesture, so this is one click (or F) away.
 */
export function FullscreenReady({ p }: { p: Presenter }) {
  const { t } = useI18n();
  const [show, setShow] = useState(() => installedApp() && !document.fullscreenElement);
  useEffect(function hideWhenFullscreen() {
    const onChange = () => setShow(false);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);
  if (!show) return null;
  return (
    <button
      type="button"
      className="fullscreen-ready"
      data-fullscreen-ready=""
      onClick={() => {
        setShow(false);
        p.toggleFullscreen();
      }}
    >
      {t.pwa.fullscreenReady}
    </button>
  );
}

export function Blackout({ onWake }: { onWake: () => void }) {
  const { t } = useI18n();
  return (
    <div className="blackout" data-blackout role="dialog" aria-modal="true" aria-label={t.present.blackoutLabel} onClick={onWake}>
      <span className="visually-hidden">{t.present.blackoutLabel}</span>
    </div>
  );
}
