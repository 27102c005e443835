/**
 * What the header and the page say about the dataset: a "Data: …" button naming the dataset
 * on screen, and the notice shown when a link names a register this browser does not hold.
 */
import { useI18n } from '../../i18n/i18n';
import { useDataset } from '../../queries/dataset';
import { RegisterMissingError } from '../../queries/registers';
import { setData } from '../../stores/view-store';

export function DataButton({ onOpen }: { onOpen: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { data, isPending } = useDataset();
  const name = isPending ? t.loading : data?.kind === 'register' ? i18n.pick(data.title) : t.data.published;
  return (
    <button type="button" className="data-button" data-data-button="" onClick={onOpen}>
      {t.data.button(name)}
    </button>
  );
}

export function DataNotice({ problem, onImport }: { problem: { id: string; error: Error } | null; onImport: () => void }) {
  const { t } = useI18n();
  if (!problem) return null;
  const missing = problem.error instanceof RegisterMissingError;
  return (
    <div className="notice data-notice" role="alert" data-data-notice={missing ? 'missing' : 'failed'}>
      {missing ? <strong>{t.data.missingTitle}</strong> : null}
      <p>{missing ? (problem.id.startsWith('site:') ? t.data.siteMissingBody(problem.id) : t.data.missingBody(problem.id)) : t.data.loadFailed(problem.id, problem.error.message)}</p>
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
