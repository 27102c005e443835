// @vitest-environment node
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkRegister, numbered, parseCsv } from '../../src/domain/register/import';
import { cellText, fileKind, jsonTable, readTable, ReadError } from '../../src/domain/register/read';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/${name}`, import.meta.url)));
const bytes = (text: string) => new TextEncoder().encode(text);
const locator = () => 'test';
const rowsOf = (t: { sheets: { rows: string[][] }[] }) => t.sheets[0]?.rows ?? [];

async function readError(name: string, data: Uint8Array): Promise<ReadError> {
  try {
    await readTable(name, data);
  } catch (e) {
    if (e instanceof ReadError) return e;
    throw e;
  }
  throw new Error('expected a ReadError');
}

describe('register files: kinds and cells', () => {
  it('tells XLSX by its ZIP signature whatever the name, else goes by extension or content', () => {
    expect(fileKind('register.csv', fixture('register-zh.xlsx'))).toBe('xlsx');
    expect(fileKind('a.json', bytes('x'))).toBe('json');
    expect(fileKind('a.CSV', bytes('[1]'))).toBe('csv');
    expect(fileKind('export', bytes('\uFEFF  [{"a":1}]'))).toBe('json');
    expect(fileKind('export', bytes('a,b'))).toBe('csv');
  });

  it('turns spreadsheet cells into text without float noise', () => {
    expect(cellText(35)).toBe('35');
    expect(cellText(0.1 + 0.2)).toBe('0.3');
    expect(cellText(500110)).toBe('500110');
    expect(cellText(null)).toBe('');
    expect(cellText(new Date('2021-08-23T00:00:00Z'))).toBe('2021-08-23');
    expect(cellText(true)).toBe('true');
  });
});

describe('register files: XLSX and JSON', () => {
  it('reads the first sheet of an XLSX workbook (zh headers, numeric cells) and checks it row by row', async () => {
    const table = await readTable('register-zh.xlsx', fixture('register-zh.xlsx'));
    expect(table.kind).toBe('xlsx');
    expect(rowsOf(table)[0]?.[1]).toBe('项目名称');
    const check = checkRegister(numbered(rowsOf(table)), locator);
    expect(check.projects.map((p) => [p.id, p.district, p.amount])).toEqual([
      ['x1', '500110', 35],
      ['x2', '500102', 18.5],
    ]);
    expect(check.errors.map((e) => [e.row, e.column, e.problem])).toEqual([
      [4, 'district', 'unknown-district'],
      [5, 'amount', 'not-a-number'],
    ]);
  });

  it('reads JSON as an array of objects, an object with projects, or an array of rows', async () => {
    const objects = [{ project: 'A', district: '綦江', amount: 35 }, { project: 'B', district: 'Yubei', amount: '12.5', note: 'n' }];
    expect(jsonTable(objects)).toEqual([
      ['project', 'district', 'amount', 'note'],
      ['A', '綦江', '35', ''],
      ['B', 'Yubei', '12.5', 'n'],
    ]);
    expect(jsonTable({ projects: objects })).toEqual(jsonTable(objects));
    expect(jsonTable([['project', 'district', 'amount'], ['A', 500110, 3]])).toEqual([['project', 'district', 'amount'], ['A', '500110', '3']]);
    const table = await readTable('r.json', bytes(JSON.stringify(objects)));
    expect(checkRegister(numbered(rowsOf(table)), locator).projects).toHaveLength(2);
  });
});

describe('register files: what cannot be read is refused whole, with a reason', () => {
  it('empty files, binary files, broken XLSX and malformed or mis-shaped JSON', async () => {
    expect((await readError('a.csv', new Uint8Array())).code).toBe('empty');
    expect((await readError('a.csv', bytes('  \r\n '))).code).toBe('empty');
    expect((await readError('a.csv', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))).code).toBe('binary');
    expect((await readError('a.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).code).toBe('xlsx');
    expect((await readError('a.json', bytes('[{"project": "A",'))).code).toBe('json-syntax');
    expect((await readError('a.json', bytes('{"rows": 3}'))).code).toBe('json-shape');
    expect((await readError('a.json', bytes('[1, 2]'))).code).toBe('json-shape');
    expect((await readError('a.json', bytes('[]'))).code).toBe('empty');
  });
});

describe('register files: the mapping step', () => {
  it('a column chosen by hand replaces an unrecognised header, and the check re-runs with it', () => {
    const table = [
      ['名称', '区县', '金额'],
      ['A', '綦江', '35'],
    ];
    const auto = checkRegister(numbered(table), locator);
    expect(auto.mapping.missing).toEqual(['project', 'amount']);
    expect(auto.projects).toEqual([]);
    const columns = { ...auto.mapping.columns, project: 0, amount: 2 };
    const mapped = checkRegister(numbered(table), locator, { settings: { columns } });
    expect(mapped.mapping.missing).toEqual([]);
    expect(mapped.projects.map((p) => [p.name.zh, p.district, p.amount])).toEqual([['A', '500110', 35]]);
  });

  it('reports progress while checking, ending at the row count', () => {
    const table = [['project', 'district', 'amount'], ...Array.from({ length: 25 }, (_, i) => [`p${i}`, '500110', '1'])];
    const seen: number[] = [];
    checkRegister(numbered(table), locator, { onProgress: (done) => seen.push(done), progressEvery: 10 });
    expect(seen).toEqual([0, 10, 20, 25]);
  });
});

describe('register files: properties', () => {
  // Free text is never all letters: a cell such as "nAme" is a header name, and a row of them a header row.
  const cell = fc.oneof(fc.string({ maxLength: 8 }).filter((s) => !/^[a-z\s]+$/i.test(s)), fc.constantFrom('', '500110', '綦江', 'Yubei', '35', '-3', '1,016', 'health', 'private', 'off-site', 'x', '民企'));
  const REQUIRED_HEADERS = ['project', 'district', 'amount'];
  const OPTIONAL_HEADERS = ['id', 'sector', 'investor type', 'signing mode', 'note', 'other'];
  const tableWith = (header: fc.Arbitrary<string[]>) =>
    header.chain((h) => fc.array(fc.array(cell, { minLength: h.length, maxLength: h.length }), { maxLength: 30 }).map((rows) => [h, ...rows]));
  // Every required header and any of the others, in any order: every case is a table the check reads.
  const complete = fc.subarray(OPTIONAL_HEADERS).chain((optional) => fc.shuffledSubarray([...REQUIRED_HEADERS, ...optional], { minLength: REQUIRED_HEADERS.length + optional.length }));
  // At least one required header left out: every case is a table the check refuses whole.
  const incomplete = fc
    .tuple(fc.subarray(REQUIRED_HEADERS, { maxLength: REQUIRED_HEADERS.length - 1 }), fc.subarray(OPTIONAL_HEADERS))
    .filter(([required, optional]) => required.length + optional.length > 0)
    .chain(([required, optional]) => fc.shuffledSubarray([...required, ...optional], { minLength: required.length + optional.length }));

  it('nothing is dropped silently: every non-blank row is imported or rejected with a reason', () => {
    fc.assert(
      fc.property(tableWith(complete), (rows) => {
        const check = checkRegister(numbered(rows), locator);
        expect(check.mapping.missing).toEqual([]);
        expect(check.rowsRead + check.blankRows).toBe(rows.length - 1);
        expect(check.projects.length + check.rowsRejected).toBe(check.rowsRead);
        const rejectedRows = new Set(check.errors.map((e) => e.row));
        expect(rejectedRows.size).toBe(check.rowsRejected);
        for (const p of check.projects) expect(p.amount).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 300 },
    );
  });

  it('a table without a required column is refused whole, naming the missing columns; no row is read', () => {
    fc.assert(
      fc.property(tableWith(incomplete), (rows) => {
        const check = checkRegister(numbered(rows), locator);
        const header = rows[0] ?? [];
        expect(check.mapping.missing).toEqual(REQUIRED_HEADERS.filter((f) => !header.includes(f)));
        expect(check.projects).toEqual([]);
        expect(check.rowsRead).toBe(0);
      }),
      { numRuns: 300 },
    );
  });

  it('reading any bytes either gives a table or a ReadError, never another exception', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 200 }), fc.constantFrom('a.csv', 'a.json', 'a.xlsx', 'a'), async (data, name) => {
        try {
          const t = await readTable(name, data);
          expect(Array.isArray(rowsOf(t))).toBe(true);
        } catch (e) {
          expect(e).toBeInstanceOf(ReadError);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('register files: large CSV', () => {
  it('parses in chunks with progress, rows across chunk boundaries intact (quoted line breaks too)', () => {
    const line = (i: number) => `p${i},"name ${i}, with comma and\nline break",500110,${i % 100}`;
    const text = ['project,note,district,amount', ...Array.from({ length: 60000 }, (_, i) => line(i))].join('\r\n');
    expect(text.length).toBeGreaterThan(2 << 20);
    const seen: number[] = [];
    const { rows, problems } = parseCsv(text, (done) => seen.push(done));
    expect(problems).toEqual([]);
    expect(rows).toHaveLength(60001);
    expect(rows[60000]).toEqual(['p59999', 'name 59999, with comma and\nline break', '500110', '99']);
    expect(rows.every((r) => r.length === 4)).toBe(true);
    expect(seen.length).toBeGreaterThan(1);
    expect(seen[seen.length - 1]).toBe(text.length);
  });
});
