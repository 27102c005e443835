/** Projects and investment by signing mode (counts S1/S3, amounts S3). */
import { BreakdownChart } from '../../components/breakdown-chart';
import { SIGNING_COLORS } from '../../components/palette';
import type { Dataset } from '../../data/types';
import { publishedNotes } from '../../domain/basis-policy';
import type { View } from '../../domain/engine';
import { nothingPublished } from '../../domain/what-is-known';
import { useI18n } from '../../i18n/i18n';
import { categoryName } from '../../i18n/labels';
import { toggleFilter } from '../../stores/view-store';
import { chartsMessages } from '../../i18n/charts-messages';

export function SigningChart({ view, dataset }: { view: View; dataset: Dataset }) {
  const notes = publishedNotes(dataset);
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <BreakdownChart
      chartKey="signing"
      title={t.chartTitle.signing}
      chart={view.charts.signing}
      label={(k) => categoryName('signing', k, i18n)}
      colorOf={(k) => SIGNING_COLORS[k]}
      onToggle={(k) => toggleFilter('signing', k)}
      i18n={i18n}
      pageBanner={nothingPublished(view)}
      measures={['investment', 'projects']}
      note={notes ? chartsMessages(i18n.lang).signingNote(notes.venueProjects, notes.offSiteProjects) : undefined}
    />
  );
}
