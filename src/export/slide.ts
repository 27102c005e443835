/**
 * Slides (lazy chunk, with image.ts): a 16:9 PNG laid out for the slide, not captured from the
 * panel. The slide is composed as one SVG in 1920×1080 units — title, the filters in words as
 * the subtitle, the basis, the drawing (a chart's bars, the map with its legend and district
 * names, or the whole page's statement and charts) filling the frame without any control, one
 * source line and a local date — every text measured before it is placed, then rasterised at
 * the slide's size. The PNG carries the slide's words as iTXt "Description" metadata.
 */
import { textMeasure, wrapText, type Measure } from '../components/label-wrap';
import { revealInvisible } from '../domain/text-safety';
import type { CsvCell, ExportMeta, ExportTable, MetaLabels } from './csv';
import { FONT, inlineStylesAsAttributes, labelled, localTime, mix, SVG_NS } from './image';

export interface SlideSize {
  width: number;
  height: number;
}

/** 16:9 slide sizes: Full HD (default) and 4K. */
export const SLIDE_SIZES = { hd: { width: 1920, height: 1080 }, uhd: { width: 3840, height: 2160 } } as const satisfies Record<string, SlideSize>;

/** The slide's own words (exports catalog, exportSlide). */
export interface SlideWords {
  sources: (n: number) => string;
  semicolon: string;
  exported: string;
  moreRows: (n: number) => string;
}

/** What fills the slide's frame. */
export type SlideBody =
  /** A drawn chart (the panel's SVG), scaled to fill the frame. */
  | { kind: 'drawing'; svg: SVGSVGElement }
  /** The map's drawing, cropped to the districts, with its legend (read from the panel) and the district names. */
  | { kind: 'map'; svg: SVGSVGElement; panel: HTMLElement; name: (code: string) => string | undefined }
  /** The whole page: the view in one sentence, then its charts side by side. */
  | { kind: 'page'; lead: string; charts: readonly { title: string; svg: SVGSVGElement }[] }
  /** A panel with no drawing (a table): its table, set as a table on the slide. */
  | { kind: 'table'; table: ExportTable };

/** Slide units: everything is laid out at 1920×1080 and rasterised at the slide's size. */
const W = 1920;
const H = 1080;
const PAD_X = 72;
const PAD_TOP = 56;
const PAD_BOTTOM = 44;

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

interface Ctx {
  root: SVGSVGElement;
  defs: SVGDefsElement;
  ink: string;
  muted: string;
  background: string;
  /** Every word drawn, for the PNG's description. */
  words: string[];
}

/** The bars' own text measure (label-wrap.ts), in the slide's font. */
function measurer(px: number, weight = 400, family = FONT): Measure {
  return textMeasure(px, family, weight);
}

function el<K extends keyof SVGElementTagNameMap>(name: K, attrs: Record<string, string | number>): SVGElementTagNameMap[K] {
  const e = document.createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  return e;
}

interface TextBlock {
  lines: string[];
  px: number;
  weight: number;
  colour: string;
  lineHeight: number;
}

/** Text wrapped to `width` by measurement, shrinking from `px` (down to `minPx`) until it takes at most `maxLines`. */
function block(text: string, width: number, px: number, weight: number, colour: string, maxLines = 2, minPx = px * 0.7): TextBlock {
  let size = px;
  for (;;) {
    const lines = wrapText(revealInvisible(text), width, measurer(size, weight));
    if (lines.length <= maxLines || size * 0.92 < minPx) return { lines, px: size, weight, colour, lineHeight: Math.round(size * 1.35) };
    size = Math.round(size * 0.92 * 10) / 10;
  }
}

function blockHeight(b: TextBlock): number {
  return b.lines.length * b.lineHeight;
}

/** Draw a block with its first line's top at `y`; returns the y below it. */
function drawBlock(c: Ctx, b: TextBlock, x: number, y: number, anchor: 'start' | 'middle' = 'start'): number {
  for (const [i, line] of b.lines.entries()) {
    const t = el('text', { x, y: y + i * b.lineHeight + b.px * 0.95, 'font-size': b.px, 'font-weight': b.weight, fill: b.colour, 'text-anchor': anchor });
    t.textContent = line;
    c.root.appendChild(t);
    c.words.push(line);
  }
  return y + blockHeight(b);
}

