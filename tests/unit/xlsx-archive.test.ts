// Opening an XLSX file: zip bombs are refused from fflate's entry list before they inflate,
// oversized sheets before the reader parses them, naming the limit. Every file here is generated in the test.
import { describe, expect, it } from 'vitest';
import { countRows, declaredDimension, openXlsx, XLSX_LIMITS, ZipLimitError, type ZipLimit } from '../../src/domain/register/xlsx-archive';
import { deflated, workbook, zeroBomb, zip } from '../fixtures/xlsx-gen';

function refusal(bytes: Uint8Array, limits = XLSX_LIMITS): ZipLimitError {
  try {
    openXlsx(bytes, limits);
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

describe('XLSX limits, from the entry list and the inflated sheets', () => {
  it('refuses a 1.5 MB file whose sheet inflates to 1.5 GB, from the directory alone', () => {
    const bomb = zeroBomb('xl/worksheets/sheet1.xml', 1500 * 1024 * 1024);
    expect(bomb.length).toBeLessThan(3 * 1024 * 1024);
    const e = refusal(bomb);
    expect(e.limit).toBe<ZipLimit>('entry-bytes');
    expect(e.actual).toBe(1500 * 1024 * 1024);
    expect(e.max).toBe(XLSX_LIMITS.maxEntryBytes);
    expect(e.entry).toBe('xl/worksheets/sheet1.xml');
  });

  it('refuses many entries that are each small but too large together', () => {
    const entries = Array.from({ length: 3 }, (_, i) => ({ ...deflated(`xl/media/${i}.bin`, 'x'), declaredSize: 100 * 1024 * 1024, localDeclaredSize: 100 * 1024 * 1024 }));
    const e = refusal(zip(entries));
    expect(e.limit).toBe<ZipLimit>('total-bytes');
    expect(e.actual).toBe(300 * 1024 * 1024);
  });

  it('refuses a directory with too many entries before reading them', () => {
    const e = refusal(zip(Array.from({ length: 30 }, (_, i) => deflated(`f${i}.xml`, '<a/>'))), { ...XLSX_LIMITS, maxEntries: 20 });
    expect(e.limit).toBe<ZipLimit>('entries');
    expect(e.actual).toBe(30);
  });

  it('refuses an entry whose content disagrees with the size its directory declares, and never inflates past it', () => {
    const xml = '<worksheet><sheetData/></worksheet>';
    const longer = refusal(zip([{ ...deflated('xl/worksheets/sheet1.xml', xml), declaredSize: 5000 }]));
    expect(longer.limit).toBe<ZipLimit>('inconsistent');
    expect(longer.entry).toBe('xl/worksheets/sheet1.xml');
    // Declared shorter than it inflates: cut at the declared size, so the sheet no longer ends.
    const shorter = refusal(zip([{ ...deflated('xl/worksheets/sheet1.xml', xml), declaredSize: 12 }]));
    expect(shorter.limit).toBe<ZipLimit>('inconsistent');
    const part = openXlsx(zip([{ ...deflated('xl/styles.xml', 'x'.repeat(100_000)), declaredSize: 10 }]));
    expect(part.files['xl/styles.xml']).toHaveLength(10);
  });

  it('refuses a valid 2 000 000-row workbook by its declared row count, before the reader parses it', () => {
    const bytes = workbook(HEADER, BODY, 2_000_000);
    const t0 = performance.now();
    const e = refusal(bytes);
    expect(e.limit).toBe<ZipLimit>('rows');
    expect(e.actual).toBe(2_000_001);
    expect(e.max).toBe(XLSX_LIMITS.maxRows);
    // Not a timing assertion: a number for docs/benchmarks.md.
    console.info(`2 000 000-row XLSX (${(bytes.length / 1048576).toFixed(1)} MB) refused in ${(performance.now() - t0).toFixed(1)} ms`);
  });

  it('refuses a sheet declaring more columns than the limit', () => {
    const wide = Array.from({ length: 600 }, (_, i) => `c${i}`);
    const e = refusal(workbook(wide, [wide], 3));
    expect(e.limit).toBe<ZipLimit>('columns');
    expect(e.actual).toBe(600);
  });

  it('accepts an ordinary workbook and reports its sheets, sizes and dimension', () => {
    const archive = openXlsx(workbook(HEADER, BODY, 1000));
    expect(archive.sheets).toEqual({ 'xl/worksheets/sheet1.xml': { rows: 1001, columns: 3 } });
    expect(archive.entries).toBe(5);
    expect(archive.totalBytes).toBeGreaterThan(1000 * 30);
    expect(Object.keys(archive.files).sort()).toEqual(['[Content_Types].xml', '_rels/.rels', 'xl/_rels/workbook.xml.rels', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml']);
    expect(archive.hidden.size).toBe(0);
  });

  it('accepts a workbook without a <dimension> (its rows are counted)', () => {
    const archive = openXlsx(workbook(HEADER, BODY, 10, { dimension: false }));
    expect(archive.sheets['xl/worksheets/sheet1.xml']).toEqual({ rows: 11, columns: null });
  });

  it('refuses a 2 000 000-row workbook without a <dimension> (or with a false one) by counting its rows as it inflates', () => {
    const e = refusal(workbook(HEADER, BODY, 2_000_000, { dimension: false }));
    expect(e.limit).toBe<ZipLimit>('rows');
    expect(e.actual).toBe(2_000_001);
    expect(e.entry).toBe('xl/worksheets/sheet1.xml');
    const small = workbook(HEADER, BODY, 2, { dimension: false });
    expect(openXlsx(small, { ...XLSX_LIMITS, maxRows: 3 }).sheets['xl/worksheets/sheet1.xml']?.rows).toBe(3);
  });

  it('counts rows with or without a namespace prefix, and not other elements', () => {
    const count = (xml: string) => countRows(new TextEncoder().encode(xml));
    expect(count(`<x:sheetData>${'<x:row r="1"><x:c/></x:row>'.repeat(70_001)}</x:sheetData><rowBreaks/>`)).toBe(70_001);
    expect(count(`<sheetData>${'<row/>'.repeat(12_345)}${'<row>'.repeat(3)}</sheetData>`)).toBe(12_348);
  });

  it('says "not a zip" for bytes without a central directory, and never reads past the end', () => {
    expect((refusal(new TextEncoder().encode('PK\u0003\u0004 not really a zip'))).limit).toBe<ZipLimit>('not-a-zip');
    const truncated = workbook(HEADER, BODY, 10).subarray(0, 200);
    expect((refusal(truncated)).limit).toBe<ZipLimit>('not-a-zip');
    const good = workbook(HEADER, BODY, 10);
    expect(() => openXlsx(good.slice(0, good.length - 10))).toThrow(ZipLimitError);
  });

  it('reads the declared dimension in its usual forms', () => {
    expect(declaredDimension('<worksheet><dimension ref="A1:K200001"/>')).toEqual({ rows: 200001, columns: 11 });
    expect(declaredDimension('<x:dimension ref="B2:AB10"/>')).toEqual({ rows: 9, columns: 27 });
    expect(declaredDimension('<dimension ref="A1"/>')).toEqual({ rows: 1, columns: 1 });
    expect(declaredDimension('<sheetData>')).toBeNull();
  });
});
