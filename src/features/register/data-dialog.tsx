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
import { FIELDS, TEMPLATE_HEADERS } from '../../domain/register/fields';
import { limitDetail } from '../../domain/register/limits';
import { useI18n, type I18n } from '../../i18n/i18n';
import { importMessages, type ImportMessages } from '../../i18n/import-messages';
import { followRegisterChanges } from '../../queries/register-errors';
import { dataIdOf, parseDataId, registersQueryOptions, removeRegister, siteRegistersQueryOptions } from '../../queries/registers';
import { versionsOf, type RegisterMeta } from '../../storage/registers';
import { setData, useViewStore } from '../../stores/view-store';
import type { CheckSummary, FromWorker, ImportPhase } from '../../workers/register-protocol';
import { startImportSession, type ImportSession } from './import-client';
import { baseName, Checked, downloadText, RejectedRows, type ListDownload } from './import-steps';
import { ReconciliationTable } from './reconciliation';

type ImportState =
  | { step: 'idle' }
  | { step: 'working'; phase: ImportPhase; done: number; total: number }
  | { step: 'failed'; code: Extract<FromWorker, { type: 'failed' }>['code']; detail: string }
  | { step: 'checked'; summary: CheckSummary; saving: boolean; saveFailed?: Extract<FromWorker, { type: 'save-failed' }> }
  | { step: 'saved'; summary: CheckSummary; meta: RegisterMeta; version: number; ms: number };

/** A limit refusal in words: which limit, the file's number and the maximum. */
function limitText(m: ImportMessages, detail: string, count: (n: number) => string): string {
  const d = limitDetail(detail);
  if (!d) return detail;
  const bytes = d.limit === 'total-bytes' || d.limit === 'entry-bytes';
  const num = (n: number) => (bytes ? `${count(Math.round(n / 1048576))} MB` : count(n));
  return m.limit[d.limit](num(d.actual), num(d.max), d.where);
}

