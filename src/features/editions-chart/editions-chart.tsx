/**
 * Signings by edition, 2018–2025, drawn as a small hand-made SVG (one row per year): an exact
 * bar for a printed total, an open-ended mark for a lower bound (2025, "above 2000亿"), and no
 * bar but the reason for a year without a Chongqing edition (2024, held in Tianjin). Selecting
 * an edition shows its published breakdowns (edition-detail.tsx, loaded on selection); the
 * selection is in the URL (edition=2023, stores/url-codec.ts). Filters do not apply: the
 * editions publish totals and a few breakdowns only.
 */
import { lazy, Suspense, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useWidth } from '../../components/bar-layout';
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

// An edition's breakdowns are read only once one is selected: their code stays off the first view.
const EditionDetail = lazy(() => import('./edition-detail').then((m) => ({ default: m.EditionDetail })));

/** The text said for an edition's mark in a measure (its accessible name); `short` is what the row prints. */
export function editionValueText(e: Edition, measure: Measure, i18n: I18n, short = false): string {
  const p = i18n.t.progress.editions;
  const mark = editionMark(e);
  if (mark === 'absent') return short ? p.absentShort : p.absent;
  const f = editionFact(e, measure);
  if (f === null) return measure === 'projects' ? p.noCount : i18n.t.amountNotStated;
  if (measure === 'investment' && mark === 'lower-bound') return short ? p.lowerBound(i18n.amount(f.value)) : `${p.lowerBound(i18n.amount(f.value))} (${p.lowerBoundShort})`;
  return measure === 'projects' ? i18n.count(f.value) : i18n.amount(f.value);
}

function yearLabel(e: Edition, i18n: I18n): string {
  const p = i18n.t.progress.editions;
  if (e.host === 'tianjin') return `${e.year} (${p.tianjin})`;
  return `${e.year}${e.online ? ` (${i18n.t.online})` : ''}`;
}

/** Approximate text width (CJK about 1 em, Latin about 0.56 em), as the bar charts estimate it. */
function textWidth(text: string, px: number): number {
  let w = 0;
  for (const ch of text) w += /[\u2e80-\u9fff\uff00-\uffef]/.test(ch) ? px : px * 0.56;
  return w;
}

interface RowsProps {
  editions: readonly Edition[];
  measure: Measure;
  selected: number | null;
  onSelect: (year: number) => void;
  i18n: I18n;
}

