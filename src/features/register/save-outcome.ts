/**
 * The outcome of a save that outlived the data dialog (closed with Escape while saving): the
 * save goes on in the import worker, and the page says how it ended — saved (with the register
 * to show), kept in this tab only, or not saved and why. Plain state; the notice reads it.
 */
import { create } from 'zustand';

export type SaveOutcome =
  | { kind: 'saving'; name: string }
  | { kind: 'saved'; name: string; id: string; version: number; rows: number; thisTab: boolean; meanwhile: 'newer' | 'gone' | null }
  | { kind: 'failed'; name: string; detail: string };

export const useSaveOutcome = create<{ outcome: SaveOutcome | null }>(() => ({ outcome: null }));

export function setSaveOutcome(outcome: SaveOutcome | null): void {
  useSaveOutcome.setState({ outcome });
}
