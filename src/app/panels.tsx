/**
 * Panel plumbing shared by the explore and present layouts: a region with its own error
 * boundary, a loading/error wrapper around the engine's view, and the panel registry that
 * maps a panel id (as scenes name them) to its feature component.
 */
import { lazy, Suspense, type ReactNode } from 'react';
import { Loading } from '../components/loading';
import { PanelBoundary } from '../components/panel-boundary';
import { usePresenting } from '../components/use-present';
import type { View } from '../domain/engine';
import type { PanelId } from '../domain/tour';
import { DistrictMapPanel } from '../features/district-map/district-map-panel';
import { EditionsChart } from '../features/editions-chart/editions-chart';
import { InvestorChart } from '../features/investor-chart/investor-chart';
import { ProjectTable } from '../features/project-table/project-table';
import { SectorChart } from '../features/sector-chart/sector-chart';
import { SigningChart } from '../features/signing-chart/signing-chart';
import { SizeChart } from '../features/size-chart/size-chart';
import { useI18n } from '../i18n/i18n';
import { useDataset } from '../queries/dataset';
import { useView } from '../queries/view';

// The progress panels sit below the first screen: their code is fetched when they mount.
const ProgressPanel = lazy(() => import('../features/progress/progress-panel').then((m) => ({ default: m.ProgressPanel })));
const MonthlyPanel = lazy(() => import('../features/progress/progress-panel').then((m) => ({ default: m.MonthlyPanel })));

export function Region({ id, title, children, hideTitle = false }: { id: string; title: string; children: ReactNode; hideTitle?: boolean }) {
  const { t } = useI18n();
  return (
    <section className={`region region-${id}`} aria-labelledby={`region-${id}-title`} data-region={id}>
      <h2 id={`region-${id}-title`} className={hideTitle ? 'visually-hidden' : undefined}>
        {title}
      </h2>
      <PanelBoundary name={title} message={t.panelError} detailLabel={t.panelErrorDetail}>
        {children}
      </PanelBoundary>
    </section>
  );
}

/** Renders a panel body once the view is ready, a loading line meanwhile, an error card on failure. */
export function WithView({ render, loading }: { render: (view: View) => ReactNode; loading?: ReactNode }) {
  const { view, isPending, error, refetch } = useView();
  const { t } = useI18n();
  if (error) {
    return (
      <div className="error-card" role="alert">
        <p>{t.loadError}</p>
        <button type="button" onClick={refetch}>
          {t.retry}
        </button>
      </div>
    );
  }
  if (isPending || !view) return loading ?? <Loading />;
  return <>{render(view)}</>;
}

/** A chart is its own panel with its own error boundary; its heading is inside the chart. */
export function ChartPanel({ id, title, render }: { id: string; title: string; render: (view: View) => ReactNode }) {
  const { t } = useI18n();
  return (
    <div className={`panel chart-panel chart-panel-${id}`}>
      <PanelBoundary name={title} message={t.panelError} detailLabel={t.panelErrorDetail}>
        <WithView render={render} />
      </PanelBoundary>
    </div>
  );
}

/** One panel by id, as scenes name them. */
export function PanelById({ id }: { id: PanelId }) {
  const { t } = useI18n();
  const { data } = useDataset();
  const presenting = usePresenting();
  switch (id) {
    case 'map':
      return (
        <Region id="map" title={t.regions.map} hideTitle={presenting}>
          <WithView render={(view) => (data ? <DistrictMapPanel view={view} dataset={data} /> : null)} />
        </Region>
      );
    case 'sector':
      return <ChartPanel id="sector" title={t.chartTitle.sector} render={(view) => (data ? <SectorChart view={view} dataset={data} /> : null)} />;
    case 'investor':
      return <ChartPanel id="investor" title={t.chartTitle.investor} render={(view) => <InvestorChart view={view} />} />;
    case 'size':
      return <ChartPanel id="size" title={t.chartTitle.size} render={(view) => <SizeChart view={view} />} />;
    case 'signing':
      return <ChartPanel id="signing" title={t.chartTitle.signing} render={(view) => (data ? <SigningChart view={view} dataset={data} /> : null)} />;
    case 'editions':
      return <ChartPanel id="editions" title={t.editionsTitle} render={(view) => <EditionsChart editions={view.editions} />} />;
    case 'progress':
      return <ChartPanel id="progress" title={t.regions.progress} render={(view) => (data ? <Suspense fallback={<Loading />}><ProgressPanel view={view} dataset={data} /></Suspense> : null)} />;
    case 'monthly':
      return <ChartPanel id="monthly" title={t.tourEditor.panelName.monthly} render={(view) => (data ? <Suspense fallback={<Loading />}><MonthlyPanel view={view} dataset={data} /></Suspense> : null)} />;
    case 'projects':
      return (
        <Region id="projects" title={t.regions.projects} hideTitle={presenting}>
          <WithView render={(view) => (data ? <ProjectTable view={view} districts={data.districts} register={data.register} /> : null)} />
        </Region>
      );
  }
}
