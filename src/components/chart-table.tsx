/**
 * The table view of a breakdown chart: one row per key with projects and investment, each
 * cell marked with its basis; the key cell is a toggle button (aria-pressed) for filtering.
 */
import type { ChartView, Figure } from '../domain/engine';
import type { I18n } from '../i18n/i18n';
import { amountText } from './source-note';

interface Props<K extends string> {
  title: string;
  chart: ChartView<K>;
  label: (key: K) => string;
  onToggle: (key: K) => void;
  i18n: I18n;
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

export function ChartTable<K extends string>({ title, chart, label, onToggle, i18n }: Props<K>) {
  const { t } = i18n;
  return (
    <table className="chart-table">
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
              <button type="button" className="row-toggle" data-row-key={bar.key} aria-pressed={bar.selected} onClick={() => onToggle(bar.key)}>
                {label(bar.key)}
              </button>
            </th>
            <Cell figure={bar.projects} kind="projects" chartMode={chart.mode} i18n={i18n} />
            <Cell figure={bar.investment} kind="investment" chartMode={chart.mode} i18n={i18n} />
          </tr>
        ))}
      </tbody>
    </table>
  );
}
