// SYNTHETIC benchmark register — NOT REAL DATA. Writes a CSV of N made-up project rows
// (seeded, deterministic), in the import template's English headers, for the benchmark to
// import through the app's UI like a user's file. Never part of src/ or dist/.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SECTORS = ['smart-manufacturing', 'digital-economy', 'science-tech', 'health', 'new-materials-other'];
const INVESTORS = ['central-soe', 'private', 'foreign', 'other'];
const SIGNING = ['venue-offline', 'venue-online', 'off-site'];

/** mulberry32: a tiny seeded PRNG, so every run benchmarks the same rows. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Writes the CSV to a temporary directory; returns its path and size in bytes. */
export function writeSyntheticRegister(rows, districtCodes, seed = 2021) {
  const rnd = prng(seed);
  const pick = (items) => items[Math.floor(rnd() * items.length)];
  const lines = ['id,project,partner,district,sector,investor type,amount (100 million yuan),signing mode,note'];
  for (let i = 0; i < rows; i++) {
    const amount = Math.round((5 + rnd() * rnd() * 120) * 10) / 10;
    lines.push(`synthetic-${i},合成项目 ${i}（基准测试）,Synthetic firm ${i},${pick(districtCodes)},${pick(SECTORS)},${pick(INVESTORS)},${amount},${pick(SIGNING)},SYNTHETIC benchmark row`);
  }
  const path = join(mkdtempSync(join(tmpdir(), 'cq-bench-')), `SYNTHETIC-register-${rows}.csv`);
  const text = `${lines.join('\r\n')}\r\n`;
  writeFileSync(path, text);
  return { path, bytes: Buffer.byteLength(text) };
}
