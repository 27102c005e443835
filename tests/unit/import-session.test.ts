// The import session's reducer, without a DOM or a worker: each case feeds events inline.
import { describe, expect, it } from 'vitest';
import { IDLE, importReducer, type ImportEvent, type ImportSessionState } from '../../src/features/register/import-session';
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
});
