/**
 * The KPI row: the four cards (value, basis and source for projects, investment, ≥10亿 and ≥50亿
 * counts), or — when the sources published no figure for the selection (domain/what-is-known.ts)
 * — one statement of what they do say, under the page's one banner.
 */
import { memo } from 'react';
import { BasisBadge, coverageText, SourceRefs } from '../../components/source-note';
import type { Figure, KpiKey, View } from '../../domain/engine';
import { whatIsKnown } from '../../domain/what-is-known';
import { useI18n, type I18n } from '../../i18n/i18n';
import { knownCity, knownCoverage, pageBannerText, projectFacts, type Unpublished } from '../../i18n/known';
import { useDataset } from '../../queries/dataset';

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

/**
 * What the sources say for a selection they published no figure for: the page's one banner, the
 * named projects as the headline (each with its source), the coverage in one line, and the
 * published city totals small. Carries the DOM contract's data-kpi (projects on the statement,
 * investment on the coverage line that states the named sum).
 */
function KnownStatement({ known, view, i18n }: { known: Unpublished; view: View; i18n: I18n }) {
  const { t } = i18n;
  const { projects, investment } = known.city;
  return (
    <div className="known" data-known={known.banner} data-kpi="projects" data-basis={view.kpis.projects.basis}>
      <p className="known-banner" role="note" data-page-banner="">
        {pageBannerText(view, i18n)}
      </p>
      {known.headline.length > 0 ? (
        <div className="known-named">
          <h3 className="known-title">{t.known.title}</h3>
          <ul className="known-projects">
            {known.headline.map((row) => {
              const f = projectFacts(row, i18n);
              const where = [f.place, f.sector, f.insideNotStated ? t.insideNotStated : null].filter((x) => x !== null);
              return (
                <li key={row.id} className="known-project" data-known-project={row.id}>
                  <p className="known-head">
                    <span className="known-partner">{f.partner}</span>
                    <span className={row.amount === null ? 'known-amount known-unstated' : 'known-amount'}>{f.amount}</span>
                  </p>
                  <p className="known-name">{f.name}</p>
                  <p className="known-where">{where.join(' · ')}</p>
                  <p className="known-source">
                    <SourceRefs refs={[row.source]} i18n={i18n} />
                  </p>
                </li>
              );
            })}
          </ul>
          {known.more > 0 ? <p className="known-more">{t.known.more(known.more)}</p> : null}
        </div>
      ) : null}
      <div className="known-context">
        <p className="known-coverage" data-kpi="investment" data-basis={view.kpis.investment.basis}>
          {/* Nothing named: no figure to give a basis to. */}
          {known.banner === 'named' ? (
            <>
              <span className={`basis basis-${view.kpis.investment.basis}`} title={t.basisHelp[view.kpis.investment.basis]}>
                {t.basis[view.kpis.investment.basis]}
              </span>{' '}
            </>
          ) : null}
          {knownCoverage(known, i18n)}
        </p>
        <p className="known-city">
          {knownCity(known, i18n)}
          {t.punct.next}
          <SourceRefs refs={[...projects.sources, ...investment.sources]} i18n={i18n} />
        </p>
      </div>
    </div>
  );
}

/** Memoised: redrawn only when the (deferred) view model changes. */
export const KpiCards = memo(function KpiCards({ view }: { view: View }) {
  const i18n = useI18n();
  const { data } = useDataset();
  const known = data ? whatIsKnown(view, data) : null;
  if (known && !known.published) return <KnownStatement known={known} view={view} i18n={i18n} />;
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
