/**
 * The named projects matching every filter: the only project-level rows the sources give.
 * Sortable by every column, paged for large registers; "show on map" highlights the district
 * or functional area; a register row's details show what the file said beyond the columns.
 * A register with progress columns adds stage, funds in place and start date (which columns a
 * dataset has is domain/table-columns.ts's decision, read by the exports too).
 */
import { Fragment, memo, useCallback, useId, useMemo, useRef, useState } from 'react';
import { ExportMenu, type PanelExport } from '../../components/export-menu';
import { INVESTOR_COLORS, SECTOR_COLORS } from '../../components/palette';
import { SafeText } from '../../components/safe-text';
import { coverageText, SourceRefs } from '../../components/source-note';
import { usePresenting } from '../../components/use-present';
import type { CategoryField, Dataset, District, ItemizedProject, RegisterInfo } from '../../data/types';
import { registerOf } from '../../domain/basis-policy';
import { rowsBasis, type View } from '../../domain/engine';
import { tableColumns, type ProgressColumn, type TableColumns } from '../../domain/table-columns';
import { isAreaKey, placeOf } from '../../domain/places';
import { useI18n, type I18n } from '../../i18n/i18n';
import { projectAmount } from '../../i18n/labels';
import { setHighlight, useViewStore } from '../../stores/view-store';
import { categoryTerm, hasDetails, originalText, placeName, projectsCsv } from './row-text';
import { DESCENDING_FIRST, sortRows, type Sort, type SortColumn, type TextColumn } from './sort';
import { tableMessages } from '../../i18n/table-messages';

export const PAGE_SIZE = 50;

/**
 * A sector or investor cell: its colour dot and label, or "unclassified" where the source is
 * silent; a register's own word for it is shown beside it (or inside "unclassified").
 */
function ClassCell({ row, field, color, i18n }: { row: ItemizedProject; field: CategoryField; color: string | null; i18n: I18n }) {
  const label = categoryTerm(row, field, i18n);
  const original = originalText(row, field);
  return (
    <td>
      {label !== null && color !== null ? (
        <>
          <span className="dot" style={{ background: color }} aria-hidden="true" />
          {label}
          {original !== null ? <span className="row-note original-text">{i18n.t.punct.paren(tableMessages(i18n.lang).rowDetails.original(original))}</span> : null}
        </>
      ) : (
        <span className="muted">{original !== null ? tableMessages(i18n.lang).rowDetails.unclassifiedOriginal(original) : i18n.t.unclassified}</span>
      )}
    </td>
  );
}

/** A progress cell: the stage as the dashboard's term (the file's word is in the row details), funds in place, start date. */
function ProgressCell({ row, column, i18n }: { row: ItemizedProject; column: ProgressColumn; i18n: I18n }) {
  const p = row.progress;
  const funds = p?.fundsInPlace ?? null;
  const text = column === 'stage' ? categoryTerm(row, 'stage', i18n) : column === 'funds' ? (funds === null ? null : i18n.amount(funds)) : (p?.startDate ?? null);
  // A stage word the vocabulary did not place is unclassified (the word is in the details); an empty cell is not filled in.
  const missing = column === 'stage' && originalText(row, 'stage') !== null ? i18n.t.unclassified : tableMessages(i18n.lang).progress.notFilled;
  return (
    <td data-col={column} className={column === 'stage' ? undefined : 'num'}>
      {text ?? <span className="muted">{missing}</span>}
    </td>
  );
}

