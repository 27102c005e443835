/**
 * A breakdown chart panel (sector, investor, size, signing): title, measure switch, the bars
 * (Recharts), a "not published" banner with coverage when the chart's combination was never
 * published (unless the page's one banner already says so), the table view, notes, and the
 * sources. A chart with nothing to draw says why in one line. Clicking a bar toggles its filter.
 */
import { useId, useRef, useState, type ReactNode } from 'react';
import type { Bar, ChartView, Figure } from '../domain/engine';
import type { ExportTable } from '../export/csv';
import type { I18n } from '../i18n/i18n';
import { Bars, type BarDatum } from './bar-chart';
import { ChartTable } from './chart-table';
import { ExportMenu, type PanelExport } from './export-menu';
import { amountText, coverageText, SourceRefs } from './source-note';
import { amountsInOneUnit } from '../i18n/format';
import { usePresenting, useRootFontPx } from './use-present';

export type Measure = 'projects' | 'investment';

interface Props<K extends string> {
  chartKey: 'sector' | 'investor' | 'size' | 'signing';
  title: string;
  chart: ChartView<K>;
  label: (key: K) => string;
  colorOf: (key: K) => string;
  onToggle: (key: K) => void;
  i18n: I18n;
  /** Measures offered; the first is the default. Size bands have counts only. */
  measures: readonly Measure[];
  note?: ReactNode;
  /**
   * The page's one banner says the sources published no figure for the selection
   * (domain/what-is-known.ts, nothingPublished): the chart does not repeat it, and drops the
   * notes that explain published figures it is not showing.
   */
  pageBanner?: boolean;
}

/** Bar thickness and label size: fixed when exploring, scaled with the screen when presenting. */
export function useBarSizing(): { barSize: number; labelPx: number } {
  const presenting = usePresenting();
  const px = useRootFontPx();
  return presenting ? { barSize: Math.round(px * 1.4), labelPx: px } : { barSize: 22, labelPx: px * 0.85 };
}

/** The numbers a breakdown shows, both measures, with their basis: the CSV of the panel. */
export function breakdownTable<K extends string>(chart: ChartView<K>, label: (key: K) => string, i18n: I18n): ExportTable {
  const c = i18n.t.exportUi.columns;
  const amount = (f: Figure) => (f.basis === 'itemized' && f.value === 0 ? null : f.value);
  return {
    columns: [c.key, c.label, c.projects, c.projectsBasis, c.investment, c.investmentBasis],
    rows: chart.bars.map((b) => [b.key, label(b.key), b.projects.value, i18n.t.basis[b.projects.basis], amount(b.investment), i18n.t.basis[b.investment.basis]]),
  };
}

function figureOf<K extends string>(bar: Bar<K>, measure: Measure): Figure {
  return measure === 'projects' ? bar.projects : bar.investment;
}

