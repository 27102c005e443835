/**
 * The Leaflet map (lazy chunk): 38 district paths coloured by the selected measure, Sichuan
 * and Guizhou as muted context, the functional areas (src/data/areas.ts) as approximate dashed
 * overlays that filter like districts, and markers for named projects at district or area level. SVG renderer, no tile layer unless
 * VITE_TILE_URL is set. Layers are created once and restyled through effects.
 */
import 'leaflet/dist/leaflet.css';
import L from 'leaflet';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { AttributionControl, CircleMarker, GeoJSON, MapContainer, TileLayer, useMap } from 'react-leaflet';
import type { FeatureCollection } from 'geojson';
import { AREAS, type FunctionalArea } from '../../data/areas';
import type { AreaKey, District, ItemizedProject } from '../../data/types';
import type { AreaCell, DistrictCell, MapView } from '../../domain/engine';
import { placeOf } from '../../domain/places';
import type { I18n } from '../../i18n/i18n';
import type { MapMeasure } from '../../stores/url-codec';
import { binsFor, classify, fillOf, type MapPalette } from './choropleth';
import type { DistrictFeature, MapGeometry } from './geo-query';
import { areaLabel, areaLines, districtLabel, districtLines, projectLine } from './summary';
import { mapMessages } from '../../i18n/map-messages';
import { StageLabels, type StageLabel } from './stage-labels';

export type ZoomTarget = 'all' | 'central';

interface Props {
  geometry: MapGeometry;
  map: MapView;
  districts: readonly District[];
  measure: MapMeasure;
  i18n: I18n;
  target: ZoomTarget;
  centralCodes: readonly string[];
  /** A district code or an area key to outline (from the project table's "show on map"). */
  highlight: string | null;
  /** Zoom buttons (hidden on a presenter's screen). */
  controls: boolean;
  /**
   * A presenter's screen: the map zooms to the selection, names the districts that carry
   * projects with their values, and sets the functional areas' labels as callouts placed clear
   * of the highlighted districts and of each other (stage-labels.tsx).
   */
  stage: boolean;
  palette: MapPalette;
  onToggle: (code: string) => void;
}

/** Which side of its anchor an area's label sits on, so it covers no central district and stays inside a phone's map. */
const LABEL_SIDE: Record<AreaKey, 'bottom' | 'right'> = { liangjiang: 'right', gaoxin: 'bottom', wansheng: 'bottom' };

const latLngs = new WeakMap<readonly [number, number], L.LatLngTuple>();
/** [lng, lat] → Leaflet's [lat, lng]; the same tuple for the same point, so a marker is not moved (and redrawn) on every render. */
function latLng(p: readonly [number, number]): L.LatLngTuple {
  let at = latLngs.get(p);
  if (!at) {
    at = [p[1], p[0]];
    latLngs.set(p, at);
  }
  return at;
}
// Constant styles: react-leaflet restyles (and redraws) a marker whose style object changed.
const DISTRICT_MARKER: L.PathOptions = { color: '#1a1d21', weight: 1.5, fillColor: '#ffd54f', fillOpacity: 1, className: 'project-marker' };
const AREA_MARKER: L.PathOptions = { ...DISTRICT_MARKER, fillColor: '#cab2d6' };
/** Label anchors for the context provinces, inside each near Chongqing's border. */
const SICHUAN_LABEL: L.LatLngTuple = [30.75, 105.55];
const GUIZHOU_LABEL: L.LatLngTuple = [28.3, 107.4];
/** Room left around a presenter's selection when the map zooms to it (a share of its extent), for the callouts. */
const STAGE_PAD = 0.35;

const TILE_URL = import.meta.env.VITE_TILE_URL as string | undefined;

function boundsOf(features: readonly DistrictFeature[]): L.LatLngBounds {
  const collection: FeatureCollection = { type: 'FeatureCollection', features: [...features] };
  return L.geoJSON(collection).getBounds();
}

/**
 * On a touch screen the map moves with two fingers only (cooperative gestures): one finger
 * scrolls the page (dragging is off, the container's touch-action lets the browser pan
 * vertically), two fingers pan and pinch (Leaflet's touch zoom). A one-finger drag shows how.
 */
