/**
 * Measuring and wrapping label text for drawn charts and slides: a label is broken into lines
 * that fit a width (at spaces in Latin text, between any two CJK characters, never before
 * closing punctuation), so a chart or slide shows it whole instead of cutting it with "…".
 */

/** Width in px of `text` as drawn. */
export type Measure = (text: string) => number;

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/u;
/** Characters that may not start a line (closing brackets and punctuation, zh and en). */
const NO_LINE_START = /^[)\]}）】」』》〉、，。；：！？,.;:!?%％·”’]/u;
/** Characters that may not end a line (opening brackets). */
const NO_LINE_END = /[([{（【「『《〈“‘]$/u;

/** Estimated width (CJK glyphs about 1 em, Latin about 0.56 em): where nothing can be measured (no canvas). */
export function estimateWidth(text: string, px: number): number {
  let w = 0;
  for (const ch of text) w += CJK.test(ch) ? px : ch === ' ' ? px * 0.28 : px * 0.56;
  return w;
}

let canvas: OffscreenCanvasRenderingContext2D | null | undefined;

/**
 * A measure for text at `px` in `family` (the drawing's computed font family): the canvas's
 * measureText where there is one (the browser), the estimate otherwise (jsdom).
 */
export function textMeasure(px: number, family: string, weight = 400): Measure {
  if (canvas === undefined) canvas = typeof OffscreenCanvas === 'undefined' ? null : new OffscreenCanvas(1, 1).getContext('2d');
  const ctx = canvas;
  if (!ctx) return (text) => estimateWidth(text, px);
  const font = `${weight} ${px}px ${family}`;
  const cache = new Map<string, number>();
  return (text) => {
    const hit = cache.get(text);
    if (hit !== undefined) return hit;
    ctx.font = font;
    const w = ctx.measureText(text).width;
    cache.set(text, w);
    return w;
  };
}

/** The pieces a line may break between: words with their following space, single CJK characters, punctuation kept with its neighbour. */
function tokens(text: string): string[] {
  const raw = text.split(/(?<=\s)|(?=[\u2e80-\u9fff\uf900-\ufaff])|(?<=[\u2e80-\u9fff\uf900-\ufaff])/u).filter((s) => s !== '');
  const out: string[] = [];
  let open = false;
  for (const t of raw) {
    const prev = out[out.length - 1];
    // Closing punctuation stays on the line before; an opening bracket goes with what follows,
    // and a CJK bracketed group（在建）stays whole (it breaks by characters only if it cannot fit).
    if (prev !== undefined && (open || NO_LINE_START.test(t) || NO_LINE_END.test(prev))) out[out.length - 1] = prev + t;
    else out.push(t);
    if (/[（【「『《〈]/u.test(t)) open = true;
    if (/[）】」』》〉]/u.test(t)) open = false;
  }
  return out;
}

/** Break a piece wider than `width` by characters (a long word or a run with no break). */
function hardBreak(piece: string, width: number, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  for (const ch of piece) {
    if (line !== '' && measure(line + ch) > width) {
      lines.push(line);
      line = ch;
    } else line += ch;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** `text` in lines no wider than `width` (by `measure`); every character is kept. */
export function wrapText(text: string, width: number, measure: Measure): string[] {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean === '') return [''];
  if (measure(clean) <= width) return [clean];
  const lines: string[] = [];
  let line = '';
  for (const piece of tokens(clean)) {
    const next = line + piece;
    if (measure(next.trimEnd()) <= width) {
      line = next;
      continue;
    }
    if (line.trim() !== '') lines.push(line.trimEnd());
    if (measure(piece.trimEnd()) <= width) line = piece.trimStart();
    else {
      const parts = hardBreak(piece.trim(), width, measure);
      lines.push(...parts.slice(0, -1));
      line = `${parts[parts.length - 1] ?? ''}${piece.endsWith(' ') ? ' ' : ''}`;
    }
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
}

/**
 * The label column's width: the widest label measured (plus `gap`), capped at `cap` and at least
 * `min`; labels wider than the column wrap (wrapText) rather than push the bars aside.
 */
export function labelColumn(labels: readonly string[], measure: Measure, cap: number, gap = 12, min = 48): number {
  const widest = Math.max(0, ...labels.map((l) => measure(l)));
  return Math.round(Math.max(min, Math.min(cap, widest + gap)));
}
