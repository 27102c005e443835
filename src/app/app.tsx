/**
 * The dashboard shell: header with language switch, URL notice, filter bar, KPIs, the map,
 * breakdowns and project-table regions, and the sources footer. Each panel has its own
 * error boundary so one failure leaves the rest working.
 */
import { useEffect, type ReactNode } from 'react';
import { PanelBoundary } from '../components/panel-boundary';
import type { View } from '../domain/engine';
import { DistrictMapPanel } from '../features/district-map/district-map-panel';
import { EditionsChart } from '../features/editions-chart/editions-chart';
import { FilterBar } from '../features/filter-bar/filter-bar';
import { InvestorChart } from '../features/investor-chart/investor-chart';
import { KpiCards, KpiSkeleton } from '../features/kpis/kpi-cards';
import { ProjectTable } from '../features/project-table/project-table';
import { SectorChart } from '../features/sector-chart/sector-chart';
import { SigningChart } from '../features/signing-chart/signing-chart';
import { SizeChart } from '../features/size-chart/size-chart';
import { SourcesList } from '../features/sources/sources-footer';
import { DroppedNotice } from '../features/url-notice/dropped-notice';
import { useDocumentLanguage, useI18n } from '../i18n/i18n';
import { useDataset } from '../queries/dataset';
import { useView } from '../queries/view';
import { setLang, useViewStore } from '../stores/view-store';

function Region({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <section className={`region region-${id}`} aria-labelledby={`region-${id}-title`} data-region={id}>
      <h2 id={`region-${id}-title`}>{title}</h2>
      <PanelBoundary name={title} message={t.panelError} detailLabel={t.panelErrorDetail}>
        {children}
      </PanelBoundary>
    </section>
  );
}

/** A chart is its own panel with its own error boundary; its heading is inside the chart. */
function ChartRegion({ id, title, render }: { id: string; title: string; render: (view: View) => ReactNode }) {
  const { t } = useI18n();
  return (
    <div className={`panel chart-panel chart-panel-${id}`}>
      <PanelBoundary name={title} message={t.panelError} detailLabel={t.panelErrorDetail}>
        <WithView render={render} />
      </PanelBoundary>
    </div>
  );
}

function LanguageSwitch() {
  const { t, lang } = useI18n();
  return (
    <div className="lang-switch" role="group" aria-label={t.langSwitch}>
      <button type="button" lang="zh-CN" aria-pressed={lang === 'zh-CN'} onClick={() => setLang('zh-CN')}>
        {t.langName.zh}
      </button>
      <button type="button" lang="en" aria-pressed={lang === 'en'} onClick={() => setLang('en')}>
        {t.langName.en}
      </button>
    </div>
  );
}

/** Renders a panel body once the view is ready, a loading line meanwhile, an error card on failure. */
function WithView({ render, loading }: { render: (view: View) => ReactNode; loading?: ReactNode }) {
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
  if (isPending || !view) {
    return (
      loading ?? (
        <p className="loading" role="status">
          {t.loading}
        </p>
      )
    );
  }
  return <>{render(view)}</>;
}

function SourcesFooter() {
  const { data } = useDataset();
  const { t } = useI18n();
  return (
    <footer className="sources-footer" aria-labelledby="sources-title">
      <h2 id="sources-title">{t.sourcesTitle}</h2>
      {data ? <SourcesList dataset={data} /> : <p role="status">{t.loading}</p>}
    </footer>
  );
}

export function App() {
  useDocumentLanguage();
  const { t } = useI18n();
  const mode = useViewStore((s) => s.mode);
  const { data } = useDataset();
  useEffect(
    function syncHtmlMode() {
      document.documentElement.dataset.mode = mode;
    },
    [mode],
  );
  return (
    <div className="app" data-mode={mode}>
      <a className="skip-link" href="#main">
        {t.skipToContent}
      </a>
      <header className="app-header">
        <div>
          <h1>{t.appTitle}</h1>
          <p className="subtitle">{t.appSubtitle}</p>
        </div>
        <LanguageSwitch />
      </header>
      <main id="main" tabIndex={-1}>
        <DroppedNotice />
        <Region id="filters" title={t.regions.filters}>
          <WithView render={(view) => <FilterBar view={view} />} />
        </Region>
        <Region id="kpis" title={t.regions.kpis}>
          <WithView render={(view) => <KpiCards view={view} />} loading={<KpiSkeleton />} />
        </Region>
        <div className="grid">
          <Region id="map" title={t.regions.map}>
            <WithView render={(view) => (data ? <DistrictMapPanel view={view} dataset={data} /> : null)} />
          </Region>
          <div className="charts" data-region="charts">
            <ChartRegion id="sector" title={t.chartTitle.sector} render={(view) => (data ? <SectorChart view={view} dataset={data} /> : null)} />
            <ChartRegion id="investor" title={t.chartTitle.investor} render={(view) => <InvestorChart view={view} />} />
            <ChartRegion id="size" title={t.chartTitle.size} render={(view) => <SizeChart view={view} />} />
            <ChartRegion id="signing" title={t.chartTitle.signing} render={(view) => (data ? <SigningChart view={view} dataset={data} /> : null)} />
            <ChartRegion id="editions" title={t.editionsTitle} render={(view) => <EditionsChart editions={view.editions} />} />
          </div>
        </div>
        <Region id="projects" title={t.regions.projects}>
          <WithView render={(view) => (data ? <ProjectTable view={view} districts={data.districts} /> : null)} />
        </Region>
      </main>
      <SourcesFooter />
    </div>
  );
}
