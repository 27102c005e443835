/**
 * The map's labels on a presenter's screen (part of the Leaflet chunk): the names and values of
 * the districts that carry projects, the context provinces, and the functional areas as
 * callouts, laid out by label-placement.ts in the map's pixels and laid out again whenever the
 * map moves, zooms or changes size.
 */
import type L from 'leaflet';
import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useMap } from 'react-leaflet';
import { placeLabels, type LabelRequest, type PlacedLabel, type Rect } from './label-placement';

export interface StageLabel {
  /** A district code, an area key, or a context province's id. */
  id: string;
  at: L.LatLngTuple;
  /** 'name': a district with projects; 'context': a neighbouring province; 'callout': a functional area. */
  kind: 'name' | 'context' | 'callout';
  lines: readonly string[];
}

/** Keeps labels this far inside the map's edge (px). */
const MARGIN = 4;

function rectOf(map: L.Map, b: L.LatLngBounds): Rect {
  const nw = map.latLngToContainerPoint(b.getNorthWest());
  const se = map.latLngToContainerPoint(b.getSouthEast());
  return { x: nw.x, y: nw.y, w: se.x - nw.x, h: se.y - nw.y };
}

/** The point of a rectangle nearest to p (where a leader line meets its label). */
function nearest(r: Rect, p: { x: number; y: number }) {
  return { x: Math.min(Math.max(p.x, r.x), r.x + r.w), y: Math.min(Math.max(p.y, r.y), r.y + r.h) };
}

export function StageLabels({ labels, obstacles }: { labels: readonly StageLabel[]; obstacles: () => L.LatLngBounds[] }) {
  const map = useMap();
  const [placed, setPlaced] = useState<readonly PlacedLabel[]>([]);
  const elements = useRef(new Map<string, HTMLDivElement>());

  useEffect(
    function layOut() {
      const place = () => {
        const size = map.getSize();
        const requests: LabelRequest[] = [];
        for (const label of labels) {
          const el = elements.current.get(label.id);
          if (!el) continue;
          const p = map.latLngToContainerPoint(label.at);
          // A place outside the zoomed view is not labelled at its edge.
          if (p.x < 0 || p.y < 0 || p.x > size.x || p.y > size.y) continue;
          requests.push({ id: label.id, anchor: { x: p.x, y: p.y }, w: el.offsetWidth, h: el.offsetHeight, kind: label.kind === 'callout' ? 'callout' : 'name' });
        }
        const bounds = { x: MARGIN, y: MARGIN, w: size.x - 2 * MARGIN, h: size.y - 2 * MARGIN };
        setPlaced(placeLabels(requests, obstacles().map((b) => rectOf(map, b)), bounds));
      };
      place();
      map.on('zoomend moveend resize', place);
      return () => {
        map.off('zoomend moveend resize', place);
      };
    },
    [map, labels, obstacles],
  );

  const at = new Map(placed.map((p) => [p.id, p]));
  return createPortal(
    <div className="stage-labels" aria-hidden="true">
      <svg className="stage-leaders" focusable="false">
        {placed
          .filter((p) => p.leader)
          .map((p) => {
            const end = nearest(p.rect, p.anchor);
            return (
              <g key={p.id}>
                <line x1={p.anchor.x} y1={p.anchor.y} x2={end.x} y2={end.y} />
                <circle cx={p.anchor.x} cy={p.anchor.y} r={3} />
              </g>
            );
          })}
      </svg>
      {labels.map((label) => {
        const p = at.get(label.id);
        return (
          <div
            key={label.id}
            ref={(el) => {
              if (el) elements.current.set(label.id, el);
              else elements.current.delete(label.id);
            }}
            className={`stage-label stage-label-${label.kind}${p ? '' : ' is-unplaced'}`}
            data-stage-label={label.id}
            data-stage-label-kind={label.kind}
            style={p ? { transform: `translate(${Math.round(p.rect.x)}px, ${Math.round(p.rect.y)}px)` } : undefined}
          >
            {label.lines.map((line, i) => (
              <span key={i} className={i === 0 ? 'stage-label-name' : 'stage-label-value'}>
                {line}
              </span>
            ))}
          </div>
        );
      })}
    </div>,
    map.getContainer(),
  );
}
