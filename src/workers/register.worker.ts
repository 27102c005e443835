/**
 * The register import worker: reads a file (CSV, XLSX or JSON), finds the table (sheet, header
 * row, units), checks every row, reconciles the accepted rows with the published totals, and
 * on request saves them to IndexedDB — as a new register or a new version of one, with what
 * changed — all off the page's main thread so a 100 000-row file keeps the page responsive.
 * It keeps the read file between messages so a changed mapping re-checks without re-reading.
 * Registers published with the site are fetched (same origin) and checked here too, and stored
 * registers are read back here for the page (load-stored), handed over packed (typed arrays).
 */
import { DATASET } from '../data/dataset';
import { capPerKind } from '../domain/capped-list';
import { DUPLICATES_SENT, errorTable, remarkTable, ROW_ISSUES_PER_KIND, SECTIONS_SENT, TOTALS_SENT, VALUES_SENT } from '../domain/register/errors';
import { BOM, csvRow } from '../export/csv';
import { importMessages } from '../i18n/import-messages';
import { toColumns } from '../domain/register/columns';
import { packColumns, transferables } from '../domain/register/packed';
import { columnsByHeaderText, FIELDS, MONEY_FIELDS, type Field, type MoneyField } from '../domain/register/fields';
import type { MoneyUnit } from '../domain/register/money';
import { checkRegister, type RegisterCheck } from '../domain/register/import';
import { reconcile } from '../domain/register/reconcile';
import { checkKeptHeaders, chooseSheet, readTable, ReadError, type ReadTable } from '../domain/register/read';
import { diffVersions, type VersionDiff } from '../domain/register/versions';
import { storageFailure } from '../storage/failure';
import { fetchSiteFile } from '../storage/site-files';
import { DamagedRegisterError, listRegisters, loadRegister, loadRegisterColumns, saveRegister, unstoredRegister, type SaveRequest, type StoredSettings } from '../storage/registers';
import type { CheckSummary, FromWorker, ImportPhase, ToWorker, WorkerSettings } from './register-protocol';

/** The worker's global scope, typed only as far as this file uses it (the project compiles with the DOM lib). */
const scope = self as unknown as { postMessage: (message: FromWorker, transfer?: Transferable[]) => void; onmessage: ((event: MessageEvent<ToWorker>) => void) | null };

/** Rows of the sheet shown to choose another header row. */
const PREVIEW_ROWS = 30;

let fileName = '';
let table: ReadTable | null = null;
let check: RegisterCheck | null = null;
let settings: WorkerSettings = {};
/** Units chosen for the register's earlier version: they apply only where the new file states none. */
let remembered: Partial<Record<MoneyField, MoneyUnit>> = {};
let sheetName = '';
let update: { registerId: string; name: string; version: number; previous: Awaited<ReturnType<typeof loadRegister>> } | null = null;
let readMs = 0;
let parseMs = 0;

const post = (message: FromWorker, transfer: Transferable[] = []) => scope.postMessage(message, transfer);
const progress = (phase: ImportPhase, done: number, total: number) => post({ type: 'progress', phase, done, total });