function EditionRows({ editions, measure, selected, onSelect, i18n }: RowsProps) {
  const [ref, width] = useWidth();
  const sizing = useBarSizing();
  const presenting = usePresenting();
  // Eight rows (2018–2025) share a presentation panel: thinner bars than the breakdown charts' 1.4 rem.
  const barSize = presenting ? Math.round(sizing.labelPx * 1.05) : sizing.barSize;
  const labelPx = sizing.labelPx;
  const gradientId = useId().replace(/:/g, '');
  const rowHeight = barSize + 14;
  const labels = editions.map((e) => yearLabel(e, i18n));
  const texts = editions.map((e) => editionValueText(e, measure, i18n, true));
  const names = editions.map((e) => editionValueText(e, measure, i18n));
  const labelWidth = Math.min(Math.round(width * 0.4), Math.max(48, 12 + Math.max(0, ...labels.map((l) => textWidth(l, labelPx)))));
  // Only texts printed after a bar need room on the right; a row without a bar prints its text in the plot.
  const drawnTexts = texts.filter((_, i) => {
    const e = editions[i];
    return e !== undefined && editionMark(e) !== 'absent' && editionFact(e, measure) !== null;
  });
  const valueRoom = Math.min(width * 0.4, 16 + Math.max(0, ...drawnTexts.map((t) => textWidth(t, labelPx))));
  // The open end of a lower bound needs room beyond its printed amount.
  const openRoom = barSize * 1.6;
  const plot = Math.max(40, width - labelWidth - valueRoom - openRoom - 8);
  const values = editions.map((e) => editionFact(e, measure)?.value ?? 0);
  const max = Math.max(1, ...values);
  const height = editions.length * rowHeight + 8;
  const hasSelection = selected !== null;
  return (
    <div ref={ref} className="bars editions-bars">
      <svg width={width} height={height} role="group" aria-label={i18n.t.editionsTitle}>
        <defs>
          <linearGradient id={gradientId} x1="0" x2="1" y1="0" y2="0">
            <stop offset="0" stopColor={EDITION_COLORS['major-projects']} stopOpacity="1" />
            <stop offset="1" stopColor={EDITION_COLORS['major-projects']} stopOpacity="0" />
          </linearGradient>
        </defs>
        {editions.map((e, i) => {
          const y = 4 + i * rowHeight;
          const barY = y + (rowHeight - barSize) / 2;
          const mark = editionMark(e);
          const f = editionFact(e, measure);
          const drawn = f !== null && mark !== 'absent';
          const w = drawn ? Math.max(2, (f.value / max) * plot) : 0;
          const x0 = labelWidth;
          const color = EDITION_COLORS[e.method ?? 'major-projects'];
          const muted = e.method === 'all-signings';
          const isSelected = selected === e.year;
          const dim = hasSelection && !isSelected;
          const open = drawn && measure === 'investment' && mark === 'lower-bound';
          const text = texts[i] ?? '';
          const name = names[i] ?? text;
          const label = labels[i] ?? String(e.year);
          const method = e.method ? i18n.t.editionsMethod[e.method] : i18n.t.progress.editions.absent;
          const onKeyDown = (ev: KeyboardEvent<SVGRectElement>) => {
            if (ev.key === 'Enter' || ev.key === ' ') {
              ev.preventDefault();
              onSelect(e.year);
            }
          };
          // The mark is the whole row's hit area when nothing is drawn (2024; 2025's count), so it stays selectable.
          const hitW = drawn ? w : Math.max(plot, 40);
          return (
            <g key={e.year} className={`edition-row edition-${mark}`} opacity={dim ? 0.45 : 1}>
              <text x={x0 - 6} y={y + rowHeight / 2} textAnchor="end" dominantBaseline="central" className="bar-tick" fill="currentColor" fontSize={labelPx}>
                {label}
              </text>
              {open ? (
                <>
                  {/* Open end: the fill fades out past the printed amount, and a chevron says "more". */}
                  <rect x={x0 + w} y={barY} width={openRoom * 0.8} height={barSize} fill={`url(#${gradientId})`} aria-hidden="true" />
                  <path
                    d={`M ${x0 + w + openRoom * 0.55} ${barY + barSize * 0.2} L ${x0 + w + openRoom * 0.85} ${barY + barSize / 2} L ${x0 + w + openRoom * 0.55} ${barY + barSize * 0.8}`}
                    fill="none"
                    stroke="currentColor"
                    strokeWidth={2}
                    aria-hidden="true"
                  />
                </>
              ) : null}
              <rect
                x={x0}
                y={barY}
                width={hitW}
                height={barSize}
                rx={drawn && !open ? 3 : 0}
                fill={drawn ? color : 'transparent'}
                fillOpacity={drawn ? (muted ? 0.55 : 1) : 0}
                stroke={isSelected ? 'currentColor' : drawn && muted ? color : 'none'}
                strokeWidth={isSelected ? 3 : 1.5}
                strokeDasharray={drawn && muted && !isSelected ? '4 3' : !drawn && isSelected ? '6 4' : undefined}
                className={`mark${isSelected ? ' is-selected' : ''}`}
                data-key={String(e.year)}
                data-mark={drawn ? mark : 'none'}
                role="button"
                tabIndex={0}
                aria-pressed={isSelected}
                aria-label={`${label}, ${method}: ${name}`}
                onClick={() => onSelect(e.year)}
                onKeyDown={onKeyDown}
              />
              <text
                x={drawn ? x0 + w + (open ? openRoom : 0) + 6 : x0 + 4}
                y={y + rowHeight / 2}
                dominantBaseline="central"
                className={`bar-value${drawn ? '' : ' edition-absent-text'}`}
                fill="currentColor"
                fontSize={labelPx}
                pointerEvents="none"
              >
                {text}
              </text>
            </g>
          );
        })}
      </svg>
    </div>
  );
}

export function EditionsChart({ editions }: { editions: EditionsView }) {
  const i18n = useI18n();
  const { t } = i18n;
  const p = i18n.t.progress.editions;
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
    basis: `${t.basis.published}. ${t.editionsNote}`,
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
  const toggle = (year: number) => setEdition(selected === year ? null : year);
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
      <EditionRows editions={list} measure={measure} selected={selected} onSelect={toggle} i18n={i18n} />
      <p className="chart-note">
        <span className="swatch" style={{ background: EDITION_COLORS['all-signings'] }} aria-hidden="true" /> {t.editionsMethod['all-signings']}{' '}
        <span className="swatch" style={{ background: EDITION_COLORS['major-projects'] }} aria-hidden="true" /> {t.editionsMethod['major-projects']}. {t.editionsNote}
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
                  <button type="button" className="row-toggle" data-row-key={String(e.year)} aria-pressed={selected === e.year} onClick={() => toggle(e.year)}>
                    {e.year}
                  </button>
                  <span className="cell-basis">
                    {' '}
                    ({e.method ? t.editionsMethod[e.method] : p.absent}
                    {e.online ? `, ${t.online}` : ''})
                  </span>
                  {e.note ? <span className="cell-basis"> — {i18n.pick(e.note)}</span> : null}
                </th>
                <td>{e.host !== 'chongqing' ? '—' : e.projects ? i18n.count(e.projects.value) : p.noCount}</td>
                <td>
                  {e.host !== 'chongqing' || e.investment === null
                    ? e.absence
                      ? i18n.pick(e.absence.reason)
                      : '—'
                    : e.investmentBound === 'lower'
                      ? `${p.lowerBound(i18n.amount(e.investment.value))} (${p.bound.lower})`
                      : i18n.amount(e.investment.value)}
                </td>
                <td>
                  {editionSources(e)
                    .slice(0, 2)
                    .map((r) => r.id)
                    .filter((id, k, a) => a.indexOf(id) === k)
                    .join(', ')}
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
