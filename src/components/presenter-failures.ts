/**
 * What could not be shown in presentation mode. A failed panel never shows an error card on the
 * projected scene (panel-boundary.tsx leaves its place empty); it is listed here instead, and the
 * presenter's controls (features/presentation/presenter-chrome.tsx) say what did not load, with
 * a retry.
 */
import { useSyncExternalStore } from 'react';

export interface PresenterFailure {
  /** The boundary that reports it (one entry per boundary). */
  owner: object;
  /** What did not load, in the current language (a panel's title). */
  name: string;
  retry: () => void;
}

let failures: readonly PresenterFailure[] = [];
const listeners = new Set<() => void>();

function emit(next: readonly PresenterFailure[]): void {
  failures = next;
  for (const l of listeners) l();
}

export function reportPresenterFailure(failure: PresenterFailure): void {
  emit([...failures.filter((f) => f.owner !== failure.owner), failure]);
}

export function withdrawPresenterFailure(owner: object): void {
  if (failures.some((f) => f.owner === owner)) emit(failures.filter((f) => f.owner !== owner));
}

/** Retry everything that failed (the presenter's one button). */
export function retryPresenterFailures(): void {
  for (const f of failures) f.retry();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const snapshot = (): readonly PresenterFailure[] => failures;

export function usePresenterFailures(): readonly PresenterFailure[] {
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}