function runCheck(): CheckSummary {
  if (!table) throw new Error('no file read');
  const t0 = performance.now();
  const sheet = chooseSheet(table.sheets, settings.sheet ?? null);
  if (!sheet) throw new ReadError('empty');
  sheetName = sheet.name;
  const name = fileName;
  const locator = sheet.name === name || table.sheets.length === 1 ? name : `${name} · ${sheet.name}`;
  check = checkRegister(
    { rows: sheet.rows, rowNumbers: sheet.rows.map((_, i) => i + 1) },
    () => locator,
    {
      settings: { headerRow: settings.headerRow ?? null, columns: settings.columns ?? null, units: settings.units ?? {}, remembered, values: settings.values ?? {}, duplicates: settings.duplicates ?? null },
      onProgress: (done, total) => progress('check', done, total),
    },
  );
  // What storage would refuse is refused here, before saving (limits.ts STORED_LIMITS).
  checkKeptHeaders(check.extraHeaders);
  const reconciliation = reconcile(check.projects, DATASET);
  let diff: VersionDiff | null = null;
  if (update?.previous) diff = diffVersions(update.previous.projects, check.projects);
  return {
    fileName,
    kind: table.kind,
    encoding: table.encoding,
    sheets: table.sheets.map((s) => ({ name: s.name, hidden: s.hidden, rows: s.rows.length })),
    sheet: sheet.name,
    preview: sheet.rows.slice(0, PREVIEW_ROWS).map((r, i) => ({ row: i, text: r.filter((c) => c.trim() !== '').join(' | ').slice(0, 120) })),
    headerRow: check.layout.headerRow,
    headerRows: check.layout.headerRows,
    above: check.layout.above,
    header: check.layout.headers,
    mapping: check.mapping,
    units: check.units,
    needsUnit: check.needsUnit,
    unmatched: { sector: check.unmatched.sector.slice(0, VALUES_SENT), investor: check.unmatched.investor.slice(0, VALUES_SENT), signing: check.unmatched.signing.slice(0, VALUES_SENT), stage: check.unmatched.stage.slice(0, VALUES_SENT) },
    unmatchedTotal: { sector: check.unmatched.sector.length, investor: check.unmatched.investor.length, signing: check.unmatched.signing.length, stage: check.unmatched.stage.length },
    values: settings.values ?? {},
    totals: check.totals.slice(0, TOTALS_SENT),
    totalsTotal: check.totals.length,
    sections: check.sections.slice(0, SECTIONS_SENT),
    sectionsTotal: check.sections.length,
    extraHeaders: check.extraHeaders,
    rowsRead: check.rowsRead,
    rowsAccepted: check.projects.length,
    rowsRejected: check.rowsRejected,
    blankRows: check.blankRows,
    ...cappedIssues(check),
    problems: table.problems.slice(0, 100),
    reconciliation,
    duplicates: check.duplicates.slice(0, DUPLICATES_SENT),
    duplicatesTotal: check.duplicates.length,
    duplicateChoice: settings.duplicates ?? 'keep-both',
    update: update && diff ? { registerId: update.registerId, name: update.name, version: update.version, diff } : null,
    ms: { read: readMs, parse: parseMs, check: performance.now() - t0 },
  };
}

/** The row errors and remarks the page gets: a few of each kind, and how many more there are. */
function cappedIssues(c: RegisterCheck): Pick<CheckSummary, 'errors' | 'errorsTotal' | 'errorsHidden' | 'remarks' | 'remarksTotal' | 'remarksHidden'> {
  const errors = capPerKind(c.errors, ROW_ISSUES_PER_KIND, (e) => e.problem);
  const remarks = capPerKind(c.remarks, ROW_ISSUES_PER_KIND, (r) => r.remark);
  return { errors: errors.kept, errorsTotal: errors.total, errorsHidden: errors.hidden, remarks: remarks.kept, remarksTotal: remarks.total, remarksHidden: remarks.hidden };
}

/** The full list of errors or remarks as CSV, worded in `lang` (built here: it may be long). */
function listCsv(which: 'errors' | 'remarks', lang: 'zh-CN' | 'en', header: [string, string, string, string]): Blob {
  const m = importMessages(lang);
  const table =
    which === 'errors'
      ? errorTable(check?.errors ?? [], { header, column: (f) => m.field[f], problem: (p) => m.problem[p] })
      : remarkTable(check?.remarks ?? [], { header: [m.remarkColumns.row, m.remarkColumns.column, m.remarkColumns.value, m.remarkColumns.remark], column: (f) => m.field[f], remark: (r) => m.remark[r] });
  // In pieces, so a million rows never become one giant string.
  const parts: string[] = [BOM];
  for (let i = 0; i < table.length; i += 10_000) parts.push(`${table.slice(i, i + 10_000).map(csvRow).join('\r\n')}\r\n`);
  return new Blob(parts, { type: 'text/csv;charset=utf-8' });
}

