/**
 * Signings by edition, 2018–2025, on the shared bars (one row per year): an exact bar for a
 * printed total, an open-ended mark for a lower bound (2025, "above 2000亿"), and no bar but
 * the reason for a year without a Chongqing edition (2024, held in Tianjin). Selecting
 * an edition shows its published breakdowns (edition-detail.tsx, loaded on selection); the
 * selection is in the URL (edition=2023, stores/url-codec.ts). Filters do not apply: the
 * editions publish totals and a few breakdowns only.
 */
import { Suspense, useId, useRef, useState } from 'react';
import { Bars, type BarDatum } from '../../components/bar-chart';
import { amountsInOneUnit } from '../../i18n/format';
import { useBarSizing, type Measure } from '../../components/breakdown-chart';
import { ExportMenu, type PanelExport } from '../../components/export-menu';
import { Loading } from '../../components/loading';
import { EDITION_COLORS } from '../../components/palette';
import { SourceRefs } from '../../components/source-note';
import { usePresenting } from '../../components/use-present';
import { locatorText } from '../../i18n/cite';
import type { Edition } from '../../data/types';
import { editionFact, editionMark, editionSources } from '../../domain/editions';
import type { EditionsView } from '../../domain/engine';
import { useI18n, type I18n } from '../../i18n/i18n';
import { setEdition, useViewStore } from '../../stores/view-store';
import { preloadable } from '../../components/preloadable';
import { progressMessages } from '../../i18n/progress-messages';

// An edition's breakdowns are read only once one is selected: their code stays off the first view.
const EditionDetail = preloadable(() => import('./edition-detail'), (m) => m.EditionDetail);

/** The text said for an edition's mark in a measure (its accessible name); `short` is what the row prints. */
export function editionValueText(e: Edition, measure: Measure, i18n: I18n, short = false): string {
  const p = progressMessages(i18n.lang).editions;
  const mark = editionMark(e);
  if (mark === 'absent') return short ? p.absentShort : p.absent;
  const f = editionFact(e, measure);
  if (f === null) return measure === 'projects' ? p.noCount : i18n.t.amountNotStated;
  if (measure === 'investment' && mark === 'lower-bound') return short ? p.lowerBound(i18n.amount(f.value)) : `${p.lowerBound(i18n.amount(f.value))}${i18n.t.punct.paren(p.lowerBoundShort)}`;
  return measure === 'projects' ? i18n.count(f.value) : i18n.amount(f.value);
}

function yearLabel(e: Edition, i18n: I18n): string {
  const p = progressMessages(i18n.lang).editions;
  if (e.host === 'tianjin') return `${e.year}${i18n.t.punct.paren(p.tianjin)}`;
  return `${e.year}${e.online ? i18n.t.punct.paren(i18n.t.online) : ''}`;
}

interface RowsProps {
  editions: readonly Edition[];
  measure: Measure;
  selected: number | null;
  onSelect: (key: string) => void;
  i18n: I18n;
}

/**
 * One mark per edition on the shared bars: an exact bar for a printed total, an open end for a
 * lower bound, no bar (a selectable row with its reason) where nothing is drawn.
 */
function EditionRows({ editions, measure, selected, onSelect, i18n }: RowsProps) {
  const sizing = useBarSizing();
  const presenting = usePresenting();
  // Eight rows (2018–2025) share a presentation panel: thinner bars than the breakdown charts' 1.4 rem.
  const barSize = presenting ? Math.round(sizing.labelPx * 1.05) : sizing.barSize;
  // Amounts print as numbers in one unit, said once above the bars ("2000以上", not "2000亿元以上").
  const amounts = amountsInOneUnit(editions.map((e) => editionFact(e, 'investment')?.value ?? 0), i18n.lang, i18n.t.money);
  const data: BarDatum[] = editions.map((e, i) => {
    const f = editionFact(e, measure);
    const mark = editionMark(e);
    const drawn = f !== null && mark !== 'absent';
    const number = amounts.numbers[i] ?? '';
    const printed = measure === 'investment' && drawn ? (mark === 'lower-bound' ? progressMessages(i18n.lang).editions.lowerBound(number) : number) : editionValueText(e, measure, i18n, true);
    const label = yearLabel(e, i18n);
    const method = e.method ? i18n.t.editionsMethod[e.method] : progressMessages(i18n.lang).editions.absent;
    return {
      key: String(e.year),
      label,
      value: drawn ? f.value : 0,
      text: printed,
      ariaLabel: `${label}${i18n.t.punct.comma}${method}${i18n.t.punct.colon}${editionValueText(e, measure, i18n)}`,
      color: EDITION_COLORS[e.method ?? 'major-projects'],
      selected: selected === e.year,
      muted: e.method === 'all-signings',
      // The open end is the amount's: a count of the same edition is exact.
      mark: !drawn ? 'none' : measure === 'investment' && mark === 'lower-bound' ? 'lower-bound' : 'exact',
    };
  });
  return <Bars data={data} hasSelection={selected !== null} onToggle={onSelect} barSize={barSize} labelPx={sizing.labelPx} ariaLabel={i18n.t.editionsTitle} {...(measure === 'investment' ? { unit: i18n.t.barUnit(amounts.unit) } : {})} />;
}

