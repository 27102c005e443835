/**
 * The district map panel: measure switch, zoom buttons, the lazily loaded Leaflet map (with a
 * skeleton meanwhile), legend, the basis/coverage line, and the list of districts and
 * functional areas that mirrors it.
 */
import { Suspense, useRef, useState } from 'react';
import { ExportMenu, type PanelExport } from '../../components/export-menu';
import { LazyMount } from '../../components/lazy-mount';
import { PanelBoundary } from '../../components/panel-boundary';
import { preloadable } from '../../components/preloadable';
import { coverageText, SourceRefs } from '../../components/source-note';
import { usePresenting } from '../../components/use-present';
import { AREAS } from '../../data/areas';
import { CENTRAL_DISTRICTS } from '../../data/districts';
import { LOC, sourceRef } from '../../data/locators';
import type { Dataset, SourceRef } from '../../data/types';
import { publishedNotes } from '../../domain/basis-policy';
import { rowsBasis, type View } from '../../domain/engine';
import { useI18n } from '../../i18n/i18n';
import type { MapMeasure } from '../../stores/url-codec';
import { setMeasure, toggleFilter, useViewStore } from '../../stores/view-store';
import { binsFor, DARK_PALETTE, LIGHT_PALETTE, type MapPalette } from './choropleth';
import { DistrictList } from './district-list';
import { useGeometry } from './geo-query';
import type { ZoomTarget } from './leaflet-map';
import { mapMessages } from '../../i18n/map-messages';

const LeafletMap = preloadable(() => import('./leaflet-map'), (m) => m.default);

const MAP_SOURCES: readonly SourceRef[] = [
  sourceRef('S1', LOC.districts),
  sourceRef('S1', LOC.liangjiang),
  sourceRef('G1', LOC.g1File),
];

const toggleDistrict = (code: string) => toggleFilter('districts', code);

function MapSkeleton({ label }: { label: string }) {
  return (
    <div className="map-skeleton" role="status">
      {label}
    </div>
  );
}

/** A legend key in SVG presentation attributes (no style attribute: the prerendered page keeps the strict CSP). */
function Swatch({ fill, stroke }: { fill: string; stroke?: string }) {
  return (
    <svg className={stroke ? 'swatch swatch-svg swatch-area' : 'swatch swatch-svg'} viewBox="0 0 14 14" aria-hidden="true" focusable="false">
      {stroke ? <rect x="1" y="1" width="12" height="12" fill="none" stroke={stroke} strokeWidth="2" strokeDasharray="3 2" /> : <rect width="14" height="14" fill={fill} />}
    </svg>
  );
}

function Legend({ view, measure, palette }: { view: View; measure: MapMeasure; palette: MapPalette }) {
  const i18n = useI18n();
  const { t } = i18n;
  const mapText = mapMessages(i18n.lang);
  const bins = binsFor(view.map.cells, measure, palette.ramp);
  const fmt = (n: number) => (measure === 'amount' ? i18n.amount(n) : i18n.count(n));
  return (
    <div className="map-legend" aria-label={mapText.legendTitle(i18n.w.measure[measure])} role="group">
      <span className="legend-title">{i18n.w.measure[measure]}</span>
      <ul>
        {bins.map((b) => (
          <li key={b.color}>
            <Swatch fill={b.color} />
            {b.from === b.to ? fmt(b.to) : `≤ ${fmt(b.to)}`}
          </li>
        ))}
        {measure === 'amount' && view.policy.amountsMayBeUnstated ? (
          <li>
            <span className="swatch swatch-unstated" aria-hidden="true" />
            {mapText.legendUnstated}
          </li>
        ) : null}
        <li>
          <Swatch fill={palette.none} />
          {i18n.w.none}
        </li>
        <li>
          <Swatch fill="none" stroke={palette.area} />
          {t.place.legend}
        </li>
      </ul>
    </div>
  );
}

