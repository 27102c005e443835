/**
 * The register import worker: reads a file (CSV, XLSX or JSON), checks every row, reconciles
 * the accepted rows with the published totals, and on request saves them to IndexedDB, all
 * off the page's main thread so a 100 000-row file keeps the page responsive. It keeps the
 * parsed table between messages so a changed column mapping re-checks without re-reading.
 */
import { DATASET } from '../data/dataset';
import { withColumns } from '../domain/register/fields';
import { checkRegister, type RegisterCheck } from '../domain/register/import';
import { reconcile } from '../domain/register/reconcile';
import { readTable, ReadError, type ReadTable } from '../domain/register/read';
import { en } from '../i18n/en';
import { zh } from '../i18n/zh-CN';
import { newRegisterId, saveRegister } from '../storage/registers';
import type { CheckSummary, FromWorker, ImportPhase, ToWorker } from './register-protocol';

/** The worker's global scope, typed only as far as this file uses it (the project compiles with the DOM lib). */
const scope = self as unknown as { postMessage: (message: FromWorker) => void; onmessage: ((event: MessageEvent<ToWorker>) => void) | null };

let fileName = '';
let table: ReadTable | null = null;
let check: RegisterCheck | null = null;
let readMs = 0;
let parseMs = 0;

const post = (message: FromWorker) => scope.postMessage(message);
const progress = (phase: ImportPhase, done: number, total: number) => post({ type: 'progress', phase, done, total });

function runCheck(columns?: Parameters<typeof withColumns>[1]): CheckSummary {
  if (!table) throw new Error('no file read');
  const t0 = performance.now();
  const rows = table.rows;
  const header = rows[0] ?? [];
  const name = fileName;
  check = checkRegister(rows, [zh, en], () => name, {
    ...(columns ? { mapping: withColumns(header, columns) } : {}),
    onProgress: (done, total) => progress('check', done, total),
  });
  const reconciliation = reconcile(check.projects, DATASET);
  return {
    fileName,
    kind: table.kind,
    encoding: table.encoding,
    header,
    mapping: check.mapping,
    rowsRead: check.rowsRead,
    rowsAccepted: check.projects.length,
    rowsRejected: check.rowsRejected,
    blankRows: check.blankRows,
    errors: check.errors,
    problems: table.problems.slice(0, 100),
    reconciliation,
    ms: { read: readMs, parse: parseMs, check: performance.now() - t0 },
  };
}

async function handle(message: ToWorker): Promise<void> {
  switch (message.type) {
    case 'read': {
      table = null;
      check = null;
      fileName = message.file.name;
      progress('read', 0, message.file.size);
      const t0 = performance.now();
      const bytes = new Uint8Array(await message.file.arrayBuffer());
      readMs = performance.now() - t0;
      progress('parse', 0, 1);
      const t1 = performance.now();
      table = await readTable(message.file.name, bytes, (done, total) => progress('parse', done, total));
      parseMs = performance.now() - t1;
      post({ type: 'checked', summary: runCheck() });
      return;
    }
    case 'map':
      post({ type: 'checked', summary: runCheck(message.columns) });
      return;
    case 'save': {
      if (!check) throw new Error('nothing checked to save');
      if (check.projects.length === 0) throw new Error('no rows to save');
      const t0 = performance.now();
      progress('save', 0, 1);
      const meta = { id: newRegisterId(), name: message.name, fileName, importedAt: new Date().toISOString(), rows: check.projects.length, rejected: check.rowsRejected };
      await saveRegister({ meta, projects: check.projects });
      post({ type: 'saved', meta, ms: performance.now() - t0 });
      return;
    }
  }
}

scope.onmessage = (event: MessageEvent<ToWorker>) => {
  handle(event.data).catch((e: unknown) => {
    if (e instanceof ReadError) post({ type: 'failed', code: e.code, detail: e.detail });
    else post({ type: 'failed', code: 'internal', detail: e instanceof Error ? e.message : String(e) });
  });
};
