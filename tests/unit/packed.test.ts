import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AREA_KEYS } from '../../src/data/areas';
import { INVESTOR_KEYS, SECTOR_KEYS, SIGNING_KEYS, STAGE_KEYS } from '../../src/data/vocabularies';
import { fromColumns, type RegisterColumns, type RegisterColumnsV2 } from '../../src/domain/register/columns';
import { packColumns, packText, rowsFromPacked, textAt, transferables } from '../../src/domain/register/packed';

const pause = () => Promise.resolve();
const nullable = <T,>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
const text = fc.string({ maxLength: 8 });

/** Stored columns (format 2) of n rows, with or without progress and extra columns. */
const columnsArb: fc.Arbitrary<RegisterColumnsV2> = fc.integer({ min: 0, max: 30 }).chain((n) => {
  const col = <T,>(arb: fc.Arbitrary<T>) => fc.array(arb, { minLength: n, maxLength: n });
  return fc.record({
    format: fc.constant(2 as const),
    id: col(text),
    district: col(fc.constantFrom('', '500110', '500103')),
    area: col(nullable(fc.constantFrom(...AREA_KEYS))),
    partner: col(text),
    name: col(text),
    amount: col(fc.double({ min: 0, max: 1e6, noNaN: true })),
    sector: col(nullable(fc.constantFrom(...SECTOR_KEYS))),
    investor: col(nullable(fc.constantFrom(...INVESTOR_KEYS))),
    signing: col(nullable(fc.constantFrom(...SIGNING_KEYS))),
    note: col(nullable(text)),
    locator: text,
    progress: fc.option(
      fc.record({
        stage: col(nullable(fc.constantFrom(...STAGE_KEYS))),
        funds: col(nullable(fc.double({ min: 0, max: 1e4, noNaN: true }))),
        startDate: col(nullable(fc.constantFrom('2021-09', '2022-01-15'))),
        reportDate: col(nullable(fc.constantFrom('2022-06-30', '2022-12-31'))),
        edition: col(nullable(fc.integer({ min: 2019, max: 2024 }))),
      }),
      { nil: null },
    ),
    original: fc.record({ sector: col(nullable(text)), investor: col(nullable(text)), signing: col(nullable(text)), stage: col(nullable(text)) }),
    extraHeaders: fc.constant(['序号', '联系人']),
    extra: fc.tuple(col(text), col(text)),
  });
});

describe('packed registers (worker → page)', () => {
  it('rebuild exactly the rows fromColumns builds, dictionary or joined, in chunks', async () => {
    await fc.assert(
      fc.asyncProperty(columnsArb, fc.constantFrom(1, 3, 4096), async (cols, maxDict) => {
        expect(await rowsFromPacked(packColumns(cols, maxDict), pause)).toEqual(fromColumns(cols));
      }),
      { numRuns: 150 },
    );
  });

  it('read format 1 (the first release) as fromColumns does', async () => {
    const v1: RegisterColumns = { format: 1, id: ['a', 'b'], district: ['500110', ''], partner: ['甲', '乙'], name: ['x', 'y'], amount: [1.5, 0], sector: ['health', null], investor: [null, 'private'], signing: [null, null], note: [null, '注'], locator: 'f.csv' };
    expect(await rowsFromPacked(packColumns(v1), pause)).toEqual(fromColumns(v1));
  });

  it('share one source object among every row, across chunks', async () => {
    const n = 25_001;
    const cols: RegisterColumns = { format: 1, id: Array.from({ length: n }, (_, i) => `p${i}`), district: new Array<string>(n).fill('500110'), partner: new Array<string>(n).fill(''), name: new Array<string>(n).fill(''), amount: new Array<number>(n).fill(1), sector: new Array<null>(n).fill(null), investor: new Array<null>(n).fill(null), signing: new Array<null>(n).fill(null), note: new Array<null>(n).fill(null), locator: 'big.csv' };
    let pauses = 0;
    const rows = await rowsFromPacked(packColumns(cols), () => {
      pauses++;
      return Promise.resolve();
    });
    expect(rows).toHaveLength(n);
    expect(new Set(rows.map((r) => r.source)).size).toBe(1);
    expect(rows[n - 1]?.id).toBe(`p${n - 1}`);
    expect(pauses).toBeGreaterThan(0);
  });

  it('joins many distinct texts into one string with end offsets, nulls flagged', () => {
    const values = ['ab', null, '', 'cde'];
    const col = packText([...values, ...Array.from({ length: 5000 }, (_, i) => `v${i}`)]);
    expect(col.kind).toBe('joined');
    expect(values.map((_, i) => textAt(col, i))).toEqual(values);
    expect(textAt(col, 5003)).toBe('v4999');
    expect(packText(['a', 'a', null]).kind).toBe('dict');
  });

  it('transfers each typed array buffer once', () => {
    const cols: RegisterColumns = { format: 1, id: ['a'], district: ['500110'], partner: ['p'], name: ['n'], amount: [1], sector: [null], investor: [null], signing: [null], note: [null], locator: 'f' };
    const buffers = transferables(packColumns(cols));
    expect(new Set(buffers).size).toBe(buffers.length);
    expect(buffers.every((b) => b instanceof ArrayBuffer)).toBe(true);
  });
});
