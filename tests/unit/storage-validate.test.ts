// Storage that cannot lie: whatever IndexedDB hands back, the checks never throw, never pass a
// non-finite, negative or absurd amount, and a repair keeps every good row as it was.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromColumns } from '../../src/domain/register/columns';
import { checkColumns, checkIndex, isStoredAmount, MAX_STORED_AMOUNT } from '../../src/storage/validate';

function columns(n: number): Record<string, unknown> {
  return {
    format: 1,
    id: Array.from({ length: n }, (_, i) => `p${i}`),
    district: Array.from({ length: n }, () => '500110'),
    partner: Array.from({ length: n }, (_, i) => `Firm ${i}`),
    name: Array.from({ length: n }, (_, i) => `Project ${i}`),
    amount: Array.from({ length: n }, (_, i) => i + 0.5),
    sector: Array.from({ length: n }, () => 'health'),
    investor: Array.from({ length: n }, () => null),
    signing: Array.from({ length: n }, () => 'off-site'),
    note: Array.from({ length: n }, () => null),
    locator: 'register.csv',
  };
}

const meta = (id: string) => ({ id, name: 'Register', fileName: 'register.csv', importedAt: '2026-12-01T10:00:00.000Z', rows: 3, rejected: 0 });

describe('stored register columns', () => {
  it('passes a clean record through as it is', () => {
    const raw = columns(3);
    expect(checkColumns(raw)).toEqual({ rows: 3, badRows: 0, problems: [], repaired: raw });
  });

  it("reports 'abc', 1e300 and -50 as damaged rows and repairs by dropping just those", () => {
    const raw = columns(5);
    (raw.amount as unknown[])[1] = 'abc';
    (raw.amount as unknown[])[2] = 1e300;
    (raw.amount as unknown[])[3] = -50;
    const check = checkColumns(raw);
    expect(check.badRows).toBe(3);
    expect(check.problems).toEqual(['row 2 amount: "abc"', 'row 3 amount: 1e+300', 'row 4 amount: -50']);
    const repaired = check.repaired;
    expect(repaired?.id).toEqual(['p0', 'p4']);
    expect(repaired?.amount).toEqual([0.5, 4.5]);
    expect(repaired?.name).toEqual(['Project 0', 'Project 4']);
  });

  it('drops rows past the shortest column and unknown keys; a missing column is unreadable', () => {
    const raw = columns(4);
    (raw.name as unknown[]).length = 2;
    (raw.sector as unknown[])[0] = 'astrology';
    const check = checkColumns(raw);
    expect(check.badRows).toBe(3);
    expect(check.repaired?.id).toEqual(['p1']);
    const noName = columns(2);
    delete noName.name;
    expect(checkColumns(noName)).toMatchObject({ repaired: null, problems: ['name: missing or not a list'] });
    expect(checkColumns('not a record').repaired).toBeNull();
    expect(checkColumns({ ...columns(1), format: 7 }).repaired).toBeNull();
  });

  it('never throws and never lets a bad amount through, for arbitrary stored values (property)', () => {
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        const check = checkColumns(raw);
        // Every case asserts: refused with a reason, or repaired with only good amounts.
        if (check.repaired === null) expect(check.problems.length).toBeGreaterThan(0);
        else for (const a of check.repaired.amount) expect(isStoredAmount(a)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws and never returns a non-finite amount for damaged copies of a good record (property)', () => {
    const cell = fc.oneof(fc.anything(), fc.double(), fc.constantFrom(Infinity, -Infinity, NaN, 1e300, -50, 'abc', null, undefined));
    const column = fc.constantFrom('id', 'district', 'partner', 'name', 'amount', 'sector', 'investor', 'signing', 'note', 'locator', 'format');
    fc.assert(
      fc.property(fc.array(fc.tuple(column, fc.nat(9), cell), { maxLength: 8 }), fc.boolean(), (edits, shorten) => {
        const raw = columns(10);
        for (const [c, i, v] of edits) {
          if (Array.isArray(raw[c])) (raw[c] as unknown[])[i] = v;
          else raw[c] = v;
        }
        if (shorten && Array.isArray(raw.partner)) (raw.partner as unknown[]).pop();
        const check = checkColumns(raw);
        // Every case asserts: a copy refused whole says why; a repaired one reads as good rows.
        if (check.repaired === null) {
          expect(check.problems.length).toBeGreaterThan(0);
          expect(check.badRows).toBe(check.rows);
          return;
        }
        const rows = fromColumns(check.repaired);
        expect(rows).toHaveLength(check.rows - check.badRows);
        for (const r of rows) {
          expect(Number.isFinite(r.amount)).toBe(true);
          expect(r.amount ?? 0).toBeGreaterThanOrEqual(0);
          expect(r.amount ?? 0).toBeLessThanOrEqual(MAX_STORED_AMOUNT);
          expect(typeof r.name.zh).toBe('string');
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('the stored index', () => {
  it('keeps good entries, reports damaged ones with their id, and an index that is not a list as unreadable', () => {
    const check = checkIndex([meta('r-abcdef12'), { ...meta('r-bbbbbb12'), rows: 'many' }, 42, meta('r-abcdef12')]);
    expect(check.registers).toHaveLength(1);
    expect(check.damaged.map((d) => d.id)).toEqual(['r-bbbbbb12', null, 'r-abcdef12']);
    expect(check.damaged[0]?.problems).toEqual(['rows: not a count']);
    expect(checkIndex({ toLocaleString: 1 })).toMatchObject({ registers: [], unreadable: true });
    expect(checkIndex(undefined)).toEqual({ registers: [], damaged: [], unreadable: false });
  });

  it('never throws for arbitrary stored values, and what it passes has finite counts (property)', () => {
    // Entries shaped like the app's, each field good or damaged (good ones are kept, so the counts are checked).
    const entry = fc.record({
      id: fc.oneof(fc.string(), fc.stringMatching(/^r-[a-z0-9]{6,32}$/)),
      name: fc.oneof(fc.string(), fc.anything()),
      fileName: fc.string(),
      importedAt: fc.oneof(fc.string(), fc.constant('2026-12-01T10:00:00.000Z')),
      rows: fc.oneof(fc.anything(), fc.nat(), fc.double()),
      rejected: fc.oneof(fc.anything(), fc.nat(), fc.double()),
    });
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.array(fc.oneof(fc.anything(), entry))), (raw) => {
        const check = checkIndex(raw);
        // Every case asserts: each entry of a list is kept or reported damaged; anything else is unreadable or empty.
        if (Array.isArray(raw)) {
          expect(check.unreadable).toBe(false);
          expect(check.registers.length + check.damaged.length).toBe(raw.length);
        } else {
          expect(check.registers).toEqual([]);
          expect(check.unreadable).toBe(raw !== null && raw !== undefined);
        }
        for (const m of check.registers) {
          expect(Number.isFinite(m.rows)).toBe(true);
          expect(Number.isFinite(m.rejected)).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
