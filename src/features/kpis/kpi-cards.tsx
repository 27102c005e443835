/** The four KPI cards: value, basis and source for projects, investment, ≥10亿 and ≥50亿 counts. */
import { memo } from 'react';
import { BasisBadge, coverageText, SourceRefs } from '../../components/source-note';
import type { Figure, KpiKey, View } from '../../domain/engine';
import { useI18n, type I18n } from '../../i18n/i18n';

const KPI_ORDER: readonly KpiKey[] = ['projects', 'investment', 'over10', 'over50'];

/** The figure as words: "35亿元" / "1 project" (the unit agrees with the count in English). */
function figureText(kpi: KpiKey, figure: Figure, i18n: I18n): string {
  if (kpi === 'investment') return figure.basis === 'itemized' && figure.value === 0 ? i18n.t.amountNotStated : i18n.amount(figure.value);
  return i18n.t.projects(figure.value, i18n.count(figure.value));
}

/** A full figure the sources never published is not a headline number: the headline says so. */
export function isUnpublished(figure: Figure): boolean {
  return !figure.fullPublished && figure.basis === 'itemized';
}

function KpiValue({ kpi, figure, i18n }: { kpi: KpiKey; figure: Figure; i18n: I18n }) {
  if (isUnpublished(figure)) {
    return (
      <>
        <p className="kpi-value" data-kpi-headline="unpublished">
          <span className="kpi-number kpi-none">{i18n.t.kpiUnpublished.headline}</span>
        </p>
        {/* No named project states an amount: the headline says it all (coverage follows). */}
        {kpi === 'investment' && figure.value === 0 ? null : <p className="kpi-named">{i18n.t.kpiUnpublished.named(figureText(kpi, figure, i18n))}</p>}
      </>
    );
  }
  if (kpi === 'investment') {
    const { number, unit } = i18n.amountParts(figure.value);
    return (
      <p className="kpi-value">
        <span className="kpi-number">{number}</span>
        <span className="kpi-unit">{unit}</span>
      </p>
    );
  }
  return (
    <p className="kpi-value">
      <span className="kpi-number">{i18n.count(figure.value)}</span>
      <span className="kpi-unit">{i18n.t.projectsUnit(figure.value)}</span>
    </p>
  );
}

/** Memoised: redrawn only when the (deferred) view model changes. */
export const KpiCards = memo(function KpiCards({ view }: { view: View }) {
  const i18n = useI18n();
  return (
    <ul className="kpis">
      {KPI_ORDER.map((kpi) => {
        const figure = view.kpis[kpi];
        const coverage = coverageText(figure.coverage, i18n);
        return (
          <li key={kpi} className={`kpi kpi-${figure.basis}`} data-kpi={kpi} data-basis={figure.basis}>
            <h3 className="kpi-label">{i18n.t.kpiLabel[kpi]}</h3>
            <KpiValue kpi={kpi} figure={figure} i18n={i18n} />
            {isUnpublished(figure) ? <p className="kpi-flag">{i18n.t.notPublished}</p> : null}
            <p className="kpi-meta">
              <BasisBadge figure={figure} i18n={i18n} />
              {figure.derivation ? <span> {i18n.t.derivation(figure.derivation)}</span> : null}
            </p>
            {coverage ? <p className="kpi-coverage">{coverage}</p> : null}
            <p className="kpi-source">
              <SourceRefs refs={figure.sources} i18n={i18n} />
            </p>
          </li>
        );
      })}
    </ul>
  );
});

export function KpiSkeleton() {
  const i18n = useI18n();
  return (
    <ul className="kpis" aria-busy="true">
      {KPI_ORDER.map((kpi) => (
        <li key={kpi} className="kpi kpi-loading">
          <h3 className="kpi-label">{i18n.t.kpiLabel[kpi]}</h3>
          <p className="kpi-value skeleton" aria-hidden="true">
            &nbsp;
          </p>
        </li>
      ))}
    </ul>
  );
}
