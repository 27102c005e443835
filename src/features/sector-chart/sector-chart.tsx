/** Projects and investment by sector (S1); toggling a bar filters by sector. */
import { BreakdownChart } from '../../components/breakdown-chart';
import { SECTOR_COLORS } from '../../components/palette';
import type { Dataset } from '../../data/types';
import { publishedNotes } from '../../domain/basis-policy';
import type { View } from '../../domain/engine';
import { nothingPublished } from '../../domain/what-is-known';
import { useI18n } from '../../i18n/i18n';
import { categoryName } from '../../i18n/labels';
import { toggleFilter } from '../../stores/view-store';
import { chartsMessages } from '../../i18n/charts-messages';

export function SectorChart({ view, dataset }: { view: View; dataset: Dataset }) {
  const i18n = useI18n();
  const { t } = i18n;
  const notes = publishedNotes(dataset);
  return (
    <BreakdownChart
      chartKey="sector"
      title={t.chartTitle.sector}
      chart={view.charts.sector}
      label={(k) => categoryName('sector', k, i18n)}
      colorOf={(k) => SECTOR_COLORS[k]}
      onToggle={(k) => toggleFilter('sectors', k)}
      i18n={i18n}
      pageBanner={nothingPublished(view)}
      measures={['investment', 'projects']}
      note={notes ? chartsMessages(i18n.lang).sectorNote(i18n.amount(notes.mergedOther.investment), i18n.percent(notes.mergedOther.share / 100)) : undefined}
    />
  );
}
