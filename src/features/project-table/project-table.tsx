/**
 * The named projects matching every filter: the only project-level rows the sources give.
 * Sortable by every column, paged for large registers; "show on map" highlights the district.
 */
import { memo, useMemo, useRef, useState } from 'react';
import { ExportMenu, type PanelExport } from '../../components/export-menu';
import { INVESTOR_COLORS, SECTOR_COLORS } from '../../components/palette';
import { SafeText } from '../../components/safe-text';
import { coverageText, SourceRefs } from '../../components/source-note';
import { usePresenting } from '../../components/use-present';
import { locatorText } from '../../data/cite';
import type { District, ItemizedProject } from '../../data/types';
import { rowsBasis, type View } from '../../domain/engine';
import { useI18n, type I18n } from '../../i18n/i18n';
import { projectAmount } from '../../i18n/labels';
import { setHighlight, useViewStore } from '../../stores/view-store';
import { sortRows, type Sort, type SortColumn } from './sort';

export const PAGE_SIZE = 50;

/** A sector or investor cell: its colour dot and label, or "unclassified" where the source is silent. */
function ClassCell({ label, color, i18n }: { label: string | null; color: string | null; i18n: I18n }) {
  return (
    <td>
      {label !== null && color !== null ? (
        <>
          <span className="dot" style={{ background: color }} aria-hidden="true" />
          {label}
        </>
      ) : (
        <span className="muted">{i18n.t.unclassified}</span>
      )}
    </td>
  );
}

/** Where a row is on the map: a district code, 'liangjiang', or null. */
function placeOf(row: ItemizedProject): string | null {
  return row.area === 'liangjiang' ? 'liangjiang' : row.district;
}

/** The text a column sorts by (null = unknown, sorted last). */
function sortTextFor(byCode: ReadonlyMap<string, District>, i18n: I18n) {
  return (row: ItemizedProject, column: Exclude<SortColumn, 'amount'>): string | null => {
    switch (column) {
      case 'district':
        return placeName(row, byCode, i18n);
      case 'partner':
        return i18n.pick(row.partner);
      case 'project':
        return i18n.pick(row.name);
      case 'sector':
        return row.sector ? i18n.t.sector[row.sector] : null;
      case 'investor':
        return row.investor ? i18n.t.investor[row.investor] : null;
    }
  };
}

function placeName(row: ItemizedProject, byCode: ReadonlyMap<string, District>, i18n: I18n): string {
  if (row.area === 'liangjiang') return i18n.t.liangjiang;
  const d = row.district === null ? undefined : byCode.get(row.district);
  return d ? i18n.pick(d) : i18n.t.unclassified;
}

/** At most this many named projects are listed on a presenter's screen. */
const PRESENT_ROWS = 8;

/** The presenter's version: a short list in large type, Liangjiang rows alone when it is highlighted. */
function PresentProjects({ view, byCode }: { view: View; byCode: ReadonlyMap<string, District> }) {
  const i18n = useI18n();
  const { t } = i18n;
  const highlight = useViewStore((s) => s.highlight);
  const rows = highlight === 'liangjiang' ? view.rows.filter((r) => r.area === 'liangjiang') : view.rows;
  const shown = rows.slice(0, PRESENT_ROWS);
  return (
    <div className="project-table present-projects">
      <h3>{t.regions.projects}</h3>
      {shown.length === 0 ? <p className="empty-state">{t.noProjects}</p> : null}
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
        {shown.some((r) => r.inside92 === 'not-stated') ? ` · ${t.liangjiang}: ${t.insideNotStated}` : ''}
      </p>
    </div>
  );
}

/**
 * One row of the table. Memoized: a click that leaves a row on the page (same row, same
 * highlight, same language) does not re-render it; rows are the dataset's own objects.
 */
const ProjectRow = memo(function ProjectRow({ row, place, lit, byCode, i18n }: { row: ItemizedProject; place: string | null; lit: boolean; byCode: ReadonlyMap<string, District>; i18n: I18n }) {
  const { t } = i18n;
  const districtName = placeName(row, byCode, i18n);
  return (
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
      </td>
      <td className="num">{projectAmount(row, i18n)}</td>
      <ClassCell label={row.sector ? t.sector[row.sector] : null} color={row.sector ? SECTOR_COLORS[row.sector] : null} i18n={i18n} />
      <ClassCell label={row.investor ? t.investor[row.investor] : null} color={row.investor ? INVESTOR_COLORS[row.investor] : null} i18n={i18n} />
      <td>
        <SourceRefs refs={[row.source]} i18n={i18n} />
      </td>
      <td>
        {place !== null ? (
          <button type="button" className="row-toggle" aria-pressed={lit} onClick={() => setHighlight(lit ? null : place)} aria-label={`${t.showOnMap}: ${districtName}`}>
            {t.showOnMap}
          </button>
        ) : null}
      </td>
    </tr>
  );
});

