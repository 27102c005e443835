/**
 * Notices on the presenter's screen, so a presenter never shows the wrong dataset unknowingly:
 * the link's dropped values and a register this browser does not hold (the published
 * figures are shown instead), and a tour that could not be saved or that another tab changed.
 * Sized in rem (which presentation mode scales to the screen); N dismisses them all (also
 * Escape, before it would leave presentation mode). Once dismissed, the scene header still
 * names the data on screen.
 */
import { useEffect, useState } from 'react';
import { DroppedNotice } from '../features/url-notice/dropped-notice';
import { useI18n } from '../i18n/i18n';
import { dismissTourNotice, useTourStore } from '../stores/tour-store';
import { dismissDropped, useViewStore } from '../stores/view-store';
import { useDataProblem } from './active-dataset';
import { safetyMessages } from '../i18n/safety-messages';

export function PresentNotices() {
  const { t, lang } = useI18n();
  const safetyText = safetyMessages(lang);
  const problem = useDataProblem();
  const dropped = useViewStore((s) => s.dropped.length);
  const tourNotice = useTourStore((s) => s.notice);
  const [dismissedFor, setDismissedFor] = useState<string | null>(null);
  const missing = problem !== null && dismissedFor !== problem.id ? problem : null;
  const showing = missing !== null || dropped > 0 || tourNotice !== null;

  useEffect(
    function dismissWithKey() {
      if (!showing) return;
      const onKey = (e: KeyboardEvent) => {
        if (e.altKey || e.ctrlKey || e.metaKey) return;
        if (e.key !== 'n' && e.key !== 'N' && e.key !== 'Escape') return;
        if (e.target instanceof Element && e.target.closest('input, textarea, select, dialog, [role="dialog"]')) return;
        // Capture phase on window: runs before the presenter's keys, which would leave on Escape.
        e.preventDefault();
        e.stopPropagation();
        if (problem) setDismissedFor(problem.id);
        dismissDropped();
        dismissTourNotice();
      };
      window.addEventListener('keydown', onKey, true);
      return () => window.removeEventListener('keydown', onKey, true);
    },
    [showing, problem],
  );

  if (!showing) return null;
  return (
    <div className="present-notices" data-present-notices="">
      {missing ? (
        <div className="notice present-notice data-notice" role="alert" data-data-notice="missing">
          <strong>{t.data.missingTitle}</strong>
          <p>{missing.error.name === 'RegisterMissingError' ? safetyText.presentMissing(missing.id) : t.data.loadFailed(missing.id, missing.error.message)}</p>
          <button type="button" onClick={() => setDismissedFor(missing.id)}>
            {t.dropped.dismiss} (N)
          </button>
        </div>
      ) : null}
      <DroppedNotice variant="present" />
      {tourNotice ? (
        <div className={`notice present-notice${tourNotice.kind === 'not-saved' ? ' error-card' : ''}`} role="alert" data-tour-notice={tourNotice.kind}>
          <p>{tourNotice.kind === 'not-saved' ? safetyText.tourNotSaved(tourNotice.scenes) : tourNotice.kind === 'other-tab-reset' ? safetyText.tourOtherTabReset : safetyText.tourOtherTab(tourNotice.scenes)}</p>
          <button type="button" onClick={dismissTourNotice}>
            {t.dropped.dismiss} (N)
          </button>
        </div>
      ) : null}
      <p className="present-notices-hint">{safetyText.dismissKey}</p>
    </div>
  );
}