/** The details of a register row: the file's category texts and the cells of its unmapped columns. */
function RowDetails({ row, extraHeaders, i18n }: { row: ItemizedProject; extraHeaders: readonly string[]; i18n: I18n }) {
  const { t } = i18n;
  const tableText = tableMessages(i18n.lang);
  const categories = (['sector', 'investor', 'signing', 'stage'] as const).flatMap((f) => {
    const text = originalText(row, f);
    return text === null ? [] : [{ f, text, term: categoryTerm(row, f, i18n) ?? t.unclassified }];
  });
  const extra = extraHeaders.map((h, i) => ({ h, v: row.original?.extra[i] ?? '' })).filter((x) => x.v.trim() !== '');
  const { colon } = t.punct;
  return (
    <div className="row-details-body">
      <h4>{tableText.rowDetails.title}</h4>
      {categories.length > 0 ? (
        <>
          <h5>{tableText.rowDetails.categories}</h5>
          <dl>
            {categories.map(({ f, text, term }) => (
              <div key={f}>
                <dt>{tableText.rowDetails.field[f]}{colon}</dt>
                <dd>
                  {text} → {term}
                </dd>
              </div>
            ))}
          </dl>
        </>
      ) : null}
      {extra.length > 0 ? (
        <>
          <h5>{tableText.rowDetails.extra}</h5>
          <dl>
            {extra.map(({ h, v }, i) => (
              <div key={`${i}-${h}`}>
                <dt>{h || '—'}{colon}</dt>
                <dd>{v}</dd>
              </div>
            ))}
          </dl>
        </>
      ) : null}
      {categories.length === 0 && extra.length === 0 ? <p>{tableText.rowDetails.nothing}</p> : null}
    </div>
  );
}

/** The text a column sorts by (null = unknown, sorted last). */
function sortTextFor(byCode: ReadonlyMap<string, District>, i18n: I18n) {
  return (row: ItemizedProject, column: TextColumn): string | null => {
    switch (column) {
      case 'district':
        return placeName(row, byCode, i18n);
      case 'partner':
        return i18n.pick(row.partner);
      case 'project':
        return i18n.pick(row.name);
      case 'sector':
        return categoryTerm(row, 'sector', i18n);
      case 'investor':
        return categoryTerm(row, 'investor', i18n);
    }
  };
}

/** At most this many named projects are listed on a presenter's screen. */
const PRESENT_ROWS = 8;

/** The presenter's version: a short list in large type, an area's rows alone when it is highlighted. */
function PresentProjects({ view, byCode }: { view: View; byCode: ReadonlyMap<string, District> }) {
  const i18n = useI18n();
  const { t } = i18n;
  const highlight = useViewStore((s) => s.highlight);
  const rows = isAreaKey(highlight) ? view.rows.filter((r) => r.area === highlight) : view.rows;
  const shown = rows.slice(0, PRESENT_ROWS);
  return (
    <div className="project-table present-projects">
      <h3>{i18n.w.projects}</h3>
      {shown.length === 0 ? <p className="empty-state">{i18n.w.noProjects}</p> : null}
      <ul>
        {shown.map((row) => (
          <li key={row.id} data-project={row.id}>
            <span className="pp-place">{placeName(row, byCode, i18n)}</span>
            <span className="pp-name">
              <SafeText text={i18n.pick(row.partner)} /> · <SafeText text={i18n.pick(row.name)} />
            </span>
            <span className="pp-amount">{projectAmount(row, i18n)}</span>
          </li>
        ))}
      </ul>
      {rows.length > shown.length ? <p className="chart-note">{t.present.more(rows.length - shown.length)}</p> : null}
      <p className="source-note">
        <span className={`basis basis-${rowsBasis(view)}`}>{t.basis[rowsBasis(view)]}</span> <SourceRefs refs={shown.map((r) => r.source)} i18n={i18n} />
        {shown.some((r) => r.inside92 === 'not-stated') ? ` · ${t.liangjiang}${t.punct.colon}${t.insideNotStated}` : ''}
      </p>
    </div>
  );
}

interface RowProps {
  row: ItemizedProject;
  place: string | null;
  lit: boolean;
  byCode: ReadonlyMap<string, District>;
  i18n: I18n;
  /** Whether the row has details (the file's own words, unmapped cells), whether they are open, and their element id. */
  details: boolean;
  expanded: boolean;
  detailsId: string;
  extraHeaders: readonly string[];
  /** The progress columns the dataset has, in order. */
  progress: readonly ProgressColumn[];
  onToggleDetails: (id: string) => void;
}

/**
 * One row of the table, and its details row when open. Memoized: a click that leaves a row on
 * the page (same row, same highlight, same language, same details state) does not re-render it;
 * rows are the dataset's own objects.
 */
