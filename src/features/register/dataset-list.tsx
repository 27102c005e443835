/**
 * The datasets this browser holds: the published figures and every stored register with its
 * versions — show one, start an update, delete a version or the register (confirmed inline).
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { I18n } from '../../i18n/i18n';
import type { ImportMessages } from '../../i18n/import-messages';
import { dataIdOf, parseDataId, registersQueryOptions, removeRegister } from '../../queries/registers';
import { versionsOf, type RegisterMeta } from '../../storage/registers';
import { setData, useViewStore } from '../../stores/view-store';
import { DamagedIndex } from './damaged-index';

/** Which register (and version) the view shows, from the data id. */
function shownOf(active: string | null): { register: string | null; version: number | null } {
  if (active === null) return { register: null, version: null };
  const p = parseDataId(active);
  return p.kind === 'site' ? { register: active, version: null } : { register: p.register, version: p.version };
}

/** An inline "delete …?" with the delete and cancel buttons (nothing is deleted on a single click). */
function Confirm({ question, attr, m, onConfirm, onCancel }: { question: string; attr: string; m: ImportMessages; onConfirm: () => void; onCancel: () => void }) {
  return (
    <span className="dataset-confirm" role="group" aria-label={question}>
      {question}{' '}
      <button type="button" className="danger" {...{ [attr]: '' }} onClick={onConfirm}>
        {m.dialog.remove}
      </button>
      <button type="button" onClick={onCancel}>
        {m.dialog.cancel}
      </button>
    </span>
  );
}

function RegisterItem({ meta, i18n, m, onUpdate }: { meta: RegisterMeta; i18n: I18n; m: ImportMessages; onUpdate: (meta: RegisterMeta) => void }) {
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
      if (version !== null) setStatus(m.dialog.removed(`${meta.name} · ${m.version(version)}`));
    } catch (e) {
      setStatus(m.dialog.storageFailed(e instanceof Error ? e.message : String(e)));
    }
  };
  return (
    <li data-dataset={meta.id} aria-current={shown.register === meta.id ? 'true' : undefined}>
      <span className="dataset-name">{meta.name}</span>
      <span className="dataset-meta">
        {meta.fileName} · {m.dialog.rows(meta.rows)}
        {meta.rejected > 0 ? ` · ${m.dialog.rejected(meta.rejected)}` : ''} · {m.dialog.importedOn(date(meta.importedAt))}
      </span>
      {shown.register === meta.id && isShown(latest) ? <span className="dataset-shown">{m.dialog.shown}</span> : <button type="button" onClick={() => setData(dataIdOf(meta.id, latest))}>{m.dialog.show}</button>}
      <button type="button" data-update={meta.id} onClick={() => onUpdate(meta)}>
        {m.updateButton}
      </button>
      {confirming === 'all' ? (
        <Confirm question={m.dialog.confirmRemove(meta.name)} attr="data-confirm-delete" m={m} onConfirm={() => void remove(null)} onCancel={() => setConfirming(null)} />
      ) : (
        <button type="button" data-delete={meta.id} onClick={() => setConfirming('all')}>
          {m.dialog.remove}
        </button>
      )}
      {versions.length > 1 ? (
        <details className="dataset-versions" open>
          <summary>{`${m.versions} (${versions.length})`}</summary>
          <ul>
            {[...versions].reverse().map((v) => (
              <li key={v.version} data-version={v.version} aria-current={isShown(v.version) ? 'true' : undefined}>
                <span>{`${m.version(v.version)}${v.version === latest ? ` · ${m.latest}` : ''} · ${v.fileName} · ${m.dialog.rows(v.rows)} · ${date(v.importedAt)}`}</span>{' '}
                {isShown(v.version) ? <span className="dataset-shown">{m.dialog.shown}</span> : <button type="button" data-show-version={v.version} onClick={() => setData(dataIdOf(meta.id, v.version))}>{m.dialog.show}</button>}
                {confirming === v.version ? (
                  <Confirm question={m.confirmDeleteVersion(meta.name, v.version)} attr="data-confirm-delete-version" m={m} onConfirm={() => void remove(v.version)} onCancel={() => setConfirming(null)} />
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

export function Datasets({ i18n, m, onUpdate }: { i18n: I18n; m: ImportMessages; onUpdate: (meta: RegisterMeta) => void }) {
  const { t } = i18n;
  const registers = useQuery(registersQueryOptions());
  const active = useViewStore((s) => s.data);
  return (
    <section aria-labelledby="datasets-title">
      <h3 id="datasets-title">{m.dialog.datasets}</h3>
      <DamagedIndex i18n={i18n} />
      <ul className="dataset-list" data-datasets="">
        <li data-dataset="published" aria-current={active === null ? 'true' : undefined}>
          <span className="dataset-name">{t.data.published}</span>
          {active === null ? <span className="dataset-shown">{m.dialog.shown}</span> : <button type="button" onClick={() => setData(null)}>{m.dialog.show}</button>}
        </li>
        {(registers.data ?? []).map((meta) => (
          <RegisterItem key={meta.id} meta={meta} i18n={i18n} m={m} onUpdate={onUpdate} />
        ))}
      </ul>
      {registers.error ? <p role="alert">{m.dialog.storageFailed(registers.error.message)}</p> : null}
      <p className="chart-note">{m.dialog.storageNote}</p>
    </section>
  );
}