function touchFirst(): boolean {
  return L.Browser.mobile || (typeof window.matchMedia === 'function' && window.matchMedia('(pointer: coarse)').matches);
}

function TwoFingerHint({ text }: { text: string }) {
  const map = useMap();
  const [shown, setShown] = useState(false);
  useEffect(
    function watchOneFinger() {
      const el = map.getContainer();
      const onMove = (e: TouchEvent) => setShown(e.touches.length === 1);
      const onEnd = (e: TouchEvent) => {
        if (e.touches.length === 0) setShown(false);
      };
      el.addEventListener('touchmove', onMove, { passive: true });
      el.addEventListener('touchend', onEnd, { passive: true });
      el.addEventListener('touchcancel', onEnd, { passive: true });
      return () => {
        el.removeEventListener('touchmove', onMove);
        el.removeEventListener('touchend', onEnd);
        el.removeEventListener('touchcancel', onEnd);
      };
    },
    [map],
  );
  // It fades out after the finger lifts (app.css); it says what the gesture teaches, so it is not announced.
  return (
    <div className={shown ? 'map-hint is-on' : 'map-hint'} data-map-hint={shown ? 'on' : 'off'} aria-hidden="true">
      <span>{text}</span>
    </div>
  );
}

/** Keeps the chosen extent fitted whenever the container changes size (390 px to 4K). */
function FitBounds({ bounds }: { bounds: L.LatLngBounds }) {
  const map = useMap();
  useEffect(
    function fitToContainer() {
      const fit = () => {
        map.invalidateSize();
        map.fitBounds(bounds, { padding: [8, 8], animate: false });
      };
      fit();
      if (typeof ResizeObserver === 'undefined') {
        window.addEventListener('resize', fit);
        return () => window.removeEventListener('resize', fit);
      }
      const ro = new ResizeObserver(fit);
      ro.observe(map.getContainer());
      return () => ro.disconnect();
    },
    [map, bounds],
  );
  return null;
}

/** A permanent, non-interactive text label at a point (standalone Leaflet tooltip). */
function MapLabel({ at, text, className }: { at: L.LatLngTuple; text: string; className: string }) {
  const map = useMap();
  useEffect(
    function showLabel() {
      const label = L.tooltip({ permanent: true, direction: 'center', className, interactive: false }).setLatLng(at).setContent(text);
      label.addTo(map);
      return () => {
        label.remove();
      };
    },
    [map, at, text, className],
  );
  return null;
}

function tooltipElement(lines: readonly string[]): HTMLElement {
  const el = document.createElement('div');
  lines.forEach((line, i) => {
    const p = document.createElement(i === 0 ? 'strong' : 'div');
    p.textContent = line;
    el.appendChild(p);
  });
  return el;
}

type DistrictLayer = L.Path & { feature?: DistrictFeature };

const NO_ROWS: readonly ItemizedProject[] = [];

/** At most this many named projects are listed in a district's tooltip. */
const TOOLTIP_PROJECTS = 4;

/** Up to TOOLTIP_PROJECTS project lines; rows not stated to be among the total are listed only where `uncounted` says so. */
function projectLines(rows: readonly ItemizedProject[], i18n: I18n, uncounted: boolean): string[] {
  // One counting pass, no filtered copy: a register district can hold thousands of rows.
  const listed: string[] = [];
  let named = 0;
  for (const r of rows) {
    if (r.inside92 === 'not-stated' && !uncounted) continue;
    named += 1;
    if (named <= TOOLTIP_PROJECTS) listed.push(`• ${projectLine(r, i18n)}`);
  }
  if (named > TOOLTIP_PROJECTS) listed.push(mapMessages(i18n.lang).more(named - TOOLTIP_PROJECTS));
  return listed;
}

function tooltipLines(district: District, cell: DistrictCell, rows: readonly ItemizedProject[], i18n: I18n): string[] {
  const listed = projectLines(rows, i18n, false);
  const tail = listed.length > 0 ? [mapMessages(i18n.lang).districtLevel, i18n.w.basisLine] : [i18n.w.basisLine];
  return [...districtLines(district, cell, i18n), ...listed, ...tail];
}