export function BreakdownChart<K extends string>({ chartKey, title, chart, label, colorOf, onToggle, i18n, measures, note, pageBanner = false }: Props<K>) {
  const { t } = i18n;
  const presenting = usePresenting();
  const bar = useBarSizing();
  const [measure, setMeasure] = useState<Measure>(measures[0] ?? 'projects');
  const titleId = useId();
  const itemized = chart.mode === 'itemized';
  const figures = chart.bars.map((b) => figureOf(b, measure));
  const nothing = itemized && chart.bars.every((b) => b.projects.value === 0);
  // Under the page's banner, a chart with nothing to draw is one short line (and takes little space).
  const brief = pageBanner && nothing;
  // Nothing drawn because the matching rows lack this dimension: that is the reason, said once
  // (not "no named project matches" beside "1 more matching named project is unclassified").
  const nothingText =
    chart.unclassified > 0 ? i18n.w.chartUnclassified(chart.unclassified, t.known.dimension[chartKey]) : pageBanner ? i18n.w.noProjects : i18n.w.chartNoNamed;
  // Amounts are printed as numbers in one unit, said once above the bars.
  const amounts = amountsInOneUnit(figures.map((f) => f.value), i18n.lang, t.money);
  const data: BarDatum[] = chart.bars.map((bar, i) => {
    const f = figureOf(bar, measure);
    const valueText = measure === 'investment' ? amountText(f, i18n) : i18n.count(f.value);
    const printed = measure === 'investment' && valueText !== t.amountNotStated ? (amounts.numbers[i] ?? valueText) : valueText;
    // Only a derived bar among printed ones says so on the bar; the badge below names the rest.
    const basisNote = f.basis === 'derived' && chart.policy.derivedBarNotes ? ` (${t.basis[f.basis]})` : '';
    return {
      key: bar.key,
      label: label(bar.key),
      value: f.value,
      text: `${printed}${basisNote}`,
      ariaLabel: `${label(bar.key)}${t.punct.colon}${valueText}${t.punct.comma}${t.basis[f.basis]}`,
      color: colorOf(bar.key),
      selected: bar.selected,
      // Printed figures and a full register's are solid; derived and named-only bars are not.
      muted: f.basis === 'derived' || f.basis === 'itemized',
    };
  });
  // Repeated refs are merged where they are shown (SourceRefs, export source lines).
  const sources = figures.flatMap((f) => f.sources);
  const coverage = coverageText(chart.coverage, i18n);
  const sectionRef = useRef<HTMLElement | null>(null);
  const exportSpec: PanelExport = {
    panel: chartKey,
    title,
    measure,
    basis: itemized ? [t.basis[chart.mode], `${t.chartNotPublished}${t.punct.gap}${coverage ?? ''}`.trim()].join(t.punct.next) : t.basis[chart.mode],
    sources: () => chart.bars.flatMap((b) => [...b.projects.sources, ...b.investment.sources]),
    table: () => breakdownTable(chart, label, i18n),
    node: () => sectionRef.current,
    svg: () => sectionRef.current?.querySelector<SVGSVGElement>('.bars svg') ?? null,
  };
  return (
    <section className="chart" data-chart={chartKey} data-chart-mode={chart.mode} aria-labelledby={titleId} ref={sectionRef}>
      <div className="chart-head">
        <h3 id={titleId}>{title}</h3>
        {presenting ? null : <ExportMenu spec={exportSpec} i18n={i18n} />}
        {measures.length > 1 && !presenting && !brief ? (
          <div className="measure-switch" role="group" aria-label={`${title}${t.punct.colon}${t.measureLabel}`}>
            {measures.map((m) => (
              <button key={m} type="button" aria-pressed={measure === m} onClick={() => setMeasure(m)}>
                {m === 'projects' ? t.tableProjects : t.tableInvestment}
              </button>
            ))}
          </div>
        ) : null}
      </div>
      {itemized && !pageBanner ? (
        <p className="not-published-banner" role="note">
          {t.chartNotPublished} {coverage}
        </p>
      ) : null}
      {nothing ? (
        <p className={brief ? 'empty-state empty-brief' : 'empty-state'} data-chart-empty="">
          {nothingText}
        </p>
      ) : (
        <Bars data={data} hasSelection={chart.hasSelection} onToggle={(k) => onToggle(k as K)} {...bar} {...(measure === 'investment' ? { unit: t.barUnit(amounts.unit) } : {})} />
      )}
      {chart.mode !== 'published' && chart.unmapped > 0 && !nothing ? (
        <p className="chart-note" data-unmapped={chart.unmapped}>
          {i18n.w.unmappedRows(chart.unmapped, chart.dimension)}
        </p>
      ) : null}
      {chart.mode !== 'published' && chart.unclassified - chart.unmapped > 0 && !nothing ? <p className="chart-note">{i18n.w.unclassifiedRows(chart.unclassified - chart.unmapped)}</p> : null}
      {/* The notes explain the published figures; a register's bars are its own. */}
      {note && !presenting && chart.policy.publishedFigureNotes && !pageBanner ? <p className="chart-note">{note}</p> : null}
      {presenting || brief ? null : (
        <details className="table-view">
          <summary>{t.tableView}</summary>
          <ChartTable title={title} chart={chart} label={label} onToggle={onToggle} i18n={i18n} />
        </details>
      )}
      {/* Nothing drawn and no source behind it: no "Source: —" line. */}
      {nothing && sources.length === 0 ? null : (
        <p className="source-note">
          <span className={`basis basis-${chart.mode}`}>{t.basis[chart.mode]}</span>{' '}
          {/* A register with reporting dates: the rule its rows are counted by. */}
          {chart.mode === 'complete' && coverage ? <span data-report-rule="">{`${coverage}${t.punct.semicolon}`}</span> : null}
          <SourceRefs refs={sources} i18n={i18n} />
        </p>
      )}
    </section>
  );
}
