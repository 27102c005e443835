/**
 * The progress panel on an imported register: one mark per stage (click or Enter/Space toggles
 * the stage filter, which the other panels follow), the started and funds-in-place rates in
 * words and numbers, the ranked table by district and functional area, month over month, the
 * table view, exports and the provenance line. A register without stage or funds columns says
 * what it lacks (and the published follow-through S12 stays in view). A register whose rows name
 * two or more editions gets edition marks: the year filter (year=2022), which every panel follows.
 */
import { useId, useMemo, useRef, useState } from 'react';
import { Bars, type BarDatum } from '../../components/bar-chart';
import { amountsInOneUnit } from '../../i18n/format';
import { useBarSizing, type Measure } from '../../components/breakdown-chart';
import { ExportMenu, type PanelExport } from '../../components/export-menu';
import { EDITION_COLORS, STAGE_COLORS } from '../../components/palette';
import { SourceRefs } from '../../components/source-note';
import { usePresenting } from '../../components/use-present';
import type { PublishedDataset, RegisterDataset, StageKey } from '../../data/types';
import type { View } from '../../domain/engine';
import { ratePercent } from '../../domain/format';
import { editionsByUnit, MIN_RANKED, type ProgressColumns, type RankBy, type RankRow } from '../../domain/progress';
import { selectProgress, type ProgressView } from '../../domain/progress-view';
import { useI18n, type I18n } from '../../i18n/i18n';
import { categoryName } from '../../i18n/labels';
import { toggleFilter } from '../../stores/view-store';
import { FollowThrough } from './follow-through';
import { MonthOverMonth } from './month-over-month';
import { rateText, unitName } from './progress-text';
import { progressMessages } from '../../i18n/progress-messages';

function lacking(cols: ProgressColumns, i18n: I18n): string | null {
  const names = progressMessages(i18n.lang).panel.colName;
  const missing = (['stage', 'funds', 'startDate', 'reportDate', 'edition'] as const).filter((k) => !cols[k]).map((k) => names[k]);
  if (missing.length === 0) return null;
  return progressMessages(i18n.lang).panel.lacks(i18n.list(missing));
}

function Rates({ pv, i18n }: { pv: ProgressView; i18n: I18n }) {
  const p = progressMessages(i18n.lang).panel;
  const s = pv.summary;
  if (s.projects === 0) return <p className="empty-state">{p.empty}</p>;
  return (
    <dl className="follow-figures progress-rates">
      {pv.columns.stage ? (
        <div data-rate="started" data-basis="complete">
          <dt title={p.startedRateHelp}>{p.startedRate}</dt>
          <dd>
            <span className="follow-number">{rateText(s.startedRate.byCount, i18n)}</span>{' '}
            <span className="rate-detail">{p.byCount('', i18n.count(s.startedRate.byCount.num), i18n.count(s.startedRate.byCount.den)).trim()}</span>
            <br />
            <span className="rate-detail" data-rate="started-amount">
              {p.byAmount(rateText(s.startedRate.byAmount, i18n), i18n.amount(s.startedRate.byAmount.num), i18n.amount(s.startedRate.byAmount.den))}
            </span>
            <span className="meter" aria-hidden="true">
              <span className="meter-fill meter-complete" style={{ width: `${Math.min(100, (s.startedRate.byCount.value ?? 0) * 100)}%` }} />
            </span>
          </dd>
        </div>
      ) : null}
      {pv.columns.funds ? (
        <div data-rate="funds" data-basis="complete">
          <dt title={p.fundsRateHelp}>{p.fundsRate}</dt>
          <dd>
            <span className="follow-number">{rateText(s.fundsRate, i18n)}</span>{' '}
            <span className="rate-detail">{p.fundsDetail('', i18n.amount(s.fundsRate.num), i18n.amount(s.fundsRate.den), s.funds.rowsWithBoth).trim()}</span>
            <span className="meter" aria-hidden="true">
              <span className="meter-fill meter-complete" style={{ width: `${Math.min(100, (s.fundsRate.value ?? 0) * 100)}%` }} />
            </span>
          </dd>
        </div>
      ) : null}
    </dl>
  );
}

