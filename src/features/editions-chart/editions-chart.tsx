/**
 * Signings by edition, 2018–2023. Totals only (no breakdown was published per edition), so
 * filters do not apply; 2018–2019 counted all signings and are drawn lighter.
 */
import { lazy, Suspense, useId, useRef, useState } from 'react';
import { ChartSkeleton, useBarSizing, type Measure } from '../../components/breakdown-chart';
import type { BarDatum } from '../../components/bars-svg';
import { ExportMenu, type PanelExport } from '../../components/export-menu';
import { EDITION_COLORS } from '../../components/palette';
import { SourceRefs } from '../../components/source-note';
import { usePresenting } from '../../components/use-present';
import { locatorText } from '../../data/cite';
import type { EditionsView } from '../../domain/engine';
import { useI18n } from '../../i18n/i18n';

const BarsSvg = lazy(() => import('../../components/bars-svg'));

export function EditionsChart({ editions }: { editions: EditionsView }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [measure, setMeasure] = useState<Measure>('investment');
  const presenting = usePresenting();
  const bar = useBarSizing();
  const titleId = useId();
  const yearLabel = (e: EditionsView['editions'][number]) => `${e.year}${e.online ? ` (${t.online})` : ''}`;
  const data: BarDatum[] = editions.editions.map((e) => {
    const f = measure === 'projects' ? e.projects : e.investment;
    const text = measure === 'projects' ? i18n.count(f.value) : i18n.amount(f.value);
    return {
      key: String(e.year),
      label: yearLabel(e),
      value: f.value,
      text,
      ariaLabel: `${yearLabel(e)}, ${t.editionsMethod[e.method]}: ${text}`,
      color: EDITION_COLORS[e.method],
      selected: false,
      muted: e.method === 'all-signings',
    };
  });
  const refs = editions.editions.map((e) => e.investment.source);
  const sectionRef = useRef<HTMLElement | null>(null);
  const c = t.exportUi.columns;
  const exportSpec: PanelExport = {
    panel: 'editions',
    title: t.editionsTitle,
    measure,
    basis: `${t.basis.published}. ${t.editionsNote}`,
    sources: () => refs,
    table: () => ({
      columns: [c.year, c.projects, c.investment, c.method, c.online, c.source],
      rows: editions.editions.map((e) => [e.year, e.projects.value, e.investment.value, t.editionsMethod[e.method], e.online ? t.online : '', `${e.investment.source.id} ${locatorText(e.investment.source, i18n.lang)}`]),
    }),
    node: () => sectionRef.current,
    svg: () => sectionRef.current?.querySelector<SVGSVGElement>('.bars svg') ?? null,
  };
  return (
    <section className="chart" data-chart="editions" aria-labelledby={titleId} ref={sectionRef}>
      <div className="chart-head">
        <h3 id={titleId}>{t.editionsTitle}</h3>
        {presenting ? null : <ExportMenu spec={exportSpec} i18n={i18n} />}
        {presenting ? null : (
          <div className="measure-switch" role="group" aria-label={`${t.editionsTitle}: ${t.measureLabel}`}>
            {(['investment', 'projects'] as const).map((m) => (
              <button key={m} type="button" aria-pressed={measure === m} onClick={() => setMeasure(m)}>
                {m === 'projects' ? t.tableProjects : t.tableInvestment}
              </button>
            ))}
          </div>
        )}
      </div>
      {editions.filtersIgnored && !presenting ? (
        <p className="chart-note" role="note">
          {t.editionsFiltersIgnored}
        </p>
      ) : null}
      <Suspense fallback={<ChartSkeleton rows={data.length} />}>
        <BarsSvg data={data} hasSelection={false} {...bar} />
      </Suspense>
      <p className="chart-note">
        <span className="swatch" style={{ background: EDITION_COLORS['all-signings'] }} aria-hidden="true" /> {t.editionsMethod['all-signings']}{' '}
        <span className="swatch" style={{ background: EDITION_COLORS['major-projects'] }} aria-hidden="true" /> {t.editionsMethod['major-projects']}. {t.editionsNote}
      </p>
      <details className="table-view" hidden={presenting}>
        <summary>{t.tableView}</summary>
        <table className="chart-table">
          <caption className="visually-hidden">{t.editionsTitle}</caption>
          <thead>
            <tr>
              <th scope="col">{t.editionsYear}</th>
              <th scope="col">{t.tableProjects}</th>
              <th scope="col">{t.tableInvestment}</th>
              <th scope="col">{t.source}</th>
            </tr>
          </thead>
          <tbody>
            {editions.editions.map((e) => (
              <tr key={e.year}>
                <th scope="row">
                  {e.year}
                  <span className="cell-basis">
                    {' '}
                    ({t.editionsMethod[e.method]}
                    {e.online ? `, ${t.online}` : ''})
                  </span>
                  {e.note ? <span className="cell-basis"> — {i18n.pick(e.note)}</span> : null}
                </th>
                <td>{i18n.count(e.projects.value)}</td>
                <td>{i18n.amount(e.investment.value)}</td>
                <td>{e.investment.source.id}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
      <p className="source-note">
        <span className="basis basis-published">{t.basis.published}</span> <SourceRefs refs={refs} i18n={i18n} />
      </p>
    </section>
  );
}
