// The XLSX pre-check: zip bombs and oversized sheets are refused from the zip directory (and
// at most 64 KiB of the sheet), naming the limit. Every file here is generated in the test.
import { describe, expect, it } from 'vitest';
import { checkXlsx, countRows, declaredDimension, XLSX_LIMITS, ZipLimitError, zipEntries, type ZipLimit } from '../../src/domain/register/zip-limits';
import { deflated, workbook, zeroBomb, zip } from '../fixtures/xlsx-gen';

async function refusal(bytes: Uint8Array, limits = XLSX_LIMITS): Promise<ZipLimitError> {
  try {
    await checkXlsx(bytes, limits);
  } catch (e) {
    if (e instanceof ZipLimitError) return e;
    throw e;
  }
  throw new Error('not refused');
}

const HEADER = ['项目名称', '区县', '投资额（亿元）'];
const BODY = [
  ['智能终端产业园', '500112', '12.5'],
  ['数据中心', '綦江区', '8'],
];

describe('XLSX limits before inflating', () => {
  it('refuses a 1.5 MB file whose sheet inflates to 1.5 GB, from the directory alone', async () => {
    const bomb = zeroBomb('xl/worksheets/sheet1.xml', 1500 * 1024 * 1024);
    expect(bomb.length).toBeLessThan(3 * 1024 * 1024);
    const e = await refusal(bomb);
    expect(e.limit).toBe<ZipLimit>('entry-bytes');
    expect(e.actual).toBe(1500 * 1024 * 1024);
    expect(e.max).toBe(XLSX_LIMITS.maxEntryBytes);
    expect(e.entry).toBe('xl/worksheets/sheet1.xml');
  });

  it('refuses many entries that are each small but too large together', async () => {
    const entries = Array.from({ length: 3 }, (_, i) => ({ ...deflated(`xl/media/${i}.bin`, 'x'), declaredSize: 100 * 1024 * 1024, localDeclaredSize: 100 * 1024 * 1024 }));
    const e = await refusal(zip(entries));
    expect(e.limit).toBe<ZipLimit>('total-bytes');
    expect(e.actual).toBe(300 * 1024 * 1024);
  });

  it('refuses a directory with too many entries before reading them', async () => {
    const e = await refusal(zip(Array.from({ length: 30 }, (_, i) => deflated(`f${i}.xml`, '<a/>'))), { ...XLSX_LIMITS, maxEntries: 20 });
    expect(e.limit).toBe<ZipLimit>('entries');
    expect(e.actual).toBe(30);
  });

  it('refuses an entry whose local header and directory disagree on its size', async () => {
    const sheet = { ...deflated('xl/worksheets/sheet1.xml', '<worksheet><sheetData/></worksheet>'), localDeclaredSize: 5 };
    const e = await refusal(zip([sheet]));
    expect(e.limit).toBe<ZipLimit>('inconsistent');
  });

  it('refuses a valid 2 000 000-row workbook by its declared row count, reading only the start of the sheet', async () => {
    const bytes = workbook(HEADER, BODY, 2_000_000);
    const t0 = performance.now();
    const e = await refusal(bytes);
    expect(e.limit).toBe<ZipLimit>('rows');
    expect(e.actual).toBe(2_000_001);
    expect(e.max).toBe(XLSX_LIMITS.maxRows);
    // Not a timing assertion: a number for docs/benchmarks.md.
    console.info(`2 000 000-row XLSX (${(bytes.length / 1048576).toFixed(1)} MB) refused in ${(performance.now() - t0).toFixed(1)} ms`);
  });

  it('refuses a sheet declaring more columns than the limit', async () => {
    const wide = Array.from({ length: 600 }, (_, i) => `c${i}`);
    const e = await refusal(workbook(wide, [wide], 3));
    expect(e.limit).toBe<ZipLimit>('columns');
    expect(e.actual).toBe(600);
  });

  it('accepts an ordinary workbook and reports its sheet, sizes and dimension', async () => {
    const check = await checkXlsx(workbook(HEADER, BODY, 1000));
    expect(check.sheet).toBe('xl/worksheets/sheet1.xml');
    expect(check.rows).toBe(1001);
    expect(check.columns).toBe(3);
    expect(check.entries).toHaveLength(5);
    expect(check.totalBytes).toBeGreaterThan(1000 * 30);
  });

  it('accepts a workbook without a <dimension> (the reader’s own row limit applies then)', async () => {
    const check = await checkXlsx(workbook(HEADER, BODY, 10, { dimension: false }));
    expect(check.rows).toBeNull();
  });

  it('refuses a 2 000 000-row workbook without a <dimension> (or with a false one) by counting its rows as it inflates', async () => {
    const e = await refusal(workbook(HEADER, BODY, 2_000_000, { dimension: false }));
    expect(e.limit).toBe<ZipLimit>('rows');
    expect(e.actual).toBe(2_000_001);
    expect(e.entry).toBe('xl/worksheets/sheet1.xml');
    const small = workbook(HEADER, BODY, 2, { dimension: false });
    expect((await checkXlsx(small, { ...XLSX_LIMITS, maxRows: 3 })).rows).toBe(3);
  });

  it('counts rows across chunk boundaries, with or without a namespace prefix, and not other elements', async () => {
    const entry = (xml: string) => zip([deflated('xl/worksheets/sheet1.xml', xml)]);
    const count = async (xml: string) => {
      const bytes = entry(xml);
      const [e] = zipEntries(bytes);
      if (!e) throw new Error('no entry');
      return countRows(bytes, e);
    };
    expect(await count(`<x:sheetData>${'<x:row r="1"><x:c/></x:row>'.repeat(70_001)}</x:sheetData><rowBreaks/>`)).toBe(70_001);
    expect(await count(`<sheetData>${'<row/>'.repeat(12_345)}${'<row>'.repeat(3)}</sheetData>`)).toBe(12_348);
  });

  it('says "not a zip" for bytes without a central directory, and never reads past the end', async () => {
    expect((await refusal(new TextEncoder().encode('PK\u0003\u0004 not really a zip'))).limit).toBe<ZipLimit>('not-a-zip');
    const truncated = workbook(HEADER, BODY, 10).subarray(0, 200);
    expect((await refusal(truncated)).limit).toBe<ZipLimit>('not-a-zip');
    const good = workbook(HEADER, BODY, 10);
    const cut = good.slice(0, good.length - 10);
    expect(() => zipEntries(cut)).toThrow(ZipLimitError);
  });

  it('reads the declared dimension in its usual forms', () => {
    expect(declaredDimension('<worksheet><dimension ref="A1:K200001"/>')).toEqual({ rows: 200001, columns: 11 });
    expect(declaredDimension('<x:dimension ref="B2:AB10"/>')).toEqual({ rows: 9, columns: 27 });
    expect(declaredDimension('<dimension ref="A1"/>')).toEqual({ rows: 1, columns: 1 });
    expect(declaredDimension('<sheetData>')).toBeNull();
  });
});