/** An area's tooltip: counts, its projects (those not stated to be among the total too, flagged by the counts), and its note. */
function areaTooltipLines(area: FunctionalArea, cell: AreaCell, rows: readonly ItemizedProject[], i18n: I18n): string[] {
  return [...areaLines(area, cell, i18n), ...projectLines(rows, i18n, true), i18n.pick(area.note), i18n.t.place.tooltipNote, i18n.w.basisLine];
}

interface AreaOverlayProps {
  area: FunctionalArea;
  /** A presenter's screen: no label of its own (StageLabels places it), and a selected or outlined area is tinted. */
  stage: boolean;
  cell: AreaCell;
  rows: readonly ItemizedProject[];
  i18n: I18n;
  lit: boolean;
  color: string;
  onToggle: (key: string) => void;
}

/**
 * One functional area: a dashed outline (stroke only, so clicks inside reach the districts
 * underneath), focusable and clickable like a district, with a clickable label beside it.
 */
function AreaOverlay({ area, stage, cell, rows, i18n, lit, color, onToggle }: AreaOverlayProps) {
  const map = useMap();
  const onToggleRef = useRef(onToggle);
  useEffect(() => {
    onToggleRef.current = onToggle;
  }, [onToggle]);
  const [layers, setLayers] = useState<{ outline: L.Polygon; label: L.Tooltip | null } | null>(null);

  useEffect(
    function drawArea() {
      const key = area.key;
      const toggle = () => onToggleRef.current(key);
      const outline = L.polygon(area.outline.map(latLng), { fill: false, weight: 2, dashArray: '6 5', className: 'area-overlay' });
      outline.bindTooltip('', { sticky: true, direction: 'top', className: 'district-tooltip' });
      outline.on('click', toggle);
      outline.addTo(map);
      const el = outline.getElement();
      if (el) {
        el.setAttribute('data-area', key);
        el.setAttribute('tabindex', '0');
        el.setAttribute('role', 'button');
        el.addEventListener('keydown', (e) => {
          const k = (e as KeyboardEvent).key;
          if (k === 'Enter' || k === ' ') {
            e.preventDefault();
            toggle();
          }
        });
        el.addEventListener('focus', () => outline.openTooltip(latLng(area.labelAt)));
        el.addEventListener('blur', () => outline.closeTooltip());
      }
      const side = LABEL_SIDE[key];
      const label = !stage
        ? L.tooltip({ permanent: true, direction: side, offset: side === 'bottom' ? [0, 14] : [8, 0], className: 'area-label', interactive: true })
            .setLatLng(latLng(area.labelAt))
            .setContent('')
        : null;
      label?.addTo(map);
      const labelEl = label?.getElement();
      if (labelEl) {
        labelEl.setAttribute('data-area-label', key);
        // The outline is the focusable control; the label is a larger mouse target for the same toggle.
        labelEl.setAttribute('aria-hidden', 'true');
        labelEl.addEventListener('click', toggle);
      }
      setLayers({ outline, label });
      return () => {
        outline.remove();
        label?.remove();
        setLayers(null);
      };
    },
    [map, area, stage],
  );

  useEffect(
    function restyleArea() {
      if (!layers) return;
      const { outline, label } = layers;
      const tinted = stage && (lit || cell.selected);
      outline.setStyle({ color: lit ? '#6a3d9a' : cell.selected ? '#b35c00' : color, weight: lit ? 5 : cell.selected ? 4 : 2, dashArray: '6 5', fill: tinted, fillColor: '#6a3d9a', fillOpacity: tinted ? 0.35 : 0 });
      outline.setTooltipContent(tooltipElement(areaTooltipLines(area, cell, rows, i18n)));
      if (cell.selected || lit) outline.bringToFront();
      const el = outline.getElement();
      if (el) {
        el.setAttribute('aria-label', areaLabel(area, cell, i18n));
        el.setAttribute('aria-pressed', String(cell.selected));
        el.classList.toggle('is-selected', cell.selected);
        el.classList.toggle('is-highlighted', lit);
      }
      label?.getElement()?.classList.toggle('is-selected', cell.selected);
    },
    [layers, area, cell, rows, i18n, lit, color, stage],
  );

  useEffect(
    function labelArea() {
      // Setting a permanent tooltip's content re-measures it (a forced layout of the page):
      // only when the language changes, never on a click.
      layers?.label?.setContent(i18n.t.place.overlayLabel(i18n.pick(area.short)));
    },
    [layers, area, i18n],
  );
  return null;
}