const ProjectRow = memo(function ProjectRow({ row, place, lit, byCode, i18n, details, expanded, detailsId, extraHeaders, progress, onToggleDetails }: RowProps) {
  const { t } = i18n;
  const tableText = tableMessages(i18n.lang);
  const districtName = placeName(row, byCode, i18n);
  return (
    <>
      <tr data-project={row.id} className={lit ? 'highlighted' : undefined}>
        <td>
          {districtName}
          {row.inside92 === 'not-stated' ? <span className="flag"> ({t.insideNotStated})</span> : null}
        </td>
        <td>
          <SafeText text={i18n.pick(row.partner)} />
        </td>
        <td>
          <SafeText text={i18n.pick(row.name)} />
          {row.note ? (
            <span className="row-note">
              {' '}
              — <SafeText text={i18n.pick(row.note)} />
            </span>
          ) : null}
          {details ? (
            <>
              {' '}
              <button
                type="button"
                className="row-toggle details-toggle"
                data-row-details-toggle={row.id}
                aria-expanded={expanded}
                aria-controls={detailsId}
                aria-label={tableText.rowDetails.toggleLabel(i18n.pick(row.name))}
                onClick={() => onToggleDetails(row.id)}
              >
                <span aria-hidden="true">{expanded ? '▾ ' : '▸ '}</span>
                {tableText.rowDetails.toggle}
              </button>
            </>
          ) : null}
        </td>
        <td className="num">{projectAmount(row, i18n)}</td>
        <ClassCell row={row} field="sector" color={row.sector ? SECTOR_COLORS[row.sector] : null} i18n={i18n} />
        <ClassCell row={row} field="investor" color={row.investor ? INVESTOR_COLORS[row.investor] : null} i18n={i18n} />
        {progress.map((column) => (
          <ProgressCell key={column} row={row} column={column} i18n={i18n} />
        ))}
        <td>
          <SourceRefs refs={[row.source]} i18n={i18n} />
        </td>
        <td>
          {place !== null ? (
            <button type="button" className="row-toggle" aria-pressed={lit} onClick={() => setHighlight(lit ? null : place)} aria-label={`${t.showOnMap}${t.punct.colon}${districtName}`}>
              {t.showOnMap}
            </button>
          ) : null}
        </td>
      </tr>
      {expanded ? (
        <tr className="row-details" data-row-details={row.id}>
          <td colSpan={8 + progress.length} id={detailsId}>
            <RowDetails row={row} extraHeaders={extraHeaders} i18n={i18n} />
          </td>
        </tr>
      ) : null}
    </>
  );
});

export function ProjectTable({ view, dataset }: { view: View; dataset: Dataset }) {
  const presenting = usePresenting();
  const districts = dataset.districts;
  const byCode = useMemo(() => new Map(districts.map((d) => [d.code, d])), [districts]);
  const columns = tableColumns(dataset);
  return presenting ? <PresentProjects view={view} byCode={byCode} /> : <ExploreTable view={view} byCode={byCode} register={registerOf(dataset)} columns={columns} />;
}

const NO_HEADERS: readonly string[] = [];

