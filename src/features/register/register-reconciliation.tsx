/**
 * The register's totals next to the published ones, as a section of the dashboard while a
 * register is on screen (a chunk of its own: it is never needed for the published figures).
 */
import { useMemo } from 'react';
import { DATASET } from '../../data/dataset';
import type { Dataset } from '../../data/types';
import { reconcile } from '../../domain/register/reconcile';
import { useI18n } from '../../i18n/i18n';
import { ReconciliationTable } from './reconciliation';

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
