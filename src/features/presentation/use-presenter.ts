/**
 * Presentation mode's behaviour: scene navigation (reducer), clicker keys, auto-advance with
 * progress, pause on any interaction, blackout, fullscreen, Screen Wake Lock while touring
 * (taken again after the laptop sleeps and wakes; the tour resumes on its scene), and hiding
 * the cursor when idle. The scene number lives in the URL (scene=N).
 */
import { useEffect, useLayoutEffect, useReducer, useRef, useState } from 'react';
import { actionForKey, presenterReducer, type PresenterAction, type PresenterState, type Scene } from '../../domain/tour';
import { registerHasProgress } from '../../domain/progress-view';
import { useDataset } from '../../queries/dataset';
import { tourWithProgress } from '../../stores/default-tour';
import { useTourStore } from '../../stores/tour-store';
import { applyScene, setMode, setScene, useViewStore } from '../../stores/view-store';

export const IDLE_MS = 3000;

export interface Presenter {
  state: PresenterState;
  dispatch: (action: PresenterAction) => void;
  scene: Scene | undefined;
  scenes: readonly Scene[];
  /** Seconds between scenes; 0 = off. */
  interval: number;
  /** Whether auto-advance is counting down now (the progress bar restarts when this or the scene changes). */
  running: boolean;
  idle: boolean;
  /** Bumped when the screen comes back (the laptop woke, the tab is visible again): the scene's countdown starts afresh. */
  resumed: number;
  toggleFullscreen: () => void;
  leave: () => void;
}

/** Keys typed into a form field or a dialog are not presenter commands. */
function fromEditableTarget(e: KeyboardEvent): boolean {
  const t = e.target;
  if (!(t instanceof Element)) return false;
  return t.closest('input, textarea, select, dialog, [role="dialog"], [contenteditable="true"]') !== null;
}

export function toggleFullscreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  else void document.documentElement.requestFullscreen?.().catch(() => undefined);
}

function leavePresentation(): void {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  setScene(null);
  setMode('explore');
}

export function usePresenter(): Presenter {
  const saved = useTourStore((s) => s.scenes);
  const { data } = useDataset();
  // A register with progress columns: the default tour gains the progress and month-over-month scenes.
  const scenes = tourWithProgress(saved, registerHasProgress(data));
  const interval = useViewStore((s) => s.interval);
  const urlScene = useViewStore((s) => s.scene);
  const [state, dispatch] = useReducer(presenterReducer, undefined, (): PresenterState => ({
    index: Math.max(0, Math.min(scenes.length - 1, (urlScene ?? 1) - 1)),
    count: scenes.length,
    paused: interval === 0,
    blackout: false,
  }));
  const [idle, setIdle] = useState(false);
  const [resumed, setResumed] = useState(0);
  const scene = scenes[state.index];

  useEffect(
    function trackSceneCount() {
      dispatch({ type: 'set-count', count: scenes.length });
    },
    [scenes.length],
  );

  // Show the scene: its filters, measure and highlight; its number in the URL. Before the
  // browser paints (a layout effect): a scene's title is never on screen over the figures of
  // the scene before, whether a key, the auto-advance timer or the link opened it.
  useLayoutEffect(
    function showScene() {
      if (!scene) return;
      applyScene(scene);
      setScene(state.index + 1);
    },
    [scene, state.index],
  );

  // Back/forward (or an edited URL) can change the scene number under us.
  const indexRef = useRef(state.index);
  useEffect(() => {
    indexRef.current = state.index;
  }, [state.index]);
  useEffect(
    function followUrlScene() {
      if (urlScene !== null && urlScene - 1 !== indexRef.current) dispatch({ type: 'goto', index: urlScene - 1 });
    },
    [urlScene],
  );

  // Auto-advance: one timer per scene; paused, blackout or interval 0 stop it.
  const running = interval > 0 && !state.paused && !state.blackout && scenes.length > 1;
  useEffect(
    function autoAdvance() {
      if (!running) return;
      const timer = window.setTimeout(() => dispatch({ type: 'advance' }), interval * 1000);
      return () => window.clearTimeout(timer);
    },
    [running, interval, state.index, resumed],
  );

  // After sleep (or a hidden tab) the tour goes on from the scene it was on, with a full countdown,
  // rather than jumping ahead on a timer that ran out while the screen was dark.
  useEffect(function resumeOnWake() {
    const onVisible = () => {
      if (document.visibilityState === 'visible') setResumed((n) => n + 1);
    };
    document.addEventListener('visibilitychange', onVisible);
    window.addEventListener('pageshow', onVisible);
    return () => {
      document.removeEventListener('visibilitychange', onVisible);
      window.removeEventListener('pageshow', onVisible);
    };
  }, []);

  // Clicker and keyboard.
  useEffect(function listenForKeys() {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || fromEditableTarget(e)) return;
      const action = actionForKey(e.key);
      if (action === null) return;
      // Space and Enter on a focused control keep their usual meaning.
      if (e.key === ' ' && e.target instanceof Element && e.target.closest('button, a, [role="button"]')) return;
      e.preventDefault();
      if (action === 'fullscreen') toggleFullscreen();
      else if (action === 'leave') leavePresentation();
      else dispatch(action);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // Any pointer interaction pauses the tour; moving the mouse shows the cursor and controls.
  useEffect(function pauseOnInteraction() {
    let timer = window.setTimeout(() => setIdle(true), IDLE_MS);
    const wake = () => {
      setIdle(false);
      window.clearTimeout(timer);
      timer = window.setTimeout(() => setIdle(true), IDLE_MS);
    };
    const pause = () => {
      wake();
      dispatch({ type: 'pause' });
    };
    window.addEventListener('pointermove', wake);
    window.addEventListener('pointerdown', pause);
    window.addEventListener('wheel', pause, { passive: true });
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('pointermove', wake);
      window.removeEventListener('pointerdown', pause);
      window.removeEventListener('wheel', pause);
    };
  }, []);

  // Keep the screen on while the tour runs (where the browser supports it).
  useEffect(
    function holdWakeLock() {
      if (!running || typeof navigator === 'undefined' || !('wakeLock' in navigator)) return;
      let lock: WakeLockSentinel | null = null;
      let stopped = false;
      // The system drops the lock when the screen sleeps or the page is hidden; take it again
      // as soon as the page is visible (now, or on the next visibilitychange).
      const request = () => {
        if (stopped || document.visibilityState !== 'visible' || (lock !== null && !lock.released)) return;
        navigator.wakeLock
          .request('screen')
          .then((l) => {
            if (stopped) {
              void l.release();
              return;
            }
            lock = l;
            l.addEventListener('release', () => {
              if (lock === l) lock = null;
              request();
            });
          })
          .catch(() => undefined);
      };
      request();
      const onVisible = () => {
        if (document.visibilityState === 'visible') request();
      };
      document.addEventListener('visibilitychange', onVisible);
      return () => {
        stopped = true;
        document.removeEventListener('visibilitychange', onVisible);
        void lock?.release().catch(() => undefined);
      };
    },
    [running],
  );

  const leave = leavePresentation;
  return { state, dispatch, scene, scenes, interval, running, idle, resumed, toggleFullscreen, leave };
}
