/**
 * Breakdown tables by sector, investor type, size band and signing mode, plus the editions
 * trend. Each row toggles its value in the filter store (the table view the charts build on).
 */
import { ChartTable } from '../../components/chart-table';
import { SourceRefs } from '../../components/source-note';
import type { EditionsView, View } from '../../domain/engine';
import { useI18n, type I18n } from '../../i18n/i18n';
import { toggleFilter } from '../../stores/view-store';

function EditionsTable({ editions, i18n }: { editions: EditionsView; i18n: I18n }) {
  const { t } = i18n;
  const refs = editions.editions.flatMap((e) => [e.projects.source]);
  return (
    <section className="chart" data-chart="editions" aria-labelledby="chart-editions-title">
      <h3 id="chart-editions-title">{t.editionsTitle}</h3>
      {editions.filtersIgnored ? <p className="chart-note" role="note">{t.editionsFiltersIgnored}</p> : null}
      <table>
        <caption className="visually-hidden">{t.editionsTitle}</caption>
        <thead>
          <tr>
            <th scope="col">{t.editionsYear}</th>
            <th scope="col">{t.tableProjects}</th>
            <th scope="col">{t.tableInvestment}</th>
          </tr>
        </thead>
        <tbody>
          {editions.editions.map((e) => (
            <tr key={e.year} data-key={String(e.year)}>
              <th scope="row">
                {e.year}
                <span className="cell-basis">
                  {' '}
                  ({t.editionsMethod[e.method]}
                  {e.online ? `, ${t.online}` : ''})
                </span>
              </th>
              <td>{i18n.count(e.projects.value)}</td>
              <td>{i18n.amount(e.investment.value)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="chart-note">{t.editionsNote}</p>
      <p className="source-note">
        <span className="basis basis-published">{t.basis.published}</span> <SourceRefs refs={refs} i18n={i18n} />
      </p>
    </section>
  );
}

export function Breakdowns({ view }: { view: View }) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <div className="breakdowns">
      <ChartTable chartKey="sector" title={t.chartTitle.sector} chart={view.charts.sector} label={(k) => t.sector[k]} onToggle={(k) => toggleFilter('sectors', k)} i18n={i18n} />
      <ChartTable chartKey="investor" title={t.chartTitle.investor} chart={view.charts.investor} label={(k) => t.investor[k]} onToggle={(k) => toggleFilter('investors', k)} i18n={i18n} />
      <ChartTable chartKey="size" title={t.chartTitle.size} chart={view.charts.size} label={(k) => t.size[k]} onToggle={(k) => toggleFilter('sizes', k)} i18n={i18n} note={t.sizeNote} />
      <ChartTable chartKey="signing" title={t.chartTitle.signing} chart={view.charts.signing} label={(k) => t.signing[k]} onToggle={(k) => toggleFilter('signing', k)} i18n={i18n} />
      <EditionsTable editions={view.editions} i18n={i18n} />
    </div>
  );
}
