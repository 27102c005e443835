/**
 * Display spoofing (plain TS): characters that change how text reads without being seen —
 * bidirectional controls (an RLO turns "txt.exe" into "exe.txt" on screen), zero-width and
 * other invisible format characters, and control characters. Imported text (a register's
 * cells, its file name, a tour's titles) passes through revealInvisible() before it is shown
 * or exported, so what a reader sees is what the file holds. Pure; the importer can use it
 * too (findInvisible() for a row remark).
 */

/**
 * Bidi embeddings, overrides and isolates (U+202A–202E, U+2066–2069), marks (U+200E, U+200F,
 * U+061C), zero-width space/joiners and word joiner (U+200B–200D, U+2060–2064), the
 * byte-order mark / zero-width no-break space (U+FEFF), the Mongolian vowel separator
 * (U+180E), soft hyphen (U+00AD), interlinear annotation (U+FFF9–FFFB), tag characters
 * (U+E0000–E007F), and C0/C1 controls other than tab, line feed and carriage return.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\uFFF9-\uFFFB\u{E0000}-\u{E007F}]/gu;

/** Short names for the common ones; the rest are shown by code point. */
const NAMES: Record<number, string> = {
  0x200b: 'ZWSP',
  0x200c: 'ZWNJ',
  0x200d: 'ZWJ',
  0x200e: 'LRM',
  0x200f: 'RLM',
  0x202a: 'LRE',
  0x202b: 'RLE',
  0x202c: 'PDF',
  0x202d: 'LRO',
  0x202e: 'RLO',
  0x2066: 'LRI',
  0x2067: 'RLI',
  0x2068: 'FSI',
  0x2069: 'PDI',
  0x2060: 'WJ',
  0xfeff: 'BOM',
  0x00ad: 'SHY',
  0x061c: 'ALM',
};

function codePoint(ch: string): string {
  const cp = ch.codePointAt(0) ?? 0;
  return `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** How one invisible character is written visibly: ⟦RLO U+202E⟧. */
export function markerFor(ch: string): string {
  const cp = ch.codePointAt(0) ?? 0;
  const name = NAMES[cp];
  return `⟦${name ? `${name} ` : ''}${codePoint(ch)}⟧`;
}

export function hasInvisible(text: string): boolean {
  INVISIBLE.lastIndex = 0;
  const found = INVISIBLE.test(text);
  INVISIBLE.lastIndex = 0;
  return found;
}

/** The distinct invisible characters in `text`, as code points ("U+202E"), in order of first use. */
export function findInvisible(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(INVISIBLE)) {
    const cp = codePoint(m[0]);
    if (!out.includes(cp)) out.push(cp);
  }
  return out;
}

/**
 * `text` with every invisible or direction-changing character replaced by a visible marker
 * (⟦RLO U+202E⟧). Text without any is returned as it is (the same string), so this is cheap
 * to call on every cell.
 */
export function revealInvisible(text: string): string {
  if (!hasInvisible(text)) return text;
  return text.replace(INVISIBLE, markerFor);
}

/** `text` cut into plain runs and single invisible characters (for drawing markers apart). */
export function splitInvisible(text: string): { text: string; invisible: boolean }[] {
  if (!hasInvisible(text)) return [{ text, invisible: false }];
  const out: { text: string; invisible: boolean }[] = [];
  let last = 0;
  for (const m of text.matchAll(INVISIBLE)) {
    const at = m.index;
    if (at > last) out.push({ text: text.slice(last, at), invisible: false });
    out.push({ text: m[0], invisible: true });
    last = at + m[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last), invisible: false });
  return out;
}
