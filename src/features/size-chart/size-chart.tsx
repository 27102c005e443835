/** Project counts by size band: ≥50亿 printed, 5–10 and 10–50 derived; no band amounts exist. */
import { BreakdownChart } from '../../components/breakdown-chart';
import { SIZE_COLORS } from '../../components/palette';
import type { View } from '../../domain/engine';
import { nothingPublished } from '../../domain/what-is-known';
import { useI18n } from '../../i18n/i18n';
import { toggleFilter } from '../../stores/view-store';
import { chartsMessages } from '../../i18n/charts-messages';

export function SizeChart({ view }: { view: View }) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <BreakdownChart
      chartKey="size"
      title={t.chartTitle.size}
      chart={view.charts.size}
      label={(k) => t.size[k]}
      colorOf={(k) => SIZE_COLORS[k]}
      onToggle={(k) => toggleFilter('sizes', k)}
      i18n={i18n}
      pageBanner={nothingPublished(view)}
      measures={['projects']}
      note={chartsMessages(i18n.lang).sizeNote}
    />
  );
}
