/**
 * SYNTHETIC benchmark register — NOT REAL DATA. Generates N made-up project rows (seeded,
 * deterministic) so the interaction benchmark can measure the engine and panels at scale.
 * Used only by bench/; never imported by src/ and never shipped in dist/.
 */
import { DATASET } from '../src/data/dataset';
import type { Dataset, ItemizedProject } from '../src/data/types';
import { INVESTOR_KEYS, SECTOR_KEYS, SIGNING_KEYS } from '../src/domain/filters';

/** mulberry32: a tiny seeded PRNG, so every run benchmarks the same rows. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(rnd: () => number, items: readonly T[]): T {
  const item = items[Math.floor(rnd() * items.length)];
  if (item === undefined) throw new Error('empty list');
  return item;
}

export function syntheticRegister(rows: number, seed = 2021): Dataset {
  const rnd = prng(seed);
  const codes = DATASET.districts.map((d) => d.code);
  const projects: ItemizedProject[] = [];
  for (let i = 0; i < rows; i++) {
    const amount = Math.round((5 + rnd() * rnd() * 120) * 10) / 10;
    projects.push({
      id: `synthetic-${i}`,
      district: pick(rnd, codes),
      area: null,
      partner: { zh: `合成企业 ${i}`, en: `Synthetic firm ${i}` },
      name: { zh: `合成项目 ${i}（基准测试）`, en: `Synthetic project ${i} (benchmark)` },
      amount,
      amountApprox: false,
      sector: pick(rnd, SECTOR_KEYS),
      investor: pick(rnd, INVESTOR_KEYS),
      signing: pick(rnd, SIGNING_KEYS),
      inside92: 'yes',
      source: { id: 'S1', locator: 'SYNTHETIC benchmark row' },
      note: null,
    });
  }
  const total = projects.reduce((s, p) => s + (p.amount ?? 0), 0);
  return {
    ...DATASET,
    id: `synthetic-${rows}`,
    kind: 'register',
    title: { zh: `合成基准名录（${rows} 行，非真实数据）`, en: `Synthetic benchmark register (${rows} rows, not real data)` },
    totals: {
      ...DATASET.totals,
      projects: { value: rows, basis: 'published', source: { id: 'S1', locator: 'SYNTHETIC' } },
      investment: { value: Math.round(total * 10) / 10, basis: 'published', source: { id: 'S1', locator: 'SYNTHETIC' } },
    },
    projects,
  };
}
