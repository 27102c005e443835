/**
 * Data and import: the datasets this browser holds (the published figures and any imported
 * registers: show, delete), and importing a register — file picker or drag-and-drop, parsing
 * and checking in a worker with a progress bar, the column mapping, every rejected row with
 * its reason (downloadable as CSV), the reconciliation with the published figures, and saving
 * to IndexedDB. A file that cannot be read leaves the data on screen as it was.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type DragEvent } from 'react';
import { Modal } from '../../components/modal';
import { errorTable, type ErrorLabels } from '../../domain/register/errors';
import { FIELDS, REQUIRED, TEMPLATE_HEADERS, type Field } from '../../domain/register/fields';
import { useI18n, type I18n } from '../../i18n/i18n';
import { registersQueryOptions, removeRegister } from '../../queries/registers';
import type { RegisterMeta } from '../../storage/registers';
import { setData, useViewStore } from '../../stores/view-store';
import type { CheckSummary, FromWorker, ImportPhase } from '../../workers/register-protocol';
import { startImportSession, type ImportSession } from './import-client';
import { ReconciliationTable } from './reconciliation';

/** Rejected rows listed in the dialog; all of them are in the downloadable CSV. */
const ERRORS_SHOWN = 200;

type ImportState =
  | { step: 'idle' }
  | { step: 'working'; phase: ImportPhase; done: number; total: number }
  | { step: 'failed'; code: Extract<FromWorker, { type: 'failed' }>['code']; detail: string }
  | { step: 'checked'; summary: CheckSummary; saving: boolean }
  | { step: 'saved'; summary: CheckSummary; meta: RegisterMeta; ms: number };

async function downloadText(name: string, lines: string[][]): Promise<void> {
  const [{ BOM, csvRow }, { saveBlob }] = await Promise.all([import('../../export/csv'), import('../../export/files')]);
  saveBlob(name, new Blob([`${BOM}${lines.map(csvRow).join('\r\n')}\r\n`], { type: 'text/csv;charset=utf-8' }));
}

function baseName(fileName: string): string {
  return fileName.replace(/\.[^.]+$/, '') || fileName;
}

function seconds(ms: number, lang: I18n['lang']): string {
  const s = (ms / 1000).toLocaleString(lang, { maximumFractionDigits: 1, minimumFractionDigits: 1 });
  return lang === 'en' ? `${s} s` : `${s} 秒`;
}

function Progress({ state, i18n }: { state: Extract<ImportState, { step: 'working' }>; i18n: I18n }) {
  const { t } = i18n;
  // Parsing a CSV and checking rows report how far they are; reading and saving do not.
  const determinate = (state.phase === 'parse' || state.phase === 'check') && state.total > 1;
  const pct = determinate ? Math.round((state.done / state.total) * 100) : undefined;
  return (
    <div className="import-progress" data-import-progress={state.phase}>
      <p id="import-progress-label">
        {t.data.phase[state.phase]}
        {pct !== undefined ? ` — ${pct}%` : '…'}
      </p>
      <progress aria-labelledby="import-progress-label" max={100} {...(pct !== undefined ? { value: pct } : {})} />
    </div>
  );
}

