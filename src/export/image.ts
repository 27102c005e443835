/**
 * PNG, SVG and slide exports of what is on screen (lazy chunk). A panel PNG is captured as it
 * is drawn (html-to-image) with its provenance drawn into the image; an SVG is the drawing with
 * the provenance as text. A slide is laid out for the slide (slide.ts): title, the filters in
 * words, the drawing filling the frame, one source line and a local date.
 */
import { toCanvas } from 'html-to-image';
import { textMeasure, wrapText } from '../components/label-wrap';
import { revealInvisible } from '../domain/text-safety';
import type { ExportMeta, MetaLabels } from './csv';

export const FONT = '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';

function wrap(ctx: CanvasRenderingContext2D, raw: string, width: number): string[] {
  return wrapText(revealInvisible(raw), width, (t) => ctx.measureText(t).width);
}

/** "依据：…" said once: a value that already opens with its label ("依据：仅点名项目…") is not labelled again. */
export function labelled(label: string, colon: string, value: string): string {
  const v = value.trimStart();
  return v.startsWith(label) && /^\s*[:：]/u.test(v.slice(label.length)) ? v : `${label}${colon}${value}`;
}

/** The export's time as a reader of the file's language writes it, in the reader's time zone ("2026年12月3日 16:17", "December 3, 2026 at 4:17 PM"). */
export function localTime(iso: string, locale: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(d);
}

export function footerLines(meta: ExportMeta, labels: MetaLabels): string[] {
  return [
    ...meta.sources.map((s) => labelled(labels.source, labels.colon, s)),
    `${labels.lang}${labels.colon}${meta.lang} · ${labels.exported}${labels.colon}${localTime(meta.exportedAt, meta.lang)}`,
    `${labels.url}${labels.colon}${meta.url}`,
  ];
}

