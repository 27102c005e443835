/** A scene's hero figure: the published figures for its filters, large, each with its basis and source. */
import { BasisBadge, SourceRefs } from '../../components/source-note';
import type { KpiKey, View } from '../../domain/engine';
import { useI18n } from '../../i18n/i18n';

/** Only figures the domain found published (domain/scene-hero.ts) reach here: no "not published" headline is possible. */
export function HeroFigure({ view, kpis }: { view: View; kpis: readonly KpiKey[] }) {
  const i18n = useI18n();
  return (
    <ul className="hero-figures">
      {kpis.map((kpi) => {
        const figure = view.kpis[kpi];
        const parts = kpi === 'investment' ? i18n.amountParts(figure.value) : { number: i18n.count(figure.value), unit: i18n.t.projectsUnit(figure.value) };
        return (
          <li key={kpi} className="hero-figure" data-kpi={kpi} data-basis={figure.basis}>
            <h2 className="hero-label">{i18n.t.kpiLabel[kpi]}</h2>
            <p className="hero-value" data-hero-headline="">
              <span className="hero-number">{parts.number}</span>
              <span className="hero-unit">{parts.unit}</span>
            </p>
            <p className="hero-source">
              <BasisBadge figure={figure} i18n={i18n} />
              {figure.derivation ? <span> {i18n.t.derivation(figure.derivation)}</span> : null} <SourceRefs refs={figure.sources} i18n={i18n} />
            </p>
          </li>
        );
      })}
    </ul>
  );
}

/**
 * The published figures beside a map or chart hero, in one small line; nothing when the
 * sources published none for the filters (the panels then state their coverage themselves).
 */
export function SceneFigures({ view, kpis }: { view: View; kpis: readonly KpiKey[] }) {
  const i18n = useI18n();
  if (kpis.length === 0) return null;
  const text = (kpi: KpiKey) => {
    const { value } = view.kpis[kpi];
    return `${i18n.t.kpiLabel[kpi]}${i18n.t.punct.colon}${kpi === 'investment' ? i18n.amount(value) : i18n.t.projects(value, i18n.count(value))}`;
  };
  // One basis badge when the figures share their basis (they do for the published totals).
  const bases = new Set(kpis.map((kpi) => view.kpis[kpi].basis));
  const last = view.kpis[kpis[kpis.length - 1] as KpiKey];
  return (
    <p className="scene-figures" data-scene-figures="">
      {kpis.map((kpi, i) => (
        <span key={kpi} className="scene-figure" data-kpi={kpi} data-basis={view.kpis[kpi].basis}>
          {i > 0 ? i18n.t.punct.comma : null}
          <span className="scene-figure-value">{text(kpi)}</span>
          {bases.size > 1 ? <> <BasisBadge figure={view.kpis[kpi]} i18n={i18n} /></> : null}
        </span>
      ))}{' '}
      {bases.size === 1 ? <BasisBadge figure={last} i18n={i18n} /> : null} <SourceRefs refs={kpis.flatMap((kpi) => view.kpis[kpi].sources)} i18n={i18n} />
    </p>
  );
}