function Mapping({ summary, i18n, onChange }: { summary: CheckSummary; i18n: I18n; onChange: (columns: Record<Field, number | null>) => void }) {
  const { t } = i18n;
  const { columns, missing, unknown } = summary.mapping;
  return (
    <fieldset className="import-mapping">
      <legend>{t.data.mappingTitle}</legend>
      <p>{t.data.mappingIntro}</p>
      {missing.length > 0 ? (
        <p role="alert" className="import-error">
          {t.data.missing(missing.map((f) => t.data.field[f]).join(i18n.lang === 'en' ? ', ' : '、'))}
        </p>
      ) : null}
      <div className="mapping-grid">
        {FIELDS.map((f) => (
          <label key={f}>
            <span>
              {t.data.field[f]}
              {REQUIRED.includes(f) ? t.data.required : ''}
            </span>
            <select
              data-field={f}
              value={columns[f] ?? ''}
              onChange={(e) => onChange({ ...columns, [f]: e.target.value === '' ? null : Number(e.target.value) })}
            >
              <option value="">{t.data.none}</option>
              {summary.header.map((h, i) => (
                <option key={`${i}-${h}`} value={i}>
                  {`${i + 1}: ${h || '—'}`}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
      {unknown.length > 0 ? <p className="chart-note">{t.data.unused(unknown.join(', '))}</p> : null}
    </fieldset>
  );
}

function RejectedRows({ summary, i18n }: { summary: CheckSummary; i18n: I18n }) {
  const { t } = i18n;
  const c = t.data.errorColumns;
  if (summary.errors.length === 0) return null;
  const labels: ErrorLabels = { header: [c.row, c.column, c.value, c.problem], column: (f) => t.data.field[f], problem: (p) => t.data.problem[p] };
  const download = () => void downloadText(`register-errors_${baseName(summary.fileName)}.csv`, errorTable(summary.errors, labels));
  const shown = errorTable(summary.errors.slice(0, ERRORS_SHOWN), labels).slice(1);
  return (
    <section className="import-errors" aria-labelledby="import-errors-title">
      <h3 id="import-errors-title">{t.data.errorsTitle}</h3>
      <button type="button" data-download-errors="" onClick={download}>
        {t.data.downloadErrors}
      </button>
      <div className="table-scroll import-errors-scroll">
        <table data-import-errors="">
          <thead>
            <tr>
              <th scope="col">{c.row}</th>
              <th scope="col">{c.column}</th>
              <th scope="col">{c.value}</th>
              <th scope="col">{c.problem}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((r, i) => (
              <tr key={i}>
                <td className="num">{r[0]}</td>
                <td>{r[1]}</td>
                <td>{r[2]}</td>
                <td>{r[3]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {summary.errors.length > ERRORS_SHOWN ? <p>{t.data.errorsMore(summary.errors.length - ERRORS_SHOWN)}</p> : null}
    </section>
  );
}

function Checked({ summary, i18n, saving, onMap, onSave }: { summary: CheckSummary; i18n: I18n; saving: boolean; onMap: (c: Record<Field, number | null>) => void; onSave: (name: string) => void }) {
  const { t } = i18n;
  const [name, setName] = useState(() => baseName(summary.fileName));
  const canSave = summary.rowsAccepted > 0 && summary.mapping.missing.length === 0;
  const ref = useRef<HTMLDivElement | null>(null);
  useEffect(function showResult() {
    // On a small screen the result starts below the fold: bring it into view once.
    ref.current?.scrollIntoView({ block: 'start', behavior: 'auto' });
  }, []);
  return (
    <div className="import-checked" ref={ref}>
      <p>{t.data.fileLine(summary.fileName, summary.kind, summary.encoding)}</p>
      <Mapping summary={summary} i18n={i18n} onChange={onMap} />
      {summary.mapping.missing.length === 0 ? (
        <p role="status" data-import-summary="" data-accepted={summary.rowsAccepted} data-rejected={summary.rowsRejected}>
          {t.data.summary(summary.rowsRead, summary.rowsAccepted, summary.rowsRejected)} {summary.blankRows > 0 ? t.data.blank(summary.blankRows) : ''}
        </p>
      ) : null}
      <RejectedRows summary={summary} i18n={i18n} />
      {summary.problems.length > 0 ? (
        <div className="chart-note" data-parse-problems="">
          {t.data.parseProblems}
          <ul>
            {summary.problems.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {canSave ? (
        <form
          className="import-save"
          onSubmit={(e) => {
            e.preventDefault();
            onSave(name.trim() || baseName(summary.fileName));
          }}
        >
          <label>
            {t.data.name} <input value={name} onChange={(e) => setName(e.target.value)} maxLength={120} required />
          </label>
          <button type="submit" className="primary" disabled={saving} data-import-save="">
            {t.data.importButton(summary.rowsAccepted)}
          </button>
        </form>
      ) : summary.mapping.missing.length === 0 ? (
        <p role="alert" className="import-error">
          {t.data.nothingToImport}
        </p>
      ) : null}
      {summary.rowsAccepted > 0 ? (
        <details className="import-recon">
          <summary>{t.data.reconTitle}</summary>
          <p>{t.data.reconIntro}</p>
          <ReconciliationTable lines={summary.reconciliation} i18n={i18n} />
        </details>
      ) : null}
    </div>
  );
}

function Datasets({ i18n }: { i18n: I18n }) {
  const { t } = i18n;
  const client = useQueryClient();
  const registers = useQuery(registersQueryOptions());
  const active = useViewStore((s) => s.data);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const date = (iso: string) => new Date(iso).toLocaleString(i18n.lang, { dateStyle: 'medium', timeStyle: 'short' });
  const remove = async (meta: RegisterMeta) => {
    setConfirming(null);
    try {
      // Switch away first, so nothing on screen asks for the register while it is removed.
      if (useViewStore.getState().data === meta.id) setData(null);
      await removeRegister(client, meta.id);
      setStatus(t.data.removed(meta.name));
    } catch (e) {
      setStatus(t.data.storageFailed(e instanceof Error ? e.message : String(e)));
    }
  };
  return (
    <section aria-labelledby="datasets-title">
      <h3 id="datasets-title">{t.data.datasets}</h3>
      <ul className="dataset-list" data-datasets="">
        <li data-dataset="published" aria-current={active === null ? 'true' : undefined}>
          <span className="dataset-name">{t.data.published}</span>
          {active === null ? <span className="dataset-shown">{t.data.shown}</span> : <button type="button" onClick={() => setData(null)}>{t.data.show}</button>}
        </li>
        {(registers.data ?? []).map((m) => (
          <li key={m.id} data-dataset={m.id} aria-current={active === m.id ? 'true' : undefined}>
            <span className="dataset-name">{m.name}</span>
            <span className="dataset-meta">
              {m.fileName} · {t.data.rows(m.rows)}
              {m.rejected > 0 ? ` · ${t.data.rejected(m.rejected)}` : ''} · {t.data.importedOn(date(m.importedAt))}
            </span>
            {active === m.id ? <span className="dataset-shown">{t.data.shown}</span> : <button type="button" onClick={() => setData(m.id)}>{t.data.show}</button>}
            {confirming === m.id ? (
              <span className="dataset-confirm" role="group" aria-label={t.data.confirmRemove(m.name)}>
                {t.data.confirmRemove(m.name)}{' '}
                <button type="button" className="danger" data-confirm-delete="" onClick={() => void remove(m)}>
                  {t.data.remove}
                </button>
                <button type="button" onClick={() => setConfirming(null)}>
                  {t.data.cancel}
                </button>
              </span>
            ) : (
              <button type="button" data-delete={m.id} onClick={() => setConfirming(m.id)}>
                {t.data.remove}
              </button>
            )}
          </li>
        ))}
      </ul>
      {registers.error ? <p role="alert">{t.data.storageFailed(registers.error.message)}</p> : null}
      {status ? <p role="status">{status}</p> : null}
      <p className="chart-note">{t.data.storageNote}</p>
    </section>
  );
}

/** `focusImport`: opened from the header's "Import register" control, so the file chooser gets focus. */
export function DataDialog({ onClose, focusImport = false }: { onClose: () => void; focusImport?: boolean }) {
  const i18n = useI18n();
  const { t } = i18n;
  const client = useQueryClient();
  const [state, setState] = useState<ImportState>({ step: 'idle' });
  const [dragging, setDragging] = useState(false);
  const session = useRef<ImportSession | null>(null);
  const fileInput = useRef<HTMLInputElement | null>(null);
  const chooseButton = useRef<HTMLButtonElement | null>(null);
  const doneRef = useRef<HTMLParagraphElement | null>(null);

  useEffect(function closeTheWorker() {
    return () => session.current?.close();
  }, []);

  useEffect(
    function focusResult() {
      if (state.step === 'saved') doneRef.current?.focus();
    },
    [state.step],
  );

  const onMessage = (m: FromWorker) => {
    switch (m.type) {
      case 'progress':
        // A re-check after a mapping change or the save keeps the checked view on screen.
        setState((s) => (s.step === 'checked' ? { ...s, saving: m.phase === 'save' } : { step: 'working', phase: m.phase, done: m.done, total: m.total }));
        return;
      case 'checked':
        setState({ step: 'checked', summary: m.summary, saving: false });
        return;
      case 'failed':
        setState({ step: 'failed', code: m.code, detail: m.detail });
        return;
      case 'saved':
        setState((s) => (s.step === 'checked' ? { step: 'saved', summary: s.summary, meta: m.meta, ms: m.ms } : s));
        void client.invalidateQueries({ queryKey: ['registers'] });
        setData(m.meta.id);
        return;
    }
  };

  const readFile = (file: File | undefined) => {
    if (!file) return;
    session.current?.close();
    session.current = startImportSession(onMessage);
    setState({ step: 'working', phase: 'read', done: 0, total: file.size });
    session.current.read(file);
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    readFile(e.dataTransfer.files[0]);
  };

  const template = (lang: 'zh' | 'en') => void downloadText(`register-template_${lang}.csv`, [FIELDS.map((f) => TEMPLATE_HEADERS[lang][f])]);
  const busy = state.step === 'working';

  return (
    <Modal title={t.data.title} closeLabel={t.data.close} onClose={onClose} className="data-dialog" closeOnBackdrop={!busy} {...(focusImport ? { initialFocus: chooseButton } : {})}>
      <p>{t.data.intro}</p>
      <Datasets i18n={i18n} />
      <section aria-labelledby="import-title">
        <h3 id="import-title">{t.data.importTitle}</h3>
        <div
          className={`dropzone${dragging ? ' dropzone-active' : ''}`}
          data-dropzone=""
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
        >
          <button type="button" className="primary" ref={chooseButton} data-choose-file="" disabled={busy} onClick={() => fileInput.current?.click()}>
            {t.data.choose}
          </button>
          <span>{dragging ? t.data.dropActive : t.data.drop}</span>
          <input
            ref={fileInput}
            type="file"
            className="visually-hidden"
            tabIndex={-1}
            aria-label={t.data.choose}
            accept=".csv,.txt,.xlsx,.json,text/csv,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            data-register-file=""
            onChange={(e) => {
              readFile(e.target.files?.[0]);
              e.target.value = '';
            }}
          />
        </div>
        <div className="import-templates">
          <span>{t.data.templates}:</span>
          <button type="button" data-template="zh" onClick={() => template('zh')}>
            {t.data.templateZh}
          </button>
          <button type="button" data-template="en" onClick={() => template('en')}>
            {t.data.templateEn}
          </button>
        </div>
        <details className="import-rules">
          <summary>{t.data.rulesTitle}</summary>
          <ul>
            {t.data.rules.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </details>
        <div aria-live="polite">
          {state.step === 'working' ? <Progress state={state} i18n={i18n} /> : null}
          {state.step === 'failed' ? (
            <p role="alert" className="import-error" data-import-failed={state.code}>
              {t.data.failed[state.code]} {state.detail ? `(${state.detail})` : ''} {t.data.unchanged}
            </p>
          ) : null}
          {state.step === 'saved' ? (
            <p
              role="status"
              tabIndex={-1}
              ref={doneRef}
              className="import-done"
              data-import-done={state.meta.id}
              data-ms-read={Math.round(state.summary.ms.read)}
              data-ms-parse={Math.round(state.summary.ms.parse)}
              data-ms-check={Math.round(state.summary.ms.check)}
              data-ms-save={Math.round(state.ms)}
            >
              {t.data.imported(state.meta.name, state.meta.rows, seconds(state.summary.ms.read + state.summary.ms.parse + state.summary.ms.check + state.ms, i18n.lang))}
            </p>
          ) : null}
        </div>
        {state.step === 'checked' ? (
          <Checked
            key={state.summary.fileName}
            summary={state.summary}
            i18n={i18n}
            saving={state.saving}
            onMap={(columns) => session.current?.map(columns)}
            onSave={(name) => session.current?.save(name)}
          />
        ) : null}
        {state.step === 'saved' ? (
          <section aria-labelledby="import-recon-title">
            <h3 id="import-recon-title">{t.data.reconTitle}</h3>
            <p>{t.data.reconIntro}</p>
            <ReconciliationTable lines={state.summary.reconciliation} i18n={i18n} />
            {state.summary.errors.length > 0 ? <RejectedRows summary={state.summary} i18n={i18n} /> : null}
          </section>
        ) : null}
      </section>
    </Modal>
  );
}
