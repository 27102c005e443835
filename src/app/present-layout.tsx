/**
 * Presentation mode: a dark, full-screen layout sized to the screen (1 rem = 28 px at 1080p):
 * the scene's title and talking point, its one hero (a published figure, the map or a chart,
 * chosen by domain/scene-hero.ts) with the rest small beside it, and a line on sources.
 * Clicker keys, auto-advance, blackout and the tour editor come from features/presentation.
 */
import { useState } from 'react';
import { EMPTY_FILTERS } from '../domain/filters';
import { ShareDialog } from '../features/share/share-dialog';
import { HeroFigure, SceneFigures } from '../features/presentation/hero-figure';
import { Blackout, FullscreenReady, PresenterControls, SceneHeader } from '../features/presentation/presenter-chrome';
import { TourEditor } from '../features/presentation/tour-editor';
import { usePresenter } from '../features/presentation/use-presenter';
import type { View } from '../domain/engine';
import { publishedFigures, sceneHero } from '../domain/scene-hero';
import { unansweredFilters } from '../domain/scene-filters';
import type { Scene } from '../domain/tour';
import { useI18n } from '../i18n/i18n';
import { useDataset } from '../queries/dataset';
import { useDataProblem } from './active-dataset';
import { PanelById, WithView } from './panels';
import { PresentNotices } from './present-notices';
import { safetyMessages } from '../i18n/safety-messages';
import './present-stage.css';

const NO_SCENE: Pick<Scene, 'filters' | 'panels'> = { filters: EMPTY_FILTERS, panels: ['map', 'sector'] };

/**
 * The stage: the hero fills most of it; the published figures (when there are any for the
 * filters) and the other panels sit small beside it. `data-scene-hero` names the hero (the
 * headline of the scene, as the e2e tests read it).
 */
function Stage({ view, scene }: { view: View; scene: Pick<Scene, 'filters' | 'panels' | 'hero'> }) {
  const hero = sceneHero(scene, publishedFigures(view));
  const heroName = hero.kind === 'panel' ? hero.panel : hero.kind;
  const figures = hero.kind === 'figure' ? null : <SceneFigures view={view} kpis={hero.context} />;
  const side = hero.secondary.length > 0;
  return (
    <div className={`present-scene scene-hero-${hero.kind}${side ? '' : ' alone'}`}>
      <div className="present-hero" data-scene-hero={heroName}>
        {hero.kind === 'figure' ? <HeroFigure view={view} kpis={hero.kpis} /> : <PanelById id={hero.kind === 'map' ? 'map' : hero.panel} />}
      </div>
      {side ? (
        <aside className="present-secondary">
          {figures}
          {hero.secondary.map((id) => (
            <PanelById key={id} id={id} />
          ))}
        </aside>
      ) : (
        figures
      )}
    </div>
  );
}

export function PresentLayout() {
  const p = usePresenter();
  const { t, lang } = useI18n();
  const [editing, setEditing] = useState(false);
  const [sharing, setSharing] = useState(false);
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
          <WithView render={(view) => <Stage view={view} scene={p.scene ?? NO_SCENE} />} />
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
