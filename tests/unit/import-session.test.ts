// The import session's reducer, without a DOM or a worker: each case feeds events inline.
import { describe, expect, it } from 'vitest';
import { IDLE, importReducer, saveBlockers, saveConfirmed, type ImportEvent, type ImportSessionState } from '../../src/features/register/import-session';
import type { RegisterMeta } from '../../src/storage/registers';
import type { CheckSummary, FromWorker } from '../../src/workers/register-protocol';

// The reducer carries the summary through without reading it.
const summary = { fileName: 'bureau.csv' } as CheckSummary;
const meta: RegisterMeta = { id: 'r-abcdef12', name: 'Bureau', fileName: 'bureau.csv', importedAt: '2026-12-03T10:00:00Z', rows: 3, rejected: 0 };
const worker = (message: FromWorker): ImportEvent => ({ type: 'worker', message });
const run = (events: ImportEvent[], from: ImportSessionState = IDLE) => events.reduce(importReducer, from);
const saveFailed: FromWorker = { type: 'save-failed', reason: 'quota', name: 'Bureau', version: 1, rows: 3, detail: 'QuotaExceededError' };

describe('import session', () => {
  it('goes from a chosen file through reading, the mapping and saving to saved', () => {
    const reading = run([{ type: 'file', size: 2048 }]);
    expect(reading.import).toEqual({ step: 'working', phase: 'read', done: 0, total: 2048 });
    const parsing = run([worker({ type: 'progress', phase: 'parse', done: 10, total: 100 })], reading);
    expect(parsing.import).toEqual({ step: 'working', phase: 'parse', done: 10, total: 100 });
    const mapping = run([worker({ type: 'checked', summary })], parsing);
    expect(mapping.import).toEqual({ step: 'checked', summary, saving: false });
    const saving = run([worker({ type: 'progress', phase: 'save', done: 0, total: 1 })], mapping);
    expect(saving.import).toEqual({ step: 'checked', summary, saving: true });
    const saved = run([worker({ type: 'saved', meta, version: 2, ms: 40, meanwhile: null })], saving);
    expect(saved.import).toEqual({ step: 'saved', summary, meta, version: 2, ms: 40, meanwhile: null, thisTab: false });
  });

  it('keeps the mapping on screen while a changed mapping is checked again', () => {
    const rechecking = run([{ type: 'file', size: 1 }, worker({ type: 'checked', summary }), worker({ type: 'progress', phase: 'check', done: 5, total: 10 })]);
    expect(rechecking.import).toEqual({ step: 'checked', summary, saving: false });
  });

  it('says why a file was refused, and a later file starts over', () => {
    const failed = run([{ type: 'file', size: 1 }, worker({ type: 'failed', code: 'limit', detail: '{"limit":"rows"}' })]);
    expect(failed.import).toEqual({ step: 'failed', code: 'limit', detail: '{"limit":"rows"}' });
    expect(run([{ type: 'file', size: 7 }], failed).import).toEqual({ step: 'working', phase: 'read', done: 0, total: 7 });
  });

  it('keeps the checked import when the browser refuses to store it, until the next save starts', () => {
    const refused = run([{ type: 'file', size: 1 }, worker({ type: 'checked', summary }), worker({ type: 'progress', phase: 'save', done: 0, total: 1 }), worker(saveFailed)]);
    expect(refused.import).toEqual({ step: 'checked', summary, saving: false, saveFailed });
    // A re-check keeps the refusal on screen; a new save clears it.
    expect(run([worker({ type: 'progress', phase: 'check', done: 1, total: 2 })], refused).import).toEqual({ step: 'checked', summary, saving: false, saveFailed });
    expect(run([worker({ type: 'progress', phase: 'save', done: 0, total: 1 })], refused).import).toEqual({ step: 'checked', summary, saving: true });
    // A refusal with nothing checked changes nothing.
    expect(run([worker(saveFailed)])).toEqual(IDLE);
  });

  it('updates a chosen register until it is cancelled or saved', () => {
    const target = run([{ type: 'target', meta }]);
    expect(target.target).toBe(meta);
    expect(run([{ type: 'target', meta: null }], target)).toEqual(IDLE);
    const saved = run([{ type: 'file', size: 1 }, worker({ type: 'checked', summary }), worker({ type: 'saved', meta, version: 2, ms: 1, meanwhile: null })], target);
    expect(saved.target).toBeNull();
    // The target survives a refused file (the user picks another).
    expect(run([{ type: 'file', size: 1 }, worker({ type: 'failed', code: 'empty', detail: '' })], target).target).toBe(meta);
  });

  it('ignores the worker messages that belong to other parts of the page', () => {
    const checked = run([{ type: 'file', size: 1 }, worker({ type: 'checked', summary })]);
    const blob = new Blob(['a']);
    expect(run([worker({ type: 'list-csv', which: 'errors', fileName: 'bureau.csv', blob })], checked)).toBe(checked);
    expect(run([worker({ type: 'stored-loaded', stored: null })], checked)).toBe(checked);
  });

  // Issue 22: what must be confirmed before saving lives here, tested without a DOM.
  const checkedWith = (over: Partial<CheckSummary>): CheckSummary =>
    ({
      fileName: 'v2.csv',
      mapping: { columns: {}, missing: [], unknown: [], duplicates: [] },
      rowsAccepted: 2,
      needsUnit: [],
      units: { amount: { unit: '亿元', source: 'remembered', setAside: null, looksLike: null }, funds: { unit: null, source: 'none', setAside: null, looksLike: null } },
      duplicates: [],
      duplicatesTotal: 0,
      duplicateChoice: 'keep-both',
      ...over,
    }) as unknown as CheckSummary;
  const doubtful = checkedWith({ units: { amount: { unit: '亿元', source: 'remembered', setAside: null, looksLike: '万元' }, funds: { unit: null, source: 'none', setAside: null, looksLike: null } } });
  const twice = checkedWith({ duplicates: [{ kind: 'id', value: 'P1', rows: [2, 5], reportDate: null }], duplicatesTotal: 1 });

  it.each([
    // events after the file → what still stops the save
    ['a plain file', [worker({ type: 'checked', summary: checkedWith({}) })], []],
    ['a unit warning not confirmed', [worker({ type: 'checked', summary: doubtful })], ['unit-unconfirmed']],
    ['a unit warning confirmed', [worker({ type: 'checked', summary: doubtful }), { type: 'confirm-units', confirmed: true }], []],
    ['a unit warning confirmed, then unticked', [worker({ type: 'checked', summary: doubtful }), { type: 'confirm-units', confirmed: true }, { type: 'confirm-units', confirmed: false }], ['unit-unconfirmed']],
    ['a unit needed', [worker({ type: 'checked', summary: checkedWith({ needsUnit: ['amount'] }) })], ['unit-needed']],
    ['duplicates, keep both (the stated default)', [worker({ type: 'checked', summary: twice })], []],
    ['duplicates, keep the later chosen, rows not yet checked again', [worker({ type: 'checked', summary: twice }), { type: 'duplicates', choice: 'keep-later' }], ['duplicates']],
    ['duplicates, keep the later chosen and checked again', [worker({ type: 'checked', summary: twice }), { type: 'duplicates', choice: 'keep-later' }, worker({ type: 'checked', summary: { ...twice, duplicateChoice: 'keep-later' } })], []],
  ] as [string, ImportEvent[], string[]][])('save waits for: %s', (_name, events, blockers) => {
    expect(saveBlockers(run([{ type: 'file', size: 1 }, ...events]))).toEqual(blockers);
  });

  it('a confirmation holds for the warning it was given for: another warning needs its own', () => {
    const confirmed = run([{ type: 'file', size: 1 }, worker({ type: 'checked', summary: doubtful }), { type: 'confirm-units', confirmed: true }]);
    expect(saveConfirmed(confirmed)).toEqual({ units: ['amount'], fullList2021: false });
    const other = checkedWith({ units: { amount: { unit: '元', source: 'user', setAside: null, looksLike: '万元' }, funds: { unit: null, source: 'none', setAside: null, looksLike: null } } });
    const changed = run([worker({ type: 'checked', summary: other })], confirmed);
    expect(saveBlockers(changed)).toEqual(['unit-unconfirmed']);
    expect(saveConfirmed(changed).units).toEqual([]);
    // A new file starts with nothing confirmed.
    expect(saveBlockers(run([{ type: 'file', size: 1 }, worker({ type: 'checked', summary: doubtful })], confirmed))).toEqual(['unit-unconfirmed']);
  });

  it('"full city list for 2021": unticked for a new register, the register\'s earlier answer for an update', () => {
    const fresh = run([{ type: 'file', size: 1 }, worker({ type: 'checked', summary: checkedWith({}) })]);
    expect(fresh.confirm.fullList2021).toBe(false);
    expect(saveConfirmed(run([{ type: 'full-list', value: true }], fresh)).fullList2021).toBe(true);
    const update = run([{ type: 'target', meta: { ...meta, fullList2021: true } }, { type: 'file', size: 1 }]);
    expect(update.confirm.fullList2021).toBe(true);
  });
});