function RankTable({ title, rows, by, i18n, note }: { title: string; rows: readonly RankRow[]; by: RankBy; i18n: I18n; note?: string | undefined }) {
  const p = progressMessages(i18n.lang).panel;
  const c = p.rankCols;
  const captionId = useId();
  if (rows.length === 0) return null;
  return (
    <div className="rank-block">
      <h5 id={captionId}>{title}</h5>
      {note ? <p className="chart-note">{note}</p> : null}
      <div className="table-scroll">
        <table className="chart-table rank-table" aria-labelledby={captionId} data-rank-table={by}>
          <thead>
            <tr>
              <th scope="col">{c.rank}</th>
              <th scope="col">{c.unit}</th>
              <th scope="col">{c.projects}</th>
              <th scope="col">{c.started}</th>
              <th scope="col">{c.startedRate}</th>
              <th scope="col">{c.fundsRate}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const s = r.summary;
              const k = r.unit.kind === 'district' ? r.unit.code : r.unit.key;
              return (
                <tr key={k} data-unit={k} data-rank={r.rank ?? ''} className={r.small ? 'rank-small' : undefined}>
                  <td>{r.rank === null ? '—' : `${r.rank}${r.tied ? i18n.t.punct.paren(p.tie) : ''}`}</td>
                  <th scope="row">{unitName(r.unit, i18n)}</th>
                  <td>{i18n.count(s.projects)}</td>
                  <td>
                    {i18n.count(s.started.projects)}/{i18n.count(s.withStage)}
                  </td>
                  <td>{rateText(s.startedRate.byCount, i18n)}</td>
                  <td>
                    {rateText(s.fundsRate, i18n)}
                    {s.funds.rowsWithBoth > 0 ? <span className="cell-basis">{i18n.t.punct.paren(i18n.count(s.funds.rowsWithBoth))}</span> : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}

/**
 * The edition marks: one per edition the rows name (click, Enter or Space toggles the year filter,
 * which every panel follows). Counted over every edition, the year filter marked, not applied.
 */
function YearMarks({ pv, measure, i18n, bar }: { pv: ProgressView; measure: Measure; i18n: I18n; bar: { barSize: number; labelPx: number } }) {
  const { t } = i18n;
  const p = progressMessages(i18n.lang).panel;
  if (pv.editions.length < 2) return null;
  const amounts = amountsInOneUnit(pv.years.map((c) => c.amount), i18n.lang, t.money);
  const data: BarDatum[] = pv.years.map((c, i) => {
    const value = measure === 'projects' ? c.projects : c.amount;
    const text = measure === 'projects' ? i18n.count(value) : i18n.amount(value);
    const label = p.editionsCol(c.year);
    return { key: String(c.year), label, value, text: measure === 'projects' ? text : (amounts.numbers[i] ?? text), ariaLabel: `${label}${t.punct.colon}${text}${t.punct.comma}${t.basis.complete}`, color: EDITION_COLORS['major-projects'], selected: c.selected, muted: false };
  });
  return (
    <div className="progress-years" data-year-marks="true">
      <h4>{p.yearsTitle}</h4>
      <Bars data={data} hasSelection={pv.yearFilter} onToggle={(k) => toggleFilter('years', k)} {...bar} {...(measure === 'projects' ? {} : { unit: t.barUnit(amounts.unit) })} />
      {pv.noYear > 0 ? <p className="chart-note">{p.noYear(pv.noYear)}</p> : null}
      {pv.yearFilter ? <p className="chart-note">{p.yearFilterNote}</p> : null}
    </div>
  );
}

function EditionsTable({ pv, i18n }: { pv: ProgressView; i18n: I18n }) {
  const p = progressMessages(i18n.lang).panel;
  const data = useMemo(() => (pv.editions.length >= 2 ? editionsFor(pv) : null), [pv]);
  if (!data) return null;
  // The year filter marks its editions here (every edition stays, so they can be compared).
  const selected = (e: number) => pv.years.some((c) => c.year === e && c.selected);
  const cls = (e: number) => (selected(e) ? 'selected' : pv.yearFilter ? 'dimmed' : undefined);
  return (
    <div className="rank-block" data-editions-by-unit="true">
      <h5>{p.editionsTitle}</h5>
      <div className="table-scroll">
        <table className="chart-table editions-by-unit">
          <thead>
            <tr>
              <th scope="col">{p.rankCols.unit}</th>
              {data.editions.map((e) => (
                <th scope="col" key={e} data-edition-col={e} data-selected={selected(e)} className={cls(e)}>
                  {p.editionsCol(e)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {[...data.districts, ...data.areas].map((u) => (
              <tr key={u.unit.kind === 'district' ? u.unit.code : u.unit.key}>
                <th scope="row">{unitName(u.unit, i18n)}</th>
                {u.cells.map((c) => (
                  <td key={c.edition} className={cls(c.edition)}>{c.projects === 0 ? '—' : p.editionsCell(i18n.count(c.projects), i18n.amount(c.amount), rateText(c.startedRate, i18n))}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

// Edition over edition is computed only when shown (a register with an edition column), over every edition.
function editionsFor(pv: ProgressView) {
  return editionsByUnit(pv.editionRows);
}

export function RegisterProgress({ view, dataset, followThrough }: { view: View; dataset: RegisterDataset; followThrough: PublishedDataset['followThrough'] }) {
  const i18n = useI18n();
  const { t } = i18n;
  const p = progressMessages(i18n.lang).panel;
  const presenting = usePresenting();
  const sizing = useBarSizing();
  // A presentation scene holds the stages, the rates and the top of the ranked table: thinner bars.
  const bar = presenting ? { barSize: Math.round(sizing.labelPx * 0.9), labelPx: sizing.labelPx * 0.8 } : sizing;
  const titleId = useId();
  const sectionRef = useRef<HTMLElement | null>(null);
  const [measure, setMeasure] = useState<Measure>('projects');
  const [rankBy, setRankBy] = useState<RankBy>('started');
  const pv = selectProgress(dataset, view.filters);
  const refs = [{ id: 'R' as const, locator: dataset.register.name }];
  const lacks = lacking(pv.columns, i18n);
  const stageLabel = (k: StageKey) => categoryName('stage', k, i18n);
  const s = pv.summary;
  // Amounts print as numbers in one unit, said once above the bars.
  const stageAmounts = amountsInOneUnit(s.stages.map((c) => c.amount), i18n.lang, t.money);
  const data: BarDatum[] = s.stages.map((c, i) => {
    const value = measure === 'projects' ? c.projects : c.amount;
    const text = measure === 'projects' ? i18n.count(value) : i18n.amount(value);
    return { key: c.key, label: stageLabel(c.key), value, text: measure === 'projects' ? text : (stageAmounts.numbers[i] ?? text), ariaLabel: `${stageLabel(c.key)}${t.punct.colon}${text}${t.punct.comma}${t.basis.complete}`, color: STAGE_COLORS[c.key], selected: c.selected, muted: false };
  });
  const tables = rankBy === 'started' ? pv.byStarted : pv.byFunds;
  const c = t.exportUi.columns;
  const exportSpec: PanelExport = {
    panel: 'progress',
    title: p.title,
    measure,
    basis: `${t.basis.complete}${pv.rule ? `${t.punct.next}${t.reportRule(pv.rule)}` : ''}`,
    sources: () => refs,
    table: () => ({
      // Rates as percentages with one decimal (41.5), as the panel shows them.
      columns: [c.key, c.label, c.projects, `${c.investment} (亿元)`, `${p.colName.funds} (亿元)`, p.rankCols.rank, `${p.rankCols.startedRate} (%)`, `${p.rankCols.fundsRate} (%)`],
      rows: [
        ...s.stages.map((x) => [x.key, stageLabel(x.key), x.projects, x.amount, x.fundsInPlace, '', '', ''] as (string | number | null)[]),
        ['all', p.startedRate, s.withStage, s.started.amount, s.funds.inPlace, '', ratePercent(s.startedRate.byCount.value), ratePercent(s.fundsRate.value)],
        ...[...tables.districts, ...tables.areas].map((r) => [r.unit.kind === 'district' ? r.unit.code : r.unit.key, unitName(r.unit, i18n), r.summary.projects, null, r.summary.funds.inPlace, r.rank, ratePercent(r.summary.startedRate.byCount.value), ratePercent(r.summary.fundsRate.value)] as (string | number | null)[]),
      ],
    }),
    node: () => sectionRef.current,
    svg: () => sectionRef.current?.querySelector<SVGSVGElement>('.bars svg') ?? null,
  };
  return (
    <section className="chart progress-panel" data-chart="progress" data-chart-mode="complete" data-has-progress={pv.hasProgress} aria-labelledby={titleId} ref={sectionRef}>
      <div className="chart-head">
        <h3 id={titleId}>{p.title}</h3>
        {presenting || !pv.hasProgress ? null : <ExportMenu spec={exportSpec} i18n={i18n} />}
        {pv.columns.stage && !presenting ? (
          <div className="measure-switch" role="group" aria-label={`${p.title}${t.punct.colon}${t.measureLabel}`}>
            {(['projects', 'investment'] as const).map((m) => (
              <button key={m} type="button" aria-pressed={measure === m} onClick={() => setMeasure(m)}>
                {m === 'projects' ? t.tableProjects : t.tableInvestment}
              </button>
            ))}
          </div>
        ) : null}
      </div>
      {!pv.hasProgress ? (
        <>
          <p className="not-published-banner" role="note" data-lacks="progress">
            {p.noProgress}
          </p>
          <FollowThrough followThrough={followThrough} i18n={i18n} filtersActive={view.active.length > 0} />
          {presenting ? null : <YearMarks pv={pv} measure={measure} i18n={i18n} bar={bar} />}
        </>
      ) : (
        <>
          {lacks && !presenting ? (
            <p className="chart-note" data-lacks="columns">
              {lacks}
            </p>
          ) : null}
          {pv.rule ? <p className="chart-note" data-report-rule="true">{t.reportRule(pv.rule)}</p> : null}
          <div className="progress-grid">
            <div className="progress-stages">
              {pv.columns.stage ? (
                <>
                  <h4>{p.stagesTitle}</h4>
                  <Bars data={data} hasSelection={pv.stageFilter} onToggle={(k) => toggleFilter('stages', k as StageKey)} {...bar} {...(measure === 'projects' ? {} : { unit: t.barUnit(stageAmounts.unit) })} />
                  {s.noStage > 0 ? <p className="chart-note">{p.noStage(s.noStage)}</p> : null}
                  {pv.stageFilter && !presenting ? <p className="chart-note">{p.stageFilterNote}</p> : null}
                </>
              ) : null}
            </div>
            <div className="progress-figures">
              <Rates pv={pv} i18n={i18n} />
              {s.funds.overContract > 0 ? (
                <p className="chart-note over-contract" data-over-contract={s.funds.overContract}>
                  {p.overContract(s.funds.overContract)}
                </p>
              ) : null}
            </div>
          </div>
          {presenting ? null : <YearMarks pv={pv} measure={measure} i18n={i18n} bar={bar} />}
          {presenting ? null : (
            <details className="table-view">
              <summary>{t.tableView}</summary>
              <table className="chart-table">
                <caption className="visually-hidden">{p.stagesTitle}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t.tableKey}</th>
                    <th scope="col">{t.tableProjects}</th>
                    <th scope="col">{t.tableInvestment}</th>
                    <th scope="col">{p.colName.funds}</th>
                  </tr>
                </thead>
                <tbody>
                  {s.stages.map((x) => (
                    <tr key={x.key} className={x.selected ? 'selected' : pv.stageFilter ? 'dimmed' : undefined}>
                      <th scope="row">
                        <button type="button" className="row-toggle" data-row-key={x.key} aria-pressed={x.selected} onClick={() => toggleFilter('stages', x.key)}>
                          {stageLabel(x.key)}
                        </button>
                      </th>
                      <td>{i18n.count(x.projects)}</td>
                      <td>{i18n.amount(x.amount)}</td>
                      <td>{pv.columns.funds ? i18n.amount(x.fundsInPlace) : '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </details>
          )}
          <div className="rank-head">
            <h4>{p.rankTitle}</h4>
            {presenting ? null : (
              <div className="measure-switch" role="group" aria-label={p.rankTitle}>
                {(['started', 'funds'] as const)
                  .filter((b) => (b === 'started' ? pv.columns.stage : pv.columns.funds))
                  .map((b) => (
                    <button key={b} type="button" aria-pressed={rankBy === b} onClick={() => setRankBy(b)}>
                      {p.rankBy[b]}
                    </button>
                  ))}
              </div>
            )}
          </div>
          {tables.districts.length + tables.areas.length === 0 ? <p className="empty-state">{p.noUnits}</p> : null}
          <div className="rank-tables">
            <RankTable title={p.districts} rows={presenting ? tables.districts.slice(0, 4) : tables.districts} by={rankBy} i18n={i18n} />
            <RankTable title={p.areas} rows={presenting ? tables.areas.slice(0, 3) : tables.areas} by={rankBy} i18n={i18n} note={presenting ? undefined : p.areasNote} />
          </div>
          {presenting ? null : <p className="chart-note">{p.rankSmall(MIN_RANKED)}</p>}
          {presenting ? null : <EditionsTable pv={pv} i18n={i18n} />}
          {presenting ? null : <MonthOverMonth dataset={dataset} pv={pv} filters={view.filters} i18n={i18n} />}
        </>
      )}
      <p className="source-note">
        <span className="basis basis-complete">{t.basis.complete}</span> <SourceRefs refs={refs} i18n={i18n} />
      </p>
    </section>
  );
}

/** The month-over-month view as a panel of its own (presentation scene). */
export function RegisterMonthly({ view, dataset }: { view: View; dataset: RegisterDataset }) {
  const i18n = useI18n();
  const pv = selectProgress(dataset, view.filters);
  const refs = [{ id: 'R' as const, locator: dataset.register.name }];
  return (
    <section className="chart progress-panel" data-chart="monthly" data-chart-mode="complete">
      <MonthOverMonth dataset={dataset} pv={pv} filters={view.filters} i18n={i18n} />
      <p className="source-note">
        <span className="basis basis-complete">{i18n.t.basis.complete}</span> <SourceRefs refs={refs} i18n={i18n} />
      </p>
    </section>
  );
}
