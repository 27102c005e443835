/**
 * The table view of a breakdown chart: one row per key with projects and investment, each
 * cell marked with its basis; the key cell is a toggle button (aria-pressed) for filtering.
 */
import type { Bar, ChartView, Figure } from '../domain/engine';
import type { I18n } from '../i18n/i18n';
import { amountText, coverageText, SourceRefs } from './source-note';

interface Props<K extends string> {
  chartKey: string;
  title: string;
  chart: ChartView<K>;
  label: (key: K) => string;
  onToggle: (key: K) => void;
  i18n: I18n;
  /** Caption notes specific to the chart (e.g. derived size bands). */
  note?: string;
}

/** In a published chart a cell that is not itself printed says its basis; an itemized chart says it once, in its banner. */
function Cell({ figure, kind, chartMode, i18n }: { figure: Figure; kind: 'projects' | 'investment'; chartMode: ChartView<string>['mode']; i18n: I18n }) {
  const text = kind === 'investment' ? amountText(figure, i18n) : i18n.count(figure.value);
  const showBasis = chartMode === 'published' && figure.basis !== 'published';
  return (
    <td data-basis={figure.basis}>
      {text}
      {showBasis ? <span className={`cell-basis basis-${figure.basis}`}> ({i18n.t.basis[figure.basis]})</span> : null}
    </td>
  );
}

function allSources<K extends string>(bars: readonly Bar<K>[]) {
  const seen = new Map<string, Figure['sources'][number]>();
  for (const b of bars) for (const s of [...b.projects.sources, ...b.investment.sources]) seen.set(`${s.id}|${s.locator}`, s);
  return [...seen.values()];
}

export function ChartTable<K extends string>({ chartKey, title, chart, label, onToggle, i18n, note }: Props<K>) {
  const { t } = i18n;
  const first = chart.bars[0];
  const coverage = chart.mode === 'itemized' && first ? coverageText({ ...first.projects, coverage: chart.coverage }, i18n) : null;
  return (
    <section className="chart" data-chart={chartKey} data-mode={chart.mode} aria-labelledby={`chart-${chartKey}-title`}>
      <h3 id={`chart-${chartKey}-title`}>{title}</h3>
      {chart.mode === 'itemized' ? (
        <p className="not-published-banner" role="note">
          {t.notPublished} {coverage}
        </p>
      ) : null}
      <table>
        <caption className="visually-hidden">{title}</caption>
        <thead>
          <tr>
            <th scope="col">{t.tableKey}</th>
            <th scope="col">{t.tableProjects}</th>
            <th scope="col">{t.tableInvestment}</th>
          </tr>
        </thead>
        <tbody>
          {chart.bars.map((bar) => (
            <tr key={bar.key} className={bar.selected ? 'selected' : chart.hasSelection ? 'dimmed' : undefined}>
              <th scope="row">
                <button type="button" className="mark" data-key={bar.key} aria-pressed={bar.selected} onClick={() => onToggle(bar.key)}>
                  {label(bar.key)}
                </button>
              </th>
              <Cell figure={bar.projects} kind="projects" chartMode={chart.mode} i18n={i18n} />
              <Cell figure={bar.investment} kind="investment" chartMode={chart.mode} i18n={i18n} />
            </tr>
          ))}
        </tbody>
      </table>
      {chart.unclassified > 0 ? <p className="chart-note">{t.unclassifiedRows(chart.unclassified)}</p> : null}
      {note ? <p className="chart-note">{note}</p> : null}
      <p className="source-note">
        <span className={`basis basis-${chart.mode}`}>{chart.mode === 'published' ? t.basis.published : t.basis.itemized}</span>{' '}
        <SourceRefs refs={allSources(chart.bars)} i18n={i18n} />
      </p>
    </section>
  );
}
