/**
 * Presentation mode: a dark, full-screen layout sized to the screen (1 rem = 28 px at 1080p):
 * the scene's title and talking point, the KPIs, the scene's one or two panels, and a line on
 * sources. Clicker keys, auto-advance, blackout and the tour editor come from features/presentation.
 */
import { useState } from 'react';
import { ShareDialog } from '../features/share/share-dialog';
import { KpiCards, KpiSkeleton } from '../features/kpis/kpi-cards';
import { Blackout, FullscreenReady, PresenterControls, SceneHeader } from '../features/presentation/presenter-chrome';
import { TourEditor } from '../features/presentation/tour-editor';
import { usePresenter } from '../features/presentation/use-presenter';
import { unansweredFilters } from '../domain/scene-filters';
import { useI18n } from '../i18n/i18n';
import { useDataset } from '../queries/dataset';
import { useDataProblem } from './active-dataset';
import { PanelById, Region, WithView } from './panels';
import { PresentNotices } from './present-notices';
import { safetyMessages } from '../i18n/safety-messages';

export function PresentLayout() {
  const p = usePresenter();
  const { t, lang } = useI18n();
  const [editing, setEditing] = useState(false);
  const [sharing, setSharing] = useState(false);
  const panels = p.scene?.panels ?? ['map', 'sector'];
  const problem = useDataProblem();
  const { data } = useDataset();
  // A scene filtered by what the data on screen does not have (a stage or an edition on the
  // published figures) says so in words, instead of "not published" and zeros.
  const unanswered = data && p.scene ? unansweredFilters(data, p.scene.filters) : [];
  return (
    <div className={`present${p.idle && !editing && !sharing ? ' cursor-hidden' : ''}`}>
      <SceneHeader p={p} />
      <FullscreenReady p={p} />
      <main id="main" className="present-stage" key={p.state.index} tabIndex={-1}>
        {unanswered.length > 0 ? (
          <p className="notice scene-unanswered" role="status" data-scene-unanswered={unanswered.join(' ')}>
            {t.failure.sceneUnanswered(unanswered.map((d) => t.dimension[d]))}
          </p>
        ) : (
          <>
            <Region id="kpis" title={t.regions.kpis} hideTitle>
              <WithView render={(view) => <KpiCards view={view} />} loading={<KpiSkeleton />} />
            </Region>
            <div className={`present-panels n-${panels.length}`}>
              {panels.map((id) => (
                <PanelById key={id} id={id} />
              ))}
            </div>
          </>
        )}
      </main>
      <PresentNotices />
      <footer className="present-footer">
        {t.present.sourcesNote}
        {/* The link named a register this browser lacks: say what is on screen instead, for as long as it is. */}
        {problem ? (
          <span className="present-fallback" data-present-data="fallback">
            {' '}
            · {safetyMessages(lang).presentFallback(problem.id)}
          </span>
        ) : null}
      </footer>
      <PresenterControls p={p} onTour={() => setEditing(true)} onShare={() => setSharing(true)} />
      {sharing ? <ShareDialog onClose={() => setSharing(false)} /> : null}
      {editing ? (
        <TourEditor
          onClose={() => setEditing(false)}
          onShow={(index) => {
            p.dispatch({ type: 'goto', index });
            setEditing(false);
          }}
        />
      ) : null}
      {p.state.blackout ? <Blackout onWake={() => p.dispatch({ type: 'toggle-blackout' })} /> : null}
    </div>
  );
}