export function ProjectTable({ view, districts }: { view: View; districts: readonly District[] }) {
  const presenting = usePresenting();
  const byCode = useMemo(() => new Map(districts.map((d) => [d.code, d])), [districts]);
  return presenting ? <PresentProjects view={view} byCode={byCode} /> : <ExploreTable view={view} byCode={byCode} />;
}

function ExploreTable({ view, byCode }: { view: View; byCode: ReadonlyMap<string, District> }) {
  const i18n = useI18n();
  const { t } = i18n;
  const highlight = useViewStore((s) => s.highlight);
  const [sort, setSort] = useState<Sort>({ column: 'amount', dir: 'desc' });
  const [page, setPage] = useState(0);

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
  const c = t.exportUi.columns;
  const exportSpec: PanelExport = {
    panel: 'projects',
    title: t.regions.projects,
    measure: null,
    basis: coverage ? `${t.basis[rowsBasis(view)]}. ${coverage}` : t.basis[rowsBasis(view)],
    // Read only when exporting: a register can have 100 000 rows.
    sources: () => view.rows.map((r) => r.source),
    // Every matching row in the current sort order, not only the page on screen.
    table: () => ({
      columns: [t.colDistrict, c.code, t.colPartner, t.colProject, c.amount, t.dimension.sectors, t.dimension.investors, t.insideNotStated, c.source],
      rows: sortRows(view.rows, sort, sortText, new Intl.Collator(i18n.lang)).map((r) => [
        placeName(r, byCode, i18n),
        r.district ?? '',
        i18n.pick(r.partner),
        i18n.pick(r.name),
        r.amount,
        r.sector ? t.sector[r.sector] : t.unclassified,
        r.investor ? t.investor[r.investor] : t.unclassified,
        r.inside92 === 'not-stated' ? t.insideNotStated : '',
        `${r.source.id} ${locatorText(r.source, i18n.lang)}`,
      ]),
    }),
    node: () => panelRef.current,
  };

  const header = (column: SortColumn, label: string) => {
    const active = sort.column === column;
    const ariaSort = active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none';
    return (
      <th scope="col" aria-sort={ariaSort}>
        <button
          type="button"
          className="sort-button"
          onClick={() => {
            setSort(active ? { column, dir: sort.dir === 'asc' ? 'desc' : 'asc' } : { column, dir: column === 'amount' ? 'desc' : 'asc' });
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
          <p>{t.noProjects}</p>
          {view.active.length > 0 ? <p>{t.noProjectsHint}</p> : null}
        </div>
      ) : (
        <>
          <div className="table-scroll" tabIndex={0} role="region" aria-label={t.regions.projects}>
            <table>
              <thead>
                <tr>
                  {header('district', t.colDistrict)}
                  {header('partner', t.colPartner)}
                  {header('project', t.colProject)}
                  {header('amount', t.colAmount)}
                  {header('sector', t.dimension.sectors)}
                  {header('investor', t.dimension.investors)}
                  <th scope="col">{t.source}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t.showOnMap}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {shown.map((row) => {
                  const place = placeOf(row);
                  return <ProjectRow key={row.id} row={row} place={place} lit={place !== null && highlight === place} byCode={byCode} i18n={i18n} />;
                })}
              </tbody>
            </table>
          </div>
          {pages > 1 ? (
            <nav className="pager" aria-label={t.pager.label}>
              <button type="button" disabled={current === 0} onClick={() => setPage(current - 1)}>
                {t.pager.prev}
              </button>
              <span>{t.pager.status(current * PAGE_SIZE + 1, current * PAGE_SIZE + shown.length, total)}</span>
              <button type="button" disabled={current >= pages - 1} onClick={() => setPage(current + 1)}>
                {t.pager.next}
              </button>
            </nav>
          ) : null}
        </>
      )}
    </div>
  );
}
