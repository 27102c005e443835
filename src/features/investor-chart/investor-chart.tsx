/** Projects and investment by investor type (S1 §数读); toggling a bar filters by investor. */
import { BreakdownChart } from '../../components/breakdown-chart';
import { INVESTOR_COLORS } from '../../components/palette';
import type { View } from '../../domain/engine';
import { nothingPublished } from '../../domain/what-is-known';
import { useI18n } from '../../i18n/i18n';
import { categoryName } from '../../i18n/labels';
import { toggleFilter } from '../../stores/view-store';

export function InvestorChart({ view }: { view: View }) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <BreakdownChart
      chartKey="investor"
      title={t.chartTitle.investor}
      chart={view.charts.investor}
      label={(k) => categoryName('investor', k, i18n)}
      colorOf={(k) => INVESTOR_COLORS[k]}
      onToggle={(k) => toggleFilter('investors', k)}
      i18n={i18n}
      pageBanner={nothingPublished(view)}
      measures={['investment', 'projects']}
    />
  );
}
