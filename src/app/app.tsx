/**
 * The dashboard shell. Explore mode: header (language, Present, Tour), URL notice, filter bar,
 * KPIs, the map, the charts, the project table and the sources footer. Present mode: the
 * conference-screen layout. Each panel has its own error boundary.
 */
import { Suspense, useEffect, useState, type ReactNode } from 'react';
import { FilterBar } from '../features/filter-bar/filter-bar';
import { PageActions, usePageExports } from '../features/share/page-actions';
import { ShareButton } from '../features/share/share-button';
import { KpiCards, KpiSkeleton } from '../features/kpis/kpi-cards';
import { SourcesList } from '../features/sources/sources-footer';
import { DataButton, useDatasetName } from '../features/register/data-button';
import { useSaveOutcome } from '../features/register/save-outcome';
import { switchLanguage, useDocumentLanguage, useI18n } from '../i18n/i18n';
import { LANGS } from '../i18n/catalogs';
import { showsReconciliation } from '../domain/basis-policy';
import { LazyMount } from '../components/lazy-mount';
import { DialogBoundary, LayoutBoundary } from '../components/panel-boundary';
import { preloadable } from '../components/preloadable';
import { useNarrow } from '../components/use-narrow';
import { useDataset } from '../queries/dataset';
import { useShownFilters } from '../queries/view';
import { useSceneCount } from '../stores/scene-count';
import { screenShowsState } from '../stores/url-sync';
import { setMode, setScene, useViewStore } from '../stores/view-store';
import { useDataProblem } from './active-dataset';
import { PanelById, preloadPanel, Region, WithView } from './panels';
import { ToolsMenu } from './tools-menu';
import { UpdatePrompt } from './update-prompt';
import { ViewSentence } from './view-sentence';

// Mode-specific code loads when it is needed, through the one loader (a failure is a message with Retry).
const PresentLayout = preloadable(() => import('./present-layout'), (m) => m.PresentLayout);
const TourEditor = preloadable(() => import('../features/presentation/tour-editor'), (m) => m.TourEditor);
const ShareDialog = preloadable(() => import('../features/share/share-dialog'), (m) => m.ShareDialog);
const RegisterReconciliation = preloadable(() => import('../features/register/register-reconciliation'), (m) => m.RegisterReconciliation);
const DataDialog = preloadable(() => import('../features/register/data-dialog'), (m) => m.DataDialog);
const SaveOutcomeNotice = preloadable(() => import('../features/register/save-outcome-notice'), (m) => m.SaveOutcomeNotice);
// Said only when a link had values the app dropped, or names a dataset that cannot be shown.
const DroppedNotice = preloadable(() => import('../features/url-notice/dropped-notice'), (m) => m.DroppedNotice);
const DataNotice = preloadable(() => import('../features/register/data-notice'), (m) => m.DataNotice);

// Panels below the first screen mount when they come near it (components/lazy-mount.tsx).
const CHARTS = ['sector', 'investor', 'size', 'signing', 'editions'] as const;
/** Stable preload functions per panel (LazyMount fetches the code before mounting). */
const PRELOAD = Object.fromEntries((['map', ...CHARTS, 'progress', 'projects'] as const).map((id) => [id, () => preloadPanel(id)])) as Record<'map' | (typeof CHARTS)[number] | 'progress' | 'projects', () => Promise<unknown>>;

function LanguageSwitch() {
  const { t, lang } = useI18n();
  return (
    <div className="lang-switch" role="group" aria-label={t.langSwitch}>
      {LANGS.map((each) => (
        <button key={each} type="button" lang={each} aria-pressed={each === lang} onClick={() => switchLanguage(each)}>
          {t.langName[each]}
        </button>
      ))}
    </div>
  );
}