/** A PNG of `node` at `scale`× with the provenance drawn above and below it. */
export async function panelPng(node: HTMLElement, meta: ExportMeta, labels: MetaLabels, scale = 2, background = '#ffffff', ink = '#1a1d21'): Promise<Blob> {
  const shot = await toCanvas(node, {
    pixelRatio: scale,
    backgroundColor: background,
    filter: (el) => !(el instanceof HTMLElement && (el.dataset.exportSkip !== undefined || el.classList.contains('leaflet-control-container'))),
  });
  const pad = 16 * scale;
  const measure = document.createElement('canvas').getContext('2d');
  if (!measure) throw new Error('no 2D canvas');
  const width = shot.width + pad * 2;
  const textWidth = width - pad * 2;
  const titleFont = `700 ${20 * scale}px ${FONT}`;
  const bodyFont = `${13 * scale}px ${FONT}`;
  const smallFont = `${11 * scale}px ${FONT}`;
  measure.font = titleFont;
  const titleLines = wrap(measure, meta.title, textWidth);
  measure.font = bodyFont;
  // The filters in words say what they are ("区县：綦江区", "未筛选：显示全部项目。"): no "筛选：" before them.
  const headLines = [...wrap(measure, meta.filters, textWidth), ...wrap(measure, labelled(labels.basis, labels.colon, meta.basis), textWidth)];
  measure.font = smallFont;
  const footLines = footerLines(meta, labels).flatMap((l) => wrap(measure, l, textWidth));
  const lh = (px: number) => Math.round(px * 1.45 * scale);
  const headerH = pad + titleLines.length * lh(20) + headLines.length * lh(13) + pad / 2;
  const footerH = pad / 2 + footLines.length * lh(11) + pad;
  const out = document.createElement('canvas');
  out.width = width;
  out.height = headerH + shot.height + footerH;
  const ctx = out.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  ctx.fillStyle = background;
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.fillStyle = ink;
  ctx.textBaseline = 'top';
  let y = pad;
  ctx.font = titleFont;
  for (const l of titleLines) {
    ctx.fillText(l, pad, y);
    y += lh(20);
  }
  ctx.font = bodyFont;
  for (const l of headLines) {
    ctx.fillText(l, pad, y);
    y += lh(13);
  }
  ctx.drawImage(shot, pad, headerH);
  y = headerH + shot.height + pad / 2;
  ctx.font = smallFont;
  for (const l of footLines) {
    ctx.fillText(l, pad, y);
    y += lh(11);
  }
  return new Promise((resolve, reject) => out.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
}

export const SVG_NS = 'http://www.w3.org/2000/svg';

/** Split text into lines that fit `width` px at `px` font size (measured in the export font where a canvas exists). */
export function wrapByWidth(text: string, width: number, px: number): string[] {
  return wrapText(text, width, textMeasure(px, FONT));
}

/** SVG presentation attributes a style attribute may carry, which survive as attributes. */
const PRESENTATION = new Set([
  'fill', 'fill-opacity', 'fill-rule', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray', 'stroke-dashoffset',
  'stroke-linecap', 'stroke-linejoin', 'opacity', 'color', 'font-size', 'font-weight', 'font-family', 'text-anchor',
  'dominant-baseline', 'visibility', 'display',
]);

/**
 * Replace every style="" in a cloned subtree with the equivalent presentation attributes (read
 * through the CSSOM, which the CSP allows) and drop what has none (layout-only properties).
 */
export function inlineStylesAsAttributes(root: Element): void {
  const styled = [root, ...root.querySelectorAll('[style]')].filter((el) => el.hasAttribute('style'));
  for (const el of styled) {
    const style = (el as SVGElement | HTMLElement).style as CSSStyleDeclaration | undefined;
    if (style) {
      for (let i = 0; i < style.length; i++) {
        const prop = style.item(i);
        const value = style.getPropertyValue(prop);
        if (PRESENTATION.has(prop) && value !== '') el.setAttribute(prop, value);
      }
    }
    el.removeAttribute('style');
  }
}

export function textEl(x: number, y: number, text: string, size: number, weight = 400): SVGTextElement {
  const t = document.createElementNS(SVG_NS, 'text');
  t.setAttribute('x', String(x));
  t.setAttribute('y', String(y));
  t.setAttribute('font-size', String(size));
  t.setAttribute('font-weight', String(weight));
  t.textContent = revealInvisible(text);
  return t;
}

/**
 * A standalone SVG of a drawn chart or map: the original vector graphic with the provenance
 * as text above and below it, the fonts and colours it needs, and any patterns it references.
 */
export function panelSvg(source: SVGSVGElement, meta: ExportMeta, labels: MetaLabels, ink = '#1a1d21', background = '#ffffff'): string {
  const box = source.getBoundingClientRect();
  const w = Math.max(320, Math.round(box.width));
  const h = Math.round(box.height);
  const lineH = 18;
  const head = [meta.title, ...wrapByWidth(meta.filters, w, 12), ...wrapByWidth(labelled(labels.basis, labels.colon, meta.basis), w, 12)];
  const foot = footerLines(meta, labels).flatMap((l) => wrapByWidth(l, w, 11));
  const headerH = 16 + head.length * lineH + 8;
  const footerH = 8 + foot.length * lineH + 8;
  const root = document.createElementNS(SVG_NS, 'svg');
  root.setAttribute('xmlns', SVG_NS);
  root.setAttribute('width', String(w + 32));
  root.setAttribute('height', String(headerH + h + footerH));
  root.setAttribute('viewBox', `0 0 ${w + 32} ${headerH + h + footerH}`);
  root.setAttribute('font-family', FONT);
  // A presentation attribute, not style="": the page's CSP has no 'unsafe-inline' for
  // style attributes, and a file without them opens the same under any policy.
  root.setAttribute('color', ink);
  const title = document.createElementNS(SVG_NS, 'title');
  title.textContent = meta.title;
  root.appendChild(title);
  const bg = document.createElementNS(SVG_NS, 'rect');
  bg.setAttribute('width', '100%');
  bg.setAttribute('height', '100%');
  bg.setAttribute('fill', background);
  root.appendChild(bg);
  const defs = document.createElementNS(SVG_NS, 'defs');
  for (const ref of new Set([...source.outerHTML.matchAll(/url\(#([\w-]+)\)/g)].map((m) => m[1] ?? ''))) {
    const def = document.getElementById(ref);
    if (def) defs.appendChild(def.cloneNode(true));
  }
  root.appendChild(defs);
  const text = document.createElementNS(SVG_NS, 'g');
  text.setAttribute('fill', ink);
  head.forEach((l, i) => text.appendChild(textEl(16, 16 + (i + 1) * lineH - 4, l, i === 0 ? 16 : 12, i === 0 ? 700 : 400)));
  foot.forEach((l, i) => text.appendChild(textEl(16, headerH + h + 8 + (i + 1) * lineH - 4, l, 11)));
  root.appendChild(text);
  const inner = source.cloneNode(true) as SVGSVGElement;
  inner.removeAttribute('style');
  inlineStylesAsAttributes(inner);
  const walker = document.createTreeWalker(inner, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (n.nodeValue) n.nodeValue = revealInvisible(n.nodeValue);
  inner.removeAttribute('class');
  inner.setAttribute('x', '16');
  inner.setAttribute('y', String(headerH));
  inner.setAttribute('width', String(w));
  inner.setAttribute('height', String(h));
  if (!inner.getAttribute('viewBox')) inner.setAttribute('viewBox', `0 0 ${w} ${h}`);
  root.appendChild(inner);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}\n`;
}

/** `a` moved towards `b` by `t` (hex colours), for secondary text. */
export function mix(a: string, b: string, t: number): string {
  const rgb = (h: string) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16));
  const [x, y] = [rgb(a), rgb(b)];
  return `#${x.map((v, i) => Math.round(v + ((y[i] ?? v) - v) * t).toString(16).padStart(2, '0')).join('')}`;
}
