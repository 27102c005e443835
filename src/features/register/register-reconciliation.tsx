/**
 * The register's totals next to the published ones, as a section of the dashboard while a
 * register is on screen (a chunk of its own: it is never needed for the published figures).
 */
import { useMemo, useRef } from 'react';
import { ExportMenu, type PanelExport } from '../../components/export-menu';
import { DATASET } from '../../data/dataset';
import { LOC, sourceRef } from '../../data/locators';
import type { Dataset } from '../../data/types';
import { reconcile, type ReconciliationLine } from '../../domain/register/reconcile';
import { currentRows } from '../../domain/current-rows';
import { useI18n, type I18n } from '../../i18n/i18n';
import { valueLabel } from '../../i18n/labels';
import { ReconciliationTable } from './reconciliation';

const round1 = (n: number) => Math.round(n * 10) / 10;

/** The reconciliation as an export table (CSV/XLSX): numbers as numbers, "not published" as an empty cell. */
function reconExport(lines: readonly ReconciliationLine[], dataset: Dataset, i18n: I18n): Omit<PanelExport, 'node'> {
  const { t } = i18n;
  const c = t.data.reconColumns;
  const label = (l: ReconciliationLine): [string, string] => {
    if (l.dimension === 'total') return [t.data.reconTotal, t.data.reconTotal];
    return [t.dimension[l.dimension], valueLabel(l.dimension, l.key, i18n)];
  };
  return {
    panel: 'reconciliation',
    title: t.data.reconTitle,
    measure: null,
    basis: `${t.basis.complete} / ${t.basis.published}${t.punct.next}${t.data.reconIntro}`,
    sources: () => [{ id: 'R', locator: i18n.pick(dataset.title) }, sourceRef('S1', LOC.body), sourceRef('S1', LOC.shudu), sourceRef('S3', { zh: '现场签约', en: 'venue signing' })],
    table: () => ({
      columns: [c.dimension, c.key, `${c.projects} · ${c.published}`, `${c.projects} · ${c.register}`, `${c.projects} · ${c.difference}`, `${c.amount} · ${c.published}`, `${c.amount} · ${c.register}`, `${c.amount} · ${c.difference}`],
      rows: lines.map((l) => {
        const pa = l.published.amount;
        return [...label(l), l.published.projects, l.register.projects, l.register.projects - l.published.projects, pa, round1(l.register.amount), pa === null ? null : round1(l.register.amount - pa)];
      }),
    }),
  };
}

/** The register's totals next to the published ones; only while a register is on screen. */
export function RegisterReconciliation({ dataset }: { dataset: Dataset }) {
  const i18n = useI18n();
  const lines = useMemo(() => reconcile(currentRows(dataset.projects), DATASET), [dataset]);
  const ref = useRef<HTMLDivElement | null>(null);
  const spec: PanelExport = { ...reconExport(lines, dataset, i18n), node: () => ref.current };
  return (
    <div className="register-recon" ref={ref} data-panel="reconciliation">
      <div className="panel-tools">
        <p>{i18n.t.data.reconIntro}</p>
        <ExportMenu spec={spec} i18n={i18n} />
      </div>
      <ReconciliationTable lines={lines} i18n={i18n} />
    </div>
  );
}
