/**
 * Where the map's labels go on a presenter's screen (plain TS, pixels): district labels near
 * their districts, functional-area callouts moved out (with a leader line) to where they cover
 * no highlighted district and no other label, everything inside the map.
 */

export interface Point {
  x: number;
  y: number;
}

/** Top-left corner and size, in the map container's pixels. */
export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface LabelRequest {
  id: string;
  /** The point the label names (a district's centroid, an area's label point). */
  anchor: Point;
  w: number;
  h: number;
  /**
   * 'name': sits on its anchor when it can (it may cover its own district), never on another label.
   * 'callout': never on a highlighted district (the obstacles) nor on another label; joined to its anchor by a line.
   */
  kind: 'name' | 'callout';
}

export interface PlacedLabel {
  id: string;
  rect: Rect;
  anchor: Point;
  /** Drawn with a line to its anchor (it was moved off it). */
  leader: boolean;
}

export function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

function inside(r: Rect, bounds: Rect): boolean {
  return r.x >= bounds.x && r.y >= bounds.y && r.x + r.w <= bounds.x + bounds.w && r.y + r.h <= bounds.y + bounds.h;
}

/** A label's gap from what it must not touch, in px (so neighbours do not read as one). */
const GAP = 4;
const grow = (r: Rect, by: number): Rect => ({ x: r.x - by, y: r.y - by, w: r.w + 2 * by, h: r.h + 2 * by });

/** Candidate rectangles for a label, nearest first: on the anchor (names only), then on rings around it. */
function* candidates(req: LabelRequest, bounds: Rect): Generator<Rect> {
  const { anchor, w, h } = req;
  if (req.kind === 'name') yield { x: anchor.x - w / 2, y: anchor.y - h / 2, w, h };
  const step = Math.max(8, h / 2);
  const far = Math.hypot(bounds.w, bounds.h);
  const directions = 16;
  for (let r = step; r <= far; r += step) {
    for (let i = 0; i < directions; i++) {
      const angle = (i / directions) * 2 * Math.PI;
      const dx = Math.cos(angle);
      const dy = Math.sin(angle);
      // The label's nearest edge is r away from the anchor in this direction (so a callout never sits on its own anchor).
      const cx = anchor.x + dx * (r + w / 2);
      const cy = anchor.y + dy * (r + h / 2);
      yield { x: cx - w / 2, y: cy - h / 2, w, h };
    }
  }
}

/**
 * Places the labels in the order given (the first gets the best spot). A label that fits
 * nowhere is left out rather than drawn over something; the map's list and tooltips still name it.
 */
export function placeLabels(requests: readonly LabelRequest[], obstacles: readonly Rect[], bounds: Rect): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  for (const req of requests) {
    if (req.w > bounds.w || req.h > bounds.h) continue;
    for (const rect of candidates(req, bounds)) {
      if (!inside(rect, bounds)) continue;
      const padded = grow(rect, GAP);
      if (placed.some((p) => overlaps(padded, p.rect))) continue;
      if (req.kind === 'callout' && obstacles.some((o) => overlaps(padded, o))) continue;
      const onAnchor = rect.x <= req.anchor.x && req.anchor.x <= rect.x + rect.w && rect.y <= req.anchor.y && req.anchor.y <= rect.y + rect.h;
      placed.push({ id: req.id, rect, anchor: req.anchor, leader: !onAnchor });
      break;
    }
  }
  return placed;
}