export default function LeafletMap({ geometry, map, districts, measure, i18n, target, centralCodes, highlight, controls, stage, palette, onToggle }: Props) {
  const areaCells = useMemo(() => new Map(map.areas.map((c) => [c.key, c])), [map.areas]);
  // State, not a ref: MapContainer mounts its layers after the first render, and the restyle
  // effect must run again once the district layer exists.
  const [geoLayer, setGeoLayer] = useState<L.GeoJSON | null>(null);
  const onToggleRef = useRef(onToggle);
  /** Tooltip text last applied per district code. */
  const applied = useRef(new Map<string, string>());
  /** Style and state last applied per district code: a click restyles only the paths it changes. */
  const styled = useRef(new Map<string, string>());
  const styledLayer = useRef<L.GeoJSON | null>(null);
  useEffect(() => {
    onToggleRef.current = onToggle;
  }, [onToggle]);
  const renderer = useMemo(() => L.svg({ padding: 0.2 }), []);
  const cooperative = useMemo(() => touchFirst(), []);
  const allBounds = useMemo(() => boundsOf(geometry.districts.features), [geometry]);
  const centralBounds = useMemo(
    () => boundsOf(geometry.districts.features.filter((f) => centralCodes.includes(f.properties.code))),
    [geometry, centralCodes],
  );
  const byCode = useMemo(() => new Map(districts.map((d) => [d.code, d])), [districts]);
  /** What a presenter's map zooms to: the selected (or outlined) districts and areas, with room around them; the city without one. */
  const stageBounds = useMemo(() => {
    const places = new Set([...map.cells.filter((c) => c.selected).map((c) => c.code), ...map.areas.filter((a) => a.selected).map((a) => a.key)]);
    if (highlight) places.add(highlight);
    // An area is shown with the districts it lies in (两江新区 across 江北, 渝北, 北碚).
    const areas = AREAS.filter((a) => places.has(a.key));
    for (const a of areas) for (const code of a.liesIn) places.add(code);
    const features = geometry.districts.features.filter((f) => places.has(f.properties.code));
    const outlines = areas.flatMap((a) => a.outline.map(latLng));
    if (features.length === 0 && outlines.length === 0) return allBounds;
    const bounds = features.length > 0 ? boundsOf(features) : L.latLngBounds(outlines);
    for (const p of outlines) bounds.extend(p);
    return bounds.pad(STAGE_PAD);
  }, [geometry, map.cells, map.areas, highlight, allBounds]);
  const cells = useMemo(() => new Map(map.cells.map((c) => [c.code, c])), [map.cells]);
  // On stage a selected area counts as the selection too: the districts around it are dimmed.
  const hasSelection = map.cells.some((c) => c.selected) || (stage && map.areas.some((a) => a.selected));
  /** On stage, with a place selected, only the selected places (and the outlined one) keep their markers. */
  const staged = (key: string) => !stage || !hasSelection || key === highlight || cells.get(key)?.selected === true || areaCells.get(key as AreaKey)?.selected === true;
  /** Rows per place (a district code or an area key), for markers and tooltips. */
  const rowsByPlace = useMemo(() => {
    const groups = new Map<string, ItemizedProject[]>();
    for (const row of map.rows) {
      const key = placeOf(row);
      if (key === null) continue;
      const list = groups.get(key);
      if (list) list.push(row);
      else groups.set(key, [row]);
    }
    return groups;
  }, [map.rows]);

  /** A presenter's labels: the districts with projects (the selected ones when there is a selection) with their values, the provinces, the areas. */
  const stageLabels = useMemo<StageLabel[]>(() => {
    if (!stage) return [];
    const words = mapMessages(i18n.lang);
    const value = (projects: number, amount: number) => (measure === 'amount' && amount > 0 ? i18n.amount(amount) : i18n.t.projects(projects, i18n.count(projects)));
    const names = map.cells.flatMap((c): StageLabel[] => {
      const d = byCode.get(c.code);
      if (!d || c.projects === 0 || (hasSelection && !c.selected && highlight !== c.code)) return [];
      return [{ id: c.code, at: latLng(d.centroid), kind: 'name', lines: [i18n.pick(d), value(c.projects, c.amount)] }];
    });
    const areas = AREAS.flatMap((a): StageLabel[] => {
      const cell = areaCells.get(a.key);
      if (!cell) return [];
      const lines = [i18n.t.place.overlayLabel(i18n.pick(a.short))];
      if (cell.projects > 0) lines.push(value(cell.projects, cell.amount));
      if (cell.notStated > 0) lines.push(i18n.t.place.notStated(cell.notStated));
      return [{ id: a.key, at: latLng(a.labelAt), kind: 'callout', lines }];
    });
    // The districts a selected area lies in are named (without values: its rows are not theirs).
    const named = new Set(names.map((n) => n.id));
    const hosts = AREAS.filter((a) => areaCells.get(a.key)?.selected || highlight === a.key)
      .flatMap((a) => a.liesIn)
      .flatMap((code): StageLabel[] => {
        const d = byCode.get(code);
        if (!d || named.has(code)) return [];
        named.add(code);
        return [{ id: code, at: latLng(d.centroid), kind: 'context', lines: [i18n.pick(d)] }];
      });
    const context: StageLabel[] = [
      ...hosts,
      { id: 'sichuan', at: SICHUAN_LABEL, kind: 'context', lines: [words.sichuan] },
      { id: 'guizhou', at: GUIZHOU_LABEL, kind: 'context', lines: [words.guizhou] },
    ];
    return [...names, ...areas, ...context];
  }, [stage, i18n, hasSelection, map.cells, measure, byCode, highlight, areaCells]);
  /** What a callout must not cover: the selected or outlined districts and areas. */
  const obstacles = useCallback(() => {
    const out: L.LatLngBounds[] = [];
    geoLayer?.eachLayer((layer) => {
      const code = (layer as DistrictLayer).feature?.properties.code;
      if (code !== undefined && (cells.get(code)?.selected || highlight === code)) out.push((layer as L.Polygon).getBounds());
    });
    for (const a of AREAS) if (areaCells.get(a.key)?.selected || highlight === a.key) out.push(L.latLngBounds(a.outline.map(latLng)));
    return out;
  }, [geoLayer, cells, areaCells, highlight]);

  // Wire each district path once: click and keyboard toggle it, focus shows its tooltip.
  const onEachFeature = useMemo(
    () => (feature: DistrictFeature, layer: L.Layer) => {
      const path = layer as DistrictLayer;
      const code = feature.properties.code;
      path.bindTooltip('', { sticky: true, direction: 'top', className: 'district-tooltip' });
      path.on('click', () => onToggleRef.current(code));
      path.on('add', () => {
        const el = path.getElement();
        if (!el) return;
        el.setAttribute('data-district', code);
        el.setAttribute('tabindex', '0');
        el.setAttribute('role', 'button');
        el.addEventListener('keydown', (e) => {
          const key = (e as KeyboardEvent).key;
          if (key === 'Enter' || key === ' ') {
            e.preventDefault();
            onToggleRef.current(code);
          }
        });
        // District layers are polygons: their own bounds place the tooltip (no throwaway layer per focus).
        el.addEventListener('focus', () => path.openTooltip((layer as L.Polygon).getBounds().getCenter()));
        el.addEventListener('blur', () => path.closeTooltip());
      });
    },
    [],
  );

  // Restyle and relabel every district when the view, measure or language changes.
  useEffect(
    function restyleDistricts() {
      const group = geoLayer;
      if (!group) return;
      // A new district layer has new paths: style them all.
      if (styledLayer.current !== group) {
        styledLayer.current = group;
        styled.current.clear();
      }
      const bins = binsFor(map.cells, measure, palette.ramp);
      group.eachLayer((layer) => {
        const path = layer as DistrictLayer;
        const code = path.feature?.properties.code;
        const cell: DistrictCell | undefined = code === undefined ? undefined : cells.get(code);
        const district = code === undefined ? undefined : byCode.get(code);
        if (code === undefined || !cell || !district) return;
        const cls = classify(cell, measure, bins);
        const lit = highlight === code;
        const style = {
          // On stage, a selection is all that is coloured: the rest of the city is context.
          fillColor: stage && hasSelection && !cell.selected && !lit ? palette.none : fillOf(cls, palette.none),
          fillOpacity: hasSelection && !cell.selected ? 0.4 : 0.92,
          color: lit ? '#6a3d9a' : cell.selected ? '#b35c00' : '#ffffff',
          weight: lit ? 4 : cell.selected ? 3 : 1,
          dashArray: lit ? '6 4' : '',
        };
        // Leaflet writes every attribute it is given; an unchanged path is left alone, so the
        // browser restyles and repaints only the districts a click changed.
        const state = `${style.fillColor}|${style.fillOpacity}|${style.color}|${style.weight}|${style.dashArray}|${cell.selected}|${lit}`;
        const changed = styled.current.get(code) !== state;
        if (changed) {
          styled.current.set(code, state);
          path.setStyle(style);
          if (cell.selected || lit) path.bringToFront();
          const el = path.getElement();
          if (el) {
            el.setAttribute('aria-pressed', String(cell.selected));
            el.classList.toggle('is-selected', cell.selected);
            el.classList.toggle('is-highlighted', lit);
          }
        }
        const lines = tooltipLines(district, cell, rowsByPlace.get(code) ?? [], i18n);
        // Rebuild the tooltip and labels only when their text changed (cheap clicks at scale).
        const signature = lines.join('\n');
        if (applied.current.get(code) !== signature) {
          applied.current.set(code, signature);
          path.setTooltipContent(tooltipElement(lines));
          path.getElement()?.setAttribute('aria-label', districtLabel(district, cell, i18n));
        }
      });
    },
    [geoLayer, map.cells, cells, byCode, rowsByPlace, measure, hasSelection, highlight, palette, i18n, stage],
  );

  return (
    <MapContainer
      className={cooperative ? 'leaflet-frame cooperative' : 'leaflet-frame'}
      dragging={!cooperative}
      renderer={renderer}
      bounds={allBounds}
      zoomSnap={0.1}
      zoomDelta={0.5}
      minZoom={5}
      maxZoom={12}
      scrollWheelZoom={false}
      zoomControl={controls}
      attributionControl={false}
      keyboard
    >
      <AttributionControl prefix={false} />
      {cooperative ? <TwoFingerHint text={i18n.t.phone.mapHint} /> : null}
      {TILE_URL ? <TileLayer url={TILE_URL} /> : null}
      <FitBounds bounds={stage ? stageBounds : target === 'central' ? centralBounds : allBounds} />
      <GeoJSON
        data={geometry.context}
        interactive={false}
        style={{ fillColor: '#e9e5da', fillOpacity: 1, color: '#c8c0ab', weight: 1, className: 'context-province' }}
      />
      {stage ? null : (
        <>
          <MapLabel at={SICHUAN_LABEL} text={mapMessages(i18n.lang).sichuan} className="context-label" />
          <MapLabel at={GUIZHOU_LABEL} text={mapMessages(i18n.lang).guizhou} className="context-label" />
        </>
      )}
      <GeoJSON ref={setGeoLayer} data={geometry.districts} onEachFeature={onEachFeature} attribution={mapMessages(i18n.lang).attribution} />
      {AREAS.map((area) => {
        const cell = areaCells.get(area.key);
        return cell ? (
          <AreaOverlay key={area.key} area={area} stage={stage} cell={cell} rows={rowsByPlace.get(area.key) ?? NO_ROWS} i18n={i18n} lit={highlight === area.key} color={palette.area} onToggle={onToggle} />
        ) : null;
      })}
      {[...rowsByPlace.keys()].filter(staged).map((key) => {
        const district = byCode.get(key);
        const area = district ? undefined : AREAS.find((a) => a.key === key);
        const anchor = district?.centroid ?? area?.labelAt;
        if (!anchor) return null;
        const at = latLng(anchor);
        // Markers only show where named projects are; they let clicks and hovers through to
        // the district underneath, whose tooltip lists the projects.
        return (
          <CircleMarker
            key={key}
            center={at}
            radius={6}
            interactive={false}
            pathOptions={area ? AREA_MARKER : DISTRICT_MARKER}
          />
        );
      })}
      {stage ? <StageLabels labels={stageLabels} obstacles={obstacles} /> : null}
    </MapContainer>
  );
}
