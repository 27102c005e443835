/** A phone's first line: what the link shows, in one sentence (hidden on wider screens, whose header and filter bar say it). */
import { summarizeView } from '../domain/view-summary';
import { useI18n } from '../i18n/i18n';
import { viewSentence } from '../i18n/labels';
import { useView } from '../queries/view';

export function ViewSentence() {
  const i18n = useI18n();
  const { view } = useView();
  if (!view) return null;
  const summary = summarizeView(view);
  return (
    <p className="view-sentence" data-view-summary={summary.known}>
      {viewSentence(summary, i18n)}
    </p>
  );
}