export function DistrictMapPanel({ view, dataset }: { view: View; dataset: Dataset }) {
  const i18n = useI18n();
  const { t } = i18n;
  const mapText = mapMessages(i18n.lang);
  const measure = useViewStore((s) => s.measure);
  const highlight = useViewStore((s) => s.highlight);
  const geometry = useGeometry();
  const [target, setTarget] = useState<ZoomTarget>('all');
  const presenting = usePresenting();
  const palette = presenting ? DARK_PALETTE : LIGHT_PALETTE;
  const notes = publishedNotes(dataset);
  const panelRef = useRef<HTMLDivElement | null>(null);
  // Rows not stated to be among the total (Liangjiang's, in the published data) get their own note below.
  const coverage = coverageText({ ...view.map.coverage, notStatedInside: 0 }, i18n) ?? '';
  const uncounted = view.map.areas
    .filter((a) => a.notStated > 0)
    .map((a) => `${i18n.pick(AREAS.find((x) => x.key === a.key) ?? { zh: a.key, en: a.key })}${t.punct.colon}${t.place.notStated(a.notStated)}`)
    .join(t.punct.semicolon);
  // A register's map is computed from its rows: its basis and source are the register's.
  const basis = rowsBasis(view);
  const sources = basis === 'complete' ? view.kpis.projects.sources : MAP_SOURCES;
  const c = t.exportUi.columns;
  const exportSpec: PanelExport = {
    panel: 'map',
    title: `${t.regions.map} — ${i18n.w.measure[measure]}`,
    measure: measure === 'amount' ? 'investment' : 'projects',
    basis: [i18n.w.basisLine, coverage, mapText.schematic].filter(Boolean).join(t.punct.next),
    sources: () => sources,
    table: () => ({
      columns: [c.code, c.district, i18n.w.columns.named, i18n.w.columns.amount, i18n.w.columns.unstated],
      rows: [
        ...view.map.cells.map((cell) => {
          const d = dataset.districts.find((x) => x.code === cell.code);
          return [cell.code, d ? i18n.pick(d) : cell.code, cell.projects, cell.projects > 0 && cell.amount > 0 ? cell.amount : null, cell.unstatedAmounts];
        }),
        // Areas after the districts, named as areas: their rows are in no district's line.
        ...view.map.areas.map((cell) => {
          const a = AREAS.find((x) => x.key === cell.key);
          return [cell.key, `${a ? i18n.pick(a) : cell.key}${i18n.t.punct.paren(t.place.area)}`, cell.projects, cell.projects > 0 && cell.amount > 0 ? cell.amount : null, cell.unstatedAmounts];
        }),
      ],
    }),
    node: () => panelRef.current,
    svg: () => panelRef.current?.querySelector<SVGSVGElement>('.leaflet-overlay-pane svg') ?? null,
  };
  return (
    <div className="district-map" ref={panelRef}>
      <svg className="svg-defs" width="0" height="0" aria-hidden="true" focusable="false">
        <defs>
          <pattern id="map-hatch-unstated" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
            <rect width="6" height="6" fill="#dbe7f3" />
            <line x1="0" y1="0" x2="0" y2="6" stroke="#2171b5" strokeWidth="2.5" />
          </pattern>
        </defs>
      </svg>
      <div className="map-toolbar" hidden={presenting}>
        <ExportMenu spec={exportSpec} i18n={i18n} />
        <fieldset className="segmented">
          <legend>{mapText.measureLabel}</legend>
          {(['amount', 'count'] as const).map((m) => (
            <label key={m}>
              <input type="radio" name="map-measure" value={m} checked={measure === m} onChange={() => setMeasure(m)} />
              <span>{i18n.w.measure[m]}</span>
            </label>
          ))}
        </fieldset>
        <div className="zoom-buttons" role="group" aria-label={mapText.zoomCentral}>
          <button type="button" aria-pressed={target === 'all'} onClick={() => setTarget('all')}>
            {mapText.zoomAll}
          </button>
          <button type="button" aria-pressed={target === 'central'} onClick={() => setTarget('central')}>
            {mapText.zoomCentral}
          </button>
        </div>
      </div>
      <div className="map-frame" data-map-target={target}>
        {geometry.error ? (
          <div className="error-card" role="alert">
            <p>{mapText.error}</p>
            <button type="button" onClick={() => void geometry.refetch()}>
              {t.retry}
            </button>
          </div>
        ) : geometry.data ? (
          <LazyMount placeholderClass="lazy-fill" eager={presenting}>
            {/* The map's own boundary: if Leaflet's chunk fails, the list, legend and sources stay. */}
            <PanelBoundary name={t.regions.map}>
            <Suspense fallback={<MapSkeleton label={mapText.loading} />}>
              <LeafletMap
                geometry={geometry.data}
                map={view.map}
                districts={dataset.districts}
                measure={measure}
                i18n={i18n}
                target={target}
                centralCodes={CENTRAL_DISTRICTS}
                highlight={highlight}
                controls={!presenting}
                stage={presenting}
                palette={palette}
                onToggle={toggleDistrict}
              />
            </Suspense>
            </PanelBoundary>
          </LazyMount>
        ) : (
          <MapSkeleton label={mapText.loading} />
        )}
      </div>
      <Legend view={view} measure={measure} palette={palette} />
      <p className="source-note">
        <span className={`basis basis-${basis}`}>{t.basis[basis]}</span> {coverage}
        {coverage ? t.punct.next : ''}
        {mapText.districtLevel}{t.punct.gap}{mapText.schematic}{t.punct.gap}<SourceRefs refs={sources} i18n={i18n} />
      </p>
      {presenting ? null : (
        <>
          <p className="chart-note" data-area-note="">
            {t.place.mapNote}
            {uncounted ? ` ${uncounted}${t.punct.stop}` : ''}
          </p>
          {/* The 32亿 outside Chongqing is set against the published 2524亿, not a register's total. */}
          {notes ? <p className="chart-note">{mapText.contextNote(i18n.amount(notes.otherProvinces), i18n.amount(notes.publishedTotal))}</p> : null}
          <DistrictList districts={dataset.districts} cells={view.map.cells} areas={view.map.areas} i18n={i18n} onToggle={toggleDistrict} />
        </>
      )}
    </div>
  );
}
