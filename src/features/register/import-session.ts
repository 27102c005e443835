/**
 * The import session as a pure reducer (plain TS, no React, no worker): what the import part
 * of the data dialog shows — nothing yet, a step in progress, a refusal, the checked file
 * (with its save in progress or refused), or the saved register — and which stored register
 * a chosen file will be a new version of. Events are the user's (a register to update, a
 * file chosen) and the import worker's messages; useImportSession wires the worker to it.
 */
import type { RegisterMeta } from '../../storage/registers';
import type { CheckSummary, FromWorker, ImportPhase } from '../../workers/register-protocol';

export type ImportStep =
  | { step: 'idle' }
  | { step: 'working'; phase: ImportPhase; done: number; total: number }
  | { step: 'failed'; code: Extract<FromWorker, { type: 'failed' }>['code']; detail: string }
  | { step: 'checked'; summary: CheckSummary; saving: boolean; saveFailed?: Extract<FromWorker, { type: 'save-failed' }> }
  | { step: 'saved'; summary: CheckSummary; meta: RegisterMeta; version: number; ms: number; meanwhile: 'newer' | 'gone' | null; thisTab: boolean };

export interface ImportSessionState {
  import: ImportStep;
  /** The stored register a chosen file will be a new version of (null: a new register). */
  target: RegisterMeta | null;
}

export type ImportEvent =
  /** "Update" on a stored register (null: the user cancelled it). */
  | { type: 'target'; meta: RegisterMeta | null }
  /** A file was chosen or dropped: reading starts. */
  | { type: 'file'; size: number }
  | { type: 'worker'; message: FromWorker };

export const IDLE: ImportSessionState = { import: { step: 'idle' }, target: null };

function onWorker(state: ImportSessionState, m: FromWorker): ImportSessionState {
  const s = state.import;
  switch (m.type) {
    case 'progress':
      // A re-check after a mapping change, or the save, keeps the checked view on screen.
      if (s.step === 'checked') return { ...state, import: { step: 'checked', summary: s.summary, saving: m.phase === 'save', ...(m.phase !== 'save' && s.saveFailed ? { saveFailed: s.saveFailed } : {}) } };
      return { ...state, import: { step: 'working', phase: m.phase, done: m.done, total: m.total } };
    case 'checked':
      return { ...state, import: { step: 'checked', summary: m.summary, saving: false } };
    case 'failed':
      return { ...state, import: { step: 'failed', code: m.code, detail: m.detail } };
    case 'save-failed':
      // The checked import stays on screen, so the user can free space and save again.
      return s.step === 'checked' ? { ...state, import: { ...s, saving: false, saveFailed: m } } : state;
    case 'saved':
      return s.step === 'checked' ? { import: { step: 'saved', summary: s.summary, meta: m.meta, version: m.version, ms: m.ms, meanwhile: m.meanwhile, thisTab: m.unstored !== undefined }, target: null } : { ...state, target: null };
    case 'list-csv':
    case 'site-loaded':
    case 'stored-loaded':
    case 'stored-damaged':
      return state;
  }
}

export function importReducer(state: ImportSessionState, event: ImportEvent): ImportSessionState {
  switch (event.type) {
    case 'target':
      return { ...state, target: event.meta };
    case 'file':
      return { ...state, import: { step: 'working', phase: 'read', done: 0, total: event.size } };
    case 'worker':
      return onWorker(state, event.message);
  }
}
