/**
 * The import session as a pure reducer (plain TS, no React, no worker): what the import part
 * of the data dialog shows — nothing yet, a step in progress, a refusal, the checked file
 * (with its save in progress or refused), or the saved register — and which stored register
 * a chosen file will be a new version of — and what the user must confirm before saving: a
 * unit the numbers make doubtful, what to do with duplicates, whether the register is the
 * city's full 2021 list. Events are the user's (a register to update, a file chosen, those
 * confirmations) and the import worker's messages; useImportSession wires the worker to it.
 */
import { MONEY_FIELDS, type MoneyField } from '../../domain/register/fields';
import type { DuplicateChoice } from '../../domain/register/import';
import type { RegisterMeta } from '../../storage/registers';
import type { CheckSummary, FromWorker, ImportPhase, SaveConfirmed } from '../../workers/register-protocol';

export type ImportStep =
  | { step: 'idle' }
  | { step: 'working'; phase: ImportPhase; done: number; total: number }
  | { step: 'failed'; code: Extract<FromWorker, { type: 'failed' }>['code']; detail: string }
  | { step: 'checked'; summary: CheckSummary; saving: boolean; saveFailed?: Extract<FromWorker, { type: 'save-failed' }> }
  | { step: 'saved'; summary: CheckSummary; meta: RegisterMeta; version: number; ms: number; meanwhile: 'newer' | 'gone' | null; thisTab: boolean };

/** What the user confirmed for the chosen file; a new file starts with nothing confirmed. */
export interface ImportConfirmations {
  /** The unit warnings confirmed, as unitWarnings() wrote them then (a changed warning needs a new confirmation). */
  units: string | null;
  /**
   * Keep both rows of each duplicate, or only the later. Keep both is the default, stated in the
   * dialog beside the list: the file as written, nothing dropped without the user's word.
   */
  duplicates: DuplicateChoice;
  /** "This register is the full city list for 2021": only then is it reconciled with the published 92. */
  fullList2021: boolean;
}

export interface ImportSessionState {
  import: ImportStep;
  /** The stored register a chosen file will be a new version of (null: a new register). */
  target: RegisterMeta | null;
  confirm: ImportConfirmations;
}

export type ImportEvent =
  /** "Update" on a stored register (null: the user cancelled it). */
  | { type: 'target'; meta: RegisterMeta | null }
  /** A file was chosen or dropped: reading starts. */
  | { type: 'file'; size: number }
  | { type: 'worker'; message: FromWorker }
  /** The checkbox "I have checked: the amounts are in this unit" beside a unit warning. */
  | { type: 'confirm-units'; confirmed: boolean }
  | { type: 'duplicates'; choice: DuplicateChoice }
  | { type: 'full-list'; value: boolean };

const NOTHING_CONFIRMED: ImportConfirmations = { units: null, duplicates: 'keep-both', fullList2021: false };

export const IDLE: ImportSessionState = { import: { step: 'idle' }, target: null, confirm: NOTHING_CONFIRMED };

/** The money columns whose numbers look like another unit, as one comparable text ('' when none). */
export function unitWarnings(summary: CheckSummary): string {
  return MONEY_FIELDS.filter((f) => summary.units[f].looksLike !== null)
    .map((f) => `${f}:${summary.units[f].unit ?? ''}>${summary.units[f].looksLike ?? ''}`)
    .join(';');
}

/** Why the checked file cannot be saved yet (empty: it can). */
export type SaveBlocker = 'columns-missing' | 'nothing' | 'unit-needed' | 'unit-unconfirmed' | 'duplicates';

export function saveBlockers(state: ImportSessionState): SaveBlocker[] {
  const s = state.import;
  if (s.step !== 'checked') return [];
  const { summary } = s;
  const out: SaveBlocker[] = [];
  if (summary.mapping.missing.length > 0) out.push('columns-missing');
  else if (summary.rowsAccepted === 0) out.push('nothing');
  if (summary.needsUnit.length > 0) out.push('unit-needed');
  const warnings = unitWarnings(summary);
  if (warnings !== '' && state.confirm.units !== warnings) out.push('unit-unconfirmed');
  // The rows on screen were checked with another duplicate choice than the one just made: wait for the re-check.
  if (summary.duplicatesTotal > 0 && summary.duplicateChoice !== state.confirm.duplicates) out.push('duplicates');
  return out;
}

/** What goes with the save: the unit warnings confirmed, and the full-list answer. */
export function saveConfirmed(state: ImportSessionState): SaveConfirmed {
  const s = state.import;
  const units: MoneyField[] = s.step === 'checked' && state.confirm.units === unitWarnings(s.summary) ? MONEY_FIELDS.filter((f) => s.summary.units[f].looksLike !== null) : [];
  return { units, fullList2021: state.confirm.fullList2021 };
}

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
      return s.step === 'checked' ? { ...state, import: { step: 'saved', summary: s.summary, meta: m.meta, version: m.version, ms: m.ms, meanwhile: m.meanwhile, thisTab: m.unstored !== undefined }, target: null } : { ...state, target: null };
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
      // An update keeps the register's earlier answer on the full list; nothing else carries over.
      return { ...state, import: { step: 'working', phase: 'read', done: 0, total: event.size }, confirm: { ...NOTHING_CONFIRMED, fullList2021: state.target?.fullList2021 === true } };
    case 'worker':
      return onWorker(state, event.message);
    case 'confirm-units': {
      const s = state.import;
      if (s.step !== 'checked') return state;
      return { ...state, confirm: { ...state.confirm, units: event.confirmed ? unitWarnings(s.summary) : null } };
    }
    case 'duplicates':
      return { ...state, confirm: { ...state.confirm, duplicates: event.choice } };
    case 'full-list':
      return { ...state, confirm: { ...state.confirm, fullList2021: event.value } };
  }
}
