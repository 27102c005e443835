/**
 * The progress panel `[data-chart="progress"]`: what happened after the signing. On the
 * published figures it shows the only published follow-through (S12, city-wide); on a register
 * it shows the register's own stages (progress-register.tsx).
 */
import { Suspense, useId, useRef } from 'react';
import { ExportMenu, type PanelExport } from '../../components/export-menu';
import { Loading } from '../../components/loading';
import { usePresenting } from '../../components/use-present';
import type { Dataset } from '../../data/types';
import { progressSource } from '../../domain/basis-policy';
import type { View } from '../../domain/engine';
import { useI18n } from '../../i18n/i18n';
import { FollowThrough } from './follow-through';
import { preloadable } from '../../components/preloadable';
import { progressMessages } from '../../i18n/progress-messages';

const RegisterProgress = preloadable(() => import('./progress-register'), (m) => m.RegisterProgress);
const RegisterMonthly = preloadable(() => import('./progress-register'), (m) => m.RegisterMonthly);

export function ProgressPanel({ view, dataset }: { view: View; dataset: Dataset }) {
  const i18n = useI18n();
  const p = progressMessages(i18n.lang).panel;
  const presenting = usePresenting();
  const titleId = useId();
  const sectionRef = useRef<HTMLElement | null>(null);
  const source = progressSource(dataset);
  if (source.from === 'rows') {
    return (
      <Suspense fallback={<Loading />}>
        <RegisterProgress view={view} dataset={source.dataset} followThrough={source.followThrough} />
      </Suspense>
    );
  }
  const ft = source.followThrough;
  const c = p.columns;
  const exportSpec: PanelExport = {
    panel: 'progress',
    title: p.title,
    measure: null,
    basis: `${i18n.t.basis.published}${i18n.t.punct.next}${p.followScope}`,
    sources: () => [ft.projects.source, ft.sharePercent.source, ft.fundsInPlace.source],
    table: () => ({
      columns: [c.figure, c.value, c.scope, i18n.t.exportUi.columns.source],
      rows: [
        [p.followProjects, ft.projects.value, p.followTitle, `${ft.projects.source.id} ${ft.projects.source.locator}`],
        [`${p.followShare} (%)`, ft.sharePercent.value, p.followTitle, `${ft.sharePercent.source.id} ${ft.sharePercent.source.locator}`],
        [`${p.followFunds} (亿元)`, ft.fundsInPlace.value, p.followTitle, `${ft.fundsInPlace.source.id} ${ft.fundsInPlace.source.locator}`],
      ],
    }),
    node: () => sectionRef.current,
  };
  return (
    <section className="chart progress-panel" data-chart="progress" data-chart-mode="published" aria-labelledby={titleId} ref={sectionRef}>
      <div className="chart-head">
        <h3 id={titleId}>{p.title}</h3>
        {presenting ? null : <ExportMenu spec={exportSpec} i18n={i18n} />}
      </div>
      <FollowThrough followThrough={ft} i18n={i18n} filtersActive={view.active.length > 0} />
      {presenting ? null : <p className="chart-note progress-hint">{p.followRegisterHint}</p>}
    </section>
  );
}

/** Month over month on its own (a presentation scene): a register's comparison with its previous report. */
export function MonthlyPanel({ view, dataset }: { view: View; dataset: Dataset }) {
  const i18n = useI18n();
  const source = progressSource(dataset);
  if (source.from !== 'rows') {
    return (
      <section className="chart progress-panel" data-chart="monthly">
        <h3>{progressMessages(i18n.lang).month.title}</h3>
        <p className="chart-note">{progressMessages(i18n.lang).month.unavailable}</p>
      </section>
    );
  }
  return (
    <Suspense fallback={<Loading />}>
      <RegisterMonthly view={view} dataset={source.dataset} />
    </Suspense>
  );
}