/** The confirmed mapping, by header text, to apply again to the register's next version. */
function storedSettings(): StoredSettings {
  const columns: Partial<Record<Field, string>> = {};
  if (check) for (const f of FIELDS) {
    const c = check.mapping.columns[f];
    if (c !== null) columns[f] = check.layout.headers[c] ?? '';
  }
  // A unit the user chose now, else the one remembered (a file's own word is never carried on).
  return { sheet: sheetName, columns, units: { ...remembered, ...(settings.units ?? {}) }, values: settings.values ?? {} };
}

async function read(name: string, bytesOf: () => Promise<Uint8Array>, size: number): Promise<void> {
  table = null;
  check = null;
  fileName = name;
  progress('read', 0, size);
  const t0 = performance.now();
  const bytes = await bytesOf();
  readMs = performance.now() - t0;
  progress('parse', 0, 1);
  const t1 = performance.now();
  table = await readTable(name, bytes, (done, total) => progress('parse', done, total));
  parseMs = performance.now() - t1;
}

/** A storage read's fallback where this browser stores nothing; any other error goes on. */
function unlessUnavailable<T>(fallback: T): (e: unknown) => T {
  return (e) => {
    if (storageFailure(e) === 'unavailable') return fallback;
    throw e;
  };
}

async function handle(message: ToWorker): Promise<void> {
  switch (message.type) {
    case 'read': {
      settings = {};
      remembered = {};
      update = null;
      if (message.update !== null) {
        // A register kept in the page's tab only (nothing stored) is not found here: a new register.
        const previous = await loadRegister(message.update).catch(unlessUnavailable(null));
        const meta = previous?.meta ?? (await listRegisters().catch(unlessUnavailable([]))).find((m) => m.id === message.update);
        if (meta) {
          update = { registerId: meta.id, name: meta.name, version: previous?.version.version ?? 0, previous };
          // The previous version's choices apply again: sheet, columns by header text, units, values.
          // Units are remembered, not chosen: the new file's own unit (header, 单位 line) wins over them.
          if (meta.settings) {
            settings = { sheet: meta.settings.sheet, values: meta.settings.values };
            remembered = { ...meta.settings.units };
          }
        }
      }
      await read(message.file.name, async () => new Uint8Array(await message.file.arrayBuffer()), message.file.size);
      const stored = update ? (await listRegisters().catch(unlessUnavailable([]))).find((m) => m.id === update?.registerId)?.settings : undefined;
      if (stored && table) {
        const sheet = chooseSheet(table.sheets, settings.sheet ?? null);
        if (sheet) {
          const first = checkRegister({ rows: sheet.rows, rowNumbers: sheet.rows.map((_, i) => i + 1) }, () => '', { settings: { headerRow: null, columns: null } });
          settings = { ...settings, columns: columnsByHeaderText(first.layout.headers, stored.columns) };
        }
      }
      post({ type: 'checked', summary: runCheck() });
      return;
    }
    case 'settings':
      // A different sheet or header row means different columns: let the headers decide again.
      // (Only a message that names a sheet or header row can change them: a unit or a choice alone does not.)
      if (('sheet' in message.settings && message.settings.sheet !== settings.sheet) || ('headerRow' in message.settings && message.settings.headerRow !== settings.headerRow)) settings = { ...settings, ...message.settings, columns: message.settings.columns ?? null };
      else settings = { ...settings, ...message.settings };
      post({ type: 'checked', summary: runCheck() });
      return;
    case 'save': {
      if (!check) throw new Error('nothing checked to save');
      if (check.projects.length === 0) throw new Error('no rows to save');
      if (check.needsUnit.length > 0) throw new Error(`unit not confirmed: ${check.needsUnit.join(', ')}`);
      const doubtful = MONEY_FIELDS.filter((f) => check?.units[f].looksLike && !message.confirmed.units.includes(f));
      if (doubtful.length > 0) throw new Error(`implausible unit not confirmed: ${doubtful.join(', ')}`);
      const t0 = performance.now();
      progress('save', 0, 1);
      const request: SaveRequest = {
        registerId: update?.registerId ?? null,
        basedOn: update ? update.version : null,
        name: message.name,
        version: { fileName, importedAt: new Date().toISOString(), rows: check.projects.length, rejected: check.rowsRejected, columns: check.present },
        settings: storedSettings(),
        fullList2021: message.confirmed.fullList2021,
        projects: check.projects,
        extraHeaders: check.extraHeaders,
      };
      // A browser that stores nothing: the register is handed to the page, for this tab only.
      const unstored = () => {
        const { meta, columns } = unstoredRegister(request);
        const packed = packColumns(columns);
        post({ type: 'saved', meta, version: 1, ms: performance.now() - t0, meanwhile: null, unstored: packed }, transferables(packed));
      };
      if (!message.store) {
        unstored();
        return;
      }
      let saved: Awaited<ReturnType<typeof saveRegister>>;
      try {
        saved = await saveRegister(request);
      } catch (e) {
        const reason = storageFailure(e);
        if (!reason) throw e;
        if (reason === 'unavailable') {
          unstored();
          return;
        }
        // Said with what was not saved; saveRegister leaves nothing half-written.
        post({ type: 'save-failed', reason, name: update?.name ?? message.name, version: (update?.version ?? 0) + 1, rows: check.projects.length, detail: e instanceof Error ? `${e.name}: ${e.message}` : String(e) });
        return;
      }
      post({ type: 'saved', meta: saved.meta, version: saved.version, ms: performance.now() - t0, meanwhile: saved.meanwhile });
      return;
    }
    case 'list-csv':
      post({ type: 'list-csv', which: message.which, fileName, blob: listCsv(message.which, message.lang, message.header) });
      return;
    case 'load-site': {
      settings = message.settings;
      remembered = {};
      update = null;
      let cachedAt: string | null = null;
      await read(
        message.fileName,
        async () => {
          // Network-first: the server's file when it can be reached, the kept copy only offline.
          const file = await fetchSiteFile(message.url).catch((e: unknown) => {
            throw new SiteError('fetch', e instanceof Error ? e.message : String(e));
          });
          if (file.status === 'missing') throw new SiteError('site-missing', message.fileName);
          cachedAt = file.cachedAt;
          return new Uint8Array(file.body);
        },
        0,
      );
      const summary = runCheck();
      if (!check) throw new Error('no check');
      if (check.needsUnit.length > 0) throw new SiteError('site-unit', check.needsUnit.join(', '));
      const packed = packColumns(toColumns(check.projects, message.fileName, check.extraHeaders));
      post({ type: 'site-loaded', packed, summary, cachedAt }, transferables(packed));
      return;
    }
    case 'load-stored': {
      // The page's main thread never deserializes or checks the rows: that happens here, and
      // the page gets typed arrays it takes over without a copy.
      try {
        const stored = await loadRegisterColumns(message.id, message.version);
        if (!stored) {
          post({ type: 'stored-loaded', stored: null });
          return;
        }
        const packed = packColumns(stored.columns);
        post({ type: 'stored-loaded', stored: { meta: stored.meta, version: stored.version, packed } }, transferables(packed));
      } catch (e) {
        if (!(e instanceof DamagedRegisterError)) throw e;
        post({ type: 'stored-damaged', id: e.id, version: e.version, check: e.check });
      }
      return;
    }
  }
}

class SiteError extends Error {
  constructor(
    readonly code: 'fetch' | 'site-unit' | 'site-missing',
    readonly detail: string,
  ) {
    super(`${code}: ${detail}`);
  }
}

scope.onmessage = (event: MessageEvent<ToWorker>) => {
  handle(event.data).catch((e: unknown) => {
    if (e instanceof ReadError) post({ type: 'failed', code: e.code, detail: e.detail });
    else if (e instanceof SiteError) post({ type: 'failed', code: e.code, detail: e.detail });
    else post({ type: 'failed', code: 'internal', detail: e instanceof Error ? e.message : String(e) });
  });
};