/** A wrapped label's lines as one text: a space between Latin words, none between CJK characters. */
function joinLines(lines: readonly string[]): string {
  const cjk = /[\u2e80-\u9fff\uff00-\uffef]/u;
  return lines.reduce((all, l) => (all === '' ? l : cjk.test(all.slice(-1)) || cjk.test(l.charAt(0)) ? `${all}${l}` : `${all} ${l}`), '');
}

/** A copy of a drawn SVG that stands alone: styles as attributes, invisible characters shown, referenced patterns copied. */
function cloneDrawing(c: Ctx, source: SVGSVGElement): SVGSVGElement {
  for (const ref of new Set([...source.outerHTML.matchAll(/url\(#([\w-]+)\)/g)].map((m) => m[1] ?? ''))) {
    const def = document.getElementById(ref);
    if (def && !c.defs.querySelector(`#${CSS.escape(ref)}`)) c.defs.appendChild(def.cloneNode(true));
  }
  const inner = source.cloneNode(true) as SVGSVGElement;
  inner.removeAttribute('style');
  inner.removeAttribute('class');
  inlineStylesAsAttributes(inner);
  const walker = document.createTreeWalker(inner, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (n.nodeValue) n.nodeValue = revealInvisible(n.nodeValue);
  // The drawing's labels were measured in the page's font: it is drawn in the same one.
  inner.setAttribute('font-family', getComputedStyle(source).fontFamily || FONT);
  for (const t of inner.querySelectorAll('text')) {
    const words = [...t.querySelectorAll('tspan')].map((s) => s.textContent ?? '');
    c.words.push(words.length > 0 ? joinLines(words) : (t.textContent ?? ''));
  }
  return inner;
}

/** Place a drawing in `box`, as large as fits (up to `maxScale`), centred. */
function placeDrawing(c: Ctx, source: SVGSVGElement, box: Box, maxScale: number): void {
  const r = source.getBoundingClientRect();
  const w = Math.max(1, r.width);
  const h = Math.max(1, r.height);
  const s = Math.min(box.w / w, box.h / h, maxScale);
  const inner = cloneDrawing(c, source);
  inner.setAttribute('x', String(box.x + (box.w - w * s) / 2));
  inner.setAttribute('y', String(box.y + (box.h - h * s) / 2));
  inner.setAttribute('width', String(w * s));
  inner.setAttribute('height', String(h * s));
  if (!inner.getAttribute('viewBox')) inner.setAttribute('viewBox', `0 0 ${w} ${h}`);
  inner.setAttribute('overflow', 'visible');
  c.root.appendChild(inner);
}

/** A point inside a district's shape near its middle, for its name (the middle of a crescent is outside it). */
function interiorPoint(path: SVGPathElement): { x: number; y: number } | null {
  const b = path.getBBox();
  const centre = { x: b.x + b.width / 2, y: b.y + b.height / 2 };
  const inside = (p: { x: number; y: number }) => path.isPointInFill(new DOMPoint(p.x, p.y));
  if (inside(centre)) return centre;
  let best: { x: number; y: number; d: number } | null = null;
  for (let i = 1; i < 10; i++)
    for (let j = 1; j < 10; j++) {
      const p = { x: b.x + (b.width * i) / 10, y: b.y + (b.height * j) / 10 };
      const d = Math.hypot(p.x - centre.x, p.y - centre.y);
      if (inside(p) && (!best || d < best.d)) best = { ...p, d };
    }
  return best;
}

interface LegendItem {
  fill: string;
  stroke: string | null;
  dash: string | null;
  text: string;
}

/** The map's legend as the panel shows it: swatches and their words. */
function legendOf(panel: HTMLElement): { title: string; items: LegendItem[] } | null {
  const legend = panel.querySelector('.map-legend');
  if (!legend) return null;
  const items = [...legend.querySelectorAll('li')].map((li) => {
    const rect = li.querySelector('svg rect');
    const hatched = li.querySelector('.swatch-unstated') !== null;
    return {
      fill: hatched ? 'url(#map-hatch-unstated)' : (rect?.getAttribute('fill') ?? 'none'),
      stroke: rect?.getAttribute('stroke') ?? null,
      dash: rect?.getAttribute('stroke-dasharray') ?? null,
      text: (li.textContent ?? '').trim(),
    };
  });
  return { title: (legend.querySelector('.legend-title')?.textContent ?? '').trim(), items };
}

function mapBody(c: Ctx, body: Extract<SlideBody, { kind: 'map' }>, box: Box): void {
  const legend = legendOf(body.panel);
  const legendW = legend ? 380 : 0;
  const mapBox: Box = { x: box.x, y: box.y, w: box.w - legendW - (legend ? 40 : 0), h: box.h };
  const paths = [...body.svg.querySelectorAll<SVGPathElement>('path[data-district]')];
  if (paths.length === 0) return;
  // The districts in view: their union, within what the map's frame shows.
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const p of paths) {
    const b = p.getBBox();
    x0 = Math.min(x0, b.x);
    y0 = Math.min(y0, b.y);
    x1 = Math.max(x1, b.x + b.width);
    y1 = Math.max(y1, b.y + b.height);
  }
  const vb = body.svg.viewBox.baseVal;
  const frame = body.svg.closest('.leaflet-container')?.getBoundingClientRect();
  const svgRect = body.svg.getBoundingClientRect();
  if (frame && vb && vb.width > 0 && svgRect.width > 0) {
    const f = vb.width / svgRect.width;
    x0 = Math.max(x0, vb.x + (frame.left - svgRect.left) * f);
    y0 = Math.max(y0, vb.y + (frame.top - svgRect.top) * f);
    x1 = Math.min(x1, vb.x + (frame.right - svgRect.left) * f);
    y1 = Math.min(y1, vb.y + (frame.bottom - svgRect.top) * f);
  }
  const m = Math.max(x1 - x0, y1 - y0) * 0.02;
  const view = { x: x0 - m, y: y0 - m, w: x1 - x0 + 2 * m, h: y1 - y0 + 2 * m };
  const s = Math.min(mapBox.w / view.w, mapBox.h / view.h);
  const ox = mapBox.x + (mapBox.w - view.w * s) / 2;
  const oy = mapBox.y + (mapBox.h - view.h * s) / 2;
  const inner = cloneDrawing(c, body.svg);
  inner.setAttribute('x', String(ox));
  inner.setAttribute('y', String(oy));
  inner.setAttribute('width', String(view.w * s));
  inner.setAttribute('height', String(view.h * s));
  inner.setAttribute('viewBox', `${view.x} ${view.y} ${view.w} ${view.h}`);
  inner.setAttribute('overflow', 'hidden');
  // Nothing but the districts' shapes: no tooltip, focus ring or marker text.
  for (const t of inner.querySelectorAll('text')) t.remove();
  c.root.appendChild(inner);

  // District names: districts with projects (coloured, or selected) first, then the larger ones;
  // a name that would cover another is left out rather than overlap it.
  const fills = new Map<string, number>();
  for (const p of paths) fills.set(p.getAttribute('fill') ?? '', (fills.get(p.getAttribute('fill') ?? '') ?? 0) + 1);
  const commonest = [...fills.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const rank = (p: SVGPathElement) => (p.getAttribute('aria-pressed') === 'true' ? 0 : p.getAttribute('fill') !== commonest ? 1 : 2);
  const byPriority = paths
    .map((p) => ({ p, b: p.getBBox() }))
    .sort((a, b) => rank(a.p) - rank(b.p) || b.b.width * b.b.height - a.b.width * a.b.height);
  const px = 19;
  const measure = measurer(px, 600);
  const placed: Box[] = [];
  const labels = el('g', { 'font-size': px, 'font-weight': 600, 'text-anchor': 'middle' });
  for (const { p } of byPriority) {
    const code = p.getAttribute('data-district');
    const name = code ? body.name(code) : undefined;
    if (!name) continue;
    const at = interiorPoint(p);
    if (!at) continue;
    const cx = ox + (at.x - view.x) * s;
    const cy = oy + (at.y - view.y) * s;
    const lines = wrapText(name, 150, measure);
    const lh = Math.round(px * 1.2);
    const w = Math.max(...lines.map(measure));
    const r: Box = { x: cx - w / 2 - 3, y: cy - (lines.length * lh) / 2 - 2, w: w + 6, h: lines.length * lh + 4 };
    const inFrame = r.x >= mapBox.x && r.y >= mapBox.y && r.x + r.w <= mapBox.x + mapBox.w && r.y + r.h <= mapBox.y + mapBox.h;
    if (!inFrame || placed.some((q) => r.x < q.x + q.w && q.x < r.x + r.w && r.y < q.y + q.h && q.y < r.y + r.h)) continue;
    placed.push(r);
    for (const [i, line] of lines.entries()) {
      const t = el('text', { x: cx, y: r.y + 2 + i * lh + px * 0.95, fill: c.ink, stroke: c.background, 'stroke-width': 4, 'stroke-linejoin': 'round', 'paint-order': 'stroke' });
      t.textContent = line;
      labels.appendChild(t);
    }
    c.words.push(name);
  }
  c.root.appendChild(labels);

  if (!legend) return;
  // The legend stands beside the map, not at the far edge of the slide.
  const lx = Math.min(box.x + box.w - legendW, ox + view.w * s + 56);
  let y = box.y + Math.max(0, (box.h - (56 + legend.items.length * 56)) / 2);
  y = drawBlock(c, block(legend.title, legendW, 26, 700, c.ink, 2), lx, y) + 12;
  for (const item of legend.items) {
    c.root.appendChild(el('rect', { x: lx, y, width: 32, height: 32, fill: item.fill, ...(item.stroke ? { stroke: item.stroke, 'stroke-width': 3 } : { stroke: c.muted, 'stroke-width': 1 }), ...(item.dash ? { 'stroke-dasharray': '6 4' } : {}) }));
    const b = block(item.text, legendW - 48, 22, 400, c.ink, 3);
    // The first line beside the swatch; more lines continue below it.
    drawBlock(c, b, lx + 48, y + 16 - b.lineHeight / 2);
    y += Math.max(44, b.lineHeight * b.lines.length + 16);
  }
  if (c.root.innerHTML.includes('url(#map-hatch-unstated)')) {
    const def = document.getElementById('map-hatch-unstated');
    if (def && !c.defs.querySelector('#map-hatch-unstated')) c.defs.appendChild(def.cloneNode(true));
  }
}

function pageBody(c: Ctx, body: Extract<SlideBody, { kind: 'page' }>, box: Box): void {
  const y = drawBlock(c, block(body.lead, box.w, 34, 500, c.ink, 3), box.x, box.y) + 24;
  const charts = body.charts.slice(0, 4);
  if (charts.length === 0) return;
  // Up to three charts side by side; four in two rows. Each is drawn as large as its cell allows.
  const cols = charts.length === 4 ? 2 : charts.length;
  const rows = Math.ceil(charts.length / cols);
  const gap = 48;
  const cw = (box.w - gap * (cols - 1)) / cols;
  const ch = (box.y + box.h - y - 24 * (rows - 1)) / rows;
  for (const [i, chart] of charts.entries()) {
    const x = box.x + (i % cols) * (cw + gap);
    const top = y + Math.floor(i / cols) * (ch + 24);
    const title = block(chart.title, cw, 26, 700, c.ink, 1, 20);
    const below = drawBlock(c, title, x, top) + 6;
    const r = chart.svg.getBoundingClientRect();
    const scale = Math.min(2, cw / Math.max(1, r.width), (top + ch - below) / Math.max(1, r.height));
    placeDrawing(c, chart.svg, { x, y: below, w: r.width * scale, h: r.height * scale }, scale);
  }
}

/** A panel's table (the numbers its CSV holds), set for the slide: columns sized from their measured text, cells wrapped, the type shrunk until the rows fit. */
function tableBody(c: Ctx, table: ExportTable, box: Box, words: SlideWords, locale: string): void {
  const used = table.columns.map((_, i) => i).filter((i) => table.rows.some((r) => r[i] !== null && r[i] !== undefined && r[i] !== ''));
  const num = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const text = (v: CsvCell | undefined) => (v === null || v === undefined ? '' : typeof v === 'number' ? num.format(v) : typeof v === 'object' ? v.date : revealInvisible(v));
  const gap = 20;
  // No more rows than a slide can hold are measured (a register may have thousands).
  const rows = table.rows.slice(0, 60);
  for (const px of [28, 26, 24, 22, 20, 18, 16, 15, 14, 13, 12]) {
    const body = measurer(px);
    const head = measurer(px, 700);
    const natural = used.map((i) => Math.min(460, Math.max(head(table.columns[i] ?? ''), ...rows.map((r) => body(text(r[i]))))));
    const room = box.w - gap * (used.length - 1);
    const total = natural.reduce((a, b) => a + b, 0);
    // A column is never narrower than its longest word (a word is not broken to save width).
    const pieces = (t: string) => t.split(/\s+|(?<=[\u2e80-\u9fff])|(?=[\u2e80-\u9fff])/u);
    const longestWord = used.map((i) => Math.max(0, ...pieces(table.columns[i] ?? '').map(head), ...rows.flatMap((r) => pieces(text(r[i])).map(body))));
    const widths = natural.map((w, k) => Math.min(w, Math.max(longestWord[k] ?? 0, total > room ? (w * room) / total : w)));
    if (widths.reduce((a, b) => a + b, 0) > room && px > 12) continue;
    const lh = Math.round(px * 1.3);
    const headLines = used.map((i, k) => wrapText(table.columns[i] ?? '', widths[k] ?? 0, head));
    const headH = Math.max(...headLines.map((l) => l.length)) * lh + 10;
    const rowLines = rows.map((r) => used.map((i, k) => wrapText(text(r[i]), widths[k] ?? 0, body)));
    const rowH = rowLines.map((cells) => Math.max(1, ...cells.map((l) => l.length)) * lh + 8);
    const moreH = lh + 12;
    let fit = 0;
    for (let h = headH; fit < rowH.length && h + (rowH[fit] ?? 0) + (fit + 1 < table.rows.length ? moreH : 0) <= box.h; fit++) h += rowH[fit] ?? 0;
    if (fit < rowH.length && px > 12) continue;
    const xs = widths.map((_, k) => box.x + widths.slice(0, k).reduce((a, b) => a + b + gap, 0));
    const cellText = (lines: readonly string[], k: number, y: number, weight: number, numeric: boolean) => {
      for (const [n, line] of lines.entries()) {
        const x = numeric ? (xs[k] ?? 0) + (widths[k] ?? 0) : (xs[k] ?? 0);
        const t = el('text', { x, y: y + n * lh + px * 0.95, 'font-size': px, 'font-weight': weight, fill: c.ink, 'text-anchor': numeric ? 'end' : 'start' });
        t.textContent = line;
        c.root.appendChild(t);
      }
      c.words.push(joinLines(lines));
    };
    let y = box.y;
    headLines.forEach((lines, k) => cellText(lines, k, y, 700, false));
    y += headH;
    c.root.appendChild(el('line', { x1: box.x, x2: box.x + box.w, y1: y - 5, y2: y - 5, stroke: c.ink, 'stroke-width': 1.5 }));
    for (let r = 0; r < fit; r++) {
      const row = rows[r] ?? [];
      rowLines[r]?.forEach((lines, k) => cellText(lines, k, y + 4, 400, typeof row[used[k] ?? 0] === 'number'));
      y += rowH[r] ?? 0;
      c.root.appendChild(el('line', { x1: box.x, x2: box.x + box.w, y1: y, y2: y, stroke: c.muted, 'stroke-width': 0.75, 'stroke-opacity': 0.5 }));
    }
    if (fit < table.rows.length) drawBlock(c, block(words.moreRows(table.rows.length - fit), box.w, px, 400, c.muted, 1, px), box.x, y + 8);
    return;
  }
}

/** Each source once, as its id and publisher: "S1 重庆日报，《…》— §…" becomes "S1 重庆日报". */
export function shortSources(lines: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const line of lines) {
    const id = line.split(' ')[0] ?? line;
    if (!seen.has(id)) seen.set(id, line.split(/[，,（(《“"[\]—]/u)[0]?.trim() ?? line);
  }
  return [...seen.values()];
}

/** The slide as SVG text in 1920×1080 units, and every word on it. */
export function slideSvg(body: SlideBody, meta: ExportMeta, labels: MetaLabels, words: SlideWords, size: SlideSize = SLIDE_SIZES.hd, background = '#ffffff', ink = '#1a1d21'): { svg: string; words: string[] } {
  const root = el('svg', { xmlns: SVG_NS, width: size.width, height: size.height, viewBox: `0 0 ${W} ${H}`, 'font-family': FONT, color: ink });
  const defs = el('defs', {});
  root.appendChild(defs);
  root.appendChild(el('rect', { width: W, height: H, fill: background }));
  const c: Ctx = { root, defs, ink, muted: mix(ink, background, 0.3), background, words: [] };
  const textW = W - PAD_X * 2;
  // Header: title, the filters in words, the basis (said once, however the panel words it).
  const title = block(meta.title, textW, 50, 700, ink, 2, 36);
  const subtitle = block(meta.filters, textW, 30, 400, ink, 2, 22);
  const basis = block(labelled(labels.basis, labels.colon, meta.basis), textW, 22, 400, c.muted, 2, 17);
  // Footer: one source line (all sources, wrapped and shrunk to fit) and the local date.
  const sourceLine = (list: readonly string[]) => `${words.sources(list.length)}${labels.colon}${list.join(words.semicolon)}`;
  let source = block(sourceLine(meta.sources), textW, 20, 400, c.muted, 2, 14);
  // Too many to cite in full on one slide (the whole page): each source by its id and publisher
  // once ("S1 重庆日报"), as the page's source list names them; the full citations are in the CSV and XLSX.
  if (source.lines.length > 2) source = block(sourceLine(shortSources(meta.sources)), textW, 20, 400, c.muted, 2, 14);
  const date = block(`${words.exported}${labels.colon}${localTime(meta.exportedAt, meta.lang)}`, textW, 18, 400, c.muted, 1, 14);
  let y = drawBlock(c, title, PAD_X, PAD_TOP) + 6;
  y = drawBlock(c, subtitle, PAD_X, y) + 4;
  y = drawBlock(c, basis, PAD_X, y) + 28;
  const footH = blockHeight(source) + blockHeight(date) + 6;
  const footY = H - PAD_BOTTOM - footH;
  c.root.appendChild(el('line', { x1: PAD_X, x2: W - PAD_X, y1: footY - 16, y2: footY - 16, stroke: c.muted, 'stroke-width': 1, 'stroke-opacity': 0.5 }));
  drawBlock(c, date, PAD_X, drawBlock(c, source, PAD_X, footY) + 6);
  const box: Box = { x: PAD_X, y, w: textW, h: footY - 36 - y };
  if (body.kind === 'drawing') placeDrawing(c, body.svg, box, 3);
  else if (body.kind === 'map') mapBody(c, body, box);
  else if (body.kind === 'page') pageBody(c, body, box);
  else tableBody(c, body.table, box, words, meta.lang);
  return { svg: `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}\n`, words: c.words };
}

/** The slide as a PNG of `size`, with its words as the PNG's description. */
export async function slidePng(body: SlideBody, meta: ExportMeta, labels: MetaLabels, words: SlideWords, size: SlideSize = SLIDE_SIZES.hd, background = '#ffffff', ink = '#1a1d21'): Promise<Blob> {
  const slide = slideSvg(body, meta, labels, words, size, background, ink);
  const img = new Image();
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(slide.svg)}`;
  await img.decode();
  const out = document.createElement('canvas');
  out.width = size.width;
  out.height = size.height;
  const ctx = out.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  ctx.drawImage(img, 0, 0, size.width, size.height);
  const png = await new Promise<Blob>((resolve, reject) => out.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
  const description = [...slide.words, meta.url].filter((w) => w.trim() !== '').join('\n');
  return withText(png, 'Description', description);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** `png` with an iTXt chunk (UTF-8 text, uncompressed) before its end: the slide's words for search and accessibility tools. */
export async function withText(png: Blob, keyword: string, text: string): Promise<Blob> {
  const bytes = new Uint8Array(await png.arrayBuffer());
  const enc = new TextEncoder();
  const key = enc.encode(keyword);
  const body = enc.encode(text);
  // keyword, NUL, compression flag 0, method 0, empty language tag + NUL, empty translated keyword + NUL
  const data = new Uint8Array(key.length + 5 + body.length);
  data.set(key, 0);
  data.set(body, key.length + 5);
  const typed = new Uint8Array(4 + data.length);
  typed.set(enc.encode('iTXt'), 0);
  typed.set(data, 4);
  const chunk = new Uint8Array(12 + data.length);
  const view = new DataView(chunk.buffer);
  view.setUint32(0, data.length);
  chunk.set(typed, 4);
  view.setUint32(8 + data.length, crc32(typed));
  const end = bytes.length - 12; // the IEND chunk
  return new Blob([bytes.subarray(0, end), chunk, bytes.subarray(end)], { type: 'image/png' });
}