function startPresenting(index = 0): void {
  setScene(index + 1);
  setMode('present');
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

function ExploreLayout() {
  const i18n = useI18n();
  const { t } = i18n;
  const [editing, setEditing] = useState(false);
  const [sharing, setSharing] = useState(false);
  /** The data dialog: closed, open at the top, or open at its import section (the header's import control). */
  const [dataDialog, setDataDialog] = useState<null | 'datasets' | 'import'>(null);
  const problem = useDataProblem();
  // A save that outlived the data dialog: its notice's code loads only then.
  const saveOutcome = useSaveOutcome((st) => st.outcome !== null);
  const { data } = useDataset();
  const dataName = useDatasetName();
  const pageExports = usePageExports();
  const narrow = useNarrow();
  const sceneCount = useSceneCount();
  const hasDropped = useViewStore((s) => s.dropped.length > 0);
  const filters = (
    <Region key="filters" id="filters" title={t.regions.filters}>
      <WithView render={(view) => <FilterBar view={view} />} />
    </Region>
  );
  const kpis = (
    <Region key="kpis" id="kpis" title={t.regions.kpis} hideTitle>
      <WithView render={(view) => <KpiCards view={view} />} loading={<KpiSkeleton />} />
    </Region>
  );
  const map = (
    <LazyMount key="map" placeholderClass="lazy-map" preload={PRELOAD.map}>
      <PanelById id="map" />
    </LazyMount>
  );
  const charts = (
    <div key="charts" className="charts" data-region="charts">
      {CHARTS.map((id) => (
        <LazyMount key={id} placeholderClass={`lazy-chart lazy-chart-${id}`} preload={PRELOAD[id]} holdOnPhone>
          <PanelById id={id} />
        </LazyMount>
      ))}
    </div>
  );
  return (
    <>
      <a className="skip-link" href="#main">
        {t.skipToContent}
      </a>
      <header className="app-header">
        <div>
          <h1>{t.appTitle}</h1>
          <p className="subtitle">{t.appSubtitle}</p>
        </div>
        <div className="header-actions">
          {/* A phone shows the tools menu, Share and the language switch; wider screens each tool (app.css). */}
          <ToolsMenu
            label={t.phone.tools}
            items={[
              { key: 'present', label: `▶ ${t.present.enter}`, onSelect: () => startPresenting() },
              { key: 'tour', label: t.present.tour(sceneCount), onSelect: () => setEditing(true) },
              { key: 'data', label: t.data.button(dataName), onSelect: () => setDataDialog('datasets') },
              { key: 'import', label: t.importRegister, onSelect: () => setDataDialog('import') },
              ...pageExports.exports.map((x) => ({ key: x.key, label: t.phone.exportItem(x.label), onSelect: x.run })),
            ]}
            status={pageExports.error}
          />
          <button type="button" className="present-button wide-only" onClick={() => startPresenting()}>
            ▶ {t.present.enter}
          </button>
          <button type="button" className="wide-only" data-tour-button="" onClick={() => setEditing(true)}>
            {t.present.tour(sceneCount)}
          </button>
          <ShareButton onFallback={() => setSharing(true)} />
          <DataButton onOpen={() => setDataDialog('datasets')} />
          <button type="button" className="import-button wide-only" data-import-button="" onClick={() => setDataDialog('import')}>
            {t.importRegister}
          </button>
          <PageActions {...pageExports} />
          <LanguageSwitch />
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {hasDropped ? (
          <Suspense fallback={null}>
            <DroppedNotice />
          </Suspense>
        ) : null}
        {problem ? (
          <Suspense fallback={null}>
            <DataNotice problem={problem} onImport={() => setDataDialog('import')} />
          </Suspense>
        ) : null}
        {saveOutcome ? (
          <Suspense fallback={null}>
            <SaveOutcomeNotice />
          </Suspense>
        ) : null}
        <ViewSentence />
        {/* A phone reads the answer first: KPIs, then the filters and the charts, then the map.
            app.css lays the prerendered (desktop-ordered) page out the same way until it is live. */}
        {narrow ? [kpis, filters] : [filters, kpis]}
        <div className="grid">{narrow ? [charts, map] : [map, charts]}</div>
        <div className="progress-row" data-region="progress">
          <LazyMount placeholderClass="lazy-progress" preload={PRELOAD.progress}>
            <PanelById id="progress" />
          </LazyMount>
        </div>
        <LazyMount placeholderClass="lazy-projects" preload={PRELOAD.projects}>
          <PanelById id="projects" />
        </LazyMount>
        {data && showsReconciliation(data) ? (
          <Region id="reconciliation" title={t.data.reconTitle}>
            <Suspense
              fallback={
                <p className="loading" role="status">
                  {t.loading}
                </p>
              }
            >
              <RegisterReconciliation dataset={data} />
            </Suspense>
          </Region>
        ) : null}
      </main>
      <SourcesFooter />
      {sharing ? (
        <DialogBoundary name={t.share.button} onClose={() => setSharing(false)}>
          <ShareDialog onClose={() => setSharing(false)} />
        </DialogBoundary>
      ) : null}
      {dataDialog ? (
        <DialogBoundary name={dataDialog === 'import' ? t.importRegister : t.failure.dataDialog} onClose={() => setDataDialog(null)}>
          <DataDialog onClose={() => setDataDialog(null)} {...(dataDialog === 'import' ? { startWith: 'import' as const } : {})} />
        </DialogBoundary>
      ) : null}
      {editing ? (
        <DialogBoundary name={t.failure.tourEditor} onClose={() => setEditing(false)}>
          <TourEditor
            onClose={() => setEditing(false)}
            onShow={(index) => {
              setEditing(false);
              startPresenting(index);
            }}
          />
        </DialogBoundary>
      ) : null}
    </>
  );
}

/**
 * Tells url-sync when the screen shows the store's state: this renders with the same (deferred)
 * filters as the panels (queries/view.ts), so its effect runs once they are committed.
 */
function AddressBar() {
  const filters = useShownFilters();
  const data = useViewStore((s) => s.data);
  const lang = useViewStore((s) => s.lang);
  const mode = useViewStore((s) => s.mode);
  const measure = useViewStore((s) => s.measure);
  const interval = useViewStore((s) => s.interval);
  const scene = useViewStore((s) => s.scene);
  // Only once the panels show the store's filters: not on a click's (or a scene's) own render,
  // when the deferred filters are still the old ones.
  useEffect(() => {
    if (filters === useViewStore.getState().filters) screenShowsState();
  }, [filters, data, lang, mode, measure, interval, scene]);
  return null;
}

/**
 * Presentation mode's own code could not load: say so with Retry, and a way back to explore
 * mode (its keys live in the code that did not arrive).
 */
function PresentBoundary({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const leave = (
    <button type="button" onClick={() => setMode('explore')}>
      {t.present.leave}
    </button>
  );
  return (
    <LayoutBoundary name={t.present.enter} extra={leave}>
      {children}
    </LayoutBoundary>
  );
}

export function App() {
  useDocumentLanguage();
  const mode = useViewStore((s) => s.mode);
  const { t } = useI18n();
  useEffect(function markLive() {
    // The page answers input from here on: the prerendered HTML is hydrated (or drawn afresh).
    // Part of the DOM contract (html[data-live]): tests and benchmarks wait for it before input.
    document.documentElement.setAttribute('data-live', '');
  }, []);
  useEffect(
    function syncHtmlMode() {
      document.documentElement.dataset.mode = mode;
      // The browser's (and the installed app's) title bar follows the light or dark layout.
      document.querySelector('meta[name="theme-color"]')?.setAttribute('content', mode === 'present' ? '#151b23' : '#ffffff');
    },
    [mode],
  );
  return (
    <div className="app" data-mode={mode}>
      {/* First in the page's order: a keyboard reaches the update prompt at once (and it sits above the map). */}
      <UpdatePrompt />
      {mode === 'present' ? (
        <PresentBoundary>
          <Suspense
            fallback={
              <p className="loading" role="status">
                {t.loading}
              </p>
            }
          >
            <PresentLayout />
          </Suspense>
        </PresentBoundary>
      ) : (
        <ExploreLayout />
      )}
      <AddressBar />
    </div>
  );
}