function seconds(ms: number, i18n: I18n, m: ImportMessages): string {
  return m.seconds((ms / 1000).toLocaleString(i18n.lang, { maximumFractionDigits: 1, minimumFractionDigits: 1 }));
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

/** Which register (and version) the view shows, from the data id. */
function shownOf(active: string | null): { register: string | null; version: number | null } {
  if (active === null) return { register: null, version: null };
  const p = parseDataId(active);
  return p.kind === 'site' ? { register: active, version: null } : { register: p.register, version: p.version };
}

/** An inline "delete …?" with the delete and cancel buttons (nothing is deleted on a single click). */
function Confirm({ question, attr, i18n, onConfirm, onCancel }: { question: string; attr: string; i18n: I18n; onConfirm: () => void; onCancel: () => void }) {
  return (
    <span className="dataset-confirm" role="group" aria-label={question}>
      {question}{' '}
      <button type="button" className="danger" {...{ [attr]: '' }} onClick={onConfirm}>
        {i18n.t.data.remove}
      </button>
      <button type="button" onClick={onCancel}>
        {i18n.t.data.cancel}
      </button>
    </span>
  );
}

function RegisterItem({ meta, i18n, m, onUpdate }: { meta: RegisterMeta; i18n: I18n; m: ImportMessages; onUpdate: (meta: RegisterMeta) => void }) {
  const { t } = i18n;
  const client = useQueryClient();
  const active = useViewStore((s) => s.data);
  const shown = shownOf(active);
  const versions = versionsOf(meta);
  const latest = versions[versions.length - 1]?.version ?? 1;
  const [confirming, setConfirming] = useState<number | 'all' | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const date = (iso: string) => new Date(iso).toLocaleString(i18n.lang, { dateStyle: 'medium', timeStyle: 'short' });
  const isShown = (v: number) => shown.register === meta.id && (shown.version ?? latest) === v;
  const remove = async (version: number | null) => {
    setConfirming(null);
    try {
      // Switch away first, so nothing on screen asks for the register while it is removed.
      if (shown.register === meta.id && (version === null || isShown(version))) setData(null);
      await removeRegister(client, meta.id, version);
      if (version !== null) setStatus(t.data.removed(`${meta.name} · ${m.version(version)}`));
    } catch (e) {
      setStatus(t.data.storageFailed(e instanceof Error ? e.message : String(e)));
    }
  };
  return (
    <li data-dataset={meta.id} aria-current={shown.register === meta.id ? 'true' : undefined}>
      <span className="dataset-name">{meta.name}</span>
      <span className="dataset-meta">
        {meta.fileName} · {t.data.rows(meta.rows)}
        {meta.rejected > 0 ? ` · ${t.data.rejected(meta.rejected)}` : ''} · {t.data.importedOn(date(meta.importedAt))}
      </span>
      {shown.register === meta.id && isShown(latest) ? <span className="dataset-shown">{t.data.shown}</span> : <button type="button" onClick={() => setData(dataIdOf(meta.id, latest))}>{t.data.show}</button>}
      <button type="button" data-update={meta.id} onClick={() => onUpdate(meta)}>
        {m.updateButton}
      </button>
      {confirming === 'all' ? (
        <Confirm question={t.data.confirmRemove(meta.name)} attr="data-confirm-delete" i18n={i18n} onConfirm={() => void remove(null)} onCancel={() => setConfirming(null)} />
      ) : (
        <button type="button" data-delete={meta.id} onClick={() => setConfirming('all')}>
          {t.data.remove}
        </button>
      )}
      {versions.length > 1 ? (
        <details className="dataset-versions" open>
          <summary>{`${m.versions} (${versions.length})`}</summary>
          <ul>
            {[...versions].reverse().map((v) => (
              <li key={v.version} data-version={v.version} aria-current={isShown(v.version) ? 'true' : undefined}>
                <span>{`${m.version(v.version)}${v.version === latest ? ` · ${m.latest}` : ''} · ${v.fileName} · ${t.data.rows(v.rows)} · ${date(v.importedAt)}`}</span>{' '}
                {isShown(v.version) ? <span className="dataset-shown">{t.data.shown}</span> : <button type="button" data-show-version={v.version} onClick={() => setData(dataIdOf(meta.id, v.version))}>{t.data.show}</button>}
                {confirming === v.version ? (
                  <Confirm question={m.confirmDeleteVersion(meta.name, v.version)} attr="data-confirm-delete-version" i18n={i18n} onConfirm={() => void remove(v.version)} onCancel={() => setConfirming(null)} />
                ) : (
                  <button type="button" data-delete-version={v.version} onClick={() => setConfirming(v.version)}>
                    {m.deleteVersion}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {status ? <p role="status">{status}</p> : null}
    </li>
  );
}

function SiteRegisters({ i18n, m }: { i18n: I18n; m: ImportMessages }) {
  const { t } = i18n;
  const site = useQuery(siteRegistersQueryOptions());
  const active = useViewStore((s) => s.data);
  const list = site.data?.registers ?? [];
  if (site.isPending || (list.length === 0 && !site.error && (site.data?.problems.length ?? 0) === 0)) return null;
  return (
    <section aria-labelledby="site-registers-title" data-site-registers="">
      <h3 id="site-registers-title">{m.site}</h3>
      <p className="chart-note">{m.siteIntro}</p>
      <ul className="dataset-list">
        {list.map((r) => {
          const id = `site:${r.name}`;
          return (
            <li key={r.name} data-dataset={id} aria-current={active === id ? 'true' : undefined}>
              <span className="dataset-name">{r.title}</span>
              <span className="dataset-meta">{r.file}</span>
              {active === id ? <span className="dataset-shown">{t.data.shown}</span> : <button type="button" onClick={() => setData(id)}>{t.data.show}</button>}
            </li>
          );
        })}
      </ul>
      {site.error ? <p role="alert">{m.siteLoadFailed('index.json', site.error.message)}</p> : null}
      {(site.data?.problems ?? []).map((p) => (
        <p key={p} className="chart-note">
          {p}
        </p>
      ))}
    </section>
  );
}

/** Entries of the stored index that fail the schema check: said, with repair and delete (issue 14). */
function DamagedIndex({ i18n }: { i18n: I18n }) {
  const { t } = i18n;
  const client = useQueryClient();
  const health = useQuery({ queryKey: ['registers', 'health'] as const, queryFn: async () => (await import('../../storage/registers')).inspectIndex(), staleTime: 0 });
  const damaged = health.data?.damaged ?? [];
  if (damaged.length === 0) return null;
  const after = () => client.invalidateQueries({ queryKey: ['registers'] });
  const repair = async () => {
    await (await import('../../storage/registers')).repairIndex();
    await after();
  };
  const remove = async (id: string) => {
    await removeRegister(client, id);
    await after();
  };
  return (
    <div className="notice" role="alert" data-damaged-index={health.data?.unreadable ? 'unreadable' : damaged.length}>
      <p>{health.data?.unreadable ? t.safety.indexUnreadable : t.safety.indexDamaged(damaged.length)}</p>
      <ul>
        {damaged.slice(0, 10).map((d, i) => (
          <li key={`${d.id ?? 'x'}-${i}`}>
            <code>
              {d.id ?? '?'}
              {d.name ? ` (${d.name.slice(0, 60)})` : ''}: {d.problems.slice(0, 3).join('; ')}
            </code>{' '}
            {d.id ? (
              <button type="button" onClick={() => void remove(d.id ?? '')}>
                {t.safety.deleteEntry(d.id)}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      <div className="notice-actions">
        <button type="button" data-repair-index="" onClick={() => void repair()}>
          {t.safety.repairIndex}
        </button>
      </div>
    </div>
  );
}

function Datasets({ i18n, m, onUpdate }: { i18n: I18n; m: ImportMessages; onUpdate: (meta: RegisterMeta) => void }) {
  const { t } = i18n;
  const registers = useQuery(registersQueryOptions());
  const active = useViewStore((s) => s.data);
  return (
    <section aria-labelledby="datasets-title">
      <h3 id="datasets-title">{t.data.datasets}</h3>
      <DamagedIndex i18n={i18n} />
      <ul className="dataset-list" data-datasets="">
        <li data-dataset="published" aria-current={active === null ? 'true' : undefined}>
          <span className="dataset-name">{t.data.published}</span>
          {active === null ? <span className="dataset-shown">{t.data.shown}</span> : <button type="button" onClick={() => setData(null)}>{t.data.show}</button>}
        </li>
        {(registers.data ?? []).map((meta) => (
          <RegisterItem key={meta.id} meta={meta} i18n={i18n} m={m} onUpdate={onUpdate} />
        ))}
      </ul>
      {registers.error ? <p role="alert">{t.data.storageFailed(registers.error.message)}</p> : null}
      <p className="chart-note">{t.data.storageNote}</p>
    </section>
  );
}

/** `startWith: 'import'` opens the dialog at its import section, the file chooser focused. */
export function DataDialog({ onClose, startWith }: { onClose: () => void; startWith?: 'import' }) {
  const i18n = useI18n();
  const { t } = i18n;
  const m = importMessages(i18n.lang);
  const client = useQueryClient();
  const [state, setState] = useState<ImportState>({ step: 'idle' });
  const [dragging, setDragging] = useState(false);
  /** The stored register a chosen file will be a new version of (null: a new register). */
  const [target, setTarget] = useState<RegisterMeta | null>(null);
  const session = useRef<ImportSession | null>(null);
  const fileInput = useRef<HTMLInputElement | null>(null);
  const chooseButton = useRef<HTMLButtonElement | null>(null);
  const doneRef = useRef<HTMLParagraphElement | null>(null);

  useEffect(function closeTheWorker() {
    return () => session.current?.close();
  }, []);

  // While the dialog is open its list follows imports and deletions made in other tabs.
  useEffect(() => followRegisterChanges(client), [client]);

  useEffect(
    function focusImport() {
      if (startWith !== 'import') return;
      chooseButton.current?.scrollIntoView({ block: 'center' });
      chooseButton.current?.focus();
    },
    [startWith],
  );

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
        setState((s) => (s.step === 'checked' ? { summary: s.summary, step: 'checked', saving: m.phase === 'save', ...(m.phase === 'save' ? {} : s.saveFailed ? { saveFailed: s.saveFailed } : {}) } : { step: 'working', phase: m.phase, done: m.done, total: m.total }));
        return;
      case 'checked':
        setState({ step: 'checked', summary: m.summary, saving: false });
        return;
      case 'failed':
        setState({ step: 'failed', code: m.code, detail: m.detail });
        return;
      case 'save-failed':
        // The checked import stays on screen, so the user can free space and save again.
        setState((s) => (s.step === 'checked' ? { ...s, saving: false, saveFailed: m } : s));
        return;
      case 'saved':
        setState((s) => (s.step === 'checked' ? { step: 'saved', summary: s.summary, meta: m.meta, version: m.version, ms: m.ms } : s));
        void client.invalidateQueries({ queryKey: ['registers'] });
        setTarget(null);
        setData(dataIdOf(m.meta.id, m.version));
        return;
      case 'list-csv': {
        const { blob, which, fileName } = m;
        void import('../../export/files').then(({ saveBlob }) => saveBlob(`register-${which}_${baseName(fileName)}.csv`, blob));
        return;
      }
      case 'site-loaded':
        return;
    }
  };

  const readFile = (file: File | undefined) => {
    if (!file) return;
    session.current?.close();
    session.current = startImportSession(onMessage);
    setState({ step: 'working', phase: 'read', done: 0, total: file.size });
    session.current.read(file, target?.id ?? null);
  };

  const chooseUpdate = (meta: RegisterMeta) => {
    setTarget(meta);
    fileInput.current?.click();
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    readFile(e.dataTransfer.files[0]);
  };

  const template = (lang: 'zh' | 'en') => void downloadText(`register-template_${lang}.csv`, [FIELDS.map((f) => TEMPLATE_HEADERS[lang][f])]);

  const downloadList: ListDownload = (which, header) => session.current?.listCsv(which, i18n.lang, header);

  const busy = state.step === 'working';

  return (
    <Modal title={t.data.title} closeLabel={t.data.close} onClose={onClose} className="data-dialog" closeOnBackdrop={!busy} {...(startWith === 'import' ? { initialFocus: chooseButton } : {})}>
      <p>{t.data.intro}</p>
      <Datasets i18n={i18n} m={m} onUpdate={chooseUpdate} />
      <SiteRegisters i18n={i18n} m={m} />
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
          {target ? (
            <p data-update-target={target.id}>
              {m.updateLabel(target.name)}{' '}
              <button type="button" onClick={() => setTarget(null)}>
                {t.data.cancel}
              </button>
            </p>
          ) : null}
          <button type="button" className="primary" disabled={busy} ref={chooseButton} data-choose-file="" onClick={() => fileInput.current?.click()}>
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
          <summary>{m.rulesTitle}</summary>
          <ul>
            {m.rules.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </details>
        <div aria-live="polite">
          {state.step === 'working' ? <Progress state={state} i18n={i18n} /> : null}
          {state.step === 'failed' ? (
            <p role="alert" className="import-error" data-import-failed={state.code}>
              {m.failed[state.code]} {state.code === 'limit' ? limitText(m, state.detail, i18n.count) : state.detail ? `(${state.detail})` : ''} {t.data.unchanged}
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
              {t.data.imported(state.meta.name, state.meta.rows, seconds(state.summary.ms.read + state.summary.ms.parse + state.summary.ms.check + state.ms, i18n, m))}
              {state.version > 1 ? ` ${m.savedVersion(state.meta.name, state.version)}` : ''}
            </p>
          ) : null}
        </div>
        {state.step === 'checked' ? (
          <Checked
            key={state.summary.fileName}
            summary={state.summary}
            i18n={i18n}
            m={m}
            saving={state.saving}
            onSettings={(settings) => session.current?.settings(settings)}
            onSave={(name) => session.current?.save(name)}
            onDownload={downloadList}
            {...(state.saveFailed ? { saveFailed: { reason: state.saveFailed.reason, text: m.saveFailed[state.saveFailed.reason](state.saveFailed.name, state.saveFailed.version, i18n.count(state.saveFailed.rows)) } } : {})}
          />
        ) : null}
        {state.step === 'saved' ? (
          <section aria-labelledby="import-recon-title">
            <h3 id="import-recon-title">{t.data.reconTitle}</h3>
            <p>{t.data.reconIntro}</p>
            <ReconciliationTable lines={state.summary.reconciliation} i18n={i18n} />
            {state.summary.errorsTotal > 0 ? <RejectedRows summary={state.summary} i18n={i18n} m={m} onDownload={downloadList} /> : null}
          </section>
        ) : null}
      </section>
    </Modal>
  );
}