function ExploreTable({ view, byCode, register, columns }: { view: View; byCode: ReadonlyMap<string, District>; register: RegisterInfo | null; columns: TableColumns }) {
  const i18n = useI18n();
  const { t } = i18n;
  const tableText = tableMessages(i18n.lang);
  const highlight = useViewStore((s) => s.highlight);
  const [sort, setSort] = useState<Sort>({ column: 'amount', dir: 'desc' });
  const [page, setPage] = useState(0);
  /** Rows whose details are open (by id). */
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set());
  const extraHeaders = register?.extraHeaders ?? NO_HEADERS;
  // Row ids come from the file and may hold spaces: element ids use the position on the page.
  const idPrefix = useId();
  // Stable, so the memoized rows are not re-rendered for it.
  const toggleDetails = useCallback(
    (id: string) =>
      setOpen((s) => {
        const next = new Set(s);
        if (next.has(id)) next.delete(id);
        else next.add(id);
        return next;
      }),
    [],
  );

  const sortText = useMemo(() => sortTextFor(byCode, i18n), [byCode, i18n]);
  const sorted = useMemo(
    () => sortRows(view.rows, sort, sortText, new Intl.Collator(i18n.lang), (page + 1) * PAGE_SIZE),
    [view.rows, sort, page, sortText, i18n.lang],
  );

  const total = view.rows.length;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const current = Math.min(page, pages - 1);
  const shown = sorted.slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE);
  const coverage = coverageText(view.coverage, i18n);
  const panelRef = useRef<HTMLDivElement | null>(null);
  const exportSpec: PanelExport = {
    panel: 'projects',
    title: i18n.w.projects,
    measure: null,
    basis: coverage ? `${t.basis[rowsBasis(view)]}${t.punct.next}${coverage}` : t.basis[rowsBasis(view)],
    // Read only when exporting: a register can have 100 000 rows.
    sources: () => view.rows.map((r) => r.source),
    // Every matching row in the current sort order, not only the page on screen.
    // A register's export adds the file's own category texts and its unmapped columns.
    table: () => projectsCsv(sortRows(view.rows, sort, sortText, new Intl.Collator(i18n.lang)), columns, register, byCode, i18n),
    node: () => panelRef.current,
  };

  const header = (column: SortColumn, label: string) => {
    const active = sort.column === column;
    const ariaSort = active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none';
    return (
      <th scope="col" aria-sort={ariaSort} data-sort-column={column}>
        <button
          type="button"
          className="sort-button"
          onClick={() => {
            setSort(active ? { column, dir: sort.dir === 'asc' ? 'desc' : 'asc' } : { column, dir: DESCENDING_FIRST.has(column) ? 'desc' : 'asc' });
            setPage(0);
          }}
        >
          {label}
          <span aria-hidden="true">{active ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ' ↕'}</span>
        </button>
      </th>
    );
  };

  return (
    <div className="project-table" ref={panelRef}>
      <div className="panel-tools">
        <p className="source-note">
          <span className={`basis basis-${rowsBasis(view)}`}>{t.basis[rowsBasis(view)]}</span> {coverage}
        </p>
        <ExportMenu spec={exportSpec} i18n={i18n} />
      </div>
      {view.rows.length === 0 ? (
        <div className="empty-state" role="status">
          <p>{i18n.w.noProjects}</p>
          {view.active.length > 0 ? <p>{i18n.w.noProjectsHint}</p> : null}
        </div>
      ) : (
        <>
          <div className="table-scroll" tabIndex={0} role="region" aria-label={i18n.w.projects}>
            <table>
              <thead>
                <tr>
                  {header('district', t.place.colPlace)}
                  {header('partner', t.colPartner)}
                  {header('project', t.colProject)}
                  {header('amount', t.colAmount)}
                  {header('sector', t.dimension.sectors)}
                  {header('investor', t.dimension.investors)}
                  {columns.progress.map((column) => (
                    <Fragment key={column}>{header(column, tableText.progress[column])}</Fragment>
                  ))}
                  <th scope="col">{t.source}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t.showOnMap}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {shown.map((row, index) => {
                  const place = placeOf(row);
                  const details = hasDetails(row);
                  return (
                    // Keyed by position on the page: a click that changes which rows are shown
                    // updates the 50 rows' text in place instead of removing and re-creating them
                    // (at 100 000 rows, most of a click's DOM work).
                    <ProjectRow
                      key={index}
                      row={row}
                      place={place}
                      lit={place !== null && highlight === place}
                      byCode={byCode}
                      i18n={i18n}
                      details={details}
                      expanded={details && open.has(row.id)}
                      detailsId={`${idPrefix}-details-${index}`}
                      extraHeaders={extraHeaders}
                      progress={columns.progress}
                      onToggleDetails={toggleDetails}
                    />
                  );
                })}
              </tbody>
            </table>
          </div>
          {pages > 1 ? (
            <nav className="pager" aria-label={tableText.pager.label}>
              <button type="button" disabled={current === 0} onClick={() => setPage(current - 1)}>
                {tableText.pager.prev}
              </button>
              <span>{tableText.pager.status(current * PAGE_SIZE + 1, current * PAGE_SIZE + shown.length, total)}</span>
              <button type="button" disabled={current >= pages - 1} onClick={() => setPage(current + 1)}>
                {tableText.pager.next}
              </button>
            </nav>
          ) : null}
        </>
      )}
    </div>
  );
}
