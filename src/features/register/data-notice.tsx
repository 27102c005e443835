/**
 * What the page says when the dataset a link names cannot be shown: a register this browser
 * does not hold, one that failed to load, or one whose stored rows are damaged (repair or
 * delete). Its own chunk, fetched only when there is such a problem (the header's "Data: …"
 * button is data-button.tsx).
 */
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import { setData } from '../../stores/view-store';
import { isDatasetKeyOf, queryKeys } from '../../queries/keys';
import { loadChunk } from '../../components/load-chunk';
import { importMessages } from '../../i18n/import-messages';
import { safetyMessages } from '../../i18n/safety-messages';

/** The fields of storage's DamagedRegisterError, read by name (the storage code loads lazily). */
interface Damaged {
  id: string;
  version: number;
  check: { rows: number; badRows: number; problems: string[] };
}

function damagedOf(error: Error): Damaged | null {
  return error.name === 'DamagedRegisterError' && 'check' in error ? (error as unknown as Damaged) : null;
}

/** A stored register whose rows fail the schema check: said, never shown; repair or delete. */
function DamagedNotice({ damaged }: { damaged: Damaged }) {
  const { t, lang } = useI18n();
  const safetyText = safetyMessages(lang);
  const client = useQueryClient();
  const [done, setDone] = useState<string | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const kept = damaged.check.rows - damaged.check.badRows;
  const refresh = async () => {
    // Read again (not just forgotten): the query on screen is the one that failed, and it must
    // load the repaired rows now, not on the next reload.
    await client.invalidateQueries({ predicate: (q) => isDatasetKeyOf(q.queryKey, damaged.id) });
    await client.invalidateQueries({ queryKey: queryKeys.registers() });
  };
  const repair = async () => {
    try {
      const { repairRegister } = await loadChunk(() => import('../../storage/registers'));
      const r = await repairRegister(damaged.id, damaged.version);
      setDone(safetyText.repaired(r.kept, r.dropped));
      await refresh();
    } catch (e) {
      setFailed(e instanceof Error ? e.message : String(e));
    }
  };
  const remove = async () => {
    try {
      setData(null);
      const { removeRegister } = await loadChunk(() => import('../../queries/registers'));
      await removeRegister(client, damaged.id);
    } catch (e) {
      setFailed(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <div className="notice data-notice" role="alert" data-data-notice="damaged">
      <strong>{safetyText.damagedTitle}</strong>
      <p>{safetyText.damagedBody(damaged.id, damaged.check.badRows, damaged.check.rows)}</p>
      <ul className="damaged-problems">
        {damaged.check.problems.slice(0, 5).map((p) => (
          <li key={p}>
            <code>{p}</code>
          </li>
        ))}
      </ul>
      {done ? <p role="status">{done}</p> : null}
      {failed ? <p role="alert">{failed}</p> : null}
      <div className="notice-actions">
        {kept > 0 ? (
          <button type="button" data-repair-register="" onClick={() => void repair()}>
            {safetyText.repair(kept)}
          </button>
        ) : null}
        <button type="button" data-delete-damaged="" onClick={() => void remove()}>
          {safetyText.deleteRegister}
        </button>
        <button type="button" onClick={() => setData(null)}>
          {t.data.showPublished}
        </button>
      </div>
    </div>
  );
}

export function DataNotice({ problem, onImport }: { problem: { id: string; error: Error } | null; onImport: () => void }) {
  const { t, lang } = useI18n();
  const st = importMessages(lang).storage;
  if (!problem) return null;
  const damaged = damagedOf(problem.error);
  if (damaged) return <DamagedNotice damaged={damaged} />;
  const missing = problem.error.name === 'RegisterMissingError';
  const site = problem.id.startsWith('site:');
  // A site register the site lists whose file is missing on the server (RegisterMissingError.file).
  const file = missing && 'file' in problem.error && typeof problem.error.file === 'string' ? problem.error.file : null;
  return (
    <div className="notice data-notice" role="alert" data-data-notice={missing ? 'missing' : 'failed'}>
      {missing ? <strong>{site ? st.siteMissingTitle : t.data.missingTitle}</strong> : null}
      <p {...(file !== null ? { 'data-missing-file': file } : {})}>
        {file !== null ? st.siteFileMissing(problem.id, file) : missing ? (site ? t.data.siteMissingBody(problem.id) : t.data.missingBody(problem.id)) : site ? st.siteLoadFailed(problem.id, problem.error.message) : t.data.loadFailed(problem.id, problem.error.message)}
      </p>
      <div className="notice-actions">
        <button type="button" onClick={onImport}>
          {t.data.openImport}
        </button>
        <button type="button" onClick={() => setData(null)}>
          {t.data.showPublished}
        </button>
      </div>
    </div>
  );
}
