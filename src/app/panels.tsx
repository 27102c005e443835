/**
 * Panel plumbing shared by the explore and present layouts: a region with its own error
 * boundary, a loading/error wrapper around the engine's view, and the panel registry that
 * maps a panel id (as scenes name them) to its feature component.
 */
import { Suspense, type ReactNode } from 'react';
import { Loading } from '../components/loading';
import { PanelBoundary } from '../components/panel-boundary';
import { usePresenting } from '../components/use-present';
import type { View } from '../domain/engine';
import type { PanelId } from '../domain/tour';
import { preloadable } from '../components/preloadable';
import { useI18n } from '../i18n/i18n';
import { useDataset } from '../queries/dataset';
import { useView } from '../queries/view';

// Each panel's code is its own chunk: a phone fetches only the panels it shows, and a panel
// below the first screen is fetched as it comes near (LazyMount preloads it; preloadPanel).
const DistrictMapPanel = preloadable(() => import('../features/district-map/district-map-panel'), (m) => m.DistrictMapPanel);
const SectorChart = preloadable(() => import('../features/sector-chart/sector-chart'), (m) => m.SectorChart);
const InvestorChart = preloadable(() => import('../features/investor-chart/investor-chart'), (m) => m.InvestorChart);
const SizeChart = preloadable(() => import('../features/size-chart/size-chart'), (m) => m.SizeChart);
const SigningChart = preloadable(() => import('../features/signing-chart/signing-chart'), (m) => m.SigningChart);
const EditionsChart = preloadable(() => import('../features/editions-chart/editions-chart'), (m) => m.EditionsChart);
const ProjectTable = preloadable(() => import('../features/project-table/project-table'), (m) => m.ProjectTable);
const ProgressPanel = preloadable(() => import('../features/progress/progress-panel'), (m) => m.ProgressPanel);
const MonthlyPanel = preloadable(() => import('../features/progress/progress-panel'), (m) => m.MonthlyPanel);

const PANEL_CODE: Record<PanelId, { preload: () => Promise<unknown> }> = {
  // Leaflet is the map panel's own lazy chunk, fetched when the map itself comes near.
  map: DistrictMapPanel,
  sector: SectorChart,
  investor: InvestorChart,
  size: SizeChart,
  signing: SigningChart,
  editions: EditionsChart,
  projects: ProjectTable,
  progress: ProgressPanel,
  monthly: MonthlyPanel,
};

/** Fetch a panel's code ahead of mounting it (a failed fetch is left to the mount to report). */
export function preloadPanel(id: PanelId): Promise<unknown> {
  return PANEL_CODE[id].preload().catch(() => undefined);
}

export function Region({ id, title, children, hideTitle = false }: { id: string; title: string; children: ReactNode; hideTitle?: boolean }) {
  return (
    <section className={`region region-${id}`} aria-labelledby={`region-${id}-title`} data-region={id}>
      <h2 id={`region-${id}-title`} className={hideTitle ? 'visually-hidden' : undefined}>
        {title}
      </h2>
      <PanelBoundary name={title}>
        <Suspense fallback={<Loading />}>{children}</Suspense>
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
  return (
    <div className={`panel chart-panel chart-panel-${id}`}>
      <PanelBoundary name={title}>
        <Suspense fallback={<Loading />}>
          <WithView render={render} />
        </Suspense>
      </PanelBoundary>
    </div>
  );
}

/** One panel by id, as scenes name them. */
export function PanelById({ id }: { id: PanelId }) {
  const i18n = useI18n();
  const { t } = i18n;
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
      return <ChartPanel id="progress" title={t.regions.progress} render={(view) => (data ? <ProgressPanel view={view} dataset={data} /> : null)} />;
    case 'monthly':
      return <ChartPanel id="monthly" title={t.panelName.monthly} render={(view) => (data ? <MonthlyPanel view={view} dataset={data} /> : null)} />;
    case 'projects':
      return (
        <Region id="projects" title={i18n.w.projects} hideTitle={presenting}>
          <WithView render={(view) => (data ? <ProjectTable view={view} dataset={data} /> : null)} />
        </Region>
      );
  }
}
