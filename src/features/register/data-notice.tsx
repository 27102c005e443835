/**
 * What the header and the page say about the dataset: a "Data: …" button naming the dataset
 * on screen, the register's reconciliation section, and the notice shown when a link names
 * a register this browser does not hold.
 */
import { useMemo } from 'react';
import { DATASET } from '../../data/dataset';
import type { Dataset } from '../../data/types';
import { reconcile } from '../../domain/register/reconcile';
import { useI18n } from '../../i18n/i18n';
import { useDataset } from '../../queries/dataset';
import { RegisterMissingError } from '../../queries/registers';
import { setData } from '../../stores/view-store';
import { ReconciliationTable } from './reconciliation';

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
      <p>{missing ? t.data.missingBody(problem.id) : t.data.loadFailed(problem.id, problem.error.message)}</p>
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

/** The register's totals next to the published ones; only while a register is on screen. */
export function RegisterReconciliation({ dataset }: { dataset: Dataset }) {
  const i18n = useI18n();
  const lines = useMemo(() => reconcile(dataset.projects, DATASET), [dataset]);
  return (
    <>
      <p>{i18n.t.data.reconIntro}</p>
      <ReconciliationTable lines={lines} i18n={i18n} />
    </>
  );
}
