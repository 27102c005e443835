#!/usr/bin/env node
// Writes the app icons in public/icons/ (run by hand when the design changes; the PNGs are
// committed): a dark tile with four horizontal bars in the dashboard's Okabe–Ito colours, as
// PNG at 192 and 512 px (a maskable variant keeps the bars inside the 80 % safe zone) and SVG.
// PNG encoding by hand (zlib + CRC), so no image library is needed.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const BG = [0x15, 0x1b, 0x23];
const BARS = [
  { w: 0.9, c: [0xe6, 0x9f, 0x00] },
  { w: 0.55, c: [0x56, 0xb4, 0xe9] },
  { w: 0.7, c: [0x00, 0x9e, 0x73] },
  { w: 0.35, c: [0xcc, 0x79, 0xa7] },
];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** Bars laid out inside [inset, 1 - inset] of the tile. */
function bars(inset) {
  const span = 1 - inset * 2;
  const gap = span * 0.06;
  const h = (span - gap * (BARS.length - 1)) / BARS.length;
  return BARS.map((b, i) => ({ x: inset, y: inset + i * (h + gap), w: span * b.w, h, c: b.c }));
}

function png(size, inset, round) {
  const rows = [];
  const layout = bars(inset);
  const r = round ? size * 0.18 : 0;
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) {
      const u = (x + 0.5) / size;
      const v = (y + 0.5) / size;
      let c = BG;
      for (const b of layout) if (u >= b.x && u < b.x + b.w && v >= b.y && v < b.y + b.h) c = b.c;
      // Rounded corners (transparent outside) for the plain icon; maskable stays square.
      const cx = Math.min(Math.max(x + 0.5, r), size - r);
      const cy = Math.min(Math.max(y + 0.5, r), size - r);
      const out = r > 0 && Math.hypot(x + 0.5 - cx, y + 0.5 - cy) > r;
      row.set([...c, out ? 0 : 255], 1 + x * 4);
    }
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

function svg(inset) {
  const hex = (c) => `#${c.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
  const rects = bars(inset)
    .map((b) => `<rect x="${(b.x * 512).toFixed(1)}" y="${(b.y * 512).toFixed(1)}" width="${(b.w * 512).toFixed(1)}" height="${(b.h * 512).toFixed(1)}" fill="${hex(b.c)}"/>`)
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512"><rect width="512" height="512" rx="92" fill="${hex(BG)}"/>${rects}</svg>\n`;
}

const out = new URL('../public/icons/', import.meta.url);
writeFileSync(new URL('icon-192.png', out), png(192, 0.16, true));
writeFileSync(new URL('icon-512.png', out), png(512, 0.16, true));
writeFileSync(new URL('icon-maskable-512.png', out), png(512, 0.24, false));
writeFileSync(new URL('icon.svg', out), svg(0.16));
console.log('public/icons: icon-192.png, icon-512.png, icon-maskable-512.png, icon.svg');
