/**
 * Data and import: the datasets this browser holds (the published figures and any imported
 * registers: show, delete), and importing a register — file picker or drag-and-drop, parsing
 * and checking in a worker with a progress bar, the column mapping, every rejected row with
 * its reason (downloadable as CSV), the reconciliation with the published figures, and saving
 * to IndexedDB. A file that cannot be read leaves the data on screen as it was. The import's
 * state is import-session.ts (a reducer), wired to the worker by useImportSession.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type DragEvent } from 'react';
import { Modal } from '../../components/modal';
import { FIELDS, TEMPLATE_HEADERS } from '../../domain/register/fields';
import { useI18n } from '../../i18n/i18n';
import { importMessages } from '../../i18n/import-messages';
import { followRegisterChanges } from '../../queries/register-errors';
import type { RegisterMeta } from '../../storage/registers';
import { Datasets } from './dataset-list';
import { Checked, downloadText, RejectedRows, type ListDownload } from './import-steps';
import { ImportStatus } from './import-status';
import { ReconciliationTable } from './reconciliation';
import { SiteRegisters } from './site-registers';
import { saveBlockers, unitWarnings } from './import-session';
import { useImportSession } from './use-import-session';

/** `startWith: 'import'` opens the dialog at its import section, the file chooser focused. */
export function DataDialog({ onClose, startWith }: { onClose: () => void; startWith?: 'import' }) {
  const i18n = useI18n();
  const { t } = i18n;
  const m = importMessages(i18n.lang);
  const client = useQueryClient();
  const session = useImportSession();
  const { import: state, target } = session.state;
  const [dragging, setDragging] = useState(false);
  const fileInput = useRef<HTMLInputElement | null>(null);
  const chooseButton = useRef<HTMLButtonElement | null>(null);
  const doneRef = useRef<HTMLParagraphElement | null>(null);

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

  const readFile = session.readFile;

  const chooseUpdate = (meta: RegisterMeta) => {
    session.setTarget(meta);
    fileInput.current?.click();
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    readFile(e.dataTransfer.files[0]);
  };

  const template = (lang: 'zh' | 'en') => void downloadText(`register-template_${lang}.csv`, [FIELDS.map((f) => TEMPLATE_HEADERS[lang][f])]);

  const downloadList: ListDownload = (which, header) => session.listCsv(which, i18n.lang, header);

  const busy = state.step === 'working';

  return (
    <Modal title={m.dialog.title} closeLabel={m.dialog.close} onClose={onClose} className="data-dialog" closeOnBackdrop={!busy} {...(startWith === 'import' ? { initialFocus: chooseButton } : {})}>
      <p>{m.dialog.intro}</p>
      <Datasets i18n={i18n} m={m} onUpdate={chooseUpdate} />
      <SiteRegisters i18n={i18n} m={m} />
      <section aria-labelledby="import-title">
        <h3 id="import-title">{m.dialog.importTitle}</h3>
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
              <button type="button" onClick={() => session.setTarget(null)}>
                {m.dialog.cancel}
              </button>
            </p>
          ) : null}
          <button type="button" className="primary" disabled={busy} ref={chooseButton} data-choose-file="" onClick={() => fileInput.current?.click()}>
            {m.dialog.choose}
          </button>
          <span>{dragging ? m.dialog.dropActive : m.dialog.drop}</span>
          <input
            ref={fileInput}
            type="file"
            className="visually-hidden"
            tabIndex={-1}
            aria-label={m.dialog.choose}
            accept=".csv,.txt,.xlsx,.json,text/csv,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            data-register-file=""
            onChange={(e) => {
              readFile(e.target.files?.[0]);
              e.target.value = '';
            }}
          />
        </div>
        <div className="import-templates">
          <span>{m.dialog.templates}:</span>
          <button type="button" data-template="zh" onClick={() => template('zh')}>
            {m.dialog.templateZh}
          </button>
          <button type="button" data-template="en" onClick={() => template('en')}>
            {m.dialog.templateEn}
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
        <ImportStatus state={state} i18n={i18n} m={m} doneRef={doneRef} />
        {state.step === 'checked' ? (
          <Checked
            key={state.summary.fileName}
            summary={state.summary}
            i18n={i18n}
            m={m}
            saving={state.saving}
            onSettings={session.settings}
            onSave={session.save}
            onDownload={downloadList}
            confirm={session.state.confirm}
            unitsConfirmed={session.state.confirm.units !== null && session.state.confirm.units === unitWarnings(state.summary)}
            blockers={saveBlockers(session.state)}
            onConfirmUnits={session.confirmUnits}
            onDuplicates={session.chooseDuplicates}
            onFullList={session.setFullList}
            {...(state.saveFailed ? { saveFailed: { reason: state.saveFailed.reason, text: m.saveFailed[state.saveFailed.reason](state.saveFailed.name, state.saveFailed.version, i18n.count(state.saveFailed.rows)) } } : {})}
          />
        ) : null}
        {state.step === 'saved' ? (
          <section aria-labelledby="import-recon-title">
            <h3 id="import-recon-title">{t.data.reconTitle}</h3>
            {state.meta.fullList2021 === true ? (
              <>
                <p>{t.data.reconIntro}</p>
                <ReconciliationTable lines={state.summary.reconciliation} i18n={i18n} />
              </>
            ) : (
              <p className="chart-note" data-recon-skipped="">
                {m.reconSkipped}
              </p>
            )}
            {state.summary.errorsTotal > 0 ? <RejectedRows summary={state.summary} i18n={i18n} m={m} onDownload={downloadList} /> : null}
          </section>
        ) : null}
      </section>
    </Modal>
  );
}
