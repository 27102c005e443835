// SYNTHETIC benchmark register — NOT REAL DATA. Writes a CSV of N made-up project rows
// (seeded, deterministic), in the import template's English headers, with made-up stages,
// funds in place and a reporting date, for the benchmark to import through the app's UI like a
// user's file. Never part of src/ or dist/.
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

/** Stage keys (the template's English terms) with made-up weights: most signed projects started or producing. */
const STAGES = [
  ['signed', 0.3],
  ['started', 0.4],
  ['producing', 0.25],
  ['stopped', 0.05],
];
/** One reporting date for every row: the panel counts them all (two dates would halve its rows). */
const REPORT_DATE = '2026-10-31';

/**
 * Writes the CSV to a temporary directory; returns its path and size in bytes. Every row has a
 * stage, funds in place (none for a project not started or stopped; at most its amount) and a
 * reporting date, so the benchmark clicks on a register the progress panel draws stages for.
 * The progress columns draw from a second seeded stream, so the other columns are the same rows
 * as before they existed.
 */
export function writeSyntheticRegister(rows, districtCodes, seed = 2021) {
  const rnd = prng(seed);
  const rndProgress = prng(seed + 1);
  const pick = (items) => items[Math.floor(rnd() * items.length)];
  const stageOf = () => {
    let x = rndProgress();
    for (const [key, w] of STAGES) {
      if (x < w) return key;
      x -= w;
    }
    return 'signed';
  };
  const lines = ['id,project,partner,district,sector,investor type,amount (100 million yuan),signing mode,stage,funds in place (100 million yuan),report date,note'];
  for (let i = 0; i < rows; i++) {
    const amount = Math.round((5 + rnd() * rnd() * 120) * 10) / 10;
    const stage = stageOf();
    const share = stage === 'producing' ? 0.6 + rndProgress() * 0.4 : stage === 'started' ? rndProgress() * 0.8 : 0;
    const funds = Math.round(amount * share * 10) / 10;
    lines.push(`synthetic-${i},合成项目 ${i}（基准测试）,Synthetic firm ${i},${pick(districtCodes)},${pick(SECTORS)},${pick(INVESTORS)},${amount},${pick(SIGNING)},${stage},${funds},${REPORT_DATE},SYNTHETIC benchmark row`);
  }
  const path = join(mkdtempSync(join(tmpdir(), 'cq-bench-')), `SYNTHETIC-register-${rows}.csv`);
  const text = `${lines.join('\r\n')}\r\n`;
  writeFileSync(path, text);
  return { path, bytes: Buffer.byteLength(text) };
}

const OFFICE_SECTORS = ['汽车', '电子信息', '智能制造', '新能源', '智能家居', '数字经济', '生物医药'];
const OFFICE_INVESTORS = ['民营企业', '央企', '外资企业', '国有企业'];
const OFFICE_STAGES = ['已开工', '前期', '投产', '在建', '签约'];
const OFFICE_PLACES = ['两江新区', '西部科学城重庆高新区', '万盛经开区'];

/**
 * A SYNTHETIC register laid out like an investment bureau's workbook (title row, 单位 line,
 * header in Chinese, amounts in 万元, functional areas, the office's own categories, stages,
 * funds in place, a 合计 row), as CSV or XLSX; returns its path and size in bytes.
 */
export async function writeSyntheticOfficeRegister(rows, districtCodes, kind, seed = 2021) {
  const rnd = prng(seed);
  const pick = (items) => items[Math.floor(rnd() * items.length)];
  const header = ['序号', '项目名称', '签约单位', '属地', '产业类别', '企业性质', '总投资（万元）', '到位资金（万元）', '项目进展', '开工日期'];
  const body = [];
  let total = 0;
  for (let i = 0; i < rows; i++) {
    const amount = Math.round((5 + rnd() * rnd() * 120) * 10000);
    const funds = Math.round(amount * rnd() * 0.8);
    total += amount;
    body.push([i + 1, `合成项目 ${i}（基准测试 SYNTHETIC）`, `Synthetic firm ${i}`, rnd() < 0.1 ? pick(OFFICE_PLACES) : pick(districtCodes), pick(OFFICE_SECTORS), pick(OFFICE_INVESTORS), amount, funds, pick(OFFICE_STAGES), `2022-${String(1 + Math.floor(rnd() * 12)).padStart(2, '0')}-15`]);
  }
  const title = ['SYNTHETIC 基准测试名录（虚构数据）'];
  const unitLine = ['填报单位：基准测试', '', '', '', '', '', '单位：万元'];
  const totals = ['合计', '', '', '', '', '', total, '', '', ''];
  const dir = mkdtempSync(join(tmpdir(), 'cq-bench-'));
  const path = join(dir, `SYNTHETIC-office-register-${rows}.${kind}`);
  if (kind === 'csv') {
    const text = `${[title, unitLine, header, ...body, totals].map((r) => r.join(',')).join('\r\n')}\r\n`;
    writeFileSync(path, text);
    return { path, bytes: Buffer.byteLength(text) };
  }
  const { default: writeXlsxFile } = await import('write-excel-file/node');
  const cell = (v) => (v === '' ? null : { value: v });
  const data = [title, unitLine, header, ...body, totals].map((r) => r.map(cell));
  const buffer = await writeXlsxFile(data, { sheet: '项目表' }).toBuffer();
  writeFileSync(path, buffer);
  return { path, bytes: buffer.length };
}