/** Select an edition, or clear it when it is the one selected (read at the click, so the handler names nothing else). */
function toggleEdition(key: string): void {
  const year = Number(key);
  setEdition(useViewStore.getState().edition === year ? null : year);
}

export function EditionsChart({ editions }: { editions: EditionsView }) {
  const i18n = useI18n();
  const { t } = i18n;
  const progressWords = progressMessages(i18n.lang);
  const p = progressWords.editions;
  const [measure, setMeasure] = useState<Measure>('investment');
  // The selection is view state: the URL names it (edition=2023) and back/forward restores it.
  const selected = useViewStore((s) => s.edition);
  const presenting = usePresenting();
  const titleId = useId();
  const list = editions.editions;
  // The totals' sources (and 2024's reason); each breakdown cites its own in the detail.
  const refs = list.flatMap((e) => [e.projects?.source, e.investment?.source, e.absence?.source].filter((r) => r !== undefined));
  const chosen = list.find((e) => e.year === selected) ?? null;
  const sectionRef = useRef<HTMLElement | null>(null);
  const c = t.exportUi.columns;
  const exportSpec: PanelExport = {
    panel: 'editions',
    title: t.editionsTitle,
    measure,
    basis: `${t.basis.published}${t.punct.next}${progressWords.editions.note}`,
    sources: () => list.flatMap((e) => editionSources(e)),
    table: () => ({
      columns: [c.year, c.projects, c.investment, p.bound.exact, c.method, c.online, c.source],
      rows: list.map((e) => [
        e.year,
        e.projects?.value ?? null,
        e.investment?.value ?? null,
        e.investment === null ? '' : p.bound[e.investmentBound === 'lower' ? 'lower' : 'exact'],
        e.method ? t.editionsMethod[e.method] : p.absent,
        e.online ? t.online : '',
        editionSources(e)
          .slice(0, 2)
          .map((r) => `${r.id} ${locatorText(r, i18n)}`)
          .join('; '),
      ]),
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
          <div className="measure-switch" role="group" aria-label={`${t.editionsTitle}${t.punct.colon}${t.measureLabel}`}>
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
          {progressWords.editions.filtersIgnored}
        </p>
      ) : null}
      <EditionRows editions={list} measure={measure} selected={selected} onSelect={toggleEdition} i18n={i18n} />
      <p className="chart-note">
        <span className="swatch" style={{ background: EDITION_COLORS['all-signings'] }} aria-hidden="true" /> {t.editionsMethod['all-signings']}{' '}
        <span className="swatch" style={{ background: EDITION_COLORS['major-projects'] }} aria-hidden="true" /> {t.editionsMethod['major-projects']}{t.punct.next}{progressWords.editions.note}
      </p>
      {chosen ? (
        <Suspense fallback={<Loading />}>
          <EditionDetail edition={chosen} onClose={() => setEdition(null)} i18n={i18n} />
        </Suspense>
      ) : presenting ? null : (
        <p className="chart-note edition-pick">{p.pick}</p>
      )}
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
            {list.map((e) => (
              <tr key={e.year} data-edition-row={e.year} className={selected === e.year ? 'selected' : undefined}>
                <th scope="row">
                  <button type="button" className="row-toggle" data-row-key={String(e.year)} aria-pressed={selected === e.year} onClick={() => toggleEdition(String(e.year))}>
                    {e.year}
                  </button>
                  <span className="cell-basis">{t.punct.paren(`${e.method ? t.editionsMethod[e.method] : p.absent}${e.online ? `${t.punct.comma}${t.online}` : ''}`)}</span>
                  {e.note ? <span className="cell-basis"> — {i18n.pick(e.note)}</span> : null}
                </th>
                <td>{e.host !== 'chongqing' ? '—' : e.projects ? i18n.count(e.projects.value) : p.noCount}</td>
                <td>
                  {e.host !== 'chongqing' || e.investment === null
                    ? e.absence
                      ? i18n.pick(e.absence.reason)
                      : '—'
                    : e.investmentBound === 'lower'
                      ? `${p.lowerBound(i18n.amount(e.investment.value))}${t.punct.paren(p.bound.lower)}`
                      : i18n.amount(e.investment.value)}
                </td>
                <td>
                  {editionSources(e)
                    .slice(0, 2)
                    .map((r) => r.id)
                    .filter((id, k, a) => a.indexOf(id) === k)
                    .join(t.punct.comma)}
                </td>
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
